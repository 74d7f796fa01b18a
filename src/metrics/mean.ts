// Weighted means: the finisher of every "mean of a per-example quantity" metric,
// and `mean[X]`, the weighted mean of a numeric column of the eval files.
import { ratio } from './confusion.js';
import type { MetricDeclaration } from './declaration.js';

/**
 * `sum / totalWeight`, null when the total weight is 0 (an empty segment, or all weights 0).
 * For `mean[X]`, rows where X is missing (NaN) are left out of both sums; with no value left it is null.
 * @example weightedMean(7.5, 3) // 2.5
 */
export function weightedMean(weightedSum: number, totalWeight: number): number | null {
  return ratio(weightedSum, totalWeight);
}

/** `mean[X]`: the weighted mean of a numeric column; its direction is declared in the config. */
export const metric: MetricDeclaration = {
  name: 'mean[X]',
  tasks: ['binary', 'multiclass', 'regression'],
  direction: 'declared',
  rate: false,
  unit: 'number',
  description: 'mean of a numeric column',
  parameter: 'column',
  summary: 'column',
  test: 'paired-mean',
  value: (x, s, m) => weightedMean(x.sum[m][s], x.weight[m][s]),
};
