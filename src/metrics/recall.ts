// Recall: TP / (TP + FN) (sklearn recall_score). Also the per-class recall of multiclass.
import { ratio } from './confusion.js';
import type { MetricDeclaration } from './declaration.js';

/**
 * Weighted recall from the weight of true positives and of all positives; null when
 * there are no positives (sklearn warns and returns 0 there).
 * @example recall(3, 5) // 0.6  (tp = 3, tp + fn = 5)
 */
export function recall(truePositiveWeight: number, positiveWeight: number): number | null {
  return ratio(truePositiveWeight, positiveWeight);
}

export const metric: MetricDeclaration = {
  name: 'recall',
  tasks: ['binary'],
  direction: 'higher',
  rate: true,
  unit: 'percent',
  description: 'TP / (TP + FN)',
  summary: 'decision',
  test: 'decision-bootstrap',
  divides: 'positives',
  value: (v) => recall(v.tp[1], v.trueW[1]),
};

/** `recall[CLASS]` (multiclass): the recall of one class. */
export const classRecall: MetricDeclaration = {
  name: 'recall[CLASS]',
  tasks: ['multiclass'],
  direction: 'higher',
  rate: true,
  unit: 'percent',
  description: 'recall of one class',
  parameter: 'class',
  divides: 'class',
  summary: 'decision',
  test: 'decision-bootstrap',
  value: (v, p) => (p.classIndex < 0 ? null : recall(v.tp[p.classIndex], v.trueW[p.classIndex])),
};
