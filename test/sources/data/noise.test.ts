// The noise floors against scipy values and against seeded simulation.
import { describe, expect, test } from 'vitest';
import { betaBinomialUpper, binomialUpper, chiSquareQuantile, chiSquareUpper, psiNoise } from '../../../src/sources/data/noise.js';
import { simulateNullPsi } from '../../../src/sources/data/simulate.js';
import { psiOf } from '../../../src/sources/data/compare.js';
import { multinomial } from '../../../src/stats/binomial.js';
import { Random } from '../../../src/stats/random.js';

describe('closed forms (scipy.stats values)', () => {
  test('chi-square, Wilson-Hilferty within 1%', () => {
    expect(chiSquareQuantile(0.95, 10)).toBeCloseTo(18.307038053275146, 0); // chi2.ppf(0.95, 10)
    expect(Math.abs(chiSquareQuantile(0.95, 13) / 22.362032494826934 - 1)).toBeLessThan(0.01); // chi2.ppf(0.95, 13)
    expect(chiSquareUpper(18.307038053275146, 10)).toBeCloseTo(0.05, 3);
  });
  test('binomial and beta-binomial tails', () => {
    expect(binomialUpper(3, 10, 0.1)).toBeCloseTo(0.07019082639999996, 10); // binom.sf(2, 10, 0.1)
    expect(betaBinomialUpper(1, 1, 2, 299)).toBeCloseTo(2 / 301, 12);
    // BetaBinomial(10, 2, 3): pmf(0) = B(2, 13) / B(2, 3) = 12/182, pmf(1) = 10 B(3, 12) / B(2, 3) = 240/2184 (by hand).
    expect(betaBinomialUpper(2, 10, 2, 3)).toBeCloseTo(1 - 12 / 182 - 240 / 2184, 10);
  });
});

describe('PSI under no drift: the noise floor against seeded multinomial simulation', () => {
  // Twelve equal buckets, as the notes' example (10k reference rows, 200 current rows).
  const shares = Array.from({ length: 12 }, () => 1 / 12);
  const simulatedQuantile = (nRef: number, nCur: number, seed: string) => {
    const rng = new Random(seed);
    const counts = Float64Array.from(shares, (s) => s * 1e6);
    const a = new Float64Array(12);
    const b = new Float64Array(12);
    const out: number[] = [];
    for (let i = 0; i < 4000; i++) {
      multinomial(counts, nRef, rng, a);
      multinomial(counts, nCur, rng, b);
      out.push(psiOf(Array.from(a, (r, k) => ({ label: '', reference: r, current: b[k] }))));
    }
    out.sort((x, y) => x - y);
    return out[Math.floor(0.95 * out.length)];
  };
  test.each([
    [10_000, 200],
    [1000, 1000],
    [300, 300],
  ])('n_ref=%i, n_cur=%i: the chi-square floor is within 15% of the simulated 95th percentile, the fitted one within 10%', (nRef, nCur) => {
    const sim = simulatedQuantile(nRef, nCur, `q${nRef}`);
    const chi = psiNoise(0, 12, nRef, nCur, null, 0.95).noiseFloor;
    const fitted = simulateNullPsi(
      shares.map((s) => s * 1e6),
      nRef,
      nCur,
      0.95,
      `fit${nRef}`,
    ).floor;
    expect(Math.abs(chi / sim - 1)).toBeLessThan(0.15);
    expect(Math.abs(fitted / sim - 1)).toBeLessThan(0.1);
  });
  test('sparse buckets: the chi-square floor underestimates, the fitted simulation does not', () => {
    const sparse = [0.3, 0.3, 0.2, 0.1, 0.05, 0.03, 0.01, 0.005, 0.003, 0.002];
    const rng = new Random('sparse');
    const counts = Float64Array.from(sparse, (s) => s * 1e6);
    const a = new Float64Array(10);
    const b = new Float64Array(10);
    const out: number[] = [];
    for (let i = 0; i < 4000; i++) {
      multinomial(counts, 100, rng, a);
      multinomial(counts, 100, rng, b);
      out.push(psiOf(Array.from(a, (r, k) => ({ label: '', reference: r, current: b[k] }))));
    }
    out.sort((x, y) => x - y);
    const q = out[Math.floor(0.95 * out.length)];
    const fitted = simulateNullPsi(Array.from(counts), 100, 100, 0.95, 'fit-sparse').floor;
    expect(psiNoise(0, 10, 100, 100, null, 0.95).noiseFloor).toBeLessThan(q * 0.8);
    expect(Math.abs(fitted / q - 1)).toBeLessThan(0.2);
  });
});
