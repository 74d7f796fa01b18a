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
import type { Segment, Segmentation } from '../segments/index.js';
import { RowCache } from '../summaries/index.js';
import type { DecisionView } from '../summaries/index.js';
import { lookupMetric, metricNames, needsClassScores, needsScores, parameterisedNames, splitMetricName } from './catalog.js';
import { ovrAucs, rowsBySegment, type OvrAucs } from './aucOvr.js';
import { classTermsOf } from './classTerms.js';
import { ratio } from './confusion.js';
import { costTerms, hasCostColumns } from './costTerms.js';
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
 * What measuring sums from the rows, per segment, before any metric is finished: the
 * passes' flat layouts (passes.ts: `BIN`, `RANK`, `REG`, `MEAN`). A producer other than
 * the row passes (a summaries file, a warehouse query) fills the same arrays.
 */
export interface MeasureSums {
  task: Task;
  /** multiclass class names by code; otherwise empty. */
  classes: string[];
  /** Per segment: rows and weight; binary also rows with label 1 (otherwise zeros). */
  count: Float64Array;
  weight: Float64Array;
  positives: Float64Array;
  /** binary: `BIN.STRIDE` per segment. */
  binary: Float64Array | null;
  /** binary with auc or pr_auc: per model, `RANK.STRIDE` per segment. */
  ranking: [Float64Array, Float64Array] | null;
  multiclass: MulticlassSums | null;
  /** regression: `REG.STRIDE` per segment. */
  regression: Float64Array | null;
  /** Per `mean[X]` column X: `MEAN.STRIDE` per segment. */
  columns: Record<string, Float64Array>;
  /**
   * Per metric whose value is a weighted mean of a per-example term computed from the
   * row (expected_cost with cost columns; multiclass log_loss, top_k_accuracy[K]): `MEAN.STRIDE` per segment.
   */
  perExample: Record<string, Float64Array>;
  /** multiclass auc_ovr: each model's macro one-vs-rest AUC per segment. */
  ovr: OvrAucs | null;
}

/** Sums of `S` segments with nothing added yet: what a producer (the row passes, a summaries file) fills. */
export function emptySums(task: Task, classes: string[], S: number): MeasureSums {
  return {
    task,
    classes,
    count: new Float64Array(S),
    weight: new Float64Array(S),
    positives: new Float64Array(S),
    binary: null,
    ranking: null,
    multiclass: null,
    regression: null,
    columns: {},
    perExample: {},
    ovr: null,
  };
}

/** Refuses metric names the task does not have and expected_cost without costs. */
function checkMetrics(metrics: Record<string, MetricSpec>, task: Task, numeric: EvalData['numeric'] | null): void {
  const issues: Array<{ path: string; message: string }> = [];
  for (const name of Object.keys(metrics)) {
    if (!lookupMetric(name, task, metrics[name].direction)) {
      issues.push({
        path: `metrics.${name}`,
        message: `"${name}" is not a metric for task ${task}; valid: ${metricNames(task).join(', ')}${task === 'multiclass' ? `, ${parameterisedNames(task).join(', ')}` : ''}, mean[COLUMN]`,
      });
    } else if (declarationOf(name)?.needsCosts && !metrics[name].costs) {
      issues.push({ path: `metrics.${name}.costs`, message: `${name} needs costs: { tp, fp, tn, fn }` });
    } else if (numeric !== null && hasCostColumns(metrics[name])) {
      for (const col of Object.values(metrics[name].costColumns!)) {
        if (col && !numeric[col]) issues.push({ path: `metrics.${name}.costs`, message: `the cost column ${col} was not read from the eval files` });
      }
    }
  }
  if (issues.length > 0) throw new ConfigError('config', issues);
}

/**
 * The sums every configured metric is finished from, from the rows.
 * @example measureSums(data, seg, { auc: cfg }, 'binary').ranking![0].length // segments x RANK.STRIDE
 */
