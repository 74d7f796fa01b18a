// worsening.ts: which way is worse, in a metric's own units (read from its declaration).
import { judgedOnAbsolute } from './catalog.js';
import type { Direction } from './types.js';

/**
 * How much worse the candidate is than the baseline, in the metric's units:
 * positive = worse, negative = better. Metrics declared `judgedOnAbsolute` (bias) are judged on their absolute value.
 * @example worsening('recall', 'higher', 0.8, 0.75) // 0.05
 */
export function worsening(metric: string, direction: Direction, baseline: number, candidate: number): number {
  if (judgedOnAbsolute(metric)) return Math.abs(candidate) - Math.abs(baseline);
  return direction === 'higher' ? baseline - candidate : candidate - baseline;
}
