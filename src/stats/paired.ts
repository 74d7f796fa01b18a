// paired.ts: the statistics layer's entry point. From the run's change
// summaries (src/metrics/changeSummaries.ts: joint tables, placement sums,
// group sums, paired moments) builds the paired estimate of every configured
// metric's change in every judged segment, and answers the judge's queries
// (`ChangeTester`) from them. Which test serves a metric is its declaration's
// `test`:
//   decision-bootstrap -> paired bootstrap of the joint table (decisionBootstrap.ts)
//   delong             -> DeLong (delong.ts)
//   jackknife          -> delete-a-group jackknife (jackknife.ts): pr_auc's AP steps, ece's bins
//   paired-mean, delta-method -> paired mean test (pairedMean.ts)
// Reads summaries only: never a row, never a reader's type.
import type { GateConfig } from '../config/index.js';
import { declarationOf, hasCostColumns, worsening, type ChangeSummaries, type SegmentMetrics } from '../metrics/index.js';
import { bootstrapDecisionTable, decisionMetric, type DecisionMetric } from './decisionBootstrap.js';
import { delongEstimate } from './delong.js';
import { eceChangeWithout } from './eceJackknife.js';
import { oneSidedP, symmetricInterval, type DeltaEstimate } from './estimate.js';
import { jackknifeEstimate } from './jackknife.js';
import { pairedMeanEstimate, pairedVariance } from './pairedMean.js';
import { Random } from './random.js';
import type { ChangeTester } from './tester.js';

/** A change estimate, plus the standard error of the worsening where it differs from the change's (bias). */
export interface ChangeEstimate extends DeltaEstimate {
  seWorsening: number;
}

/** Estimates keyed by segment index, then metric name; a missing entry means no test applies. */
export type ChangeEstimates = Array<Map<string, ChangeEstimate>>;

/**
 * Every paired change estimate of the run.
 * @param summaries the run's change summaries (summarizeChanges)
 * @param measured the point values (measureOffline), one per segment
 * @example
 * const est = estimateChanges(summarizeChanges(data, seg, measured, config.metrics, config.task, config.statistics.seed, rows), measured, config);
 * est[0].get('recall') // { ci: [-0.031, -0.008], se: 0.0059, seWorsening: 0.0059, df: Infinity, method: 'bootstrap' }
 */
