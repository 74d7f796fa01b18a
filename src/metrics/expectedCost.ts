// Expected cost: the mean cost per example under a cost matrix.
import type { Costs } from './types.js';
import { confusionTotal, ratio, type Confusion } from './confusion.js';
import type { MetricDeclaration } from './declaration.js';

/**
 * (TP*c.tp + FP*c.fp + TN*c.tn + FN*c.fn) / total weight; null when the total weight is 0.
 * @example expectedCost({ tp: 3, fp: 1, tn: 4, fn: 2 }, { tp: 0, fp: 1, tn: 0, fn: 5 }) // 11 / 10
 */
export function expectedCost(c: Confusion, costs: Costs): number | null {
  return ratio(c.tp * costs.tp + c.fp * costs.fp + c.tn * costs.tn + c.fn * costs.fn, confusionTotal(c));
}

export const metric: MetricDeclaration = {
  name: 'expected_cost',
  tasks: ['binary'],
  direction: 'lower',
  rate: false,
  unit: 'number',
  description: 'mean cost per example from the cost matrix',
  needsCosts: true,
  summary: 'decision',
  test: 'decision-bootstrap',
  value: (v, p) => expectedCost(v.confusion, p.costs),
};
