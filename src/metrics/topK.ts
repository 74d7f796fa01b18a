// Top-k accuracy (sklearn top_k_accuracy_score): the share of examples whose true
// class is among the k classes with the highest scores. Multiclass, from the class
// probabilities; a mean of a per-example hit (0/1), so tested as a paired mean
// (the paired difference of two proportions on the same examples).
import type { MetricDeclaration } from './declaration.js';

/** The K of `top_k_accuracy[K]`, or null when the argument is not a whole number >= 1. */
export function topKOf(arg: string | null): number | null {
  if (arg === null || !/^[1-9]\d*$/.test(arg)) return null;
  return Number(arg);
}

/**
 * Whether class y is among the top k of row r, with sklearn's order for ties: it sorts the
 * scores with a stable ascending argsort and reverses it, so of tied classes the later one
 * (higher class code) ranks first. y is in the top k when fewer than k classes rank before it.
 * @example inTopK(Float64Array.of(0.2, 0.4, 0.3), 3, 0, 2, 2) // true (only class 1 ranks before class 2)
 */
export function inTopK(proba: Float64Array, K: number, r: number, y: number, k: number): boolean {
  const o = r * K;
  const py = proba[o + y];
  let before = 0;
  for (let j = 0; j < K; j++) {
    const pj = proba[o + j];
    if (pj > py || (pj === py && j > y)) before++;
  }
  return before < k;
}

export const metric: MetricDeclaration = {
  name: 'top_k_accuracy[K]',
  tasks: ['multiclass'],
  direction: 'higher',
  rate: true,
  unit: 'percent',
  description: 'share of examples whose true class is among the K highest scores (scikit-learn top_k_accuracy_score)',
  parameter: 'k',
  summary: 'classScores',
  test: 'paired-mean',
  terms: (label, proba, K, arg, out) => {
    const k = topKOf(arg) ?? 1;
    for (let r = 0; r < label.length; r++) out[r] = inTopK(proba, K, r, label[r], k) ? 1 : 0;
  },
};
