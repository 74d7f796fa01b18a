// Macro recall (sklearn recall_score, average='macro', zero_division default).
import type { MetricDeclaration } from './declaration.js';

/**
 * The unweighted mean over the classes present in the segment (in its labels or its
 * decisions, as sklearn's `unique_labels(y_true, y_pred)`) of each class's weighted recall.
 * A class present only in the decisions has no true examples: sklearn sets its recall to 0
 * (zero_division="warn") and still counts it in the mean, and so do we. Null when no class
 * is present (empty segment).
 * Arrays are per class, starting at `offset`: weight of correct decisions (tp), weight of
 * true examples, and how many rows are labelled / decided as the class (for presence).
 * @example macroRecall([2, 1, 0], [4, 1, 0], [4, 1, 0], [3, 1, 1], 0, 3) // (0.5 + 1 + 0) / 3
 */
export function macroRecall(
  tp: ArrayLike<number>,
  trueWeight: ArrayLike<number>,
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
    if (trueWeight[k] > 0) sum += tp[k] / trueWeight[k];
  }
  return present > 0 ? sum / present : null;
}

export const metric: MetricDeclaration = {
  name: 'macro_recall',
  tasks: ['multiclass'],
  direction: 'higher',
  rate: true,
  unit: 'percent',
  description: 'unweighted mean of per-class recall',
  summary: 'decision',
  test: 'decision-bootstrap',
  value: (v) => macroRecall(v.tp, v.trueW, v.trueCount, v.predCount, 0, v.K),
};
