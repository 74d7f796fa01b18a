// src/metrics: metric definitions (one per file, scikit-learn's semantics) and
// the passes that measure them per segment. Knows no thresholds.
//
// Measures every configured offline metric in every segment, for both models:
// resolves the metric names, runs the passes the metrics need (src/metrics/passes.ts)
// and finishes each value with its metric's own function.
//
// Degenerate cases, one rule everywhere: a metric that is undefined in a segment is
// null (never 0, never NaN). A segment with no rows, or whose weights sum to 0, has
// every metric null. Ratios are null when their denominator is 0 (precision with nothing
// decided positive, recall with no positives, fpr with no negatives, f1 with neither
// positives nor positive decisions); auc and pr_auc are null unless the segment has both
// classes. Where scikit-learn returns a number without "zero_division" (f1 = 0 when
// precision and recall are both 0, log_loss and brier with one class, macro averages
// counting an absent class as 0) we return the same number.
import type { Costs, MetricConfig, Task } from '../config/types.js';
import { ConfigError } from '../errors.js';
import type { EvalData } from '../io/types.js';
import type { Segmentation } from '../segments/types.js';
import { accuracy } from './accuracy.js';
import { auc } from './auc.js';
import { averagePrecision } from './averagePrecision.js';
import { bias } from './bias.js';
import { brier } from './brier.js';
import { lookupMetric, metricNames, splitMetricName } from './catalog.js';
import type { Confusion } from './confusion.js';
import { ece } from './ece.js';
import { expectedCost } from './expectedCost.js';
import { f1 } from './f1.js';
import { fpr } from './fpr.js';
import { logLoss } from './logLoss.js';
import { macroF1 } from './macroF1.js';
import { macroRecall } from './macroRecall.js';
import { mae } from './mae.js';
import { mape } from './mape.js';
import { weightedMean } from './mean.js';
import {
  BIN,
  MEAN,
  RANK,
  REG,
  binaryPass,
  meanPass,
  multiclassPass,
  rankingPass,
  regressionPass,
  type MulticlassSums,
} from './passes.js';
import { positiveRate } from './positiveRate.js';
import { precision } from './precision.js';
import { recall } from './recall.js';
import { rmse } from './rmse.js';
import { RowCache } from './rowCache.js';
import type { SegmentMetrics } from './types.js';

/** One metric's value in segment `s` for model `m` (0 baseline, 1 candidate). */
type Finisher = (s: number, m: 0 | 1) => number | null;

