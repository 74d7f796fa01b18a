// Expected cost: the mean cost per example under a cost matrix. A cost may name a
// numeric column of the eval files (`costs: { fp: 5, fn: amount }`: a missed fraud
// loses its amount); then the metric is the weighted mean of each example's cost of
// its outcome, and its test is the paired mean test (like log_loss). Negative costs
// are gains (profit per decision).
import type { Codes } from '../io/index.js';
import type { CostColumns, Costs, CostOutcome, MetricSpec } from './types.js';
import { confusionTotal, ratio, type Confusion } from './confusion.js';
import type { MetricDeclaration } from './declaration.js';

/**
 * (TP*c.tp + FP*c.fp + TN*c.tn + FN*c.fn) / total weight; null when the total weight is 0.
 * @example expectedCost({ tp: 3, fp: 1, tn: 4, fn: 2 }, { tp: 0, fp: 1, tn: 0, fn: 5 }) // 11 / 10
 */
export function expectedCost(c: Confusion, costs: Costs): number | null {
  return ratio(c.tp * costs.tp + c.fp * costs.fp + c.tn * costs.tn + c.fn * costs.fn, confusionTotal(c));
}

/** Whether a configured expected_cost names a column: then it is a mean per example. */
export function hasCostColumns(spec: MetricSpec | undefined): spec is MetricSpec & { costColumns: CostColumns } {
  return spec?.costColumns !== undefined && Object.keys(spec.costColumns).length > 0;
}

/** The outcome of a binary decision `d` on label `y`. */
function outcome(y: number, d: number): CostOutcome {
  return y === 1 ? (d === 1 ? 'tp' : 'fn') : d === 1 ? 'fp' : 'tn';
}

/**
 * Each example's cost of its outcome: the column's value where the outcome's cost names a
 * column (`columns[o]`, per row), else the number `costs[o]`.
 * @example
 * // fn: amount, fp: 5; rows (y, d, amount) = (1, 0, 120), (0, 1, 30), (1, 1, 80)
 * // out = [120, 5, 0]
 */
export function expectedCostTerms(label: Codes, decision: Codes, costs: Costs, columns: Partial<Record<CostOutcome, Float64Array>>, out: Float64Array): void {
  for (let r = 0; r < label.length; r++) {
    const o = outcome(label[r], decision[r]);
    const col = columns[o];
    out[r] = col === undefined ? costs[o] : col[r];
  }
}

export const metric: MetricDeclaration = {
  name: 'expected_cost',
  tasks: ['binary'],
  direction: 'lower',
  rate: false,
  unit: 'number',
  description: 'mean cost per example from the cost matrix; a cost may name a numeric column (per-example costs, then a paired mean test)',
  needsCosts: true,
  summary: 'decision',
  test: 'decision-bootstrap',
  value: (v, p) => expectedCost(v.confusion, p.costs),
};
