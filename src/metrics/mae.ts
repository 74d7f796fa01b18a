// Mean absolute error (sklearn mean_absolute_error).
import { weightedMean } from './mean.js';

/** Weighted mean of |label - prediction|; null for zero total weight. @example mae(6, 4) // 1.5 */
export function mae(weightedAbsErrorSum: number, totalWeight: number): number | null {
  return weightedMean(weightedAbsErrorSum, totalWeight);
}
