import { describe, expect, it } from 'vitest';
import { buildCells } from '../../src/summaries/cells.js';
import { measureOffline } from '../../src/metrics/measure.js';
import { buildSegmentation } from '../../src/segments/segment.js';
import { bootstrapDecisionTable, decisionMetric, TableSummary } from '../../src/stats/decisionBootstrap.js';
import { quantileSorted } from '../../src/stats/quantile.js';
import { jointTables } from '../../src/summaries/jointTable.js';
import { Random } from '../../src/stats/random.js';
import { BINARY, MULTICLASS } from '../metrics/datasets.js';
import { close, evalData, metricsOf, rng } from '../metrics/fixtures.js';

const BINARY_DECISION = ['accuracy', 'precision', 'recall', 'f1', 'fpr', 'positive_rate', 'expected_cost'];
const MULTI_DECISION = ['accuracy', 'macro_f1', 'macro_recall', 'recall[bird]', 'recall[cat]', 'recall[dog]', 'recall[fish]'];

describe('decision metrics from the joint table', () => {
  it.each([true, false])('binary (weighted: %s): the observed table gives the measured values in every segment', (weighted) => {
    const data = evalData({ ...BINARY, weight: weighted ? BINARY.weight : null });
    const seg = buildSegmentation(data.n, data.segments, BINARY.cross);
    const S = seg.segments.length;
    const measured = measureOffline(data, seg, metricsOf(BINARY_DECISION, BINARY.costs), 'binary');
    const cells = buildCells(
      seg.dimensions.map((d) => d.rowSegment),
      data.n,
      S,
    );
    const t = jointTables(data.label, data.baseline.decision, data.candidate.decision, data.weight, 2, cells, S)!;
    const keys = Int32Array.from({ length: 8 }, (_, i) => i);
    const summary = new TableSummary(2);
    for (let s = 0; s < S; s++) {
      summary.fill(keys, t.counts.subarray(s * 8, s * 8 + 8), t.weights.subarray(s * 8, s * 8 + 8));
      for (const name of BINARY_DECISION) {
        const f = decisionMetric(name, 'binary', [], BINARY.costs)!;
        const v = measured[s].values[name];
        const where = `${seg.segments[s].id} ${name}`;
        expect(close(f(summary, 0), v.baseline) && close(f(summary, 1), v.candidate), where).toBe(true);
      }
    }
  });

  it('multiclass: the observed K^3 table gives the measured values in every segment', () => {
    const codes = (names: string[]) => names.map((x) => MULTICLASS.classes.indexOf(x));
    const data = evalData({
      ...MULTICLASS,
      label: codes(MULTICLASS.label),
      baseline: { score: MULTICLASS.label.map(() => NaN), decision: codes(MULTICLASS.baseline.decision) },
      candidate: { score: MULTICLASS.label.map(() => NaN), decision: codes(MULTICLASS.candidate.decision) },
    });
    const seg = buildSegmentation(data.n, data.segments, []);
    const S = seg.segments.length;
    const measured = measureOffline(data, seg, metricsOf(MULTI_DECISION), 'multiclass');
    const cells = buildCells(
      seg.dimensions.map((d) => d.rowSegment),
      data.n,
      S,
    );
    const K = 4;
    const T = K ** 3;
    const t = jointTables(data.label, data.baseline.decision, data.candidate.decision, data.weight, K, cells, S)!;
    const keys = Int32Array.from({ length: T }, (_, i) => i);
    const summary = new TableSummary(K);
    for (let s = 0; s < S; s++) {
      summary.fill(keys, t.counts.subarray(s * T, (s + 1) * T), t.weights.subarray(s * T, (s + 1) * T));
      for (const name of MULTI_DECISION) {
        const f = decisionMetric(name, 'multiclass', MULTICLASS.classes, undefined)!;
        const v = measured[s].values[name];
        expect(close(f(summary, 0), v.baseline) && close(f(summary, 1), v.candidate), `${seg.segments[s].id} ${name}`).toBe(true);
      }
    }
  });
});