export function estimateChanges(summaries: ChangeSummaries, measured: SegmentMetrics[], config: GateConfig): ChangeEstimates {
  const S = summaries.segmentIds.length;
  const { confidence, seed, resamples } = config.statistics;
  const out: ChangeEstimates = summaries.segmentIds.map(() => new Map());
  const judged = measured.map((m, s) => s === 0 || m.n >= config.segments.minSamples);
  const task = summaries.task;
  const names = Object.keys(config.metrics);
  const delta = (s: number, name: string): number | null => {
    const v = measured[s].values[name];
    return v && v.baseline !== null && v.candidate !== null ? v.candidate - v.baseline : null;
  };
  const put = (s: number, name: string, e: DeltaEstimate | null, seWorsening = e?.se ?? 0): void => {
    // A test whose spread is zero is no test (every resample the same, e.g. one example
    // repeated: p would be 0): none. Except no change at all (identical decisions, interval
    // [0, 0]), which the test reports as it is (p = 1).
    const unchanged = e !== null && e.ci[0] === 0 && e.ci[1] === 0;
    if (e && Number.isFinite(e.se) && ((e.se > 0 && seWorsening > 0) || unchanged) && Number.isFinite(e.ci[0]) && Number.isFinite(e.ci[1])) out[s].set(name, { ...e, seWorsening });
  };

  // Decision metrics: one bootstrap of each segment's joint table.
  const tables = summaries.tables;
  if (task !== 'regression' && tables) {
    const decision: Array<{ name: string; f: DecisionMetric }> = [];
    for (const name of names) {
      // Costs that name columns make expected_cost a mean per example: the paired mean test below.
      if (hasCostColumns(config.metrics[name])) continue;
      const f = decisionMetric(name, task, summaries.classes, config.metrics[name].costs);
      if (f) decision.push({ name, f });
    }
    const K = tables.K;
    const T = K * K * K;
    if (decision.length > 0) {
      for (let s = 0; s < S; s++) {
        if (!judged[s]) continue;
        const rng = new Random(`${seed}|decision|${summaries.segmentIds[s]}`);
        const ests = bootstrapDecisionTable(
          tables.counts.subarray(s * T, (s + 1) * T),
          tables.weights.subarray(s * T, (s + 1) * T),
          K,
          decision.map((d) => d.f),
          resamples,
          rng,
          confidence,
        );
        decision.forEach((d, j) => put(s, d.name, ests[j]));
      }
    }
  }

  for (const name of names) {
    const d = declarationOf(name);
    if (!d || d.tasks === 'shadow' || !d.tasks.includes(task)) continue;
    if (d.test === 'delong' && d.summary === 'classScores') {
      // auc_ovr: the macro average's DeLong variance, summed per example over the classes.
      const v = summaries.ovrVariance;
      if (!v) continue;
      for (let s = 0; s < S; s++) {
        const dv = delta(s, name);
        if (judged[s] && dv !== null && Number.isFinite(v[s])) {
          const se = Math.sqrt(v[s]);
          put(s, name, { ci: symmetricInterval(dv, se, Infinity, confidence), se, df: Infinity, method: 'delong' });
        }
      }
    } else if (d.test === 'delong' && summaries.walk) {
      for (let s = 0; s < S; s++) {
        const dv = delta(s, name);
        if (judged[s] && dv !== null) put(s, name, delongEstimate(summaries.walk, s, summaries.shift[s], dv, confidence));
      }
    } else if (d.test === 'jackknife' && d.summary === 'ranking') {
      const walk = summaries.walk;
      if (!walk || !walk.apStepsWithout || !walk.groupPosW || !walk.groupNegW) continue;
      const G = summaries.jackknifeGroups;
      for (let s = 0; s < S; s++) {
        const dv = delta(s, name);
        if (!judged[s] || dv === null) continue;
        const theta = new Float64Array(G);
        let undefinedGroups = 0;
        for (let g = 0; g < G; g++) {
          const q = s * G + g;
          const pos = walk.posW[s] - walk.groupPosW[q];
          const neg = walk.negW[s] - walk.groupNegW[q];
          theta[g] = pos > 0 && neg > 0 ? (walk.apStepsWithout[1][q] - walk.apStepsWithout[0][q]) / pos : NaN;
          if (Number.isNaN(theta[g])) undefinedGroups++;
        }
        // A group whose removal leaves no positive (or negative) holds all of that class: the
        // remaining groups vary only the other class, so their spread is no standard error.
        if (undefinedGroups === 0) put(s, name, jackknifeEstimate(theta, dv, confidence));
      }
    } else if (d.test === 'jackknife' && d.summary === 'scores' && summaries.ece) {
      for (let s = 0; s < S; s++) {
        const dv = delta(s, name);
        if (judged[s] && dv !== null) put(s, name, jackknifeEstimate(eceChangeWithout(summaries.ece, s), dv, confidence));
      }
    }
  }

  // Means of per-example terms.
  for (const name of names) {
    const moments = summaries.moments.get(name);
    const d = declarationOf(name);
    if (!moments || !d) continue;
    const slope = d.summary === 'errors' && d.test === 'delta-method' ? d.slope : undefined;
    for (let s = 0; s < S; s++) {
      const dv = delta(s, name);
      if (!judged[s] || dv === null) continue;
      if (slope) {
        // A smooth function of a mean: the delta method's slopes at each model's mean.
        put(s, name, pairedMeanEstimate(moments, s, dv, confidence, slope(moments.muB[s]), slope(moments.muC[s])));
      } else if (d.judgedOnAbsolute) {
        // Judged on |mean|: the worsening's standard error takes a = sign(mean).
        const sign = (mu: number) => (mu < 0 ? -1 : 1);
        const e = pairedMeanEstimate(moments, s, dv, confidence);
        const vw = pairedVariance(moments, s, sign(moments.muB[s]), sign(moments.muC[s]));
        if (e && vw !== null) put(s, name, e, Math.sqrt(vw));
      } else put(s, name, pairedMeanEstimate(moments, s, dv, confidence));
    }
  }
  return out;
}

/**
 * The judge's hook: answers each change check from the run's estimates.
 * The observed worsening is taken from the measured values (as the judge's own), so
 * the p-value and the point estimate never disagree about which side of the margin it is.
 * @example
 * const tester = buildChangeTester(summarizeChanges(data, seg, measured, config.metrics, config.task, config.statistics.seed, rows), measured, config);
 * tester({ segment: 3, metric: 'recall', direction: 'higher', margin: 0.01 })
 * // { ci: [-0.07, -0.032], p_value: 0.0001, detectable: null, se: 0.0097 }
 */
export function buildChangeTester(summaries: ChangeSummaries, measured: SegmentMetrics[], config: GateConfig): ChangeTester {
  const estimates = estimateChanges(summaries, measured, config);
  return ({ segment, metric, direction, margin }) => {
    const e = estimates[segment]?.get(metric);
    const v = measured[segment]?.values[metric];
    if (!e || !v || v.baseline === null || v.candidate === null) return null;
    const w = worsening(metric, direction, v.baseline, v.candidate);
    return { ci: e.ci, p_value: oneSidedP(w, margin, e.seWorsening, e.df), detectable: null, se: e.seWorsening, ...(Number.isFinite(e.df) ? { df: e.df } : {}) };
  };
}
