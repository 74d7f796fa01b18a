// The random draws and the paired quantile bootstrap: draws against their distributions,
// the banded bootstrap against a brute-force Poisson bootstrap (same draws, same result),
// against itself with other bands (same distribution), and the interval's coverage.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scripts/lib/generate.mjs';
import { argsortFloat64 } from '../../src/metrics/radixSort.js';
import { normalQuantile } from '../../src/stats/distributions.js';
import { quantileSorted } from '../../src/stats/quantile.js';
import { pairedQuantileBootstrap, quantileBand, summarizeBootstrap, type PairedValues } from '../../src/stats/quantileBootstrap.js';
import { binomial, poisson, poissonOne, poissonOneOf, POISSON1_U32, Rng, streamFor } from '../../src/stats/quantileRng.js';

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

describe('seeded draws', () => {
  it('Rng is mulberry32, the generator the seeded test data uses', () => {
    const a = new Rng(42);
    const b = mulberry32(42);
    for (let i = 0; i < 1000; i++) expect(a.next()).toBe(b());
  });

  it('streams differ by name and repeat by seed and name', () => {
    expect(streamFor(1, 'x').next()).toBe(streamFor(1, 'x').next());
    expect(streamFor(1, 'x').next()).not.toBe(streamFor(1, 'y').next());
    expect(streamFor(1, 'x').next()).not.toBe(streamFor(2, 'x').next());
  });

  it('the Poisson(1) table gives exactly the inversion by comparisons', () => {
    const naive = (bits: number) => {
      let k = 0;
      while (bits >= POISSON1_U32[k]) k++;
      return k;
    };
    const rng = new Rng(7);
    let mismatches = 0;
    for (let i = 0; i < 1_000_000; i++) {
      const bits = rng.nextU32();
      if (poissonOneOf(bits) !== naive(bits)) mismatches++;
    }
    expect(mismatches).toBe(0);
    // Around every threshold.
    for (const t of POISSON1_U32) {
      for (const bits of [t - 1, t, t + 1]) if (bits >= 0 && bits < 2 ** 32) expect(poissonOneOf(bits)).toBe(naive(bits));
    }
  });

  it('Poisson(1) draws follow the Poisson(1) distribution', () => {
    const rng = new Rng(11);
    const counts = new Array(7).fill(0);
    for (let i = 0; i < 500_000; i++) counts[Math.min(6, poissonOne(rng))]++;
    const probs = [0, 1, 2, 3, 4, 5, 6].map((k) => poissonPmf(1, k));
    expect(chiSquare(counts, probs)).toBeLessThan(CHI2_999[6]);
  });

  it.each([0.5, 3, 9.9, 10, 37, 400])('Poisson(%s) draws follow the distribution (inversion below 10, PTRS above)', (lambda) => {
    const rng = new Rng(Math.round(lambda * 100));
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
      const k = poisson(rng, lambda);
      let bin = edges.findIndex((e) => k <= e);
      if (bin === -1) bin = edges.length;
      counts[bin]++;
    }
    const df = probs.length - 1;
    expect(chiSquare(counts, probs)).toBeLessThan(df <= 6 ? CHI2_999[6] : df <= 8 ? CHI2_999[8] : CHI2_999[10]);
  });

  it('Poisson of a large mean: right mean and variance; Poisson(0) is 0 and draws nothing', () => {
    const rng = new Rng(3);
    const xs = Array.from({ length: 20_000 }, () => poisson(rng, 1e6));
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const v = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
    expect(Math.abs(mean - 1e6)).toBeLessThan(5 * Math.sqrt(1e6 / xs.length));
    expect(v / 1e6).toBeGreaterThan(0.95);
    expect(v / 1e6).toBeLessThan(1.05);
    const r = new Rng(9);
    const before = r.state;
    expect(poisson(r, 0)).toBe(0);
    expect(r.state).toBe(before);
  });

  it('binomial draws follow the distribution (the conditional weights: n p about 1)', () => {
    for (const [n, p] of [
      [50, 0.02],
      [1_000_000, 1 / 999_000],
    ]) {
      const rng = new Rng(n);
      const counts = new Array(6).fill(0);
      for (let i = 0; i < 200_000; i++) counts[Math.min(5, binomial(rng, n, p))]++;
      const pmf = (k: number) => Math.exp(lgammaInt(n + 1) - lgammaInt(k + 1) - lgammaInt(n - k + 1) + k * Math.log(p) + (n - k) * Math.log1p(-p));
      expect(chiSquare(counts, [0, 1, 2, 3, 4, 5].map(pmf))).toBeLessThan(CHI2_999[6]);
    }
    expect(binomial(new Rng(1), 7, 1)).toBe(7);
    expect(binomial(new Rng(1), 0, 0.5)).toBe(0);
  });
});