/** Rows of a paired binary or multiclass comparison: label, baseline decision, candidate decision. */
function correlatedRows(n: number, K: number, seed: number): { y: number[]; b: number[]; c: number[] } {
  const rand = rng(seed);
  const y: number[] = [];
  const b: number[] = [];
  const c: number[] = [];
  for (let i = 0; i < n; i++) {
    const label = K === 2 ? (rand() < 0.3 ? 1 : 0) : Math.floor(rand() * K);
    const wrong = () => (K === 2 ? 1 - label : (label + 1 + Math.floor(rand() * (K - 1))) % K);
    const bb = rand() < 0.75 ? label : wrong();
    // The candidate mostly agrees with the baseline (paired), and is a little worse.
    const cc = rand() < 0.8 ? bb : rand() < 0.65 ? label : wrong();
    y.push(label);
    b.push(bb);
    c.push(cc);
  }
  return { y, b, c };
}

/** The slow, obviously correct paired bootstrap: resample rows with replacement, recompute the metric. */
function rowBootstrap(rows: { y: number[]; b: number[]; c: number[] }, K: number, names: string[], classes: string[], R: number, seed: number) {
  const rand = rng(seed);
  const n = rows.y.length;
  const T = K ** 3;
  const keys = Int32Array.from({ length: T }, (_, i) => i);
  const summary = new TableSummary(K);
  const out = names.map(() => [] as number[]);
  const fs = names.map((name) => decisionMetric(name, K === 2 ? 'binary' : 'multiclass', classes, { tp: 0, fp: 1, tn: 0, fn: 5 })!);
  for (let r = 0; r < R; r++) {
    const counts = new Float64Array(T);
    for (let i = 0; i < n; i++) {
      const j = Math.floor(rand() * n);
      counts[(rows.y[j] * K + rows.b[j]) * K + rows.c[j]] += 1;
    }
    summary.fill(keys, counts, counts);
    fs.forEach((f, k) => {
      const vb = f(summary, 0);
      const vc = f(summary, 1);
      if (vb !== null && vc !== null) out[k].push(vc - vb);
    });
  }
  return out.map((d) => {
    const sorted = Float64Array.from(d).sort();
    const mean = d.reduce((a, x) => a + x, 0) / d.length;
    const se = Math.sqrt(d.reduce((a, x) => a + (x - mean) ** 2, 0) / (d.length - 1));
    return { se, lo: quantileSorted(sorted, 0.025), hi: quantileSorted(sorted, 0.975) };
  });
}

