// estimate.ts: what every paired test produces before the rule is known, and
// how a rule's margin turns it into a one-sided p-value.
import { normalQuantile, studentQuantile, studentUpper } from './distributions.js';
import { quantileSorted } from './quantile.js';

/** The sampling summary of one metric's change in one segment. */
export interface DeltaEstimate {
  /** Interval of candidate - baseline at the configured confidence. */
  ci: [number, number];
  /** Standard error of the worsening's estimate (in the metric's units). */
  se: number;
  /** Degrees of freedom of the reference distribution; Infinity for the normal. */
  df: number;
  /** The method, for documentation and tests: `bootstrap`, `delong`, `paired-mean`, `jackknife`. */
  method: 'bootstrap' | 'delong' | 'paired-mean' | 'jackknife';
}

/**
 * One-sided p-value for H0: worsening <= margin against H1: worsening > margin,
 * from the observed worsening and its standard error: P(T > (worsening - margin) / se).
 * With se = 0 (no sampling variation at all: e.g. identical decisions) it is 0 when
 * the worsening exceeds the margin and 1 otherwise.
 * @example oneSidedP(0.03, 0.01, 0.01, Infinity) // 0.02275 (z = 2)
 */
export function oneSidedP(worsening: number, margin: number, se: number, df: number): number {
  if (!(se > 0)) return worsening > margin + 1e-12 ? 0 : 1;
  return studentUpper((worsening - margin) / se, df);
}

/**
 * A symmetric interval `delta ± q * se` with q the two-sided quantile at `confidence`.
 * @example symmetricInterval(0.02, 0.01, Infinity, 0.95) // [0.0004, 0.0396]
 */
export function symmetricInterval(delta: number, se: number, df: number, confidence: number): [number, number] {
  const p = 1 - (1 - confidence) / 2;
  const q = Number.isFinite(df) ? studentQuantile(p, df) : normalQuantile(p);
  return [delta - q * se, delta + q * se];
}

/** z_{0.8}: the normal quantile for 80% power. */
export const Z_POWER_80 = 0.8416212335729143;

/**
 * The smallest true worsening a one-sided test at level `alpha` detects with 80% power,
 * when the estimate is normal with standard error `se`: margin + (z_{1-alpha} + z_{0.8}) * se.
 * @example detectableWorsening(0.01, 0.01, 0.05) // 0.01 + (1.645 + 0.842) * 0.01 = 0.0349
 */
export function detectableWorsening(margin: number, se: number, alpha: number): number {
  return margin + (normalQuantile(1 - alpha) + Z_POWER_80) * se;
}

/**
 * The percentile interval at `confidence` and the standard error (the standard deviation,
 * n - 1) of bootstrap deltas sorted ascending, at least 2 of them: what the decision
 * bootstrap and the latency bootstrap both report.
 * @example bootstrapSpread(Float64Array.of(1, 2, 3, 4), 0.5) // { ci: [1.75, 3.25], se: 1.291 }
 */
export function bootstrapSpread(sorted: Float64Array, confidence: number): { ci: [number, number]; se: number } {
  const R = sorted.length;
  let mean = 0;
  for (let i = 0; i < R; i++) mean += sorted[i];
  mean /= R;
  let ss = 0;
  for (let i = 0; i < R; i++) ss += (sorted[i] - mean) * (sorted[i] - mean);
  const alpha = 1 - confidence;
  return { ci: [quantileSorted(sorted, alpha / 2), quantileSorted(sorted, 1 - alpha / 2)], se: Math.sqrt(ss / (R - 1)) };
}
