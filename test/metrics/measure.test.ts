// measureOffline against scikit-learn 1.9.1 reference values (test/metrics/sklearnValues.ts,
// computed by test/metrics/sklearn_reference.py on test/metrics/datasets.ts), per segment,
// including crosses, one-class segments, a segment with no rows, ties and weights.
import { describe, expect, it } from 'vitest';
import type { EvalData } from '../../src/io/types.js';
import { measureOffline } from '../../src/metrics/measure.js';
import type { SegmentMetrics } from '../../src/metrics/types.js';
import { buildSegmentation } from '../../src/segments/segment.js';
import { BINARY, MULTICLASS, REGRESSION } from './datasets.js';
import { BINARY_METRICS, close, evalData, metricsOf } from './fixtures.js';
import { binaryUnweighted, binaryWeighted, multiclassWeighted, regressionWeighted, type Reference } from './sklearnValues.js';

function expectMatches(result: SegmentMetrics[], reference: Reference, names: string[]): void {
  expect(result.map((r) => r.segment.id)).toEqual(Object.keys(reference));
  for (const r of result) {
    const ref = reference[r.segment.id];
    for (const name of names) {
      const [b, c] = ref === null ? [null, null] : ref[name];
      const got = r.values[name];
      const where = `${r.segment.id} ${name}: got ${got.baseline}, ${got.candidate}; sklearn ${b}, ${c}`;
      expect(close(got.baseline, b) && close(got.candidate, c), where).toBe(true);
    }
  }
}

const binaryData = (weighted: boolean): EvalData => evalData({ ...BINARY, weight: weighted ? BINARY.weight : null });

describe('measureOffline, binary', () => {
  const names = BINARY_METRICS;
  const configs = metricsOf(names, BINARY.costs);

  it('matches scikit-learn in every segment, with weights', () => {
    const data = binaryData(true);
    const seg = buildSegmentation(data.n, data.segments, BINARY.cross);
    expectMatches(measureOffline(data, seg, configs, 'binary'), binaryWeighted, names);
  });

  it('matches scikit-learn in every segment, without weights', () => {
    const data = binaryData(false);
    const seg = buildSegmentation(data.n, data.segments, BINARY.cross);
    expectMatches(measureOffline(data, seg, configs, 'binary'), binaryUnweighted, names);
  });

  it('reports n, weight and unweighted positives per segment', () => {
    const data = binaryData(true);
    const seg = buildSegmentation(data.n, data.segments, BINARY.cross);
    const byId = Object.fromEntries(measureOffline(data, seg, configs, 'binary').map((r) => [r.segment.id, r]));
    // Counted from datasets.ts: N has 10 rows (5 positives, weight 13.5), S 8 (4, 10), E 6 (0, 6.5).
    expect([byId.overall.n, byId.overall.positives, byId.overall.weight]).toEqual([24, 9, 30]);
    expect([byId['region=N'].n, byId['region=N'].positives, byId['region=N'].weight]).toEqual([10, 5, 13.5]);
    expect([byId['region=S'].n, byId['region=S'].positives, byId['region=S'].weight]).toEqual([8, 4, 10]);
    expect([byId['region=E'].n, byId['region=E'].positives, byId['region=E'].weight]).toEqual([6, 0, 6.5]);
    expect([byId['region=W'].n, byId['region=W'].positives, byId['region=W'].weight]).toEqual([0, 0, 0]);
    expect([byId['region=S&device=web'].n, byId['region=S&device=web'].positives]).toEqual([4, 3]);
  });

  it('gives null, never 0 or NaN, where a metric is undefined (the one-class and all-decided cases)', () => {
    const data = binaryData(true);
    const seg = buildSegmentation(data.n, data.segments, BINARY.cross);
    const byId = Object.fromEntries(measureOffline(data, seg, configs, 'binary').map((r) => [r.segment.id, r.values]));
    // Region E has no positives; the baseline decides nothing positive there.
    expect(byId['region=E'].auc).toEqual({ baseline: null, candidate: null });
    expect(byId['region=E'].pr_auc).toEqual({ baseline: null, candidate: null });
    expect(byId['region=E'].recall).toEqual({ baseline: null, candidate: null });
    expect(byId['region=E'].precision).toEqual({ baseline: null, candidate: 0 });
    // f1: undefined (2TP + FP + FN = 0) for the baseline; sklearn's number 0 for the candidate (FP > 0).
    expect(byId['region=E'].f1).toEqual({ baseline: null, candidate: 0 });
    // The candidate decides every row of S positive: fpr 1, positive rate 1, recall 1.
    expect(byId['region=S'].fpr.candidate).toBe(1);
    expect(byId['region=S'].positive_rate.candidate).toBe(1);
    expect(byId['region=S'].recall.candidate).toBe(1);
    // W has no rows: everything null.
    for (const name of names) expect(byId['region=W'][name]).toEqual({ baseline: null, candidate: null });
  });
});

