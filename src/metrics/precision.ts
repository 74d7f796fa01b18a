// Precision: TP / (TP + FP) (sklearn precision_score, binary).
import { ratio, type Confusion } from './confusion.js';
import type { MetricDeclaration } from './declaration.js';

/**
 * Null when nothing is decided positive: sklearn warns and returns 0 there
 * (zero_division="warn"), which would read as a real, terrible precision.
 * @example precision({ tp: 3, fp: 1, tn: 5, fn: 2 }) // 0.75
 */
export function precision(c: Confusion): number | null {
  return ratio(c.tp, c.tp + c.fp);
}

export const metric: MetricDeclaration = {
  name: 'precision',
  tasks: ['binary'],
  direction: 'higher',
  rate: true,
  unit: 'percent',
  description: 'TP / (TP + FP)',
  summary: 'decision',
  test: 'decision-bootstrap',
  divides: 'positives',
  undefinedReason: 'no positive decisions',
  value: (v) => precision(v.confusion),
};

/**
 * `precision[CLASS]` (multiclass): the weight decided as the class and right, over the weight
 * decided as it (sklearn precision_score(average=None) at the class); null when nothing is
 * decided as the class (sklearn: 0 with a warning).
 * @example classPrecision(3, 4) // 0.75
 */
export function classPrecision(truePositiveWeight: number, decidedWeight: number): number | null {
  return ratio(truePositiveWeight, decidedWeight);
}

export const classPrecisionMetric: MetricDeclaration = {
  name: 'precision[CLASS]',
  tasks: ['multiclass'],
  direction: 'higher',
  rate: true,
  unit: 'percent',
  description: 'precision of one class: right among the examples decided as it',
  parameter: 'class',
  summary: 'decision',
  test: 'decision-bootstrap',
  undefinedReason: 'nothing decided as the class',
  value: (v, p) => (p.classIndex < 0 ? null : classPrecision(v.tp[p.classIndex], v.predW[p.classIndex])),
};
