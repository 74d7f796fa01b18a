// Accuracy: the weighted share of examples decided correctly (sklearn accuracy_score).
import { ratio } from './confusion.js';

/**
 * Weighted share correct; null when the total weight is 0 (sklearn raises there).
 * @example accuracy(3, 4) // 0.75
 */
export function accuracy(correctWeight: number, totalWeight: number): number | null {
  return ratio(correctWeight, totalWeight);
}