describe('measureOffline, hand-computed', () => {
  // Baseline: labels 1 0 1 0, scores .8 .8 .6 .2, decisions 1 1 0 0 -> TP FP FN TN one each.
  // Candidate: every score tied at .5, every decision 1 -> TP 2, FP 2.
  const data = evalData({
    label: [1, 0, 1, 0],
    baseline: { score: [0.8, 0.8, 0.6, 0.2], decision: [1, 1, 0, 0] },
    candidate: { score: [0.5, 0.5, 0.5, 0.5], decision: [1, 1, 1, 1] },
  });
  const costs = { tp: 0, fp: 1, tn: 0.25, fn: 5 };
  const seg = buildSegmentation(4, [], []);
  const v = measureOffline(data, seg, metricsOf(BINARY_METRICS, costs), 'binary')[0].values;
  const table: Array<[string, number, number]> = [
    ['accuracy', 0.5, 0.5],
    ['precision', 0.5, 0.5],
    ['recall', 0.5, 1],
    ['f1', 0.5, 4 / 6], // 2TP / (2TP + FP + FN)
    ['fpr', 0.5, 1],
    ['positive_rate', 0.5, 1],
    ['expected_cost', (0 + 1 + 0.25 + 5) / 4, (2 * 0 + 2 * 1) / 4],
    // Pairs (positive, negative): (.8,.8) tie = 1/2, (.8,.2) 1, (.6,.8) 0, (.6,.2) 1 -> 2.5 / 4. All tied: 1/2.
    ['auc', 0.625, 0.5],
    // Thresholds .8: P 1/2, R 1/2; .6: P 2/3, R 1 -> 1/2 * 1/2 + 1/2 * 2/3. All tied: the prevalence.
    ['pr_auc', 0.25 + 1 / 3, 0.5],
    ['log_loss', -(Math.log(0.8) + Math.log(0.2) + Math.log(0.6) + Math.log(0.8)) / 4, Math.log(2)],
    ['brier', (0.04 + 0.64 + 0.16 + 0.04) / 4, 0.25],
    // Bins 8: (1-.8)+(0-.8) = -.6; 6: .4; 2: -.2 -> (.6 + .4 + .2) / 4. Candidate, bin 5: 2*.5 - 2*.5 = 0.
    ['ece', 0.3, 0],
  ];
  for (const [name, b, c] of table) {
    it(`${name} = ${b.toFixed(4)} / ${c.toFixed(4)}`, () => {
      expect(v[name].baseline).toBeCloseTo(b, 12);
      expect(v[name].candidate).toBeCloseTo(c, 12);
    });
  }

  it('clips probabilities of exactly 0 and 1 in log_loss as sklearn (eps = 2.22e-16)', () => {
    const d = evalData({
      label: [1, 0],
      baseline: { score: [0, 1], decision: [0, 1] },
      candidate: { score: [1, 0], decision: [1, 0] },
    });
    const r = measureOffline(d, buildSegmentation(2, [], []), metricsOf(['log_loss']), 'binary')[0].values.log_loss;
    expect(r.baseline).toBeCloseTo(-Math.log(2.220446049250313e-16), 10); // 36.04365338911715
    expect(r.candidate).toBeCloseTo(-Math.log(1 - 2.220446049250313e-16), 25); // 2.22e-16
  });
});

