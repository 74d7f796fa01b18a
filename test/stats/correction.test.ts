import { describe, expect, it } from 'vitest';
import { adjustPValues } from '../../src/stats/correction.js';

// Reference values: R's p.adjust(p, "holm") by hand, and
// scipy.stats.false_discovery_control(p, method="bh") (scipy 1.17.1).
const P = [0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.5, 0.01];

describe('adjustPValues', () => {
  it('holm matches the step-down by hand', () => {
    const expected = [0.01, 0.072, 0.273, 0.273, 0.273, 0.273, 0.273, 0.41, 0.5, 0.08];
    adjustPValues(P, 'holm').forEach((x, i) => expect(x).toBeCloseTo(expected[i], 10));
  });

  it('bh matches scipy', () => {
    const expected = [0.01, 0.033333, 0.07, 0.07, 0.07, 0.085714, 0.0925, 0.227778, 0.5, 0.033333];
    adjustPValues(P, 'bh').forEach((x, i) => expect(x).toBeCloseTo(expected[i], 5));
  });

  it('none leaves p-values alone, capped at 1', () => {
    expect(adjustPValues([0.2, 1.3], 'none')).toEqual([0.2, 1]);
  });

  it('caps at 1 and keeps ties deterministic', () => {
    expect(adjustPValues([0.6, 0.6, 0.6], 'holm')).toEqual([1, 1, 1]);
    expect(adjustPValues([0.03, 0.03], 'bh')).toEqual([0.03, 0.03]);
  });

  it('an empty family is empty', () => {
    expect(adjustPValues([], 'holm')).toEqual([]);
  });
});
