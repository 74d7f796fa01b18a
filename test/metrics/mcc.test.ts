// mcc against scikit-learn's matthews_corrcoef: its documented example,
// hand-checked weighted and multiclass cases, segments with one class (0, as
// sklearn), and an independent implementation on random data (binary: the
// textbook tp/tn/fp/fn formula; multiclass: the correlation of one-hot vectors).
import { describe, expect, it } from 'vitest';
import { lookupMetric } from '../../src/metrics/catalog.js';
import { mcc } from '../../src/metrics/mcc.js';
import { close, rng } from './fixtures.js';
import { confusionOf, measureBothWays, randomCase, type Case } from './decisionMetricCases.js';

/** Pearson correlation of the one-hot label and prediction matrices (Gorodkin's R_K), weighted; 0 for 0/0 as sklearn. */
function direct(c: Case): number {
  const n = c.y.length;
  const w = (i: number) => (c.w ? c.w[i] : 1);
  let W = 0;
  for (let i = 0; i < n; i++) W += w(i);
  const meanX = new Array<number>(c.K).fill(0);
  const meanY = new Array<number>(c.K).fill(0);
  for (let i = 0; i < n; i++) {
    meanX[c.y[i]] += w(i) / W;
    meanY[c.pred[i]] += w(i) / W;
  }
  let cov = 0;
  let vx = 0;
  let vy = 0;
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < c.K; k++) {
      const x = (c.y[i] === k ? 1 : 0) - meanX[k];
      const y = (c.pred[i] === k ? 1 : 0) - meanY[k];
      cov += w(i) * x * y;
      vx += w(i) * x * x;
      vy += w(i) * y * y;
    }
  }
  return vx * vy > 1e-300 ? cov / Math.sqrt(vx * vy) : 0;
}

/** The textbook binary formula. */
function textbook(c: Case): number {
  const [[tn, fp], [fn, tp]] = confusionOf(c);
  const den = (tp + fp) * (tp + fn) * (tn + fp) * (tn + fn);
  return den > 0 ? (tp * tn - fp * fn) / Math.sqrt(den) : 0;
}

describe('mcc', () => {
  it("scikit-learn's documented example: y_true [1,1,1,0], y_pred [1,0,1,1] -> -0.333...", () => {
    expect(measureBothWays('mcc', { y: [1, 1, 1, 0], pred: [1, 0, 1, 1], K: 2 })).toBeCloseTo(-1 / 3, 15);
  });

  it('weighted binary: tp 2, fn 1, tn 1, fp 3 -> (2 - 3) / sqrt(5 * 3 * 4 * 2)', () => {
    expect(measureBothWays('mcc', { y: [1, 1, 0, 0], pred: [1, 0, 0, 1], w: [2, 1, 1, 3], K: 2 })).toBeCloseTo(-1 / Math.sqrt(120), 15);
  });

  it('multiclass: y_true [0,0,1,1,2,2], y_pred [0,2,1,1,0,2] -> (4*6 - 12) / sqrt(24 * 24) = 0.5', () => {
    expect(measureBothWays('mcc', { y: [0, 0, 1, 1, 2, 2], pred: [0, 2, 1, 1, 0, 2], K: 3 })).toBeCloseTo(0.5, 15);
    expect(measureBothWays('mcc', { y: [0, 1, 2], pred: [0, 1, 2], K: 3 })).toBe(1);
  });

  it('a segment with one class labelled, or one class decided, is 0 as in scikit-learn', () => {
    expect(measureBothWays('mcc', { y: [1, 1, 1], pred: [1, 0, 1], K: 2 })).toBe(0);
    expect(measureBothWays('mcc', { y: [0, 1, 1, 0], pred: [1, 1, 1, 1], K: 2 })).toBe(0);
    expect(measureBothWays('mcc', { y: [2, 2, 2], pred: [2, 0, 1], K: 3 })).toBe(0);
  });

  it('is null only for an empty segment', () => {
    expect(mcc([0, 0], [0, 0], [0, 0], 0)).toBeNull();
  });

  it.each([
    [2, false],
    [2, true],
    [3, false],
    [5, true],
  ])('matches an independent implementation (K = %i, weighted: %s)', (K, weighted) => {
    const rand = rng(23 + K);
    for (let trial = 0; trial < 20; trial++) {
      const c = randomCase(K, 25 + trial, rand, weighted);
      const v = measureBothWays('mcc', c);
      expect(close(v, direct(c), 1e-12), `${v} vs ${direct(c)}`).toBe(true);
      if (K === 2) expect(close(v, textbook(c), 1e-12)).toBe(true);
    }
  });

  it('is declared for binary and multiclass, higher is better, a plain number (it ranges over [-1, 1])', () => {
    for (const task of ['binary', 'multiclass'] as const) expect(lookupMetric('mcc', task)).toMatchObject({ direction: 'higher', rate: false, unit: 'number', test: 'decision-bootstrap' });
  });
});

describe('mcc and balanced_accuracy in the paired decision bootstrap', () => {
  it.each(['binary', 'multiclass'] as const)('%s: both get a bootstrap interval around the measured change', async (task) => {
    const { parseConfig } = await import('../../src/config/parse.js');
    const { measureOffline } = await import('../../src/metrics/measure.js');
    const { buildSegmentation } = await import('../../src/segments/segment.js');
    const { evalData } = await import('./fixtures.js');
    const { estimateChanges } = await import('../stats/offline.js');
    const K = task === 'binary' ? 2 : 3;
    const rand = rng(5);
    const c = randomCase(K, 2000, rand, false, 0.7);
    const base = randomCase(K, 2000, rng(6), false, 0.75);
    const data = evalData({
      label: c.y,
      classes: task === 'multiclass' ? ['a', 'b', 'c'] : [],
      baseline: { score: c.y.map(() => NaN), decision: c.y.map((y, i) => (base.pred[i] === base.y[i] ? y : (y + 1) % K)) },
      candidate: { score: c.y.map(() => NaN), decision: c.pred },
    });
    const config = parseConfig(`task: ${task}\nmetrics:\n  mcc: { max_drop: 0.01 }\n  balanced_accuracy: { max_drop: 1pp }\n`, 'test');
    const seg = buildSegmentation(data.n, [], []);
    const measured = measureOffline(data, seg, config.metrics, task);
    const est = estimateChanges(data, seg, measured, config);
    for (const name of ['mcc', 'balanced_accuracy']) {
      const e = est[0].get(name)!;
      const v = measured[0].values[name];
      const delta = v.candidate! - v.baseline!;
      expect(e.method).toBe('bootstrap');
      expect(e.ci[0]).toBeLessThan(delta);
      expect(e.ci[1]).toBeGreaterThan(delta);
      expect(e.se).toBeGreaterThan(0.002);
      expect(e.se).toBeLessThan(0.05);
    }
  });
});
