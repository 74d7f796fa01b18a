// The weighted binary confusion matrix every decision metric is a function of.

import type { Confusion } from '../summaries/index.js';

/** Sums of example weights (counts when unweighted) in each cell, positive class = label 1. */
export type { Confusion };

/** Total weight of the matrix. */
export function confusionTotal(c: Confusion): number {
  return c.tp + c.fp + c.tn + c.fn;
}

/** `num / den`, or null when `den` is 0 (the metric is undefined there). The one place the null rule for ratios lives. */
export function ratio(num: number, den: number): number | null {
  return den > 0 ? num / den : null;
}