describe('measureOffline, ties', () => {
  it('ties only equal scores: values differing in their last bits rank apart, -0 ties with 0', () => {
    // 0.5 + 1e-15 and 0.5 share the high 32 bits of their float64 pattern.
    const d = evalData({
      label: [1, 0, 1, 0],
      baseline: { score: [0.5 + 1e-15, 0.5, 0.2, 0.1], decision: [1, 1, 0, 0] },
      candidate: { score: [0, -0, 0.3, 0.3], decision: [0, 0, 0, 0] },
    });
    const v = measureOffline(d, buildSegmentation(4, [], []), metricsOf(['auc', 'pr_auc']), 'binary')[0].values;
    // Baseline pairs: (.5+, .5) 1, (.5+, .1) 1, (.2, .5) 0, (.2, .1) 1 -> 3/4.
    expect(v.auc.baseline).toBeCloseTo(0.75, 12);
    // Candidate: (0, -0) tie 1/2, (0, .3) 0, (.3, -0) 1, (.3, .3) tie 1/2 -> 2/4.
    expect(v.auc.candidate).toBeCloseTo(0.5, 12);
    // Baseline AP: thresholds .5+: P 1, R 1/2; .5: -; .2: P 2/3, R 1 -> 1/2 + 1/3.
    expect(v.pr_auc.baseline).toBeCloseTo(0.5 + 1 / 3, 12);
  });
});

describe('measureOffline, degenerate inputs', () => {
  it('gives n = 0 and every metric null on an empty dataset', () => {
    const d = evalData({ label: [], baseline: { score: [] }, candidate: { score: [] } });
    const [overall] = measureOffline(d, buildSegmentation(0, [], []), metricsOf(BINARY_METRICS, { tp: 0, fp: 1, tn: 0, fn: 1 }), 'binary');
    expect([overall.n, overall.weight, overall.positives]).toEqual([0, 0, 0]);
    for (const name of BINARY_METRICS) expect(overall.values[name]).toEqual({ baseline: null, candidate: null });
  });

  it('gives every metric null in a segment whose weights are all 0', () => {
    const d = evalData({
      label: [1, 0, 1, 0],
      weight: [1, 1, 0, 0],
      baseline: { score: [0.9, 0.1, 0.8, 0.2], decision: [1, 0, 1, 0] },
      candidate: { score: [0.9, 0.1, 0.8, 0.2], decision: [1, 0, 1, 0] },
      segments: { g: ['a', 'a', 'b', 'b'] },
    });
    const out = measureOffline(d, buildSegmentation(4, d.segments, []), metricsOf(BINARY_METRICS, { tp: 0, fp: 1, tn: 0, fn: 1 }), 'binary');
    const b = out.find((r) => r.segment.id === 'g=b')!;
    expect([b.n, b.weight, b.positives]).toEqual([2, 0, 1]);
    for (const name of BINARY_METRICS) expect(b.values[name]).toEqual({ baseline: null, candidate: null });
    expect(out[0].values.auc).toEqual({ baseline: 1, candidate: 1 });
  });

  it('rejects metric names the task does not have, and expected_cost without costs, with every issue', () => {
    const d = evalData({ label: [1], baseline: { score: [1] }, candidate: { score: [1] } });
    const seg = buildSegmentation(1, [], []);
    expect(() => measureOffline(d, seg, metricsOf(['mae', 'expected_cost', 'recall[x]']), 'binary')).toThrow(
      /metrics\.mae: "mae" is not a metric for task binary; valid: accuracy, precision.*\n.*metrics\.expected_cost\.costs.*\n.*metrics\.recall\[x\]/,
    );
  });

  it('refuses a score outside [0, 1] when a score metric is configured, and ignores scores otherwise', () => {
    const d = evalData({ label: [1, 0], baseline: { score: [0.5, NaN], decision: [1, 0] }, candidate: { score: [0.5, 0.5], decision: [1, 0] } });
    const seg = buildSegmentation(2, [], []);
    expect(() => measureOffline(d, seg, metricsOf(['brier']), 'binary')).toThrow('measureOffline: baseline score of row 1 is NaN; expected a probability in [0, 1]');
    expect(measureOffline(d, seg, metricsOf(['accuracy']), 'binary')[0].values.accuracy.baseline).toBe(1);
  });

  it('refuses labels or decisions that are not 0/1 for a binary task (a reader bug, not a user error)', () => {
    const d = evalData({ label: [1, 2], baseline: { score: [0.5, 0.5], decision: [1, 0] }, candidate: { score: [0.5, 0.5], decision: [1, 0] } });
    expect(() => measureOffline(d, buildSegmentation(2, [], []), metricsOf(['accuracy']), 'binary')).toThrow('measureOffline: label of row 1 is 2; expected 0 or 1');
  });
});

