// src/stats/pairedProportion.ts: the difference of two paired proportions
// (e.g. the error rates of two models on the same requests), tested against a
// margin with Tango's score test and given Tango's score interval
// (Tango, "Equivalence test and confidence interval for the difference in
// proportions for the paired-sample design", Statistics in Medicine 1998).
// Unlike the Wald test it behaves with few discordant pairs and never gives a
// zero-width interval.
import { normalCdf, normalQuantile } from './distributions.js';
import { detectableWorsening } from './estimate.js';

/** The discordant counts of n paired binary outcomes (x: candidate, y: baseline). */
export interface PairedCounts {
  n: number;
  /** Units with x = 1 and y = 0 (e.g. only the candidate failed). */
  only1: number;
  /** Units with x = 0 and y = 1 (only the baseline failed). */
  only2: number;
}

/**
 * Tango's score statistic for H0: P(x=1) - P(y=1) = delta0, with the restricted maximum
 * likelihood estimate of P(x=0, y=1) under H0 (a root of a quadratic).
 * Positive when the observed difference is above delta0.
 * @example tangoZ({ n: 100, only1: 12, only2: 5 }, 0) // McNemar's (12 - 5) / sqrt(12 + 5) = 1.6977
 */
export function tangoZ(t: PairedCounts, delta0: number): number {
  const { num, v } = score(t, delta0);
  if (!(v > 0)) return num === 0 ? 0 : num > 0 ? Infinity : -Infinity;
  return num / Math.sqrt(v);
}

/** The numerator of Tango's statistic and its variance under H0. */
function score(t: PairedCounts, delta0: number): { num: number; v: number } {
  const { n, only1: b, only2: c } = t;
  const A = 2 * n;
  const B = -b - c + (2 * n - b + c) * delta0;
  const C = -c * delta0 * (1 - delta0);
  const p01 = (-B + Math.sqrt(Math.max(0, B * B - 4 * A * C))) / (2 * A);
  return { num: b - c - n * delta0, v: n * (2 * p01 + delta0 * (1 - delta0)) };
}

export interface PairedProportionTest {
  /** P(x=1) - P(y=1) = (only1 - only2) / n. */
  estimate: number;
  /** Tango's score interval at `confidence`. */
  ci: [number, number];
  /** One-sided p-value for H0: worsening <= margin. */
  p_value: number;
  /** margin + (z_{1-alpha} + z_{0.8}) * (standard error under H0 at the margin). */
  detectable: number;
}

/**
 * Tests whether x's proportion is worse than y's by more than `margin`.
 * @param o.lowerIsBetter true for error rates: a higher proportion of x is a worsening
 * @returns null when n is 0
 * @example
 * pairedProportionTest({ n: 1000, only1: 30, only2: 10 }, { margin: 0.005, lowerIsBetter: true, confidence: 0.95 })
 * // estimate 0.02, p_value 0.00753, ci [0.00800, 0.03357]
 */
export function pairedProportionTest(t: PairedCounts, o: { margin: number; lowerIsBetter: boolean; confidence: number }): PairedProportionTest | null {
  if (t.n <= 0) return null;
  const estimate = (t.only1 - t.only2) / t.n;
  const alpha = 1 - o.confidence;
  const z = normalQuantile(1 - alpha / 2);
  // Worse means a higher x proportion (lowerIsBetter) or a lower one; the margin moves delta0 accordingly.
  const delta0 = clamp(o.lowerIsBetter ? o.margin : -o.margin);
  const z0 = tangoZ(t, delta0);
  const p_value = o.lowerIsBetter ? normalCdf(-z0) : normalCdf(z0);
  const se0 = seAt(t, delta0);
  return {
    estimate,
    ci: [solve(t, z, -1, estimate), solve(t, -z, estimate, 1)],
    p_value,
    detectable: detectableWorsening(o.margin, se0, alpha),
  };
}

const EDGE = 1 - 1e-12;
const clamp = (d: number): number => Math.min(EDGE, Math.max(-EDGE, d));

/** The standard error of the difference under H0: difference = delta0. */
function seAt(t: PairedCounts, delta0: number): number {
  return Math.sqrt(Math.max(0, score(t, delta0).v)) / t.n;
}

/** The delta0 in [lo, hi] where tangoZ = target (tangoZ decreases in delta0), by bisection. */
function solve(t: PairedCounts, target: number, lo: number, hi: number): number {
  let a = clamp(lo);
  let b = clamp(hi);
  if (tangoZ(t, a) <= target) return a;
  if (tangoZ(t, b) >= target) return b;
  for (let i = 0; i < 100 && b - a > 1e-13; i++) {
    const mid = (a + b) / 2;
    if (tangoZ(t, mid) > target) a = mid;
    else b = mid;
  }
  return (a + b) / 2;
}
