// The Poisson draws of the Poisson bootstrap against their distributions.
import { describe, expect, it } from 'vitest';
import { poisson, poissonOne, poissonOneOf, POISSON1_U32 } from '../../src/stats/poisson.js';
import { Random } from '../../src/stats/random.js';

/** Pearson's chi-square of observed counts against expected probabilities (the last bin takes the rest). */
function chiSquare(counts: number[], probs: number[]): number {
  const n = counts.reduce((a, b) => a + b, 0);
  const p = [...probs.slice(0, -1), 1 - probs.slice(0, -1).reduce((a, b) => a + b, 0)];
  return counts.reduce((s, c, k) => s + (c - n * p[k]) ** 2 / (n * p[k]), 0);
}
const poissonPmf = (lambda: number, k: number): number => Math.exp(-lambda + k * Math.log(lambda) - lgammaInt(k + 1));
function lgammaInt(x: number): number {
  let s = 0;
  for (let i = 2; i < x; i++) s += Math.log(i);
  return s;
}
// scipy.stats.chi2.ppf(0.999, df) for df = 6, 8, 10
const CHI2_999 = { 6: 22.457744484825323, 8: 26.12448155837614, 10: 29.588298445074418 };

describe('Poisson draws', () => {
  it('the Poisson(1) table gives exactly the inversion by comparisons', () => {
    const naive = (bits: number) => {
      let k = 0;
      while (bits >= POISSON1_U32[k]) k++;
      return k;
    };
    const rng = new Random(7);
    let mismatches = 0;
    for (let i = 0; i < 1_000_000; i++) {
      const bits = rng.next32();
      if (poissonOneOf(bits) !== naive(bits)) mismatches++;
    }
    expect(mismatches).toBe(0);
    // Around every threshold.
    for (const t of POISSON1_U32) {
      for (const bits of [t - 1, t, t + 1]) if (bits >= 0 && bits < 2 ** 32) expect(poissonOneOf(bits)).toBe(naive(bits));
    }
  });

  it('Poisson(1) draws follow the Poisson(1) distribution', () => {
    const rng = new Random(11);
    const counts = new Array(7).fill(0);
    for (let i = 0; i < 500_000; i++) counts[Math.min(6, poissonOne(rng))]++;
    const probs = [0, 1, 2, 3, 4, 5, 6].map((k) => poissonPmf(1, k));
    expect(chiSquare(counts, probs)).toBeLessThan(CHI2_999[6]);
  });

  it.each([0.5, 3, 9.9, 10, 37, 400])('Poisson(%s) draws follow the distribution (inversion below 10, PTRS above)', (lambda) => {
    const rng = new Random(Math.round(lambda * 100));
    // Bins around the mean: k <= lo, then one per value, then the rest.
    const sd = Math.sqrt(lambda);
    const lo = Math.max(0, Math.floor(lambda - 2 * sd));
    const ks = Array.from({ length: 9 }, (_, i) => lo + Math.round((i * 4 * sd) / 9));
    const edges = [...new Set(ks)];
    const cdf = (k: number) => {
      let s = 0;
      for (let j = 0; j <= k; j++) s += poissonPmf(lambda, j);
      return s;
    };
    const probs = edges.map((e, i) => cdf(e) - (i === 0 ? 0 : cdf(edges[i - 1])));
    probs.push(1 - cdf(edges[edges.length - 1]));
    const counts = new Array(probs.length).fill(0);
    const N = 200_000;
    for (let i = 0; i < N; i++) {
      const k = poisson(lambda, rng);
      let bin = edges.findIndex((e) => k <= e);
      if (bin === -1) bin = edges.length;
      counts[bin]++;
    }
    const df = probs.length - 1;
    expect(chiSquare(counts, probs)).toBeLessThan(df <= 6 ? CHI2_999[6] : df <= 8 ? CHI2_999[8] : CHI2_999[10]);
  });

  it('Poisson of a large mean: right mean and variance; Poisson(0) is 0 and draws nothing', () => {
    const rng = new Random(3);
    const xs = Array.from({ length: 20_000 }, () => poisson(1e6, rng));
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const v = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
    expect(Math.abs(mean - 1e6)).toBeLessThan(5 * Math.sqrt(1e6 / xs.length));
    expect(v / 1e6).toBeGreaterThan(0.95);
    expect(v / 1e6).toBeLessThan(1.05);
    const r = new Random(9);
    const before = [r.s0, r.s1, r.s2, r.s3];
    expect(poisson(0, r)).toBe(0);
    expect([r.s0, r.s1, r.s2, r.s3]).toEqual(before);
  });
});
