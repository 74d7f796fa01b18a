import { describe, expect, it } from 'vitest';
import { binomial, multinomial } from '../../src/stats/binomial.js';
import { logGamma } from '../../src/stats/distributions.js';
import { Random } from '../../src/stats/random.js';

function pmf(n: number, p: number, k: number): number {
  return Math.exp(logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log1p(-p));
}

/** Pearson's chi-square of observed counts against expected probabilities (the last bin takes the rest). */
function chiSquare(counts: number[], probs: number[]): number {
  const n = counts.reduce((a, b) => a + b, 0);
  const p = [...probs.slice(0, -1), 1 - probs.slice(0, -1).reduce((a, b) => a + b, 0)];
  return counts.reduce((s, c, k) => s + (c - n * p[k]) ** 2 / (n * p[k]), 0);
}
// scipy.stats.chi2.ppf(0.999, 6)
const CHI2_999_DF6 = 22.457744484825323;

describe('binomial sampler', () => {
  // Both regimes: inversion (n p < 10), BTRS (n p >= 10), and p > 1/2 by symmetry.
  it.each([
    [10, 0.3],
    [100, 0.05],
    [40, 0.9],
    [1000, 0.3],
    [1e6, 0.01],
    [1e9, 0.4],
  ])('n=%d p=%d: the mean and variance of 100,000 draws are n p and n p (1 - p)', (n, p) => {
    const rng = new Random(`binomial|${n}|${p}`);
    const N = 100_000;
    let s = 0;
    let s2 = 0;
    let bad = 0;
    for (let i = 0; i < N; i++) {
      const x = binomial(n, p, rng);
      if (!(Number.isInteger(x) && x >= 0 && x <= n)) bad++;
      s += x;
      s2 += x * x;
    }
    const mean = s / N;
    const variance = (s2 - N * mean * mean) / (N - 1);
    const sd = Math.sqrt(n * p * (1 - p));
    expect(bad).toBe(0);
    // The mean within 4 standard errors; the variance within 4 of its standard errors (about sqrt(2/N) relative).
    expect(Math.abs(mean - n * p)).toBeLessThan((4 * sd) / Math.sqrt(N));
    expect(Math.abs(variance / (sd * sd) - 1)).toBeLessThan(4 * Math.sqrt(2 / N) + 0.005);
  });

  it.each([
    [20, 0.3],
    [60, 0.4],
    [200, 0.07],
  ])('n=%d p=%d: the draws follow the exact pmf (chi-square test)', (n, p) => {
    const rng = new Random(`chi|${n}|${p}`);
    const N = 200_000;
    const counts = new Float64Array(n + 1);
    for (let i = 0; i < N; i++) counts[binomial(n, p, rng)]++;
    // Pool the tails so that every bin expects at least 20 draws.
    let chi = 0;
    let bins = 0;
    let expAcc = 0;
    let obsAcc = 0;
    for (let k = 0; k <= n; k++) {
      expAcc += N * pmf(n, p, k);
      obsAcc += counts[k];
      if (expAcc >= 20 || k === n) {
        chi += (obsAcc - expAcc) ** 2 / expAcc;
        bins++;
        expAcc = 0;
        obsAcc = 0;
      }
    }
    // 99.99th percentile of chi-square is below df + 6 sqrt(2 df) + 10 for these df.
    const df = bins - 1;
    expect(chi).toBeLessThan(df + 6 * Math.sqrt(2 * df) + 10);
  });

  it('binomial draws follow the distribution (the conditional weights: n p about 1)', () => {
    for (const [n, p] of [
      [50, 0.02],
      [1_000_000, 1 / 999_000],
    ]) {
      const rng = new Random(n);
      const counts = new Array(6).fill(0);
      for (let i = 0; i < 200_000; i++) counts[Math.min(5, binomial(n, p, rng))]++;
      expect(
        chiSquare(
          counts,
          [0, 1, 2, 3, 4, 5].map((k) => pmf(n, p, k)),
        ),
      ).toBeLessThan(CHI2_999_DF6);
    }
    expect(binomial(7, 1, new Random(1))).toBe(7);
    expect(binomial(0, 0.5, new Random(1))).toBe(0);
  });

  it('edge cases: p = 0, p = 1, n = 0', () => {
    const rng = new Random(1);
    expect(binomial(10, 0, rng)).toBe(0);
    expect(binomial(10, 1, rng)).toBe(10);
    expect(binomial(0, 0.5, rng)).toBe(0);
  });

  it('the same seed gives the same draws', () => {
    const a = new Random('seed|x');
    const b = new Random('seed|x');
    const c = new Random('seed|y');
    const da = Array.from({ length: 20 }, () => binomial(500, 0.2, a));
    expect(Array.from({ length: 20 }, () => binomial(500, 0.2, b))).toEqual(da);
    expect(Array.from({ length: 20 }, () => binomial(500, 0.2, c))).not.toEqual(da);
  });
});

describe('multinomial', () => {
  it('sums to n, leaves empty cells empty, and each cell averages n * share', () => {
    const counts = Float64Array.of(50, 0, 30, 15, 5);
    const rng = new Random('multi');
    const out = new Float64Array(5);
    const sums = new Float64Array(5);
    const N = 20_000;
    let bad = 0;
    for (let i = 0; i < N; i++) {
      multinomial(counts, 1000, rng, out);
      if (out.reduce((a, b) => a + b, 0) !== 1000 || out[1] !== 0) bad++;
      for (let k = 0; k < 5; k++) sums[k] += out[k];
    }
    expect(bad).toBe(0);
    for (let k = 0; k < 5; k++) {
      const p = counts[k] / 100;
      const se = Math.sqrt((1000 * p * (1 - p)) / N);
      expect(Math.abs(sums[k] / N - 1000 * p)).toBeLessThanOrEqual(4 * se + 1e-12);
    }
  });
});
