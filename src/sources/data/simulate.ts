// The no-drift distribution of PSI at these n, by seeded multinomial
// simulation: both sides drawn from the pooled bucket shares, PSI computed with
// the same floor. Sparse buckets (rare categories, the empty and out-of-range
// buckets) inflate PSI at small n far beyond the chi-square approximation
// (noise.ts); the simulated mean and variance fix a scaled chi-square c * chi2_nu
// (c = var / (2 mean), nu = 2 mean^2 / var) whose tail gives smooth p-values
// without the 1 / (R + 1) floor of an empirical p-value.
import { multinomial } from '../../stats/index.js';
import { Random } from '../../stats/index.js';
import { chiSquareQuantile, chiSquareUpper } from './noise.js';
import { PSI_FLOOR } from './compare.js';

export const SIMULATIONS = 200;

export interface NullPsi {
  /** Scale and degrees of freedom of the fitted c * chi2_nu. */
  c: number;
  nu: number;
  /** Its `confidence` quantile: what no drift shows at this n. */
  floor: number;
  /** P(no-drift PSI >= x). */
  upper: (x: number) => number;
}

function psiCounts(r: Float64Array, cu: Float64Array, nr: number, nc: number): number {
  let out = 0;
  for (let k = 0; k < r.length; k++) {
    const a = Math.max(r[k] / nr, PSI_FLOOR);
    const b = Math.max(cu[k] / nc, PSI_FLOOR);
    out += (b - a) * Math.log(b / a);
  }
  return out;
}

/**
 * The no-drift PSI distribution for buckets with these pooled counts.
 * @param key seeds the draws (the run's seed and the check id), so the same inputs give the same report
 */
export function simulateNullPsi(pooled: readonly number[], nRef: number, nCur: number, confidence: number, key: string, reps = SIMULATIONS): NullPsi {
  const counts = Float64Array.from(pooled);
  const rng = new Random(key);
  const a = new Float64Array(counts.length);
  const b = new Float64Array(counts.length);
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < reps; i++) {
    multinomial(counts, nRef, rng, a);
    multinomial(counts, nCur, rng, b);
    const p = psiCounts(a, b, nRef, nCur);
    s1 += p;
    s2 += p * p;
  }
  const mean = s1 / reps;
  const variance = Math.max(s2 / reps - mean * mean, 1e-30);
  if (!(mean > 0)) return { c: 0, nu: 0, floor: 0, upper: (x) => (x > 0 ? 0 : 1) };
  const c = variance / (2 * mean);
  const nu = (2 * mean * mean) / variance;
  return { c, nu, floor: c * chiSquareQuantile(confidence, nu), upper: (x) => (x <= 0 ? 1 : chiSquareUpper(x / c, nu)) };
}
