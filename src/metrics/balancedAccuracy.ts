// Balanced accuracy (sklearn balanced_accuracy_score, adjusted=False): the mean
// over classes of each class's weighted recall. Binary and multiclass alike.
import type { DecisionView } from '../summaries/index.js';
import type { MetricDeclaration } from './declaration.js';

/**
 * The mean of tp[k] / trueW[k] over the classes with true examples (positive true weight).
 * As sklearn: a class only decided, never labelled, is left out of the mean (sklearn warns
 * "y_pred contains classes not in y_true"); a segment with one class is that class's recall.
 * Null when no class has true weight (an empty segment).
 * @example balancedAccuracy([2, 1], [4, 1]) // (0.5 + 1) / 2 = 0.75
 */
export function balancedAccuracy(tp: ArrayLike<number>, trueWeight: ArrayLike<number>): number | null {
  let sum = 0;
  let classes = 0;
  for (let k = 0; k < trueWeight.length; k++) {
    if (!(trueWeight[k] > 0)) continue;
    sum += tp[k] / trueWeight[k];
    classes++;
  }
  return classes > 0 ? sum / classes : null;
}

export const metric: MetricDeclaration = {
  name: 'balanced_accuracy',
  tasks: ['binary', 'multiclass'],
  direction: 'higher',
  rate: true,
  unit: 'percent',
  description: 'mean of the per-class recalls (scikit-learn balanced_accuracy_score)',
  summary: 'decision',
  test: 'decision-bootstrap',
  divides: 'both',
  value: (v: DecisionView) => balancedAccuracy(v.tp, v.trueW),
};
