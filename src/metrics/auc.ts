// ROC AUC (sklearn roc_auc_score, binary): the trapezoidal area under the ROC curve,
// with tied scores forming one point (so a tie between a positive and a negative counts 1/2).
import type { MetricDeclaration } from './declaration.js';

/**
 * The area added by one group of tied scores, walking scores from high to low, in
 * unnormalised (weighted TP x weighted FP) units: the trapezoid from (fpPrev, tpPrev) to (fp, tp).
 * @example rocTrapezoid(1, 0, 2, 1) // 1.5  (one negative tied with one positive, after a positive)
 */
export function rocTrapezoid(tpPrev: number, fpPrev: number, tp: number, fp: number): number {
  return ((fp - fpPrev) * (tp + tpPrev)) / 2;
}

/**
 * The AUC from the summed trapezoids and the weighted positives P and negatives N.
 * Null when the segment lacks either class (sklearn warns and returns NaN).
 * @example auc(3, 2, 2) // 0.75
 */
export function auc(area: number, positiveWeight: number, negativeWeight: number): number | null {
  if (!(positiveWeight > 0 && negativeWeight > 0)) return null;
  return area / (positiveWeight * negativeWeight);
}

export const metric: MetricDeclaration = {
  name: 'auc',
  tasks: ['binary'],
  direction: 'higher',
  rate: true,
  unit: 'number',
  description: 'area under the ROC curve',
  summary: 'ranking',
  test: 'delong',
  divides: 'both',
  value: (r, s) => auc(r.area[s], r.positive[s], r.negative[s]),
};
