// The gate's own distributions and quantile rule against an independent
// implementation (simple-statistics 7.12), over dense grids where the scipy
// literals of distributions.test.ts and shadow/stats.test.ts give single points.
// What simple-statistics offers and how exact it is decides each tolerance:
// - errorFunction: Numerical Recipes' erfc, fractional error < 1.2e-7;
// - gammaln: Lanczos (g = 607/128, 15 terms), about 1e-15 relative;
// - quantile / quantileSorted: linear interpolation at (n - 1) p, type 7, since 7.12
//   (older releases used another rule, hence the ^7.12.1 range).
// It has no Student t distribution: the t tail and quantiles are held to scipy
// literals in distributions.test.ts only.
import { describe, expect, it } from 'vitest';
import { errorFunction, gammaln, quantile, quantileSorted as ssQuantileSorted } from 'simple-statistics';
import { logGamma, normalCdf, normalQuantile, normalUpper } from '../../src/stats/distributions.js';
import { quantileOfOrder, quantileSorted } from '../../src/stats/quantile.js';

/** mulberry32: a seeded uniform in [0, 1), independent of src/stats/random.ts. */
function uniform(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Upper normal tail from simple-statistics: erfc(x / sqrt 2) / 2 (its 1 - erf is erfc to within rounding). */
const ssUpper = (x: number) => 0.5 * (1 - errorFunction(x / Math.SQRT2));

describe('normal distribution against simple-statistics', () => {
  it('normalUpper and normalCdf match erfc on [-6, 6] in steps of 0.005', () => {
    let worst = 0;
    for (let i = -1200; i <= 1200; i++) {
      const x = i / 200;
      const ref = ssUpper(x);
      // erfc's fractional error, plus the rounding of simple-statistics' 1 - (1 - erfc).
      const tol = 1.2e-7 * ref + 2e-16;
      worst = Math.max(worst, Math.abs(normalUpper(x) - ref) / tol);
      expect(Math.abs(normalUpper(x) - ref)).toBeLessThanOrEqual(tol);
      expect(Math.abs(normalCdf(-x) - ref)).toBeLessThanOrEqual(tol);
    }
    expect(worst).toBeGreaterThan(0); // the two implementations are not the same code
  });

  it('normalQuantile is inverted by the independent CDF, p from 1e-6 to 1 - 1e-6', () => {
    const ps: number[] = [];
    for (let k = 1; k < 1000; k++) ps.push(k / 1000);
    for (const e of [1e-6, 1e-5, 1e-4, 5e-4]) ps.push(e, 1 - e);
    for (const p of ps) {
      const x = normalQuantile(p);
      // Compare on the smaller tail, where the relative precision is.
      const tail = p < 0.5 ? ssUpper(-x) : ssUpper(x);
      const want = p < 0.5 ? p : 1 - p;
      expect(Math.abs(tail - want)).toBeLessThanOrEqual(1.2e-7 * want + 2e-16);
      expect(Math.sign(x)).toBe(Math.sign(p - 0.5));
    }
  });
});

describe('logGamma against simple-statistics gammaln', () => {
  it('agrees to 1e-13 relative from 0.01 to 1e6', () => {
    for (let x = 0.01; x < 1e6; x *= 1.013) {
      const ref = gammaln(x);
      expect(Math.abs(logGamma(x) - ref)).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(ref)));
    }
  });

  it('is exact at the integers (ln (n - 1)!)', () => {
    let lnFact = 0;
    for (let n = 2; n <= 30; n++) {
      lnFact += Math.log(n - 1);
      expect(logGamma(n)).toBeCloseTo(lnFact, 11);
      expect(gammaln(n)).toBeCloseTo(lnFact, 11);
    }
  });
});

describe('the type-7 quantile against simple-statistics', () => {
  const ps = [0, 0.001, 0.01, 0.025, 0.05, 0.1, 0.25, 0.3, 0.5, 0.75, 0.9, 0.95, 0.975, 0.99, 0.999, 1];

  it('quantileSorted and quantileOfOrder match on 300 seeded samples with ties and sizes 1 to 200', () => {
    const rand = uniform(20260901);
    for (let t = 0; t < 300; t++) {
      const n = 1 + Math.floor(rand() * 200);
      // Every third sample is coarse so that many values tie.
      const coarse = t % 3 === 0;
      const values = Float64Array.from({ length: n }, () => (coarse ? Math.floor(rand() * 5) : (rand() - 0.3) * 1000));
      const sorted = Float64Array.from(values).sort();
      const order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a] - values[b]);
      const plain = Array.from(values);
      for (const p of [...ps, rand()]) {
        const ref = quantile(plain, p);
        expect(ssQuantileSorted(Array.from(sorted), p)).toBeCloseTo(ref, 12);
        expect(quantileSorted(sorted, p)).toBeCloseTo(ref, 9);
        expect(quantileOfOrder(values, order, 0, n, p)).toBeCloseTo(ref, 9);
      }
    }
  });

  it('quantileOfOrder reads only its own slice of a shared order', () => {
    const values = Float64Array.of(9, 1, 5, 7, 3, 100, -100);
    // Two groups in one order array: indices 0-4 (sorted by value), then 5-6.
    const order = Int32Array.of(1, 4, 2, 3, 0, 6, 5);
    for (const p of ps) {
      expect(quantileOfOrder(values, order, 0, 5, p)).toBeCloseTo(quantile([9, 1, 5, 7, 3], p), 12);
      expect(quantileOfOrder(values, order, 5, 2, p)).toBeCloseTo(quantile([100, -100], p), 12);
    }
  });
});
