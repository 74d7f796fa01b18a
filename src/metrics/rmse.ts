// Root mean squared error (sklearn root_mean_squared_error).
import { weightedMean } from './mean.js';
import type { MetricDeclaration } from './declaration.js';

/** sqrt of the weighted mean of (label - prediction)^2; null for zero total weight. @example rmse(16, 4) // 2 */
export function rmse(weightedSqErrorSum: number, totalWeight: number): number | null {
  const m = weightedMean(weightedSqErrorSum, totalWeight);
  return m === null ? null : Math.sqrt(m);
}

export const metric: MetricDeclaration = {
  name: 'rmse',
  tasks: ['regression'],
  direction: 'lower',
  rate: false,
  unit: 'number',
  description: 'root mean squared error',
  summary: 'errors',
  // rmse = sqrt(mse): the delta method's slope at the mean squared error is 1 / (2 rmse).
  test: 'delta-method',
  value: (x, s, m) => rmse(x.sq[m][s], x.weight[s]),
  terms: (y, p, out) => {
    for (let r = 0; r < y.length; r++) out[r] = (p[r] - y[r]) ** 2;
  },
  slope: (mu) => (mu > 0 ? 1 / (2 * Math.sqrt(mu)) : 0),
};
