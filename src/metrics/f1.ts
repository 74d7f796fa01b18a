// F1: harmonic mean of precision and recall (sklearn f1_score, binary).
import { ratio, type Confusion } from './confusion.js';
import type { MetricDeclaration } from './declaration.js';

/**
 * 2TP / (2TP + FP + FN), which is what sklearn computes. It is undefined only when
 * 2TP + FP + FN = 0 (no positives and nothing decided positive: precision and recall
 * both undefined); sklearn warns and returns 0 there, we return null. When precision
 * and recall are both 0 (TP = 0, FP > 0, FN > 0) sklearn's answer is a number, 0, and so is ours;
 * likewise 0 when only one of them is undefined and the other is 0.
 * @example f1({ tp: 3, fp: 1, tn: 5, fn: 2 }) // 6 / 9
 */
export function f1(c: Confusion): number | null {
  return ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn);
}

export const metric: MetricDeclaration = {
  name: 'f1',
  tasks: ['binary'],
  direction: 'higher',
  rate: true,
  unit: 'percent',
  description: 'harmonic mean of precision and recall',
  summary: 'decision',
  test: 'decision-bootstrap',
  divides: 'positives',
  value: (v) => f1(v.confusion),
};
