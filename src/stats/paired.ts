// paired.ts: the statistics layer's entry point. Builds, once per run, the
// paired estimate of every configured metric's change in every judged segment
// (as few passes over the rows as the metrics allow), and answers the judge's
// queries (`ChangeTester`) from them. Which method serves which metric:
//   decision metrics (accuracy, precision, recall, f1, fpr, positive_rate,
//     expected_cost; multiclass accuracy, macro_f1, macro_recall, recall[CLASS])
//     -> paired bootstrap of the joint table (decisionBootstrap.ts)
//   auc -> DeLong (delong.ts)
//   pr_auc, ece -> delete-a-group jackknife (jackknife.ts)
//   log_loss, brier, mae, mape, bias, rmse, mean[X] -> paired mean test (pairedMean.ts)
import type { GateConfig } from '../config/types.js';
import type { ChangeTester } from '../gate/judge.js';
import { worsening } from '../gate/rules.js';
import type { EvalData } from '../io/types.js';
import { brierTerm } from '../metrics/brier.js';
import { splitMetricName } from '../metrics/catalog.js';
import { logLossTerm } from '../metrics/logLoss.js';
import { apeTerm } from '../metrics/mape.js';
import { RowCache } from '../metrics/rowCache.js';
import type { SegmentMetrics } from '../metrics/types.js';
import type { Segmentation } from '../segments/types.js';
import { bootstrapDecisionTable, decisionMetric, type DecisionMetric } from './decisionBootstrap.js';
import { delongEstimate } from './delong.js';
import { eceChangeWithout, eceGroupSums } from './eceJackknife.js';
import { oneSidedP, type DeltaEstimate } from './estimate.js';
import { JACKKNIFE_GROUPS, jackknifeEstimate, jackknifeGroups } from './jackknife.js';
import { jointTables } from './jointTable.js';
import { pairedMeanEstimate, pairedMoments, pairedVariance, type PairedMoments } from './pairedMean.js';
import { Random } from './random.js';
import { rankingWalk } from './rankingWalk.js';

/** A change estimate, plus the standard error of the worsening where it differs from the change's (bias). */
export interface ChangeEstimate extends DeltaEstimate {
  seWorsening: number;
}

/** Estimates keyed by segment index, then metric name; a missing entry means no test applies. */
export type ChangeEstimates = Array<Map<string, ChangeEstimate>>;

const MEAN_TERMS = new Set(['log_loss', 'brier', 'mae', 'mape', 'bias', 'rmse']);

/**
 * Every paired change estimate of the run.
 * @param measured the point values (measureOffline), one per segment
 * @param rows the row cache measureOffline used: its cells and score orders are reused, not rebuilt
 * @example
 * const est = estimateChanges(data, segmentation, measured, config, rows);
 * est[0].get('recall') // { ci: [-0.031, -0.008], se: 0.0059, seWorsening: 0.0059, df: Infinity, method: 'bootstrap' }
 */
