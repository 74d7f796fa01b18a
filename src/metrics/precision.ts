// Precision: TP / (TP + FP) (sklearn precision_score, binary).
import { ratio, type Confusion } from './confusion.js';
import type { MetricDeclaration } from './declaration.js';

/**
 * Null when nothing is decided positive: sklearn warns and returns 0 there
 * (zero_division="warn"), which would read as a real, terrible precision.
 * @example precision({ tp: 3, fp: 1, tn: 5, fn: 2 }) // 0.75
 */
export function precision(c: Confusion): number | null {
  return ratio(c.tp, c.tp + c.fp);
}

export const metric: MetricDeclaration = {
  name: 'precision',
  tasks: ['binary'],
  direction: 'higher',
  rate: true,
  unit: 'percent',
  description: 'TP / (TP + FP)',
  summary: 'decision',
  test: 'decision-bootstrap',
  divides: 'positives',
  undefinedReason: 'no positive decisions',
  value: (v) => precision(v.confusion),
};