/** Paired lognormal values with correlated logs; the candidate's scaled by `factor`. */
function pairedSample(m: number, seed: number, factor = 1, rho = 0.6): PairedValues {
  const rng = new Rng(seed);
  const z = () => normalQuantile(Math.min(1 - 1e-16, Math.max(1e-16, rng.next())));
  const a = new Float64Array(m);
  const b = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const s = z();
    a[i] = Math.round(Math.exp(4.8 + 0.4 * (rho * s + Math.sqrt(1 - rho * rho) * z())) * 100) / 100;
    b[i] = Math.round(factor * Math.exp(4.8 + 0.4 * (rho * s + Math.sqrt(1 - rho * rho) * z())) * 100) / 100;
  }
  return { a, b, orderA: argsortFloat64(a), orderB: argsortFloat64(b) };
}

/** The brute-force Poisson bootstrap: every unit's weight drawn in unit order, the weighted type-7 quantile. */
function bruteForce(x: PairedValues, p: number, R: number, rng: Rng): Float64Array {
  const m = x.a.length;
  const out = new Float64Array(R);
  const q = (v: Float64Array, order: Int32Array, w: Int32Array) => {
    const expanded: number[] = [];
    for (const i of order) for (let k = 0; k < w[i]; k++) expanded.push(v[i]);
    return quantileSorted(expanded, p);
  };
  for (let r = 0; r < R; r++) {
    const w = new Int32Array(m);
    for (let i = 0; i < m; i++) w[i] = poissonOne(rng);
    out[r] = w.some((k) => k > 0) ? q(x.b, x.orderB, w) - q(x.a, x.orderA, w) : NaN;
  }
  return out;
}

const stats = (d: Float64Array) => {
  const v = [...d].filter((x) => x === x).sort((a, b) => a - b);
  const mean = v.reduce((a, b) => a + b, 0) / v.length;
  const sd = Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / (v.length - 1));
  return { mean, sd, lo: quantileSorted(v, 0.025), hi: quantileSorted(v, 0.975) };
};

describe('pairedQuantileBootstrap', () => {
  it('with a band covering every unit, it is the brute-force Poisson bootstrap draw for draw', () => {
    const x = pairedSample(300, 1);
    for (const p of [0.5, 0.99]) {
      const fast = pairedQuantileBootstrap(x, { p, resamples: 200, rng: new Rng(5), bandSd: Infinity });
      const slow = bruteForce(x, p, 200, new Rng(5));
      expect([...fast]).toEqual([...slow]);
    }
  });

  it('the band is a speed device only: narrow, wide and full bands give the same distribution', () => {
    // m = 20,000, R = 3,000 per run: the sd of a mean over R resamples is sd / sqrt(R) (1.8% of sd).
    const x = pairedSample(20_000, 2, 1.05);
    for (const p of [0.5, 0.99]) {
      const full = stats(pairedQuantileBootstrap(x, { p, resamples: 3000, rng: new Rng(1), bandSd: Infinity }));
      for (const bandSd of [0, 1, 3]) {
        const banded = stats(pairedQuantileBootstrap(x, { p, resamples: 3000, rng: new Rng(100 + bandSd), bandSd }));
        expect(Math.abs(banded.mean - full.mean)).toBeLessThan(5 * full.sd * Math.sqrt(2 / 3000));
        expect(banded.sd / full.sd).toBeGreaterThan(0.9);
        expect(banded.sd / full.sd).toBeLessThan(1.1);
        expect(Math.abs(banded.lo - full.lo)).toBeLessThan(0.35 * full.sd);
        expect(Math.abs(banded.hi - full.hi)).toBeLessThan(0.35 * full.sd);
      }
    }
  });

  it('a band of zero width walks outside it on every resample, drawing weights given the group totals', () => {
    // The banded run with bandSd 0 against the brute force on the same data, many resamples.
    const x = pairedSample(400, 3);
    const a = stats(pairedQuantileBootstrap(x, { p: 0.9, resamples: 4000, rng: new Rng(8), bandSd: 0 }));
    const b = stats(bruteForce(x, 0.9, 4000, new Rng(9)));
    expect(Math.abs(a.mean - b.mean)).toBeLessThan(5 * b.sd * Math.sqrt(2 / 4000));
    expect(a.sd / b.sd).toBeGreaterThan(0.92);
    expect(a.sd / b.sd).toBeLessThan(1.08);
  });

  it('is deterministic: same data and seed, same deltas', () => {
    const x = pairedSample(5000, 4);
    const d1 = pairedQuantileBootstrap(x, { p: 0.99, resamples: 500, rng: streamFor(1, 'latency_p99_ms/overall') });
    const d2 = pairedQuantileBootstrap(x, { p: 0.99, resamples: 500, rng: streamFor(1, 'latency_p99_ms/overall') });
    expect([...d1]).toEqual([...d2]);
  });

  it('the percentile interval of the p99 delta covers the true delta about 95% of the time', () => {
    // Candidate = baseline distribution x 1.1 (independent noise around a shared factor), so the
    // true p99 delta is 0.1 x the true p99 of exp(4.8 + 0.4 Z): 0.1 * exp(4.8 + 0.4 * 2.3263).
    const truth = 0.1 * Math.exp(4.8 + 0.4 * normalQuantile(0.99));
    let covered = 0;
    const runs = 200;
    for (let s = 0; s < runs; s++) {
      const x = pairedSample(3000, 1000 + s, 1.1);
      const deltas = pairedQuantileBootstrap(x, { p: 0.99, resamples: 1000, rng: new Rng(s) });
      const est = quantileSorted([...x.b].sort((u, v) => u - v), 0.99) - quantileSorted([...x.a].sort((u, v) => u - v), 0.99);
      const ci = summarizeBootstrap(deltas, est, { margin: 0, lowerIsBetter: true, confidence: 0.95 })!.ci;
      if (ci[0] <= truth && truth <= ci[1]) covered++;
    }
    // Binomial(200, 0.95): 0.90 and 0.99 are 3.2 sd away.
    expect(covered / runs).toBeGreaterThan(0.9);
    expect(covered / runs).toBeLessThan(0.99);
  });

  it('handles one unit and none', () => {
    const one = { a: Float64Array.of(10), b: Float64Array.of(12), orderA: Int32Array.of(0), orderB: Int32Array.of(0) };
    const d = pairedQuantileBootstrap(one, { p: 0.99, resamples: 100, rng: new Rng(1) });
    for (const x of d) expect(x === 2 || Number.isNaN(x)).toBe(true);
    const none = { a: new Float64Array(0), b: new Float64Array(0), orderA: new Int32Array(0), orderB: new Int32Array(0) };
    expect([...pairedQuantileBootstrap(none, { p: 0.5, resamples: 3, rng: new Rng(1) })].every(Number.isNaN)).toBe(true);
  });

  it('quantileBand: ranks around p (n - 1) by sd * sqrt(n p (1 - p)) + 2, clamped', () => {
    expect(quantileBand(1_000_000, 0.5, 1)).toEqual({ lo: Math.floor(499999.5 - 502), hi: Math.ceil(499999.5 + 502) });
    // h = 8.91, half = 5 * sqrt(0.099) + 2 = 3.57
    expect(quantileBand(10, 0.99, 5)).toEqual({ lo: 5, hi: 9 });
    expect(quantileBand(10, 0.5, 100)).toEqual({ lo: 0, hi: 9 });
  });
});

