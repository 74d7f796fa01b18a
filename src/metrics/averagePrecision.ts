// Average precision (sklearn average_precision_score, binary): the step-wise area under the
// precision-recall curve, sum over thresholds of (R_k - R_{k-1}) * P_k, tied scores one threshold.
import type { MetricDeclaration } from './declaration.js';

/**
 * The contribution of one group of tied scores, walking from high to low, before dividing
 * by the weighted positives: (tp - tpPrev) * precision at the group, precision = tp / (tp + fp).
 * Zero when the group holds no positive weight (so zero-weight groups, which sklearn drops, add nothing).
 * @example apStep(1, 2, 1) // 1 * 2/3
 */
export function apStep(tpPrev: number, tp: number, fp: number): number {
  const dTp = tp - tpPrev;
  return dTp > 0 ? (dTp * tp) / (tp + fp) : 0;
}

/**
 * Average precision from the summed steps. Null when the segment lacks either class:
 * sklearn returns 0 (with a warning) with no positives and a constant 1 with no negatives;
 * neither says anything about the model, and auc is null there too.
 * @example averagePrecision(1.5, 2, 3) // 0.75
 */
export function averagePrecision(stepSum: number, positiveWeight: number, negativeWeight: number): number | null {
  if (!(positiveWeight > 0 && negativeWeight > 0)) return null;
  return stepSum / positiveWeight;
}

export const metric: MetricDeclaration = {
  name: 'pr_auc',
  tasks: ['binary'],
  direction: 'higher',
  rate: true,
  unit: 'number',
  description: 'average precision (area under the precision-recall curve, step-wise)',
  summary: 'ranking',
  test: 'jackknife',
  divides: 'both',
  value: (r, s) => averagePrecision(r.ap[s], r.positive[s], r.negative[s]),
};
