// Mean absolute percentage error (sklearn mean_absolute_percentage_error).
import { weightedMean } from './mean.js';
import type { MetricDeclaration } from './declaration.js';

/** sklearn's floor on |label| in the denominator: float64 machine epsilon. */
export const MAPE_EPS = 2.220446049250313e-16;

/**
 * One example's |label - prediction| / max(|label|, eps), exactly as sklearn. A fraction
 * (0.1 = 10%), not a percentage. A label of 0 is NOT skipped: it divides by eps, so any
 * error there makes the segment's mape astronomically large (about 4.5e15 x |error|), as in sklearn.
 * @example apeTerm(100, 90) // 0.1
 */
export function apeTerm(label: number, prediction: number): number {
  const a = Math.abs(label);
  return Math.abs(label - prediction) / (a > MAPE_EPS ? a : MAPE_EPS);
}

/** Weighted mean of `apeTerm`; null for zero total weight. */
export function mape(weightedApeSum: number, totalWeight: number): number | null {
  return weightedMean(weightedApeSum, totalWeight);
}

export const metric: MetricDeclaration = {
  name: 'mape',
  tasks: ['regression'],
  direction: 'lower',
  rate: false,
  unit: 'number',
  description: 'mean absolute percentage error as scikit-learn: |error| / max(|label|, 2.2e-16), so a label of 0 makes it huge',
  summary: 'errors',
  test: 'paired-mean',
  value: (x, s, m) => mape(x.ape[m][s], x.weight[s]),
  terms: (y, p, out) => {
    for (let r = 0; r < y.length; r++) out[r] = apeTerm(y[r], p[r]);
  },
};
