// Positive rate: the weighted share of examples decided positive.
import { confusionTotal, ratio, type Confusion } from './confusion.js';
import type { MetricDeclaration } from './declaration.js';

/**
 * (TP + FP) / total; null when the total weight is 0.
 * @example positiveRate({ tp: 3, fp: 1, tn: 4, fn: 2 }) // 0.4
 */
export function positiveRate(c: Confusion): number | null {
  return ratio(c.tp + c.fp, confusionTotal(c));
}

export const metric: MetricDeclaration = {
  name: 'positive_rate',
  tasks: ['binary'],
  direction: 'lower',
  rate: true,
  unit: 'percent',
  description: 'share of examples decided positive',
  summary: 'decision',
  test: 'decision-bootstrap',
  value: (v) => positiveRate(v.confusion),
};
