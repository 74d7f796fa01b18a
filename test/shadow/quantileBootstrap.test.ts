// The paired quantile bootstrap: the banded bootstrap against a brute-force Poisson bootstrap
// (same draws, same result), against itself with other bands (same distribution), and the
// interval's coverage. (The draws it uses are tested in test/stats/poisson.test.ts and binomial.test.ts.)
import { describe, expect, it } from 'vitest';
import { argsortFloat64 } from '../../src/sort/radixSort.js';
import { normalQuantile } from '../../src/stats/distributions.js';
import { quantileSorted } from '../../src/stats/quantile.js';
import { BAND_SD, bandBootstrap, bandOf, pairedQuantileBootstrap, quantileBand, summarizeBootstrap, type PairedValues } from '../../src/stats/quantileBootstrap.js';
import { poissonOne } from '../../src/stats/poisson.js';
import { Random } from '../../src/stats/random.js';

/** Paired lognormal values with correlated logs; the candidate's scaled by `factor`. */
function pairedSample(m: number, seed: number, factor = 1, rho = 0.6): PairedValues {
  const rng = new Random(seed);
  const z = () => normalQuantile(Math.min(1 - 1e-16, Math.max(1e-16, rng.uniform())));
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
function bruteForce(x: PairedValues, p: number, R: number, rng: Random): Float64Array {
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
      const fast = pairedQuantileBootstrap(x, { p, resamples: 200, rng: new Random(5), bandSd: Infinity });
      const slow = bruteForce(x, p, 200, new Random(5));
      expect([...fast]).toEqual([...slow]);
    }
  });

  it('wide bands (4 and 6 sd) give the distribution of the full band: the edge stands in too rarely to matter', () => {
    // m = 20,000, R = 3,000 per run: the sd of a mean over R resamples is sd / sqrt(R) (1.8% of sd).
    const x = pairedSample(20_000, 2, 1.05);
    for (const p of [0.5, 0.99]) {
      const full = stats(pairedQuantileBootstrap(x, { p, resamples: 3000, rng: new Random(1), bandSd: Infinity }));
      for (const bandSd of [4, 6]) {
        const banded = stats(pairedQuantileBootstrap(x, { p, resamples: 3000, rng: new Random(100 + bandSd), bandSd }));
        expect(Math.abs(banded.mean - full.mean)).toBeLessThan(5 * full.sd * Math.sqrt(2 / 3000));
        expect(banded.sd / full.sd).toBeGreaterThan(0.9);
        expect(banded.sd / full.sd).toBeLessThan(1.1);
        expect(Math.abs(banded.lo - full.lo)).toBeLessThan(0.35 * full.sd);
        expect(Math.abs(banded.hi - full.hi)).toBeLessThan(0.35 * full.sd);
      }
    }
  });

  it('the band is part of the definition: a zero-width band clamps every resample to its edge values', () => {
    // Band of +-2 ranks: a resample's quantile beyond it is the band's edge value, so every delta
    // lies within [loB - hiA, hiB - loA] (the walk outside the band is gone: the summaries carry no rows there).
    const x = pairedSample(400, 3);
    const { lo, hi } = quantileBand(400, 0.9, 0);
    const sa = [...x.a].sort((u, v) => u - v);
    const sb = [...x.b].sort((u, v) => u - v);
    const d = pairedQuantileBootstrap(x, { p: 0.9, resamples: 4000, rng: new Random(8), bandSd: 0 });
    for (const v of d) {
      expect(v).toBeGreaterThanOrEqual(sb[lo] - sa[hi]);
      expect(v).toBeLessThanOrEqual(sb[hi] - sa[lo]);
    }
    // ... and some resamples do sit on the edges (the clamp is real at this width).
    expect(d.filter((v) => v === sb[hi] - sa[lo] || v === sb[lo] - sa[hi]).length).toBeGreaterThan(0);
  });

  it('from the band alone: bandOf over the units in any order of identical units gives the same deltas', () => {
    // The summaries carry the band's distinct (a, b) units in (a, b) order; the log path draws the same.
    const x = pairedSample(2000, 6);
    const canon = Int32Array.from([...x.a.keys()].sort((i, j) => x.a[i] - x.a[j] || x.b[i] - x.b[j]));
    const { lo, hi } = quantileBand(2000, 0.99, BAND_SD);
    const edges = { loA: x.a[x.orderA[lo]], hiA: x.a[x.orderA[hi]], loB: x.b[x.orderB[lo]], hiB: x.b[x.orderB[hi]] };
    const band = bandOf(x.a, x.b, canon, 0, 2000, edges);
    expect(band.a.length).toBeLessThan(2 * (hi - lo + 1) + 1);
    expect(band.groups.reduce((s, g) => s + g, 0) + band.a.length).toBe(2000);
    const sorted = { a: x.a.slice(), b: x.b.slice() };
    canon.forEach((i, k) => {
      sorted.a[k] = x.a[i];
      sorted.b[k] = x.b[i];
    });
    const viaSorted = pairedQuantileBootstrap({ ...sorted, orderA: argsortFloat64(sorted.a), orderB: argsortFloat64(sorted.b) }, { p: 0.99, resamples: 300, rng: new Random(3) });
    expect([...bandBootstrap(band, { p: 0.99, resamples: 300, rng: new Random(3) })]).toEqual([...viaSorted]);
  });

  it('is deterministic: same data and seed, same deltas', () => {
    const x = pairedSample(5000, 4);
    const d1 = pairedQuantileBootstrap(x, { p: 0.99, resamples: 500, rng: new Random('1|latency_p99_ms/overall') });
    const d2 = pairedQuantileBootstrap(x, { p: 0.99, resamples: 500, rng: new Random('1|latency_p99_ms/overall') });
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
      const deltas = pairedQuantileBootstrap(x, { p: 0.99, resamples: 1000, rng: new Random(s) });
      const est =
        quantileSorted(
          [...x.b].sort((u, v) => u - v),
          0.99,
        ) -
        quantileSorted(
          [...x.a].sort((u, v) => u - v),
          0.99,
        );
      const ci = summarizeBootstrap(deltas, est, { margin: 0, lowerIsBetter: true, confidence: 0.95 })!.ci;
      if (ci[0] <= truth && truth <= ci[1]) covered++;
    }
    // Binomial(200, 0.95): 0.90 and 0.99 are 3.2 sd away.
    expect(covered / runs).toBeGreaterThan(0.9);
    expect(covered / runs).toBeLessThan(0.99);
  });

  it('coverage at 300 and at 10,000 requests (200 seeded runs each): the banded interval is as honest as the full Poisson bootstrap', () => {
    const truth = 0.1 * Math.exp(4.8 + 0.4 * normalQuantile(0.99));
    const coverage = (m: number, bandSd: number, resamples: number): number => {
      let covered = 0;
      for (let s = 0; s < 200; s++) {
        const x = pairedSample(m, 5000 + s, 1.1);
        const deltas = pairedQuantileBootstrap(x, { p: 0.99, resamples, rng: new Random(s), bandSd });
        const est =
          quantileSorted(
            [...x.b].sort((u, v) => u - v),
            0.99,
          ) -
          quantileSorted(
            [...x.a].sort((u, v) => u - v),
            0.99,
          );
        const ci = summarizeBootstrap(deltas, est, { margin: 0, lowerIsBetter: true, confidence: 0.95 })!.ci;
        if (ci[0] <= truth && truth <= ci[1]) covered++;
      }
      return covered / 200;
    };
    const small = coverage(300, BAND_SD, 1000);
    const smallFull = coverage(300, Infinity, 1000);
    const large = coverage(10_000, BAND_SD, 1000);
    // Measured: 300 requests 0.985 banded, 0.99 full band (the p99 of 300 is conservative either way); 10,000 requests 0.96.
    expect(Math.abs(small - smallFull)).toBeLessThanOrEqual(0.02);
    expect(small).toBeGreaterThan(0.88);
    expect(large).toBeGreaterThan(0.9);
    expect(large).toBeLessThan(0.99);
  });

  it('handles one unit and none', () => {
    const one = { a: Float64Array.of(10), b: Float64Array.of(12), orderA: Int32Array.of(0), orderB: Int32Array.of(0) };
    const d = pairedQuantileBootstrap(one, { p: 0.99, resamples: 100, rng: new Random(1) });
    for (const x of d) expect(x === 2 || Number.isNaN(x)).toBe(true);
    const none = { a: new Float64Array(0), b: new Float64Array(0), orderA: new Int32Array(0), orderB: new Int32Array(0) };
    expect([...pairedQuantileBootstrap(none, { p: 0.5, resamples: 3, rng: new Random(1) })].every(Number.isNaN)).toBe(true);
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
    expect(s.p_value).toBeCloseTo(6.98756670176869e-5, 15);
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
