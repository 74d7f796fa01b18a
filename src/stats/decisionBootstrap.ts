// decisionBootstrap.ts: the paired bootstrap of the decision metrics (binary:
// accuracy, precision, recall, f1, fpr, positive_rate, expected_cost;
// multiclass: accuracy, macro_f1, macro_recall, recall[CLASS]).
//
// Method. Every decision metric of both models is a function of the segment's
// joint table of (label, baseline decision, candidate decision). Resampling the
// segment's rows with replacement is the same as drawing that table from a
// multinomial with the observed cell shares and the segment's row count, so each
// of the R resamples costs one multinomial draw over the table's non-empty cells
// (binary: at most 8) instead of n row draws. Pairing is kept: a resampled row
// carries both models' decisions. Weighted rows: the table is resampled in counts
// and each cell carries its observed mean weight (exact without weights; an
// approximation with them, which ignores the spread of weights within a cell).
// Output: the percentile interval of candidate - baseline over the resamples, and
// the bootstrap standard error, from which `oneSidedP` takes a normal p-value
// (bootstrap p-values would have a resolution floor of 1/(R+1), too coarse to
// survive a multiple-testing correction). Resamples where either model's metric
// is undefined (e.g. no positive decisions for precision) are dropped; with fewer
// than half of them left the test is not run.
//
// One generator per segment, keyed by (seed, segment id), drives the resamples of
// all the segment's metrics: results do not depend on the order checks are made
// in, nor on which other metrics are configured.
import type { Costs } from '../config/types.js';
import { accuracy } from '../metrics/accuracy.js';
import type { Confusion } from '../metrics/confusion.js';
import { expectedCost } from '../metrics/expectedCost.js';
import { f1 } from '../metrics/f1.js';
import { fpr } from '../metrics/fpr.js';
import { macroF1 } from '../metrics/macroF1.js';
import { macroRecall } from '../metrics/macroRecall.js';
import { positiveRate } from '../metrics/positiveRate.js';
import { precision } from '../metrics/precision.js';
import { recall } from '../metrics/recall.js';
import { multinomial } from './binomial.js';
import { bootstrapSpread, type DeltaEstimate } from './estimate.js';
import type { Random } from './random.js';

/** Both models' decision summaries of one (resampled) joint table. */
export class TableSummary {
  readonly K: number;
  total = 0;
  /** Weight and rows labelled as each class. */
  readonly trueW: Float64Array;
  readonly trueCount: Float64Array;
  /** Per model: weight decided correctly per class, weight and rows decided as each class. */
  readonly tp: [Float64Array, Float64Array];
  readonly predW: [Float64Array, Float64Array];
  readonly predCount: [Float64Array, Float64Array];
  /** Binary only: each model's confusion matrix (reused, not reallocated). */
  readonly confusion: [Confusion, Confusion] = [
    { tp: 0, fp: 0, tn: 0, fn: 0 },
    { tp: 0, fp: 0, tn: 0, fn: 0 },
  ];

  constructor(K: number) {
    this.K = K;
    const z = () => new Float64Array(K);
    this.trueW = z();
    this.trueCount = z();
    this.tp = [z(), z()];
    this.predW = [z(), z()];
    this.predCount = [z(), z()];
  }

  /**
   * Fills the summary from table cells `keys[i]` (index `(y*K + b)*K + c`) with
   * `counts[i]` rows weighing `weights[i]` in all.
   */
  fill(keys: Int32Array, counts: ArrayLike<number>, weights: ArrayLike<number>): void {
    const K = this.K;
    this.trueW.fill(0);
    this.trueCount.fill(0);
    for (let m = 0; m < 2; m++) {
      this.tp[m].fill(0);
      this.predW[m].fill(0);
      this.predCount[m].fill(0);
    }
    let total = 0;
    const [tpB, tpC] = this.tp;
    const [pwB, pwC] = this.predW;
    const [pcB, pcC] = this.predCount;
    const KK = K * K;
    for (let i = 0; i < keys.length; i++) {
      const x = counts[i];
      if (x === 0) continue;
      const w = weights[i];
      const key = keys[i];
      const y = (key / KK) | 0;
      const rest = key - y * KK;
      const b = (rest / K) | 0;
      const c = rest - b * K;
      total += w;
      this.trueW[y] += w;
      this.trueCount[y] += x;
      pwB[b] += w;
      pcB[b] += x;
      pwC[c] += w;
      pcC[c] += x;
      if (b === y) tpB[b] += w;
      if (c === y) tpC[c] += w;
    }
    this.total = total;
    if (K === 2) {
      for (let m = 0; m < 2; m++) {
        const cm = this.confusion[m];
        const tp = this.tp[m];
        cm.tp = tp[1];
        cm.tn = tp[0];
        cm.fp = this.predW[m][1] - tp[1];
        cm.fn = this.trueW[1] - tp[1];
      }
    }
  }

