// src/stats/meanDiff.ts: the paired mean-difference z test, from sums. Generic:
// any per-unit difference d = candidate - baseline (the shadow gate uses it for
// cost per request); the sums can be accumulated per segment in one pass.
// The offline gate's mean metrics use the same test in another shape
// (pairedMean.ts: per-row terms with weights and missing values, which sums of
// d cannot carry); both turn their standard error into an interval, p-value and
// detectable size with the same functions (estimate.ts).
import { detectableWorsening, oneSidedP, symmetricInterval } from './estimate.js';

/** Sums over the paired units of d = candidate - baseline. */
export interface DiffSums {
  n: number;
  sum: number;
  sumSq: number;
}

export interface MeanDiffTest {
  /** scale * mean(d). */
  estimate: number;
  /** scale * sd(d) / sqrt(n). */
  se: number;
  /** Normal interval of the scaled mean difference at `confidence`. */
  ci: [number, number];
  /** One-sided p-value for H0: worsening <= margin. */
  p_value: number;
  /** margin + (z_{1-alpha} + z_{0.8}) * se. */
  detectable: number;
}

/**
 * Paired z test of a mean difference against a margin: worsening = scale * mean(d) (or its
 * negative when higher is better), se from the sample variance of d (n - 1), and
 * p = P(Z >= (worsening - margin) / se). With se = 0 the p-value is 0 when the worsening
 * exceeds the margin, else 1.
 * @param s sums of d over the units
 * @param o.scale multiplies the mean (e.g. 1000 for a cost per 1,000 requests); default 1
 * @returns null with fewer than 2 units
 * @example
 * // d = [0.5, -0.2, 0.9, 0.3, 0.1, 0.7, -0.4, 0.6]
 * pairedMeanDiffTest({ n: 8, sum: 2.5, sumSq: 2.21 }, { margin: 0.1, lowerIsBetter: true, confidence: 0.95 })
 * // estimate 0.3125, se 0.15973, p_value 0.09170, ci [-0.00056, 0.62556]
 */
export function pairedMeanDiffTest(s: DiffSums, o: { margin: number; lowerIsBetter: boolean; confidence: number; scale?: number }): MeanDiffTest | null {
  if (s.n < 2) return null;
  const scale = o.scale ?? 1;
  const mean = s.sum / s.n;
  const variance = Math.max(0, (s.sumSq - s.n * mean * mean) / (s.n - 1));
  const estimate = scale * mean;
  const se = Math.abs(scale) * Math.sqrt(variance / s.n);
  const worse = o.lowerIsBetter ? estimate : -estimate;
  return {
    estimate,
    se,
    ci: symmetricInterval(estimate, se, Infinity, o.confidence),
    p_value: oneSidedP(worse, o.margin, se, Infinity),
    detectable: detectableWorsening(o.margin, se, 1 - o.confidence),
  };
}
