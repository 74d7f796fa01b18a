// Bias: the weighted mean of prediction - label (signed; the gate judges its absolute value).
import { weightedMean } from './mean.js';
import type { MetricDeclaration } from './declaration.js';

/** Null for zero total weight. @example bias(-2, 4) // -0.5 (predictions 0.5 too low on average) */
export function bias(weightedSignedErrorSum: number, totalWeight: number): number | null {
  return weightedMean(weightedSignedErrorSum, totalWeight);
}

export const metric: MetricDeclaration = {
  name: 'bias',
  tasks: ['regression'],
  direction: 'lower',
  rate: false,
  unit: 'number',
  description: 'mean of prediction - label; judged on its absolute value',
  judgedOnAbsolute: true,
  summary: 'errors',
  test: 'paired-mean',
  value: (x, s, m) => bias(x.signed[m][s], x.weight[s]),
  terms: (y, p, out) => {
    for (let r = 0; r < y.length; r++) out[r] = p[r] - y[r];
  },
};
