// Accuracy: the weighted share of examples decided correctly (sklearn accuracy_score).
import { ratio } from './confusion.js';
import type { MetricDeclaration } from './declaration.js';

/**
 * Weighted share correct; null when the total weight is 0 (sklearn raises there).
 * @example accuracy(3, 4) // 0.75
 */
export function accuracy(correctWeight: number, totalWeight: number): number | null {
  return ratio(correctWeight, totalWeight);
}

export const metric: MetricDeclaration = {
  name: 'accuracy',
  tasks: ['binary', 'multiclass'],
  direction: 'higher',
  rate: true,
  unit: 'percent',
  description: 'share of examples decided correctly',
  summary: 'decision',
  test: 'decision-bootstrap',
  value: (v) => accuracy(v.correct, v.total),
};
