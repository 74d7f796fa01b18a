// src/metrics: metric definitions (one per file, scikit-learn's semantics) and
// the passes that measure them per segment. Knows no thresholds.
//
// Measures every configured offline metric in every segment, for both models:
// resolves the metric names, runs the passes their declared summaries need
// (src/metrics/passes.ts) and finishes each value with its declaration's formula.
//
// Degenerate cases, one rule everywhere: a metric that is undefined in a segment is
// null (never 0, never NaN). A segment with no rows, or whose weights sum to 0, has
// every metric null. Ratios are null when their denominator is 0 (precision with nothing
// decided positive, recall with no positives, fpr with no negatives, f1 with neither
// positives nor positive decisions); auc and pr_auc are null unless the segment has both
// classes. Where scikit-learn returns a number without "zero_division" (f1 = 0 when
// precision and recall are both 0, log_loss and brier with one class, macro averages
// counting an absent class as 0) we return the same number.
import { ConfigError } from '../errors/index.js';
import type { EvalData } from '../io/index.js';
import type { Segmentation } from '../segments/index.js';
import { RowCache } from '../summaries/index.js';
import type { DecisionView } from '../summaries/index.js';
import { lookupMetric, metricNames, needsScores, splitMetricName } from './catalog.js';
import type { DecisionParams } from './declaration.js';
import { metric as logLossMetric } from './logLoss.js';
import { binaryPass, BIN, meanPass, multiclassPass, rankingPass, regressionPass, REG, type MulticlassSums } from './passes.js';
import { columnSums, errorSums, rankingSums, scoreSums } from './unpack.js';
import { declarationOf } from './registry.js';
import type { MetricSpec, SegmentMetrics, Task } from './types.js';

/** One metric's value in segment `s` for model `m` (0 baseline, 1 candidate). */
type Finisher = (s: number, m: 0 | 1) => number | null;

const NO_COSTS = { tp: 0, fp: 0, tn: 0, fn: 0 };

/** The parameters a decision metric's formula reads: its costs and (recall[CLASS]) its class. */
export function decisionParams(name: string, spec: MetricSpec | undefined, classes: readonly string[]): DecisionParams {
  const { arg } = splitMetricName(name);
  return { costs: spec?.costs ?? NO_COSTS, classIndex: arg === null ? -1 : classes.indexOf(arg) };
}

/**
 * Every configured metric, per segment, for baseline and candidate.
 * @param data the joined eval rows (typed columns)
 * @param segmentation the segments and, per dimension, each row's segment
 * @param metrics the configured metrics by name (`recall`, `recall[fraud]`, `mean[judge]`)
 * @param task which metric definitions apply
 * @param rows what the passes derive from the rows (cells, score orders), to share with the statistics
 * @returns one entry per `segmentation.segments`, in the same order
 * @throws ConfigError for a metric name the task does not have, or expected_cost without costs
 * @example
 * measureOffline(data, buildSegmentation(data.n, data.segments, []), { auc: cfg }, 'binary')[0].values.auc
 * // { baseline: 0.91, candidate: 0.93 }
 */