describe('the table bootstrap against a row bootstrap', () => {
  // Both are Monte Carlo estimates of the same bootstrap distribution, with R = 4,000 each:
  // standard errors agree within ~1.5% (4 sd: 6%), 2.5% quantiles within ~0.06 se (4 sd: 0.25 se).
  const R = 4000;
  it.each([
    [2, BINARY_DECISION, [] as string[]],
    [3, ['accuracy', 'macro_f1', 'macro_recall', 'recall[b]'], ['a', 'b', 'c']],
  ])('K=%d: same standard error and percentile interval, metric by metric', (K, names, classes) => {
    const rows = correlatedRows(800, K, 11 + K);
    const slow = rowBootstrap(rows, K, names, classes, R, 99);
    const T = K ** 3;
    const counts = new Float64Array(T);
    rows.y.forEach((y, i) => (counts[(y * K + rows.b[i]) * K + rows.c[i]] += 1));
    const fs = names.map((name) => decisionMetric(name, K === 2 ? 'binary' : 'multiclass', classes, { tp: 0, fp: 1, tn: 0, fn: 5 })!);
    const fast = bootstrapDecisionTable(counts, counts, K, fs, R, new Random('table'), 0.95);
    names.forEach((name, k) => {
      const f = fast[k]!;
      const s = slow[k];
      const report = `${name}: table se ${f.se.toFixed(5)} [${f.ci.map((x) => x.toFixed(4))}], rows se ${s.se.toFixed(5)} [${s.lo.toFixed(4)}, ${s.hi.toFixed(4)}]`;
      expect(Math.abs(f.se / s.se - 1), report).toBeLessThan(0.06);
      expect(Math.abs(f.ci[0] - s.lo), report).toBeLessThan(0.25 * s.se);
      expect(Math.abs(f.ci[1] - s.hi), report).toBeLessThan(0.25 * s.se);
      expect(f.method).toBe('bootstrap');
    });
  });

  it('weights constant within a table cell: the carried mean weight is exact', () => {
    // Every row's weight depends only on its cell, so resampling counts and carrying the cell's
    // weight is the row bootstrap exactly: the weighted recall's se matches a weighted row bootstrap.
    const rows = correlatedRows(600, 2, 3);
    const cellWeight = [1, 2, 1, 3, 0.5, 1, 2, 4];
    const counts = new Float64Array(8);
    const weights = new Float64Array(8);
    rows.y.forEach((y, i) => {
      const k = (y * 2 + rows.b[i]) * 2 + rows.c[i];
      counts[k] += 1;
      weights[k] += cellWeight[k];
    });
    const f = decisionMetric('recall', 'binary', [], undefined)!;
    const fast = bootstrapDecisionTable(counts, weights, 2, [f], R, new Random('w'), 0.95)[0]!;
    const rand = rng(7);
    const keys = Int32Array.from({ length: 8 }, (_, i) => i);
    const summary = new TableSummary(2);
    const d: number[] = [];
    for (let r = 0; r < R; r++) {
      const c = new Float64Array(8);
      for (let i = 0; i < rows.y.length; i++) {
        const j = Math.floor(rand() * rows.y.length);
        c[(rows.y[j] * 2 + rows.b[j]) * 2 + rows.c[j]] += 1;
      }
      summary.fill(
        keys,
        c,
        c.map((x, k) => x * cellWeight[k]),
      );
      d.push(f(summary, 1)! - f(summary, 0)!);
    }
    const mean = d.reduce((a, x) => a + x, 0) / R;
    const se = Math.sqrt(d.reduce((a, x) => a + (x - mean) ** 2, 0) / (R - 1));
    expect(Math.abs(fast.se / se - 1)).toBeLessThan(0.06);
  });

  it('multiclass accuracy: the standard error of a paired difference of proportions, by hand', () => {
    // Paired accuracy change: per example d = [candidate right] - [baseline right]. Its plug-in
    // variance is (p+ + p- - (p+ - p-)^2) / n, with p+ the share only the candidate gets right,
    // p- the share only the baseline gets right. Table (K = 3), n = 1,000:
    //   both right: 700 rows; only the baseline right: 90; only the candidate right: 60; both wrong: 150.
    const K = 3;
    const counts = new Float64Array(27);
    const at = (y: number, b: number, c: number) => (y * K + b) * K + c;
    counts[at(0, 0, 0)] = 300;
    counts[at(1, 1, 1)] = 250;
    counts[at(2, 2, 2)] = 150;
    counts[at(0, 0, 1)] = 50; // only the baseline right
    counts[at(1, 1, 2)] = 40;
    counts[at(2, 1, 2)] = 35; // only the candidate right
    counts[at(0, 2, 0)] = 25;
    counts[at(1, 0, 2)] = 100; // both wrong
    counts[at(2, 0, 1)] = 50;
    const pPlus = 60 / 1000;
    const pMinus = 90 / 1000;
    const expected = Math.sqrt((pPlus + pMinus - (pPlus - pMinus) ** 2) / 1000); // 0.012212...
    const f = decisionMetric('accuracy', 'multiclass', ['a', 'b', 'c'], undefined)!;
    const e = bootstrapDecisionTable(counts, counts, K, [f], R, new Random('acc'), 0.95)[0]!;
    expect(Math.abs(e.se / expected - 1)).toBeLessThan(0.05);
    // The interval is around the observed change, -0.03.
    expect(e.ci[0]).toBeLessThan(-0.03);
    expect(e.ci[1]).toBeGreaterThan(-0.03);
  });

  it('is reproducible from its seed, and identical decisions give a zero interval', () => {
    const counts = Float64Array.of(40, 0, 0, 30, 10, 0, 0, 20);
    const f = [decisionMetric('recall', 'binary', [], undefined)!];
    const a = bootstrapDecisionTable(counts, counts, 2, f, 500, new Random('s'), 0.95)[0]!;
    const b = bootstrapDecisionTable(counts, counts, 2, f, 500, new Random('s'), 0.95)[0]!;
    expect(a).toEqual(b);
    expect(a.se).toBe(0);
    expect(a.ci).toEqual([0, 0]);
  });

  it('drops resamples where the metric is undefined, and gives up when most are', () => {
    // One positive in 300 rows: recall is undefined in about e^-1 = 37% of the resamples.
    const few = Float64Array.of(299, 0, 0, 0, 0, 0, 0, 1);
    const f = [decisionMetric('recall', 'binary', [], undefined)!];
    expect(bootstrapDecisionTable(few, few, 2, f, 500, new Random('x'), 0.95)[0]).not.toBeNull();
    // No positive at all: never defined.
    const none = Float64Array.of(300, 0, 0, 0, 0, 0, 0, 0);
    expect(bootstrapDecisionTable(none, none, 2, f, 500, new Random('x'), 0.95)[0]).toBeNull();
  });
});
