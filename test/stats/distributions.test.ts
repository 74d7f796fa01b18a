import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile, normalUpper, studentQuantile, studentUpper } from '../../src/stats/distributions.js';
import { bootstrapSpread, detectableWorsening, oneSidedP, symmetricInterval } from '../../src/stats/estimate.js';

// Reference values: scipy 1.17.1, norm.sf / norm.ppf / t.sf / t.ppf, printed with repr().
describe('normal distribution', () => {
  it.each([
    [-3, 0.9986501019683699],
    [-1, 0.8413447460685429],
    [0, 0.5],
    [0.5, 0.3085375387259869],
    [1.6448536269514722, 0.050000000000000044],
    [3, 0.0013498980316300933],
    [5, 2.866515718791933e-7],
    [8, 6.22096057427174e-16],
    [10, 7.61985302416047e-24],
    [20, 2.7536241186061556e-89],
  ])('upper tail at %d', (x, expected) => {
    expect(Math.abs(normalUpper(x) - expected)).toBeLessThanOrEqual(1e-8 * expected + 1e-16);
    expect(Math.abs(normalCdf(-x) - expected)).toBeLessThanOrEqual(1e-8 * expected + 1e-16);
  });

  // The far tail to 12 digits: Hart's rational alone (as West gives it, up to 7.07) is off by 9e-9 relative near 7.8.
  it.each([
    [4.5, 3.3976731247300535e-6],
    [6.5, 4.016000583859088e-11],
    [7.07, 7.746684865636453e-13],
    [7.78, 3.6262274353410074e-15],
    [12, 1.776482112077653e-33],
    [30, 4.906713927147908e-198],
  ])('upper tail at %d to 12 digits', (x, expected) => {
    expect(Math.abs(normalUpper(x) - expected)).toBeLessThanOrEqual(1e-12 * expected);
  });

  it.each([
    [1e-10, -6.361340902404056],
    [0.001, -3.090232306167813],
    [0.025, -1.9599639845400545],
    [0.05, -1.6448536269514729],
    [0.2, -0.8416212335729142],
    [0.5, 0],
    [0.975, 1.959963984540054],
    [0.999, 3.090232306167813],
  ])('quantile at %d', (p, expected) => {
    expect(normalQuantile(p)).toBeCloseTo(expected, 8);
  });

  it.each([
    [0.9999, 3.719016485455709],
    [1 - 1e-14, 7.650730905155642],
  ])('quantile at %d to 1e-13', (p, expected) => {
    expect(Math.abs(normalQuantile(p) - expected)).toBeLessThan(1e-13);
  });

  it('quantile rejects p outside [0, 1]', () => {
    expect(() => normalQuantile(1.5)).toThrow(RangeError);
    expect(normalQuantile(0)).toBe(-Infinity);
  });
});

describe('Student t distribution', () => {
  it.each([
    [2.0095752371292335, 49, 0.02500000000000033],
    [1, 3, 0.19550110947788524],
    [-2, 10, 0.9633059826146299],
    [0.3, 1.5, 0.40023609840179253],
    [5, 200, 6.250990638857704e-7],
    [40, 5, 9.205981085886477e-8],
  ])('upper tail at t=%d, df=%d', (t, df, expected) => {
    expect(Math.abs(studentUpper(t, df) - expected)).toBeLessThanOrEqual(1e-10 * expected + 1e-15);
  });

  it.each([
    [0.975, 49, 2.0095752371292392],
    [0.95, 3, 2.3533634348018233],
    [0.999, 10, 4.143700494046589],
    [0.6, 200, 0.25368437919014747],
    [0.025, 49, -2.0095752371292392],
  ])('quantile at p=%d, df=%d', (p, df, expected) => {
    expect(studentQuantile(p, df)).toBeCloseTo(expected, 10);
  });

  it('infinite degrees of freedom is the normal', () => {
    expect(studentUpper(1.5, Infinity)).toBe(normalUpper(1.5));
    expect(studentQuantile(0.9, Infinity)).toBe(normalQuantile(0.9));
  });
});

describe('p-values, intervals and detectable sizes', () => {
  it('the one-sided p-value is the normal tail of (worsening - margin) / se', () => {
    // z = (0.03 - 0.01) / 0.01 = 2: P(Z > 2) = 0.022750131948179195 (scipy norm.sf(2)).
    expect(oneSidedP(0.03, 0.01, 0.01, Infinity)).toBeCloseTo(0.022750131948179195, 12);
    // At the margin exactly: 1/2. An improvement: close to 1.
    expect(oneSidedP(0.01, 0.01, 0.01, Infinity)).toBe(0.5);
    expect(oneSidedP(-0.05, 0, 0.01, Infinity)).toBeGreaterThan(0.999);
  });

  it('without sampling variation the p-value is 0 or 1', () => {
    expect(oneSidedP(0.02, 0.01, 0, Infinity)).toBe(0);
    expect(oneSidedP(0, 0, 0, Infinity)).toBe(1);
  });

  it('a symmetric interval uses the two-sided quantile', () => {
    const [lo, hi] = symmetricInterval(0.02, 0.01, Infinity, 0.95);
    expect(lo).toBeCloseTo(0.02 - 0.01959963984540054, 12);
    expect(hi).toBeCloseTo(0.02 + 0.01959963984540054, 12);
  });

  it('a bootstrap spread is the type-7 percentile interval and the n - 1 standard deviation', () => {
    const s = bootstrapSpread(
      Float64Array.from({ length: 1000 }, (_, i) => i + 1),
      0.95,
    );
    expect(s.ci[0]).toBeCloseTo(25.975, 10); // np.quantile(np.arange(1, 1001), 0.025)
    expect(s.ci[1]).toBeCloseTo(975.025, 10);
    expect(s.se).toBeCloseTo(288.8194360957494, 9); // np.arange(1, 1001).std(ddof=1)
  });

  it('detectable = margin + (z_{1-alpha} + z_{0.8}) * se', () => {
    // z_0.95 = 1.6448536269514722, z_0.8 = 0.8416212335729143 (scipy norm.ppf).
    expect(detectableWorsening(0.01, 0.01, 0.05)).toBeCloseTo(0.01 + 0.024864748605243865, 12);
  });
});
