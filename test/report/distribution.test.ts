import { describe, expect, it } from 'vitest';
import { scoreDistribution } from '../../src/report/distribution.js';

const f = (xs: number[]) => new Float64Array(xs);

describe('scoreDistribution', () => {
  it('bins binary probabilities over [0, 1], the right edge in the last bin, NaN skipped', () => {
    const d = scoreDistribution(f([0, 0.05, 0.15, 0.999, 1, Number.NaN]), f([0.5, 0.5]), 'binary', 20)!;
    expect(d.kind).toBe('probability');
    expect(d.edges).toHaveLength(21);
    expect(d.edges[3]).toBe(0.15);
    expect(d.edges[20]).toBe(1);
    const expected = Array(20).fill(0);
    expected[0] = 1;
    expected[1] = 1;
    expected[3] = 1; // 0.15 is the left edge of bin 3
    expected[19] = 2;
    expect(d.baseline).toEqual(expected);
    expect(d.candidate.reduce((a, b) => a + b)).toBe(2);
    expect(d.candidate[10]).toBe(2);
  });

  it('bins regression predictions over the range both models span', () => {
    expect(scoreDistribution(f([1, 2, 3]), f([3, 5]), 'regression', 4)).toEqual({
      kind: 'prediction',
      edges: [1, 2, 3, 4, 5],
      baseline: [1, 1, 1, 0],
      candidate: [0, 0, 1, 1],
    });
    expect(scoreDistribution(f([2, 2]), f([2]), 'regression', 2)).toEqual({ kind: 'prediction', edges: [1.5, 2, 2.5], baseline: [0, 2], candidate: [0, 1] });
  });

  it('has nothing to bin for multiclass or without finite scores', () => {
    expect(scoreDistribution(f([Number.NaN]), f([Number.NaN]), 'multiclass')).toBeNull();
    expect(scoreDistribution(f([Number.NaN]), f([]), 'regression')).toBeNull();
  });
});