export function estimateChanges(
  data: EvalData,
  segmentation: Segmentation,
  measured: SegmentMetrics[],
  config: GateConfig,
  rows: RowCache = new RowCache(data, segmentation),
): ChangeEstimates {
  rows.assertFor(data, segmentation, 'estimateChanges');
  const S = segmentation.segments.length;
  const { confidence, seed, resamples } = config.statistics;
  const out: ChangeEstimates = segmentation.segments.map(() => new Map());
  if (data.n === 0) return out;
  const judged = measured.map((m, s) => s === 0 || m.n >= config.segments.minSamples);
  const cells = rows.cells;
  const task = config.task;
  const names = Object.keys(config.metrics);
  const delta = (s: number, name: string): number | null => {
    const v = measured[s].values[name];
    return v && v.baseline !== null && v.candidate !== null ? v.candidate - v.baseline : null;
  };
  const put = (s: number, name: string, e: DeltaEstimate | null, seWorsening = e?.se ?? 0): void => {
    if (e && Number.isFinite(e.se) && Number.isFinite(e.ci[0]) && Number.isFinite(e.ci[1])) out[s].set(name, { ...e, seWorsening });
  };

  // Decision metrics: one bootstrap of each segment's joint table.
  if (task !== 'regression') {
    const decision: Array<{ name: string; f: DecisionMetric }> = [];
    for (const name of names) {
      const f = decisionMetric(name, task, data.classes, config.metrics[name].costs);
      if (f) decision.push({ name, f });
    }
    const K = task === 'binary' ? 2 : data.classes.length;
    const tables = decision.length > 0 ? jointTables(data.label, data.baseline.decision, data.candidate.decision, data.weight, K, cells, S) : null;
    if (tables) {
      const T = K * K * K;
      for (let s = 0; s < S; s++) {
        if (!judged[s]) continue;
        const rng = new Random(`${seed}|decision|${segmentation.segments[s].id}`);
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

  // Ranking metrics: one sorted walk per model.
  const wantAuc = task === 'binary' && names.includes('auc');
  const wantAp = task === 'binary' && names.includes('pr_auc');
  const wantEce = task === 'binary' && names.includes('ece');
  const groups = wantAp || wantEce ? jackknifeGroups(data.n, seed) : null;
  if (wantAuc || wantAp) {
    const shift = new Float64Array(S);
    if (wantAuc) for (let s = 0; s < S; s++) shift[s] = delta(s, 'auc') ?? 0;
    const walk = rankingWalk({
      orderB: rows.scoreOrder(0),
      orderC: rows.scoreOrder(1),
      label: data.label,
      weight: data.weight,
      cells,
      segments: S,
      delong: wantAuc,
      shift,
      jackknife: wantAp ? { group: groups!, groups: JACKKNIFE_GROUPS } : null,
    });
    for (let s = 0; s < S; s++) {
      if (!judged[s]) continue;
      const dAuc = delta(s, 'auc');
      if (wantAuc && dAuc !== null) put(s, 'auc', delongEstimate(walk, s, shift[s], dAuc, confidence));
      const dAp = delta(s, 'pr_auc');
      if (wantAp && dAp !== null && walk.apStepsWithout && walk.groupPosW && walk.groupNegW) {
        const G = JACKKNIFE_GROUPS;
        const theta = new Float64Array(G);
        for (let g = 0; g < G; g++) {
          const q = s * G + g;
          const pos = walk.posW[s] - walk.groupPosW[q];
          const neg = walk.negW[s] - walk.groupNegW[q];
          theta[g] = pos > 0 && neg > 0 ? (walk.apStepsWithout[1][q] - walk.apStepsWithout[0][q]) / pos : NaN;
        }
        put(s, 'pr_auc', jackknifeEstimate(theta, dAp, confidence));
      }
    }
  }
  if (wantEce) {
    const e = eceGroupSums(data.baseline.score, data.candidate.score, data.label, data.weight, groups!, JACKKNIFE_GROUPS, cells, S);
    for (let s = 0; s < S; s++) {
      const d = delta(s, 'ece');
      if (judged[s] && d !== null) put(s, 'ece', jackknifeEstimate(eceChangeWithout(e, s), d, confidence));
    }
  }

  // Means of per-example terms: one pair of passes per metric.
  let bufB: Float64Array | null = null;
  let bufC: Float64Array | null = null;
  for (const name of names) {
    const { base, arg } = splitMetricName(name);
    let moments: PairedMoments | null = null;
    if (base === 'mean' && arg !== null) {
      const col = data.numeric[arg];
      if (col) moments = pairedMoments(col.baseline, col.candidate, data.weight, cells, S);
    } else if (MEAN_TERMS.has(name) && termApplies(name, task)) {
      bufB ??= new Float64Array(data.n);
      bufC ??= new Float64Array(data.n);
      fillTerms(name, data, bufB, bufC);
      moments = pairedMoments(bufB, bufC, data.weight, cells, S);
    }
    if (!moments) continue;
    for (let s = 0; s < S; s++) {
      const d = delta(s, name);
      if (!judged[s] || d === null) continue;
      if (name === 'rmse') {
        // rmse = sqrt(mse): the delta method's a = 1 / (2 rmse).
        const a = (mu: number) => (mu > 0 ? 1 / (2 * Math.sqrt(mu)) : 0);
        put(s, name, pairedMeanEstimate(moments, s, d, confidence, a(moments.muB[s]), a(moments.muC[s])));
      } else if (name === 'bias') {
        // Judged on |bias|: the worsening's standard error takes a = sign(bias).
        const sign = (mu: number) => (mu < 0 ? -1 : 1);
        const e = pairedMeanEstimate(moments, s, d, confidence);
        const vw = pairedVariance(moments, s, sign(moments.muB[s]), sign(moments.muC[s]));
        if (e && vw !== null) put(s, name, e, Math.sqrt(vw));
      } else put(s, name, pairedMeanEstimate(moments, s, d, confidence));
    }
  }
  return out;
}

function termApplies(name: string, task: GateConfig['task']): boolean {
  return task === 'binary' ? name === 'log_loss' || name === 'brier' : task === 'regression' && name !== 'log_loss' && name !== 'brier';
}

/** Per-example terms of a mean metric for both models (regression: errors of `score`; binary: of the probability). */
function fillTerms(name: string, data: EvalData, tB: Float64Array, tC: Float64Array): void {
  const y = data.label;
  const pB = data.baseline.score;
  const pC = data.candidate.score;
  const n = data.n;
  switch (name) {
    case 'log_loss':
      for (let r = 0; r < n; r++) {
        tB[r] = logLossTerm(y[r], pB[r]);
        tC[r] = logLossTerm(y[r], pC[r]);
      }
      return;
    case 'brier':
      for (let r = 0; r < n; r++) {
        tB[r] = brierTerm(y[r], pB[r]);
        tC[r] = brierTerm(y[r], pC[r]);
      }
      return;
    case 'mae':
      for (let r = 0; r < n; r++) {
        tB[r] = Math.abs(pB[r] - y[r]);
        tC[r] = Math.abs(pC[r] - y[r]);
      }
      return;
    case 'rmse':
      for (let r = 0; r < n; r++) {
        tB[r] = (pB[r] - y[r]) ** 2;
        tC[r] = (pC[r] - y[r]) ** 2;
      }
      return;
    case 'mape':
      for (let r = 0; r < n; r++) {
        tB[r] = apeTerm(y[r], pB[r]);
        tC[r] = apeTerm(y[r], pC[r]);
      }
      return;
    case 'bias':
      for (let r = 0; r < n; r++) {
        tB[r] = pB[r] - y[r];
        tC[r] = pC[r] - y[r];
      }
      return;
    default:
      throw new Error(`fillTerms: ${name} is not a mean metric`);
  }
}

/**
 * The judge's hook: answers each change check from the run's estimates.
 * The observed worsening is taken from the measured values (as the judge's own), so
 * the p-value and the point estimate never disagree about which side of the margin it is.
 * @param rows the row cache measureOffline used (see estimateChanges)
 * @example
 * const rows = new RowCache(data, segmentation);
 * const tester = buildChangeTester(data, segmentation, measureOffline(data, segmentation, metrics, task, rows), config, rows);
 * tester({ segment: 3, metric: 'recall', direction: 'higher', margin: 0.01 })
 * // { ci: [-0.07, -0.032], p_value: 0.0001, detectable: null, se: 0.0097 }
 */
export function buildChangeTester(
  data: EvalData,
  segmentation: Segmentation,
  measured: SegmentMetrics[],
  config: GateConfig,
  rows: RowCache = new RowCache(data, segmentation),
): ChangeTester {
  const estimates = estimateChanges(data, segmentation, measured, config, rows);
  return ({ segment, metric, direction, margin }) => {
    const e = estimates[segment]?.get(metric);
    const v = measured[segment]?.values[metric];
    if (!e || !v || v.baseline === null || v.candidate === null) return null;
    const w = worsening(metric, direction, v.baseline, v.candidate);
    return { ci: e.ci, p_value: oneSidedP(w, margin, e.seWorsening, e.df), detectable: null, se: e.seWorsening };
  };
}
