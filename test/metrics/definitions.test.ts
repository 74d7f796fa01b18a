// Each metric's own function, on hand-computed inputs (table-driven), including the
// degenerate cases that return null.
import { describe, expect, it } from 'vitest';
import { accuracy } from '../../src/metrics/accuracy.js';
import { apStep, averagePrecision } from '../../src/metrics/averagePrecision.js';
import { auc, rocTrapezoid } from '../../src/metrics/auc.js';
import { bias } from '../../src/metrics/bias.js';
import { brier, brierTerm } from '../../src/metrics/brier.js';
import { ece, eceBin } from '../../src/metrics/ece.js';
import { expectedCost } from '../../src/metrics/expectedCost.js';
import { f1 } from '../../src/metrics/f1.js';
import { fpr } from '../../src/metrics/fpr.js';
import { LOG_LOSS_EPS, logLoss, logLossTerm } from '../../src/metrics/logLoss.js';
import { macroF1 } from '../../src/metrics/macroF1.js';
import { macroRecall } from '../../src/metrics/macroRecall.js';
import { mae } from '../../src/metrics/mae.js';
import { MAPE_EPS, apeTerm, mape } from '../../src/metrics/mape.js';
import { weightedMean } from '../../src/metrics/mean.js';
import { positiveRate } from '../../src/metrics/positiveRate.js';
import { precision } from '../../src/metrics/precision.js';
import { recall } from '../../src/metrics/recall.js';
import { rmse } from '../../src/metrics/rmse.js';

const cm = (tp: number, fp: number, tn: number, fn: number) => ({ tp, fp, tn, fn });

describe('confusion-matrix metrics', () => {
  const table: Array<{ what: string; got: number | null; want: number | null }> = [
    { what: 'precision 3/(3+1)', got: precision(cm(3, 1, 5, 2)), want: 0.75 },
    { what: 'precision, nothing decided positive', got: precision(cm(0, 0, 5, 2)), want: null },
    { what: 'recall 3/(3+2)', got: recall(3, 5), want: 0.6 },
    { what: 'recall, no positives', got: recall(0, 0), want: null },
    { what: 'f1 2*3/(2*3+1+2)', got: f1(cm(3, 1, 5, 2)), want: 6 / 9 },
    { what: 'f1, precision and recall both 0 (sklearn: 0)', got: f1(cm(0, 2, 5, 3)), want: 0 },
    { what: 'f1, precision undefined and recall 0 (sklearn: 0)', got: f1(cm(0, 0, 5, 3)), want: 0 },
    { what: 'f1, both undefined (sklearn: 0 with a warning)', got: f1(cm(0, 0, 5, 0)), want: null },
    { what: 'fpr 1/(1+3)', got: fpr(cm(3, 1, 3, 2)), want: 0.25 },
    { what: 'fpr, no negatives', got: fpr(cm(3, 0, 0, 2)), want: null },
    { what: 'positive rate 4/10', got: positiveRate(cm(3, 1, 4, 2)), want: 0.4 },
    { what: 'positive rate, zero weight', got: positiveRate(cm(0, 0, 0, 0)), want: null },
    { what: 'accuracy 3/4', got: accuracy(3, 4), want: 0.75 },
    { what: 'accuracy, zero weight', got: accuracy(0, 0), want: null },
    { what: 'expected cost (3*0 + 1*1 + 4*0 + 2*5)/10', got: expectedCost(cm(3, 1, 4, 2), { tp: 0, fp: 1, tn: 0, fn: 5 }), want: 1.1 },
    { what: 'expected cost with a reward for tp', got: expectedCost(cm(2, 1, 1, 0), { tp: -2, fp: 1, tn: 0, fn: 5 }), want: -3 / 4 },
    { what: 'expected cost, zero weight', got: expectedCost(cm(0, 0, 0, 0), { tp: 0, fp: 1, tn: 0, fn: 5 }), want: null },
  ];
  for (const { what, got, want } of table) {
    it(what, () => (want === null ? expect(got).toBeNull() : expect(got).toBeCloseTo(want, 14)));
  }
});

describe('ranking metrics', () => {
  it('rocTrapezoid: a group of one negative tied with one positive, after one positive, adds 1.5', () => {
    expect(rocTrapezoid(1, 0, 2, 1)).toBe(1.5);
  });
  it('auc divides by P x N and is null with one class', () => {
    expect(auc(3, 2, 2)).toBe(0.75);
    expect(auc(0, 2, 0)).toBeNull();
    expect(auc(0, 0, 2)).toBeNull();
  });
  it('apStep is the recall step times the precision at the group, 0 for a group without positives', () => {
    expect(apStep(1, 2, 1)).toBeCloseTo(2 / 3, 15);
    expect(apStep(2, 2, 5)).toBe(0);
  });
  it('averagePrecision divides by P and is null with one class (sklearn: 0 or 1)', () => {
    expect(averagePrecision(1.5, 2, 3)).toBe(0.75);
    expect(averagePrecision(0, 0, 3)).toBeNull();
    expect(averagePrecision(2, 2, 0)).toBeNull();
  });
});