export function measureSums(data: EvalData, segmentation: Segmentation, metrics: Record<string, MetricSpec>, task: Task, rows: RowCache = new RowCache(data, segmentation)): MeasureSums {
  rows.assertFor(data, segmentation, 'measureOffline');
  const S = segmentation.segments.length;
  for (const d of segmentation.dimensions) {
    if (d.rowSegment.length !== data.n) {
      throw new Error(`measureOffline: dimension ${d.name} has ${d.rowSegment.length} rows, the data ${data.n}`);
    }
  }
  checkMetrics(metrics, task, data.numeric);
  const names = Object.keys(metrics);
  const cells = rows.cells;
  const out = emptySums(task, data.classes, S);
  if (task === 'binary') {
    // Scores are read only when a metric needs them (auc and pr_auc read them in their own walk);
    // the logarithms only for log_loss.
    const acc = binaryPass(data, cells, S, {
      scores: names.some(needsScores),
      logLoss: names.some((n) => declarationOf(n) === logLossMetric),
    });
    for (let s = 0; s < S; s++) {
      out.count[s] = acc[s * BIN.STRIDE + BIN.COUNT];
      out.weight[s] = acc[s * BIN.STRIDE + BIN.WEIGHT];
      out.positives[s] = acc[s * BIN.STRIDE + BIN.POSITIVES];
    }
    out.binary = acc;
    for (const name of names) {
      // Costs that name a column: the weighted mean of each example's cost.
      if (declarationOf(name)!.needsCosts && hasCostColumns(metrics[name])) {
        const spec = metrics[name];
        out.perExample[name] = meanPass({ baseline: costTerms(data, spec, 0), candidate: costTerms(data, spec, 1) }, data.weight, cells, S);
      }
    }
    if (names.some((n) => declarationOf(n)?.summary === 'ranking')) {
      out.ranking = [rankingPass(rows.scoreOrder(0), cells, S), rankingPass(rows.scoreOrder(1), cells, S)];
    }
  } else if (task === 'multiclass') {
    const sums = multiclassPass(data, cells, S);
    out.count.set(sums.count);
    out.weight.set(sums.weight);
    out.multiclass = sums;
    for (const name of names) {
      const d = declarationOf(name)!;
      if (d.summary === 'decision' || !needsClassScores(name)) continue;
      const probaB = data.baseline.proba;
      const probaC = data.candidate.proba;
      if (!probaB || !probaC) {
        const which = !probaB && !probaC ? 'either eval file' : !probaB ? 'the baseline eval file' : 'the candidate eval file';
        throw new ConfigError('config', [
          { path: `metrics.${name}`, message: `${name} needs class probabilities: one column per class (columns.class_scores, default score_{class}), and ${which} has none` },
        ]);
      }
      const terms = classTermsOf(d);
      if (terms) {
        const { arg } = splitMetricName(name);
        const tB = new Float64Array(data.n);
        const tC = new Float64Array(data.n);
        terms(data.label, probaB, data.classes.length, arg, tB);
        terms(data.label, probaC, data.classes.length, arg, tC);
        out.perExample[name] = meanPass({ baseline: tB, candidate: tC }, data.weight, cells, S);
      } else {
        out.ovr ??= ovrAucs(data.label, probaB, probaC, data.classes.length, data.weight, rowsBySegment(segmentation.dimensions, S), false);
      }
    }
  } else {
    const acc = regressionPass(data, cells, S);
    for (let s = 0; s < S; s++) {
      out.count[s] = acc[s * REG.STRIDE + REG.COUNT];
      out.weight[s] = acc[s * REG.STRIDE + REG.WEIGHT];
    }
    out.regression = acc;
  }
  for (const name of names) {
    if (declarationOf(name)!.summary !== 'column') continue;
    const { arg } = splitMetricName(name);
    const column = arg === null ? undefined : data.numeric[arg];
    if (!column) throw new Error(`measureOffline: numeric column ${arg} for ${name} was not loaded by the reader`);
    out.columns[arg!] ??= meanPass(column, data.weight, cells, S);
  }
  return out;
}

