// Isotonic calibration by pool adjacent violators, against the values
// scikit-learn's IsotonicRegression(out_of_bounds='clip') gives.
import { describe, expect, it } from 'vitest';
import { fitIsotonic, isotonicGroups, pav, predictIsotonic, predictIsotonicSorted } from '../../src/stats/calibration.js';

describe('pav', () => {
  it('pools adjacent violators (the textbook example)', () => {
    // sklearn: IsotonicRegression().fit_transform([1, 2, 3, 4, 5, 6], [1, 3, 2, 4, 3, 5]) -> [1, 2.5, 2.5, 3.5, 3.5, 5]
    expect([...pav([1, 3, 2, 4, 3, 5], [1, 1, 1, 1, 1, 1])]).toEqual([1, 2.5, 2.5, 3.5, 3.5, 5]);
  });
  it('weights the pooled means and pools back through several blocks', () => {
    // [1 (w1), 0 (w3)] pool to 0.25; then 0.1 pools with them: (0.25*4 + 0.1*1) / 5 = 0.22
    expect([...pav([1, 0, 0.1], [1, 3, 1])].map((v) => +v.toFixed(12))).toEqual([0.22, 0.22, 0.22]);
    expect([...pav([0, 1, 0.5, 0.4, 2], [1, 1, 1, 1, 1])].map((v) => +v.toFixed(12))).toEqual([0, 0.633333333333, 0.633333333333, 0.633333333333, 2]);
  });
  it('is non-decreasing and keeps the weighted total on random data', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    const y = Array.from({ length: 300 }, rand);
    const w = Array.from({ length: 300 }, () => 0.5 + rand());
    const f = pav(y, w);
    for (let i = 1; i < f.length; i++) expect(f[i]).toBeGreaterThanOrEqual(f[i - 1] - 1e-15);
    const total = (a: ArrayLike<number>) => Array.from(a).reduce((s, v, i) => s + v * w[i], 0);
    expect(total(f)).toBeCloseTo(total(y), 9);
  });
});

describe('fitIsotonic / predictIsotonic', () => {
  const x = Float64Array.of(1, 2, 3, 4, 5, 6);
  const y = Float64Array.of(1, 3, 2, 4, 3, 5);
  it('interpolates linearly between the fitted points and clips outside (sklearn predict)', () => {
    const f = fitIsotonic(isotonicGroups(x, y), y, null)!;
    // sklearn: .predict([0, 1.5, 2.5, 4.5, 6.5]) -> [1, 1.75, 2.5, 3.5, 5]
    expect([0, 1.5, 2.5, 4.5, 6.5].map((s) => predictIsotonic(f, s))).toEqual([1, 1.75, 2.5, 3.5, 5]);
    const order = Int32Array.of(0, 1, 2, 3, 4);
    const out = new Float64Array(5);
    predictIsotonicSorted(f, Float64Array.of(0, 1.5, 2.5, 4.5, 6.5), order, out);
    expect([...out]).toEqual([1, 1.75, 2.5, 3.5, 5]);
  });
  it('fits tied scores on their mean label, and a row of weight 0 drops out', () => {
    const s = Float64Array.of(0.2, 0.1, 0.2, 0.3);
    const l = Float64Array.of(1, 0, 0, 1);
    const f = fitIsotonic(isotonicGroups(s, l), l, null)!;
    expect([...f.x]).toEqual([0.1, 0.2, 0.3]);
    expect([...f.y]).toEqual([0, 0.5, 1]);
    const g = fitIsotonic(isotonicGroups(s, l), l, [1, 1, 0, 1])!;
    expect([...g.y]).toEqual([0, 1, 1]);
    expect(fitIsotonic(isotonicGroups(s, l), l, [0, 0, 0, 0])).toBeNull();
  });
});