const BINARY_CONFUSION: Record<string, (c: Confusion, costs: Costs) => number | null> = {
  accuracy: (c) => accuracy(c.tp + c.tn, c.tp + c.fp + c.tn + c.fn),
  precision: (c) => precision(c),
  recall: (c) => recall(c.tp, c.tp + c.fn),
  f1: (c) => f1(c),
  fpr: (c) => fpr(c),
  positive_rate: (c) => positiveRate(c),
  expected_cost: (c, costs) => expectedCost(c, costs),
};

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
  metrics: Record<string, MetricConfig>,
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
    } else if (name === 'expected_cost' && !metrics[name].costs) {
      issues.push({ path: `metrics.${name}.costs`, message: 'expected_cost needs costs: { tp, fp, tn, fn }' });
    }
  }
  if (issues.length > 0) throw new ConfigError('config', issues);

  const cells = rows.cells;

  // Per segment: rows, weight, positives. Filled by the task's pass.
  const count = new Float64Array(S);
  const weight = new Float64Array(S);
  const positives = new Float64Array(S);
  const finishers = new Map<string, Finisher>();

  if (task === 'binary') {
    const bases = new Set(names.map((n) => splitMetricName(n).base));
    // Scores are read only when a metric needs them (auc and pr_auc read them in their own walk).
    const acc = binaryPass(data, cells, S, {
      scores: ['log_loss', 'brier', 'ece', 'auc', 'pr_auc'].some((m) => bases.has(m)),
      logLoss: bases.has('log_loss'),
    });
    for (let s = 0; s < S; s++) {
      count[s] = acc[s * BIN.STRIDE + BIN.COUNT];
      weight[s] = acc[s * BIN.STRIDE + BIN.WEIGHT];
      positives[s] = acc[s * BIN.STRIDE + BIN.POSITIVES];
    }
    const at = (s: number, m: 0 | 1, field: number) => acc[s * BIN.STRIDE + BIN.MODEL[m] + field];
    const confusion = (s: number, m: 0 | 1): Confusion => ({
      tn: at(s, m, BIN.TN),
      fp: at(s, m, BIN.FP),
      fn: at(s, m, BIN.FN),
      tp: at(s, m, BIN.TP),
    });
    const ranks: Float64Array[] = [];
    const ranking = (m: 0 | 1): Float64Array => {
      if (!ranks[m]) {
        ranks[m] = rankingPass(rows.scoreOrder(m), cells, S);
      }
      return ranks[m];
    };
    const rank = (s: number, m: 0 | 1, field: number) => ranking(m)[s * RANK.STRIDE + field];
    for (const name of names) {
      const cm = BINARY_CONFUSION[name];
      if (cm) {
        const costs = metrics[name].costs ?? { tp: 0, fp: 0, tn: 0, fn: 0 };
        finishers.set(name, (s, m) => cm(confusion(s, m), costs));
      } else if (name === 'auc') {
        finishers.set(name, (s, m) => auc(rank(s, m, RANK.AREA), rank(s, m, RANK.POSITIVE), rank(s, m, RANK.NEGATIVE)));
      } else if (name === 'pr_auc') {
        finishers.set(name, (s, m) =>
          averagePrecision(rank(s, m, RANK.AP), rank(s, m, RANK.POSITIVE), rank(s, m, RANK.NEGATIVE)),
        );
      } else if (name === 'log_loss') {
        finishers.set(name, (s, m) => logLoss(at(s, m, BIN.LOG_LOSS), weight[s]));
      } else if (name === 'brier') {
        finishers.set(name, (s, m) => brier(at(s, m, BIN.BRIER), weight[s]));
      } else if (name === 'ece') {
        finishers.set(name, (s, m) => ece(acc, s * BIN.STRIDE + BIN.MODEL[m] + BIN.ECE, weight[s]));
      }
    }
  } else if (task === 'multiclass') {
    const sums = multiclassPass(data, cells, S);
    count.set(sums.count);
    weight.set(sums.weight);
    for (const name of names) {
      const f = multiclassFinisher(name, sums, data.classes);
      if (f) finishers.set(name, f);
    }
  } else {
    const acc = regressionPass(data, cells, S);
    for (let s = 0; s < S; s++) {
      count[s] = acc[s * REG.STRIDE + REG.COUNT];
      weight[s] = acc[s * REG.STRIDE + REG.WEIGHT];
    }
    const at = (s: number, m: 0 | 1, field: number) => acc[s * REG.STRIDE + REG.MODEL[m] + field];
    const byName: Record<string, Finisher> = {
      mae: (s, m) => mae(at(s, m, REG.ABS), weight[s]),
      rmse: (s, m) => rmse(at(s, m, REG.SQ), weight[s]),
      mape: (s, m) => mape(at(s, m, REG.APE), weight[s]),
      bias: (s, m) => bias(at(s, m, REG.SIGNED), weight[s]),
    };
    for (const name of names) if (byName[name]) finishers.set(name, byName[name]);
  }

  for (const name of names) {
    const { base, arg } = splitMetricName(name);
    if (base !== 'mean' || arg === null) continue;
    const column = data.numeric[arg];
    if (!column) throw new Error(`measureOffline: numeric column ${arg} for ${name} was not loaded by the reader`);
    const acc = meanPass(column, data.weight, cells, S);
    finishers.set(name, (s, m) => weightedMean(acc[s * MEAN.STRIDE + MEAN.SUM[m]], acc[s * MEAN.STRIDE + MEAN.WEIGHT[m]]));
  }

  return segmentation.segments.map((segment, s) => {
    const n = count[s];
    const empty = !(weight[s] > 0);
    const values: SegmentMetrics['values'] = {};
    for (const name of names) {
      const f = finishers.get(name)!;
      values[name] = empty ? { baseline: null, candidate: null } : { baseline: clean(f(s, 0)), candidate: clean(f(s, 1)) };
    }
    return { segment, n, weight: weight[s], positives: task === 'binary' ? positives[s] : null, values };
  });
}

/** The one guard against NaN leaking out (e.g. a NaN score): undefined is null. */
function clean(v: number | null): number | null {
  return v === null || Number.isNaN(v) ? null : v;
}

function multiclassFinisher(name: string, sums: MulticlassSums, classes: string[]): Finisher | null {
  const K = classes.length;
  const { base, arg } = splitMetricName(name);
  if (name === 'accuracy') return (s, m) => accuracy(sums.models[m].correct[s], sums.weight[s]);
  if (name === 'macro_recall') {
    return (s, m) => {
      const mm = sums.models[m];
      return macroRecall(mm.tp, sums.trueWeight, sums.trueCount, mm.predCount, s * K, K);
    };
  }
  if (name === 'macro_f1') {
    return (s, m) => {
      const mm = sums.models[m];
      return macroF1(mm.tp, sums.trueWeight, mm.predWeight, sums.trueCount, mm.predCount, s * K, K);
    };
  }
  if (base === 'recall' && arg !== null) {
    const k = classes.indexOf(arg);
    // A class the data never names: its recall is undefined everywhere.
    if (k < 0) return () => null;
    return (s, m) => recall(sums.models[m].tp[s * K + k], sums.trueWeight[s * K + k]);
  }
  return null;
}
