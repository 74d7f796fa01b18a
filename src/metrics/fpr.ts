// False positive rate: FP / (FP + TN).
import { ratio, type Confusion } from './confusion.js';
import type { MetricDeclaration } from './declaration.js';

/**
 * Null when there are no negatives.
 * @example fpr({ tp: 3, fp: 1, tn: 3, fn: 2 }) // 0.25
 */
export function fpr(c: Confusion): number | null {
  return ratio(c.fp, c.fp + c.tn);
}

export const metric: MetricDeclaration = {
  name: 'fpr',
  tasks: ['binary'],
  direction: 'lower',
  rate: true,
  unit: 'percent',
  description: 'FP / (FP + TN)',
  summary: 'decision',
  test: 'decision-bootstrap',
  divides: 'negatives',
  value: (v) => fpr(v.confusion),
};
