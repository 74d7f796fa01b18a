// Root mean squared error (sklearn root_mean_squared_error).
import { weightedMean } from './mean.js';

/** sqrt of the weighted mean of (label - prediction)^2; null for zero total weight. @example rmse(16, 4) // 2 */
export function rmse(weightedSqErrorSum: number, totalWeight: number): number | null {
  const m = weightedMean(weightedSqErrorSum, totalWeight);
  return m === null ? null : Math.sqrt(m);
}
