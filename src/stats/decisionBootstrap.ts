// decisionBootstrap.ts: the paired bootstrap of the decision metrics (every
// metric declared with summary 'decision': accuracy, precision, recall, f1, fpr,
// positive_rate, expected_cost, balanced_accuracy, mcc; multiclass: accuracy,
// macro_f1, macro_recall, recall[CLASS], balanced_accuracy, mcc).
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
import { declarationOf, decisionParams, type Costs } from '../metrics/index.js';
import { TableSummary } from '../summaries/index.js';
import { multinomial } from './binomial.js';
import { bootstrapSpread, type DeltaEstimate } from './estimate.js';
import type { Random } from './random.js';

export { TableSummary };

/** A decision metric's value for model m of a summary; null where undefined. */
export type DecisionMetric = (t: TableSummary, m: 0 | 1) => number | null;

/**
 * The evaluator of a decision metric by name (its declared formula on the table's views),
 * or null when it is not a decision metric of the task.
 * @param classes multiclass class names (for `recall[CLASS]`)
 * @example decisionMetric('recall', 'binary', [], undefined)!(summary, 1) // the candidate's recall
 */
export function decisionMetric(name: string, task: 'binary' | 'multiclass', classes: string[], costs: Costs | undefined): DecisionMetric | null {
  const d = declarationOf(name);
  if (!d || d.summary !== 'decision' || d.tasks === 'shadow' || !d.tasks.includes(task)) return null;
  const p = decisionParams(name, { direction: d.direction === 'lower' ? 'lower' : 'higher', costs }, classes);
  return (t, m) => d.value(t.views[m], p);
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
