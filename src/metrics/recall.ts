// Recall: TP / (TP + FN) (sklearn recall_score). Also the per-class recall of multiclass.
import { ratio } from './confusion.js';

/**
 * Weighted recall from the weight of true positives and of all positives; null when
 * there are no positives (sklearn warns and returns 0 there).
 * @example recall(3, 5) // 0.6  (tp = 3, tp + fn = 5)
 */
export function recall(truePositiveWeight: number, positiveWeight: number): number | null {
  return ratio(truePositiveWeight, positiveWeight);
}