  /** Weight decided correctly by model m. */
  correct(m: 0 | 1): number {
    let s = 0;
    for (let k = 0; k < this.K; k++) s += this.tp[m][k];
    return s;
  }
}

/** A decision metric's value for model m of a summary; null where undefined. */
export type DecisionMetric = (t: TableSummary, m: 0 | 1) => number | null;

/**
 * The evaluator of a decision metric by name, or null when it is not a decision metric of the task.
 * @param classes multiclass class names (for `recall[CLASS]`)
 * @example decisionMetric('recall', 'binary', [], undefined)!(summary, 1) // the candidate's recall
 */
export function decisionMetric(name: string, task: 'binary' | 'multiclass', classes: string[], costs: Costs | undefined): DecisionMetric | null {
  if (task === 'binary') {
    switch (name) {
      case 'accuracy':
        return (t, m) => accuracy(t.tp[m][0] + t.tp[m][1], t.total);
      case 'precision':
        return (t, m) => precision(t.confusion[m]);
      case 'recall':
        return (t, m) => recall(t.tp[m][1], t.trueW[1]);
      case 'f1':
        return (t, m) => f1(t.confusion[m]);
      case 'fpr':
        return (t, m) => fpr(t.confusion[m]);
      case 'positive_rate':
        return (t, m) => positiveRate(t.confusion[m]);
      case 'expected_cost': {
        const c = costs ?? { tp: 0, fp: 0, tn: 0, fn: 0 };
        return (t, m) => expectedCost(t.confusion[m], c);
      }
      default:
        return null;
    }
  }
  const K = classes.length;
  if (name === 'accuracy') return (t, m) => accuracy(t.correct(m), t.total);
  if (name === 'macro_recall') return (t, m) => macroRecall(t.tp[m], t.trueW, t.trueCount, t.predCount[m], 0, K);
  if (name === 'macro_f1') return (t, m) => macroF1(t.tp[m], t.trueW, t.predW[m], t.trueCount, t.predCount[m], 0, K);
  const rc = /^recall\[(.+)\]$/.exec(name);
  if (rc) {
    const k = classes.indexOf(rc[1]);
    if (k < 0) return () => null;
    return (t, m) => recall(t.tp[m][k], t.trueW[k]);
  }
  return null;
}

/**
 * Bootstraps one segment's joint table and estimates each metric's paired change.
 * @param counts the segment's table: rows per cell (`K^3` cells)
 * @param weights the segment's table: weight per cell
 * @param metrics evaluators; the result has one estimate (or null) per evaluator, in order
 * @param resamples R
 * @param rng the segment's generator (seeded by the caller from seed and segment id)
 * @param confidence e.g. 0.95 for a 95% percentile interval
 * @example
 * // 1,000 rows, recall 0.80 -> 0.75 (candidate misses 5 of the baseline's 80 hits):
 * bootstrapDecisionTable(counts, counts, 2, [decisionMetric('recall', 'binary', [], undefined)!], 2000, new Random('1|overall'), 0.95)
 * // [{ ci: [≈-0.098, ≈-0.012], se: ≈0.022, df: Infinity, method: 'bootstrap' }]
 */
export function bootstrapDecisionTable(
  counts: ArrayLike<number>,
  weights: ArrayLike<number>,
  K: number,
  metrics: DecisionMetric[],
  resamples: number,
  rng: Random,
  confidence: number,
): Array<DeltaEstimate | null> {
  const keysList: number[] = [];
  for (let i = 0; i < counts.length; i++) if (counts[i] > 0) keysList.push(i);
  const keys = Int32Array.from(keysList);
  const observed = Float64Array.from(keysList, (i) => counts[i]);
  const meanWeight = Float64Array.from(keysList, (i) => weights[i] / counts[i]);
  let n = 0;
  for (const c of observed) n += c;
  const M = metrics.length;
  const deltas = metrics.map(() => new Float64Array(resamples));
  const valid = new Int32Array(M);
  const draw = new Float64Array(keys.length);
  const drawWeight = new Float64Array(keys.length);
  const summary = new TableSummary(K);
  for (let r = 0; r < resamples; r++) {
    multinomial(observed, n, rng, draw);
    for (let i = 0; i < draw.length; i++) drawWeight[i] = draw[i] * meanWeight[i];
    summary.fill(keys, draw, drawWeight);
    for (let j = 0; j < M; j++) {
      const b = metrics[j](summary, 0);
      const c = metrics[j](summary, 1);
      if (b === null || c === null || Number.isNaN(b) || Number.isNaN(c)) continue;
      deltas[j][valid[j]++] = c - b;
    }
  }
  return deltas.map((all, j) => {
    const v = valid[j];
    if (v < 2 || v < resamples / 2) return null;
    return { ...bootstrapSpread(all.subarray(0, v).sort(), confidence), df: Infinity, method: 'bootstrap' as const };
  });
}
