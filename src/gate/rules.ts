// Which way is worse, and a rule's change tolerance.
import type { Direction, Rule, Tolerance } from '../config/index.js';

/** Slack for floating-point noise when comparing a value to a limit. */
export const EPSILON = 1e-12;

/**
 * How much worse the candidate is than the baseline, in the metric's units:
 * positive = worse, negative = better. `bias` is judged on its absolute value.
 */
export function worsening(metric: string, direction: Direction, baseline: number, candidate: number): number {
  if (metric === 'bias') return Math.abs(candidate) - Math.abs(baseline);
  return direction === 'higher' ? baseline - candidate : candidate - baseline;
}

/** The change tolerance of a rule, whichever direction it is written in. */
export function changeTolerance(rule: Rule): { key: 'max_drop' | 'max_increase'; tol: Tolerance } | null {
  if (rule.maxDrop) return { key: 'max_drop', tol: rule.maxDrop };
  if (rule.maxIncrease) return { key: 'max_increase', tol: rule.maxIncrease };
  return null;
}
