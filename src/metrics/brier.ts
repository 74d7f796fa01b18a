// Brier score (sklearn brier_score_loss, binary): mean squared error of P(positive).
import { weightedMean } from './mean.js';
import type { MetricDeclaration } from './declaration.js';

/** One example's (label - p)^2. @example brierTerm(1, 0.8) // 0.04 (to rounding) */
export function brierTerm(label: number, p: number): number {
  const d = label - p;
  return d * d;
}

/** Weighted mean of `brierTerm`; null only for zero total weight (one class is fine, as in sklearn). */
export function brier(weightedTermSum: number, totalWeight: number): number | null {
  return weightedMean(weightedTermSum, totalWeight);
}

export const metric: MetricDeclaration = {
  name: 'brier',
  tasks: ['binary'],
  direction: 'lower',
  rate: false,
  unit: 'number',
  description: 'mean squared error of the probability',
  summary: 'scores',
  test: 'paired-mean',
  value: (x, s, m) => brier(x.brier[m][s], x.weight[s]),
  terms: (y, p, out) => {
    for (let r = 0; r < y.length; r++) out[r] = brierTerm(y[r], p[r]);
  },
};
