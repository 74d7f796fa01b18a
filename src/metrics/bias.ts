// Bias: the weighted mean of prediction - label (signed; the gate judges its absolute value).
import { weightedMean } from './mean.js';

/** Null for zero total weight. @example bias(-2, 4) // -0.5 (predictions 0.5 too low on average) */
export function bias(weightedSignedErrorSum: number, totalWeight: number): number | null {
  return weightedMean(weightedSignedErrorSum, totalWeight);
}