describe('probability metrics', () => {
  it('logLossTerm is -log p for a positive, -log(1 - p) for a negative, clipped to [eps, 1 - eps]', () => {
    expect(logLossTerm(1, 0.8)).toBeCloseTo(-Math.log(0.8), 15);
    expect(logLossTerm(0, 0.8)).toBeCloseTo(-Math.log(0.2), 15);
    expect(logLossTerm(1, 0)).toBe(-Math.log(LOG_LOSS_EPS)); // 36.04...
    expect(logLossTerm(0, 1)).toBe(-Math.log(LOG_LOSS_EPS));
    expect(logLossTerm(1, 1)).toBe(-Math.log(1 - LOG_LOSS_EPS));
    expect(logLoss(3, 2)).toBe(1.5);
    expect(logLoss(0, 0)).toBeNull();
  });
  it('brier is the mean squared error of the probability', () => {
    expect(brierTerm(1, 0.8)).toBeCloseTo(0.04, 15);
    expect(brierTerm(0, 0.8)).toBeCloseTo(0.64, 15);
    expect(brier(0.5, 2)).toBe(0.25);
  });
  it('eceBin: ten equal-width bins, the last one taking 1.0', () => {
    const table: Array<[number, number]> = [
      [0, 0],
      [0.05, 0],
      [0.1, 1],
      [0.35, 3],
      [0.7, 7],
      [0.95, 9],
      [0.999999, 9],
      [1, 9],
    ];
    for (const [score, bin] of table) expect([score, eceBin(score)]).toEqual([score, bin]);
  });
  it('ece sums |sum w(label - score)| over bins and divides by the total weight', () => {
    expect(ece(Float64Array.of(0.2, -0.1, 0, 0, 0, 0, 0, 0, 0, 0), 0, 4)).toBeCloseTo(0.075, 15);
    // Read at an offset.
    expect(ece(Float64Array.of(9, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1), 2, 2)).toBe(0.5);
    expect(ece(new Float64Array(10), 0, 0)).toBeNull();
  });
});

describe('multiclass averages', () => {
  it('macroRecall: classes present in labels or decisions; a class only decided counts as recall 0', () => {
    // tp, true weight, true count, decided count per class a, b, c (c only decided, d absent).
    expect(macroRecall([2, 1, 0, 0], [4, 1, 0, 0], [4, 1, 0, 0], [3, 1, 1, 0], 0, 4)).toBeCloseTo((0.5 + 1 + 0) / 3, 15);
    expect(macroRecall([0, 0], [0, 0], [0, 0], [0, 0], 0, 2)).toBeNull();
  });
  it('macroF1: 2TP / (true + decided) per present class, averaged', () => {
    expect(macroF1([2, 0], [3, 1], [2, 2], [3, 1], [2, 2], 0, 2)).toBeCloseTo((4 / 5 + 0) / 2, 15);
    // Read at an offset (second segment of two classes).
    expect(macroF1([9, 9, 1, 1], [9, 9, 1, 1], [9, 9, 1, 1], [9, 9, 1, 1], [9, 9, 1, 1], 2, 2)).toBe(1);
  });
});

describe('regression metrics', () => {
  it('mae, rmse, bias from weighted sums', () => {
    expect(mae(6, 4)).toBe(1.5);
    expect(rmse(16, 4)).toBe(2);
    expect(bias(-2, 4)).toBe(-0.5);
    expect([mae(0, 0), rmse(0, 0), bias(0, 0)]).toEqual([null, null, null]);
  });
  it('apeTerm divides by max(|label|, eps) as sklearn: a label of 0 is not skipped', () => {
    expect(apeTerm(100, 90)).toBeCloseTo(0.1, 15);
    expect(apeTerm(-4, -3)).toBe(0.25);
    expect(apeTerm(0, 0)).toBe(0);
    expect(apeTerm(0, 0.5)).toBe(0.5 / MAPE_EPS); // 2.25e15
    expect(mape(0.3, 3)).toBeCloseTo(0.1, 15);
  });
  it('weightedMean is null without weight', () => {
    expect(weightedMean(7.5, 3)).toBe(2.5);
    expect(weightedMean(0, 0)).toBeNull();
  });
});
