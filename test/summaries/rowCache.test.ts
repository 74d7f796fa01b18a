// The row cache: one model's rows laid out in score order (what the ranking walks read), and
// the sharing contract: measuring and the statistics give the same results with one cache as
// each with its own, and each model is sorted once.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import { buildCells } from '../../src/summaries/cells.js';
import { measureOffline } from '../../src/metrics/measure.js';
import { RowCache, scoreOrder } from '../../src/summaries/rowCache.js';
import { buildSegmentation } from '../../src/segments/segment.js';
import { estimateChanges } from '../stats/offline.js';
import { BINARY_METRICS, evalData, metricsOf, rng } from '../metrics/fixtures.js';

describe('scoreOrder', () => {
  it('lays out rows, ties, cell and label, and weights in ascending score order (ties stable, -0 = 0)', () => {
    const rand = rng(1);
    const n = 5000;
    const score = Float64Array.from({ length: n }, (_, i) => (i % 97 === 0 ? -0 : i % 89 === 0 ? 0 : Math.round(rand() * 400) / 400));
    const label = Float64Array.from({ length: n }, () => (rand() < 0.3 ? 1 : 0));
    const weight = Float64Array.from({ length: n }, (_, i) => i / 7);
    const region = Int32Array.from({ length: n }, () => Math.floor(rand() * 3));
    const cells = buildCells([new Int32Array(n), region], n, 4);
    const s = scoreOrder(score, label, weight, cells);
    const norm = (x: number) => (Object.is(x, -0) ? 0 : x);
    const ref = Array.from({ length: n }, (_, i) => i).sort((a, b) => norm(score[a]) - norm(score[b]) || a - b);
    expect(Array.from(s.rows)).toEqual(ref);
    expect(Array.from(s.tied)).toEqual(ref.map((r, k) => (k > 0 && score[r] === score[ref[k - 1]] ? 1 : 0)));
    expect(Array.from(s.cellLabel)).toEqual(ref.map((r) => cells.ofRow[r] * 2 + label[r]));
    expect(Array.from(s.weight!)).toEqual(ref.map((r) => r / 7));
    expect(scoreOrder(score, label, null, cells).weight).toBeNull();
  });
});

describe('RowCache', () => {
  const rand = rng(4);
  const n = 3000;
  const region = Array.from({ length: n }, () => ['a', 'b', 'c'][Math.floor(rand() * 3)]);
  const label = Array.from({ length: n }, () => (rand() < 0.3 ? 1 : 0));
  const sB = label.map((y) => Math.round((0.6 * rand() + 0.3 * y) * 100) / 100);
  const sC = label.map((y) => Math.round((0.6 * rand() + 0.35 * y) * 100) / 100);
  const data = evalData({
    label,
    weight: label.map(() => 0.5 + rand()),
    baseline: { score: sB, decision: sB.map((x) => (x >= 0.5 ? 1 : 0)) },
    candidate: { score: sC, decision: sC.map((x) => (x >= 0.5 ? 1 : 0)) },
    segments: { region },
  });
  const seg = buildSegmentation(n, data.segments, []);
  const metrics = metricsOf(BINARY_METRICS, { tp: 0, fp: 1, tn: 0, fn: 5 });
  const config = parseConfig(
    `task: binary
columns: { segments: [region] }
segments: { min_samples: 10 }
statistics: { resamples: 200 }
metrics:
  auc: { max_drop: 0.01 }
  pr_auc: { max_drop: 0.01 }
  recall: { max_drop: 1pp }
  log_loss: { max_increase: 2% }
`,
    'test',
  );

  it('gives measuring and the statistics the same results as their own caches, sorting each model once', () => {
    const rows = new RowCache(data, seg);
    const measured = measureOffline(data, seg, metrics, 'binary', rows);
    const orders = [rows.scoreOrder(0), rows.scoreOrder(1)];
    const cells = rows.cells;
    expect(measured).toEqual(measureOffline(data, seg, metrics, 'binary'));
    const shared = estimateChanges(data, seg, measured, config, rows);
    expect(shared).toEqual(estimateChanges(data, seg, measured, config));
    expect([rows.scoreOrder(0), rows.scoreOrder(1)]).toEqual(orders);
    expect(rows.scoreOrder(0)).toBe(orders[0]);
    expect(rows.scoreOrder(1)).toBe(orders[1]);
    expect(rows.cells).toBe(cells);
  });

  it('refuses to serve other data or segments', () => {
    const rows = new RowCache(data, seg);
    const other = buildSegmentation(n, data.segments, []);
    expect(() => measureOffline(data, other, metrics, 'binary', rows)).toThrow(/row cache was built for other data or segments/);
    expect(() => estimateChanges({ ...data }, seg, [], config, rows)).toThrow(/row cache was built for other data or segments/);
  });
});
