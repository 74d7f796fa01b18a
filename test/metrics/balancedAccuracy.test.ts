// balanced_accuracy against scikit-learn's balanced_accuracy_score (adjusted=False):
// its documented example, hand-checked weighted and multiclass cases, a segment
// with one class, and an independent row-by-row implementation on random data.
import { describe, expect, it } from 'vitest';
import { balancedAccuracy } from '../../src/metrics/balancedAccuracy.js';
import { lookupMetric } from '../../src/metrics/catalog.js';
import { close, rng } from './fixtures.js';
import { confusionOf, measureBothWays, randomCase, type Case } from './decisionMetricCases.js';

/** sklearn's algorithm, from the confusion matrix: per-class recall, classes without true examples dropped, then the mean. */
function direct(c: Case): number | null {
  const C = confusionOf(c);
  const recalls = C.map((row, k) => {
    const t = row.reduce((a, b) => a + b, 0);
    return t > 0 ? row[k] / t : NaN;
  }).filter((r) => !Number.isNaN(r));
  return recalls.length ? recalls.reduce((a, b) => a + b, 0) / recalls.length : null;
}

describe('balanced_accuracy', () => {
  it("scikit-learn's documented example: y_true [0,1,0,0,1,0], y_pred [0,1,0,0,0,1] -> 0.625", () => {
    expect(measureBothWays('balanced_accuracy', { y: [0, 1, 0, 0, 1, 0], pred: [0, 1, 0, 0, 0, 1], K: 2 })).toBeCloseTo(0.625, 15);
  });

  it('weighted binary: tp 2, fn 1, tn 1, fp 3 -> (2/3 + 1/4) / 2 = 11/24', () => {
    const v = measureBothWays('balanced_accuracy', { y: [1, 1, 0, 0], pred: [1, 0, 0, 1], w: [2, 1, 1, 3], K: 2 });
    expect(v).toBeCloseTo(11 / 24, 15);
  });

  it('multiclass: y_true [0,0,1,1,2,2], y_pred [0,2,1,1,0,2] -> (1/2 + 1 + 1/2) / 3', () => {
    expect(measureBothWays('balanced_accuracy', { y: [0, 0, 1, 1, 2, 2], pred: [0, 2, 1, 1, 0, 2], K: 3 })).toBeCloseTo(2 / 3, 15);
  });

  it('a segment with one class is that class recall (sklearn warns and drops the decided-only class)', () => {
    expect(measureBothWays('balanced_accuracy', { y: [1, 1, 1], pred: [1, 0, 1], K: 2 })).toBeCloseTo(2 / 3, 15);
    expect(measureBothWays('balanced_accuracy', { y: [2, 2, 2, 2], pred: [2, 0, 1, 2], K: 3 })).toBeCloseTo(0.5, 15);
  });

  it('is null only without true weight', () => {
    expect(balancedAccuracy([0, 0], [0, 0])).toBeNull();
  });

  it.each([
    [2, false],
    [2, true],
    [4, false],
    [4, true],
  ])('matches a row-by-row implementation (K = %i, weighted: %s)', (K, weighted) => {
    const rand = rng(11 + K);
    for (let trial = 0; trial < 20; trial++) {
      const c = randomCase(K, 30 + trial, rand, weighted);
      expect(close(measureBothWays('balanced_accuracy', c), direct(c), 1e-12)).toBe(true);
    }
  });

  it('is declared for binary and multiclass, higher is better, shown as a rate', () => {
    for (const task of ['binary', 'multiclass'] as const)
      expect(lookupMetric('balanced_accuracy', task)).toMatchObject({ direction: 'higher', rate: true, unit: 'percent', test: 'decision-bootstrap' });
    expect(lookupMetric('balanced_accuracy', 'regression')).toBeNull();
  });
});
