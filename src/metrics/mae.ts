// Mean absolute error (sklearn mean_absolute_error).
import { weightedMean } from './mean.js';
import type { MetricDeclaration } from './declaration.js';

/** Weighted mean of |label - prediction|; null for zero total weight. @example mae(6, 4) // 1.5 */
export function mae(weightedAbsErrorSum: number, totalWeight: number): number | null {
  return weightedMean(weightedAbsErrorSum, totalWeight);
}

export const metric: MetricDeclaration = {
  name: 'mae',
  tasks: ['regression'],
  direction: 'lower',
  rate: false,
  unit: 'number',
  description: 'mean absolute error',
  summary: 'errors',
  test: 'paired-mean',
  value: (x, s, m) => mae(x.abs[m][s], x.weight[s]),
  terms: (y, p, out) => {
    for (let r = 0; r < y.length; r++) out[r] = Math.abs(p[r] - y[r]);
  },
};
