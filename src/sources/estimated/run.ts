// The estimated source: `shadow.estimate`'s metrics on the shadow requests
// without a label, from each model's scores calibrated on its eval file
// (estimate.ts), per segment, judged by the metric's own rule
// (`metrics.<name>`, overrides included) with the paired draws as the change
// test; checks `estimated/METRIC/SEGMENT` carry each model's interval
// (`baseline_ci`, `candidate_ci`). Where labelled requests exist, the estimate
// is checked against them (compare.ts).
import type { EstimateMetric, GateConfig } from '../../config/index.js';
import { DataError } from '../../errors/index.js';
import { judgeSegments, type ChangeTester, type JudgeInput, type MetricRule, type RuleSet } from '../../gate/index.js';
import type { EvalData } from '../../io/index.js';
import type { SegmentMetrics } from '../../metrics/index.js';
import { formatCount } from '../../report/index.js';
import { bootstrapSpread } from '../../stats/index.js';
import { summarizeBootstrap } from '../../stats/index.js';
import type { EvalPair } from '../offline/index.js';
import { matureMask } from '../online/index.js';
import type { ShadowLog } from '../shadow/index.js';
import type { Source, SourceContext, SourceResult } from '../types.js';
import { compareWithLabels, comparisonChecks } from './compare.js';
import { calibrationData, deltaDraws, drawsOf, estimate, type Estimates } from './estimate.js';
import { estimateRows, labelsOf, selectRows, subsetSegmentation } from './rows.js';

/** What the estimates assume, in the report. */
export const ASSUMPTION =
  "Estimates, not measurements: each model's scores are calibrated on its eval file (isotonic regression) and assumed to relate to outcomes online as they did there (no concept drift); the mix of requests may differ.";

export interface EstimatedInput {
  pair: EvalPair;
  log: ShadowLog;
}

/** The estimated source of a run: reads the run's eval pair and shadow log (shared with the offline and shadow sources). */
export function estimatedSource(input: EstimatedInput): Source {
  return { id: 'estimated', run: (ctx) => runEstimated(input, ctx) };
}

/** The rule set: each estimated metric under its configured rule (reported only when not configured). */
export function estimateRules(config: GateConfig, metrics: readonly EstimateMetric[]): RuleSet {
  const rules: Record<string, MetricRule> = {};
  for (const m of metrics) rules[m] = { rule: config.metrics[m]?.rule ?? { severity: 'fail' }, direction: 'higher' };
  return { metrics: rules, overrides: config.overrides, minSamples: config.segments.minSamples, unit: 'unlabelled requests' };
}

function calibrationOf(ev: EvalData) {
  return calibrationData(ev.label, ev.weight, ev.baseline.score, ev.candidate.score);
}

async function runEstimated(input: EstimatedInput, ctx: SourceContext): Promise<SourceResult> {
  const { config, time } = ctx;
  const shadow = config.shadow!;
  const metrics = shadow.estimate ?? [];
  const [ev, data] = await Promise.all([input.pair.read(config), input.log.read(config)]);
  const mature = matureMask(data, shadow.labels?.maturity);
  const { target, reference } = selectRows(data, mature);
  const segmentation = subsetSegmentation(data, target, config.segments.cross);
  const rows = estimateRows(data, target, segmentation);
  const cal = calibrationOf(ev);
  const { resamples, seed, confidence } = config.statistics;
  const est = await time('estimated', () => estimate(cal, rows, metrics, { resamples, seed, key: 'unlabelled' }));
  if (est === null) {
    throw new DataError(
      ev.files.baseline[0],
      `shadow.estimate calibrates each model's scores on its eval file, but the eval files have no row with both a ${config.columns.score} and a ${config.columns.label}`,
      { column: config.columns.score },
    );
  }

  const counts = new Float64Array(est.S);
  for (const dim of rows.seg.dims) for (const s of dim) counts[s]++;
  const measured: SegmentMetrics[] = segmentation.segments.map((segment, s) => ({
    segment,
    n: counts[s],
    weight: counts[s],
    positives: null,
    values: Object.fromEntries(metrics.map((m) => [m, { baseline: finite(est.baseline.point[m][s]), candidate: finite(est.candidate.point[m][s]) }])),
  }));
  const values: JudgeInput = { source: 'estimated', rules: estimateRules(config, metrics), measured, tester: tester(est, confidence), family: 'estimated' };

  let comparisons: ReturnType<typeof compareWithLabels> = [];
  if (reference.length > 0) {
    const refRows = estimateRows(data, reference, null);
    const refEst = await time('estimated', () => estimate(cal, refRows, metrics, { resamples, seed, key: 'labelled' }));
    if (refEst) comparisons = compareWithLabels(metrics, refRows, labelsOf(data, reference), refEst, confidence);
  }

  return {
    id: 'estimated',
    // Judged in `finish`, so each check can carry both models' intervals.
    values: null,
    integrity: comparisonChecks(comparisons, shadow.models),
    segments: segmentation.segments,
    report: {
      shadow: { estimate: { metrics: [...metrics], requests: target.length, calibration_examples: ev.n, assumption: ASSUMPTION, comparisons } },
    },
    finish: () => ({ pending: judged(values, est, confidence, target.length), report: {} }),
  };
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** The paired change test: the draws of the delta, with the point estimates' delta. */
function tester(est: Estimates, confidence: number): ChangeTester {
  return ({ segment, metric, direction, margin }) => {
    const b = est.baseline.point[metric][segment];
    const c = est.candidate.point[metric][segment];
    if (!Number.isFinite(b) || !Number.isFinite(c)) return null;
    return summarizeBootstrap(deltaDraws(est, metric, segment), c - b, { margin, lowerIsBetter: direction === 'lower', confidence });
  };
}

/** The judge's checks with each model's interval and a message that says they are estimates. */
function judged(values: JudgeInput, est: Estimates, confidence: number, requests: number) {
  const index = new Map(values.measured.map((m, s) => [m.segment.id, s]));
  const pending = judgeSegments(values);
  for (const p of pending) {
    const s = index.get(p.check.segment)!;
    const interval = (model: 'baseline' | 'candidate') => {
      const d = drawsOf(est, model, p.check.metric, s);
      return d.length >= 2 ? bootstrapSpread(d, confidence).ci : null;
    };
    p.check.baseline_ci = interval('baseline');
    p.check.candidate_ci = interval('candidate');
    const n = values.measured[s].n;
    p.check.message = `Estimated from calibrated scores on ${formatCount(s === 0 ? requests : n)} unlabelled requests: ${p.check.message}`;
  }
  return pending;
}
