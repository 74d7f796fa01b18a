// The shadow gate's statistics against scipy / numpy (scipy 1.17.1, numpy 2.4.6; the
// Python that computed each literal is quoted beside it).
import { describe, expect, it } from 'vitest';
import { pairedMeanDiffTest } from '../../src/stats/meanDiff.js';
import { normalCdf, normalQuantile } from '../../src/stats/distributions.js';
import { pairedProportionTest, tangoZ } from '../../src/stats/pairedProportion.js';
import { quantileOfOrder, quantilePosition, quantileSorted } from '../../src/stats/quantile.js';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe('normalCdf and normalQuantile', () => {
  // scipy.stats.norm.cdf(x)
  it.each([
    [-10, 7.61985302416047e-24],
    [-5, 2.866515718791933e-7],
    [-1.959963984540054, 0.025],
    [-0.5, 0.3085375387259869],
    [0, 0.5],
    [0.3, 0.6179114221889526],
    [1, 0.8413447460685429],
    [2.5, 0.9937903346742238],
    [6, 0.9999999990134123],
  ])('normalCdf(%s) = %s', (x, p) => {
    expect(rel(normalCdf(x), p)).toBeLessThan(1e-12);
  });

  // scipy.stats.norm.ppf(p)
  it.each([
    [1e-10, -6.361340902404056],
    [0.001, -3.090232306167813],
    [0.025, -1.9599639845400545],
    [0.2, -0.8416212335729142],
    [0.5, 0],
    [0.8, 0.8416212335729143],
    [0.975, 1.959963984540054],
    [0.999, 3.090232306167813],
  ])('normalQuantile(%s) = %s', (p, x) => {
    expect(Math.abs(normalQuantile(p) - x)).toBeLessThan(1e-11);
  });

  it('refuses p outside [0, 1]; the ends are the infinities (scipy: norm.ppf(0) = -inf)', () => {
    for (const p of [-0.1, 1.5, NaN]) expect(() => normalQuantile(p)).toThrow(RangeError);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
  });
});

describe('the quantile rule (type 7, numpy default)', () => {
  const x = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
  const sorted = [...x].sort((a, b) => a - b);
  // np.quantile(x, p) for x above
  it.each([
    [0, 1],
    [0.1, 1],
    [0.25, 2.5],
    [0.5, 4],
    [0.9, 6],
    [0.95, 7.5],
    [0.99, 8.700000000000001],
    [1, 9],
  ])('p=%s -> %s', (p, q) => {
    expect(quantileSorted(sorted, p)).toBeCloseTo(q, 12);
    // Through an order of the unsorted values: the same.
    const order = Int32Array.from(x.map((_, i) => i).sort((a, b) => x[a] - x[b] || a - b));
    expect(quantileOfOrder(x, order, 0, x.length, p)).toBeCloseTo(q, 12);
  });

  it('positions, one value, none', () => {
    expect(quantilePosition(5, 0.5)).toEqual({ lo: 2, frac: 0 });
    expect(quantilePosition(1, 0.99)).toEqual({ lo: 0, frac: 0 });
    expect(quantileSorted([7], 0.99)).toBe(7);
    expect(quantileSorted([], 0.5)).toBeNaN();
    // A slice of an order: values[order[start..start+count)].
    expect(quantileOfOrder(Float64Array.of(100, 1, 2, 3), Int32Array.of(0, 1, 2, 3), 1, 3, 0.5)).toBe(2);
  });
});