/**
 * Every configured metric per segment, finished from the sums (measureSums, or a summaries file).
 * @param segments the segmentation's segments, in the sums' order
 * @throws ConfigError as measureOffline
 */
export function finishMetrics(sums: MeasureSums, segments: readonly Segment[], metrics: Record<string, MetricSpec>): SegmentMetrics[] {
  const { task, count, weight, positives } = sums;
  checkMetrics(metrics, task, null);
  const S = segments.length;
  const names = Object.keys(metrics);
  const finishers = new Map<string, Finisher>();
  let classCounts: ((s: number) => Record<string, number>) | null = null;
  const missing = (what: string): never => {
    throw new Error(`finishMetrics: the sums have no ${what}`);
  };
  /** A per-example mean's finisher; a summaries file does not carry these sums (yet): a clear config error, not a crash. */
  const perExample = (name: string): Finisher => {
    const acc = sums.perExample?.[name];
    if (!acc)
      throw new ConfigError('config', [
        { path: `metrics.${name}`, message: `${name} is measured from the rows (per-example costs or class probabilities), which summaries do not carry: give the eval files` },
      ]);
    const cs = columnSums(acc, S);
    return (s, m) => ratio(cs.sum[m][s], cs.weight[m][s]);
  };
  if (task === 'binary') {
    const acc = sums.binary ?? missing('binary sums');
    const views = binaryViews(acc, S);
    const scores = scoreSums(acc, S);
    const ranks: Array<ReturnType<typeof rankingSums>> = [];
    const ranking = (m: 0 | 1) => (ranks[m] ??= rankingSums((sums.ranking ?? missing('ranking sums'))[m], S));
    for (const name of names) {
      const d = declarationOf(name)!;
      if (d.summary === 'decision' && d.needsCosts && hasCostColumns(metrics[name])) finishers.set(name, perExample(name));
      else if (d.summary === 'decision') {
        const p = decisionParams(name, metrics[name], sums.classes);
        finishers.set(name, (s, m) => d.value(views[s * 2 + m], p));
      } else if (d.summary === 'ranking') finishers.set(name, (s, m) => d.value(ranking(m), s));
      else if (d.summary === 'scores') finishers.set(name, (s, m) => d.value(scores, s, m));
    }
  } else if (task === 'multiclass') {
    const mc = sums.multiclass ?? missing('multiclass sums');
    const views = multiclassViews(mc, sums.classes.length, S);
    const K = sums.classes.length;
    classCounts = (s) => Object.fromEntries(sums.classes.map((c, k) => [c, mc.trueCount[s * K + k]]));
    for (const name of names) {
      const d = declarationOf(name)!;
      if (d.summary === 'decision') {
        const p = decisionParams(name, metrics[name], sums.classes);
        finishers.set(name, (s, m) => d.value(views[s * 2 + m], p));
      } else if (needsClassScores(name)) {
        if (classTermsOf(d)) finishers.set(name, perExample(name));
        else {
          const ovr = sums.ovr;
          if (!ovr)
            throw new ConfigError('config', [
              { path: `metrics.${name}`, message: `${name} is measured from the rows (class probabilities), which summaries do not carry: give the eval files` },
            ]);
          finishers.set(name, (s, m) => ovr.auc[m][s]);
        }
      }
    }
  } else {
    const errors = errorSums(sums.regression ?? missing('regression sums'), S);
    for (const name of names) {
      const d = declarationOf(name)!;
      if (d.summary === 'errors') finishers.set(name, (s, m) => d.value(errors, s, m));
    }
  }
  for (const name of names) {
    const d = declarationOf(name)!;
    if (d.summary !== 'column') continue;
    const { arg } = splitMetricName(name);
    const acc = arg === null ? undefined : sums.columns[arg];
    if (!acc) missing(`sums of column ${arg}`);
    const cs = columnSums(acc!, S);
    finishers.set(name, (s, m) => d.value(cs, s, m));
  }

  return segments.map((segment, s) => {
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
  return finishMetrics(measureSums(data, segmentation, metrics, task, rows), segmentation.segments, metrics);
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
