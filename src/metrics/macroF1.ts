// Macro F1 (sklearn f1_score, average='macro', zero_division default).
import type { MetricDeclaration } from './declaration.js';

/**
 * The unweighted mean over the classes present in the segment (labels or decisions, as
 * sklearn's `unique_labels(y_true, y_pred)`) of each class's F1 = 2TP / (2TP + FP + FN),
 * weighted. For a present class that is never 0/0 unless all its rows weigh 0, where sklearn
 * returns 0 (zero_division="warn") and so do we. Null when no class is present (empty segment).
 * Arrays are per class from `offset`: tp weight, true weight (tp + fn), decided weight (tp + fp),
 * and row counts labelled / decided as the class (for presence).
 * @example macroF1([2, 0], [3, 1], [2, 2], [3, 1], [2, 2], 0, 2) // (4/5 + 0) / 2
 */
export function macroF1(
  tp: ArrayLike<number>,
  trueWeight: ArrayLike<number>,
  predWeight: ArrayLike<number>,
  trueCount: ArrayLike<number>,
  predCount: ArrayLike<number>,
  offset: number,
  classes: number,
): number | null {
  let sum = 0;
  let present = 0;
  for (let k = offset; k < offset + classes; k++) {
    if (trueCount[k] === 0 && predCount[k] === 0) continue;
    present++;
    const den = trueWeight[k] + predWeight[k];
    if (den > 0) sum += (2 * tp[k]) / den;
  }
  return present > 0 ? sum / present : null;
}

export const metric: MetricDeclaration = {
  name: 'macro_f1',
  tasks: ['multiclass'],
  direction: 'higher',
  rate: true,
  unit: 'percent',
  description: 'unweighted mean of per-class F1',
  summary: 'decision',
  test: 'decision-bootstrap',
  value: (v) => macroF1(v.tp, v.trueW, v.predW, v.trueCount, v.predCount, 0, v.K),
};