describe('measureOffline, multiclass', () => {
  const codes = (names: string[]) => names.map((x) => MULTICLASS.classes.indexOf(x));
  const data = evalData({
    ...MULTICLASS,
    label: codes(MULTICLASS.label),
    baseline: { score: MULTICLASS.label.map(() => NaN), decision: codes(MULTICLASS.baseline.decision) },
    candidate: { score: MULTICLASS.label.map(() => NaN), decision: codes(MULTICLASS.candidate.decision) },
  });
  const names = ['accuracy', 'macro_f1', 'macro_recall', 'recall[bird]', 'recall[cat]', 'recall[dog]', 'recall[fish]', 'recall[zebra]'];

  it('matches scikit-learn in every segment (macro over the classes present in the segment, zero_division as sklearn)', () => {
    const seg = buildSegmentation(data.n, data.segments, []);
    const out = measureOffline(data, seg, metricsOf(names), 'multiclass');
    expectMatches(out, multiclassWeighted, names);
    expect(out.map((r) => r.positives)).toEqual([null, null, null, null]);
  });

  it('hand-computed: macro recall counts a class only predicted as recall 0, macro f1 as F1 0', () => {
    // labels a a b, decisions a c b (c never a label): recalls a 1/2, b 1, c 0/0 -> 0; F1 a 2/3, b 1, c 0.
    const d = evalData({
      label: [0, 0, 1],
      classes: ['a', 'b', 'c'],
      baseline: { score: [NaN, NaN, NaN], decision: [0, 2, 1] },
      candidate: { score: [NaN, NaN, NaN], decision: [0, 0, 1] },
    });
    const v = measureOffline(d, buildSegmentation(3, [], []), metricsOf(['macro_recall', 'macro_f1', 'recall[c]']), 'multiclass')[0].values;
    expect(v.macro_recall.baseline).toBeCloseTo(1.5 / 3, 12);
    expect(v.macro_f1.baseline).toBeCloseTo((2 / 3 + 1 + 0) / 3, 12);
    // The candidate never mentions c: macro over a and b only.
    expect(v.macro_recall.candidate).toBeCloseTo(1, 12);
    expect(v.macro_f1.candidate).toBeCloseTo(1, 12);
    expect(v['recall[c]']).toEqual({ baseline: null, candidate: null });
  });
});

describe('measureOffline, regression', () => {
  const data = evalData(REGRESSION);
  const names = ['mae', 'rmse', 'mape', 'bias'];

  it('matches scikit-learn in every segment, mape included where a label is 0 (divided by eps)', () => {
    const seg = buildSegmentation(data.n, data.segments, []);
    const out = measureOffline(data, seg, metricsOf(names), 'regression');
    expectMatches(out, regressionWeighted, names);
    expect(out[0].values.mape.baseline).toBeGreaterThan(1e14);
  });
});

describe('measureOffline, mean[X]', () => {
  it('is the weighted mean per model, leaving out missing (NaN) values', () => {
    const d = evalData({
      label: [1, 2, 3, 4],
      weight: [1, 3, 2, 2],
      baseline: { score: [1, 2, 3, 4] },
      candidate: { score: [1, 2, 3, 4] },
      segments: { g: ['a', 'a', 'b', 'b'] },
      numeric: { judge: { baseline: [4, 2, NaN, NaN], candidate: [1, NaN, 5, 3] } },
    });
    const out = measureOffline(d, buildSegmentation(4, d.segments, []), { 'mean[judge]': { rule: { severity: 'fail' }, direction: 'higher' } }, 'regression');
    const v = Object.fromEntries(out.map((r) => [r.segment.id, r.values['mean[judge]']]));
    expect(v.overall).toEqual({ baseline: (4 + 6) / 4, candidate: (1 + 10 + 6) / 5 });
    expect(v['g=a']).toEqual({ baseline: 10 / 4, candidate: 1 });
    expect(v['g=b']).toEqual({ baseline: null, candidate: 16 / 4 });
  });
});