export function measureOffline(
  data: EvalData,
  segmentation: Segmentation,
  metrics: Record<string, MetricSpec>,
  task: Task,
  rows: RowCache = new RowCache(data, segmentation),
): SegmentMetrics[] {
  rows.assertFor(data, segmentation, 'measureOffline');
  const S = segmentation.segments.length;
  for (const d of segmentation.dimensions) {
    if (d.rowSegment.length !== data.n) {
      throw new Error(`measureOffline: dimension ${d.name} has ${d.rowSegment.length} rows, the data ${data.n}`);
    }
  }
  const names = Object.keys(metrics);
  const issues: Array<{ path: string; message: string }> = [];
  for (const name of names) {
    if (!lookupMetric(name, task, metrics[name].direction)) {
      issues.push({
        path: `metrics.${name}`,
        message: `"${name}" is not a metric for task ${task}; valid: ${metricNames(task).join(', ')}${
          task === 'multiclass' ? ', recall[CLASS]' : ''
        }, mean[COLUMN]`,
      });
    } else if (declarationOf(name)?.needsCosts && !metrics[name].costs) {
      issues.push({ path: `metrics.${name}.costs`, message: `${name} needs costs: { tp, fp, tn, fn }` });
    }
  }
  if (issues.length > 0) throw new ConfigError('config', issues);

  const cells = rows.cells;

  // Per segment: rows, weight, positives. Filled by the task's pass.
  const count = new Float64Array(S);
  const weight = new Float64Array(S);
  const positives = new Float64Array(S);
  const finishers = new Map<string, Finisher>();
  let classCounts: ((s: number) => Record<string, number>) | null = null;

  if (task === 'binary') {
    // Scores are read only when a metric needs them (auc and pr_auc read them in their own walk);
    // the logarithms only for log_loss.
    const acc = binaryPass(data, cells, S, {
      scores: names.some(needsScores),
      logLoss: names.some((n) => declarationOf(n) === logLossMetric),
    });
    for (let s = 0; s < S; s++) {
      count[s] = acc[s * BIN.STRIDE + BIN.COUNT];
      weight[s] = acc[s * BIN.STRIDE + BIN.WEIGHT];
      positives[s] = acc[s * BIN.STRIDE + BIN.POSITIVES];
    }
    const views = binaryViews(acc, S);
    const scores = scoreSums(acc, S);
    const ranks: Array<ReturnType<typeof rankingSums>> = [];
    const ranking = (m: 0 | 1) => (ranks[m] ??= rankingSums(rankingPass(rows.scoreOrder(m), cells, S), S));
    for (const name of names) {
      const d = declarationOf(name)!;
      if (d.summary === 'decision') {
        const p = decisionParams(name, metrics[name], data.classes);
        finishers.set(name, (s, m) => d.value(views[s * 2 + m], p));
      } else if (d.summary === 'ranking') finishers.set(name, (s, m) => d.value(ranking(m), s));
      else if (d.summary === 'scores') finishers.set(name, (s, m) => d.value(scores, s, m));
    }
  } else if (task === 'multiclass') {
    const sums = multiclassPass(data, cells, S);
    count.set(sums.count);
    weight.set(sums.weight);
    const views = multiclassViews(sums, data.classes.length, S);
    const K = data.classes.length;
    classCounts = (s) => Object.fromEntries(data.classes.map((c, k) => [c, sums.trueCount[s * K + k]]));
    for (const name of names) {
      const d = declarationOf(name)!;
      if (d.summary !== 'decision') continue;
      const p = decisionParams(name, metrics[name], data.classes);
      finishers.set(name, (s, m) => d.value(views[s * 2 + m], p));
    }
  } else {
    const acc = regressionPass(data, cells, S);
    for (let s = 0; s < S; s++) {
      count[s] = acc[s * REG.STRIDE + REG.COUNT];
      weight[s] = acc[s * REG.STRIDE + REG.WEIGHT];
    }
    const errors = errorSums(acc, S);
    for (const name of names) {
      const d = declarationOf(name)!;
      if (d.summary === 'errors') finishers.set(name, (s, m) => d.value(errors, s, m));
    }
  }

  for (const name of names) {
    const d = declarationOf(name)!;
    if (d.summary !== 'column') continue;
    const { arg } = splitMetricName(name);
    const column = arg === null ? undefined : data.numeric[arg];
    if (!column) throw new Error(`measureOffline: numeric column ${arg} for ${name} was not loaded by the reader`);
    const sums = columnSums(meanPass(column, data.weight, cells, S), S);
    finishers.set(name, (s, m) => d.value(sums, s, m));
  }

  return segmentation.segments.map((segment, s) => {
    const n = count[s];
    const empty = !(weight[s] > 0);
    const values: SegmentMetrics['values'] = {};
    for (const name of names) {
      const f = finishers.get(name)!;
      values[name] = empty ? { baseline: null, candidate: null } : { baseline: clean(f(s, 0)), candidate: clean(f(s, 1)) };
    }
    const out: SegmentMetrics = { segment, n, weight: weight[s], positives: task === 'binary' ? positives[s] : null, values };
    if (classCounts) out.classCounts = classCounts(s);
    return out;
  });
}

/** The one guard against NaN leaking out (e.g. a NaN score): undefined is null. */
function clean(v: number | null): number | null {
  return v === null || Number.isNaN(v) ? null : v;
}

/** Per segment and model (at `s * 2 + m`), the decision view of the binary sums. A binary view from measuring has no decided row counts. */
function binaryViews(acc: Float64Array, S: number): DecisionView[] {
  const out: DecisionView[] = [];
  for (let s = 0; s < S; s++) {
    const o = s * BIN.STRIDE;
    const count = acc[o + BIN.COUNT];
    const pos = acc[o + BIN.POSITIVES];
    for (let m = 0; m < 2; m++) {
      const c = o + BIN.MODEL[m];
      const confusion = { tn: acc[c + BIN.TN], fp: acc[c + BIN.FP], fn: acc[c + BIN.FN], tp: acc[c + BIN.TP] };
      out.push({
        K: 2,
        total: confusion.tp + confusion.fp + confusion.tn + confusion.fn,
        correct: confusion.tp + confusion.tn,
        trueW: [confusion.tn + confusion.fp, confusion.tp + confusion.fn],
        trueCount: [count - pos, pos],
        tp: [confusion.tn, confusion.tp],
        predW: [confusion.tn + confusion.fn, confusion.fp + confusion.tp],
        predCount: [NaN, NaN],
        confusion,
      });
    }
  }
  return out;
}

/** Per segment and model (at `s * 2 + m`), the decision view of the multiclass sums. */
function multiclassViews(sums: MulticlassSums, K: number, S: number): DecisionView[] {
  const out: DecisionView[] = [];
  const cut = (a: Float64Array, s: number) => a.subarray(s * K, (s + 1) * K);
  for (let s = 0; s < S; s++) {
    for (let m = 0; m < 2; m++) {
      const mm = sums.models[m];
      out.push({
        K,
        total: sums.weight[s],
        correct: mm.correct[s],
        trueW: cut(sums.trueWeight, s),
        trueCount: cut(sums.trueCount, s),
        tp: cut(mm.tp, s),
        predW: cut(mm.predWeight, s),
        predCount: cut(mm.predCount, s),
        confusion: { tp: NaN, fp: NaN, tn: NaN, fn: NaN },
      });
    }
  }
  return out;
}
