// Which way is worse, and a rule's change tolerance.
import type { Rule, Tolerance } from '../config/index.js';

export { worsening } from '../metrics/index.js';

/** Slack for floating-point noise when comparing a value to a limit. */
export const EPSILON = 1e-12;

/** The change tolerance of a rule, whichever direction it is written in. */
export function changeTolerance(rule: Rule): { key: 'max_drop' | 'max_increase'; tol: Tolerance } | null {
  if (rule.maxDrop) return { key: 'max_drop', tol: rule.maxDrop };
  if (rule.maxIncrease) return { key: 'max_increase', tol: rule.maxIncrease };
  return null;
}