describe('summarizeBootstrap', () => {
  it('percentile interval; p-value: the share of resamples within the margin', () => {
    // Deltas 1..1000 around an estimate of 500: 100 of them are within a margin of 100.
    const deltas = Float64Array.from({ length: 1000 }, (_, i) => i + 1);
    const s = summarizeBootstrap(deltas, 500, { margin: 100, lowerIsBetter: true, confidence: 0.95 })!;
    expect(s.ci[0]).toBeCloseTo(25.975, 10); // np.quantile(np.arange(1, 1001), 0.025)
    expect(s.ci[1]).toBeCloseTo(975.025, 10);
    expect(s.se).toBeCloseTo(288.8194360957494, 9); // np.arange(1, 1001).std(ddof=1)
    expect(s.p_value).toBeCloseTo(101 / 1001, 15);
    // Higher is better: every resample's worsening (-delta) is within the margin.
    expect(summarizeBootstrap(deltas, 500, { margin: 100, lowerIsBetter: false, confidence: 0.95 })!.p_value).toBe(1);
  });

  it('fewer than 10 resamples within the margin: the tail is extrapolated with the standard error', () => {
    // 1..1000 again, margin -600: none within; norm.sf((500 + 600) / 288.8194360957494), below 1/1001
    const deltas = Float64Array.from({ length: 1000 }, (_, i) => i + 1);
    const s = summarizeBootstrap(deltas, 500, { margin: -600, lowerIsBetter: true, confidence: 0.95 })!;
    expect(s.p_value).toBeCloseTo(6.98756670176869e-05, 15);
    // Never above the count: with 5 within (margin 5), min(6/1001, normal tail 0.0433).
    expect(summarizeBootstrap(deltas, 500, { margin: 5, lowerIsBetter: true, confidence: 0.95 })!.p_value).toBeCloseTo(6 / 1001, 15);
  });

  it('agrees with the interval: an interval entirely beyond the margin gives a small p-value, one that reaches it does not', () => {
    const skewed = Float64Array.from({ length: 2000 }, (_, i) => (i < 100 ? -5 + i * 0.01 : 40 + (i % 50)));
    const s = summarizeBootstrap(skewed, 60, { margin: 10, lowerIsBetter: true, confidence: 0.95 })!;
    expect(s.ci[0]).toBeLessThan(10);
    expect(s.p_value).toBeGreaterThan(0.05);
  });

  it('ignores empty resamples; needs two', () => {
    expect(summarizeBootstrap(Float64Array.of(NaN, 1), 1, { margin: 0, lowerIsBetter: true, confidence: 0.95 })).toBeNull();
    expect(summarizeBootstrap(Float64Array.of(NaN, 1, 3), 2, { margin: 0, lowerIsBetter: true, confidence: 0.95 })!.ci).toEqual([1.05, 2.95]);
  });
});