describe('pairedMeanDiffTest', () => {
  // d = [0.5, -0.2, 0.9, 0.3, 0.1, 0.7, -0.4, 0.6]; mean 0.3125, se = d.std(ddof=1)/sqrt(8);
  // p = norm.sf((mean - 0.1) / se); ci = mean -+ norm.ppf(0.975) * se
  const sums = { n: 8, sum: 2.5, sumSq: 2.21 };
  it('matches the z test on the raw differences', () => {
    const t = pairedMeanDiffTest(sums, { margin: 0.1, lowerIsBetter: true, confidence: 0.95 })!;
    expect(t.estimate).toBeCloseTo(0.3125, 14);
    expect(t.se).toBeCloseTo(0.15972912338438114, 14);
    expect(t.p_value).toBeCloseTo(0.09169699484620908, 12);
    expect(t.ci[0]).toBeCloseTo(-0.0005633291155415776, 12);
    expect(t.ci[1]).toBeCloseTo(0.6255633291155416, 12);
    // 80% power at one-sided 5%: margin + (1.6449 + 0.8416) se
    expect(t.detectable).toBeCloseTo(0.1 + (1.6448536269514722 + 0.8416212335729143) * 0.15972912338438114, 10);
  });

  it('scales to per-1,000 units with the same p-value', () => {
    const t = pairedMeanDiffTest(sums, { margin: 100, lowerIsBetter: true, confidence: 0.95, scale: 1000 })!;
    expect(t.estimate).toBeCloseTo(312.5, 10);
    expect(t.p_value).toBeCloseTo(0.09169699484620908, 12);
  });

  it('higher is better: a drop is the worsening', () => {
    const t = pairedMeanDiffTest({ n: 8, sum: -2.5, sumSq: 2.21 }, { margin: 0.1, lowerIsBetter: false, confidence: 0.95 })!;
    expect(t.p_value).toBeCloseTo(0.09169699484620908, 12);
  });

  it('no variance: decided by the point estimate; fewer than 2 units: no test', () => {
    expect(pairedMeanDiffTest({ n: 10, sum: 5, sumSq: 2.5 }, { margin: 0.1, lowerIsBetter: true, confidence: 0.95 })!.p_value).toBe(0);
    expect(pairedMeanDiffTest({ n: 10, sum: 0, sumSq: 0 }, { margin: 0.1, lowerIsBetter: true, confidence: 0.95 })!.p_value).toBe(1);
    expect(pairedMeanDiffTest({ n: 1, sum: 1, sumSq: 1 }, { margin: 0, lowerIsBetter: true, confidence: 0.95 })).toBeNull();
  });
});

describe("Tango's paired-proportion score test", () => {
  it('is McNemar at delta0 = 0', () => {
    expect(tangoZ({ n: 100, only1: 12, only2: 5 }, 0)).toBeCloseTo(7 / Math.sqrt(17), 14);
    expect(tangoZ({ n: 100, only1: 0, only2: 0 }, 0)).toBe(0);
  });

  // z = tango(b, c, n, margin) with the closed-form restricted MLE (checked against a numerical
  // maximisation of the constrained multinomial likelihood); p = norm.sf(z); the interval's ends
  // by brentq on tango(b, c, n, d) = +-norm.ppf(0.975).
  it.each([
    [30, 10, 1000, 0.005, 2.4307467503934004, 0.0075338711389434845, 0.008002555127346241, 0.03356654584991632],
    [12, 5, 100, 0, 1.697749375254331, 0.044777537206821275, -0.011863210116306313, 0.15741560607189542],
    [3, 0, 500, 0.005, 0.3170213124741207, 0.3756137153536738, -0.0016700865043215555, 0.017490252104053423],
    [0, 0, 1000, 0.005, -2.2416791983111017, 0.9875089433783157, -0.0038267584855556027, 0.0038267584855556027],
    [40, 45, 2000, 0.01, -2.6337846297907315, 0.9957780485260684, -0.011764977153973854, 0.006671228778058354],
  ])('only candidate %i, only baseline %i of %i, margin %s', (b, c, n, margin, z, p, lo, hi) => {
    expect(tangoZ({ n, only1: b, only2: c }, margin)).toBeCloseTo(z, 10);
    const t = pairedProportionTest({ n, only1: b, only2: c }, { margin, lowerIsBetter: true, confidence: 0.95 })!;
    expect(t.estimate).toBeCloseTo((b - c) / n, 15);
    expect(t.p_value).toBeCloseTo(p, 10);
    expect(t.ci[0]).toBeCloseTo(lo, 9);
    expect(t.ci[1]).toBeCloseTo(hi, 9);
  });

  it('no discordant pairs still gives an interval of positive width', () => {
    const t = pairedProportionTest({ n: 1000, only1: 0, only2: 0 }, { margin: 0.005, lowerIsBetter: true, confidence: 0.95 })!;
    expect(t.ci[1] - t.ci[0]).toBeGreaterThan(0.007);
  });

  it('higher is better mirrors lower is better', () => {
    const a = pairedProportionTest({ n: 1000, only1: 30, only2: 10 }, { margin: 0.005, lowerIsBetter: true, confidence: 0.95 })!;
    const b = pairedProportionTest({ n: 1000, only1: 10, only2: 30 }, { margin: 0.005, lowerIsBetter: false, confidence: 0.95 })!;
    expect(b.p_value).toBeCloseTo(a.p_value, 12);
  });
});
