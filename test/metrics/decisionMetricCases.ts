// Shared helpers for the tests of single decision metrics: measure one metric on
// rows (through measureOffline, and through the joint table the bootstrap
// resamples), and a direct row-by-row implementation to cross-check against.
import { expect } from 'vitest';
import { measureOffline } from '../../src/metrics/measure.js';
import { buildSegmentation } from '../../src/segments/segment.js';
import { decisionMetric } from '../../src/stats/decisionBootstrap.js';
import { buildCells, jointTables, TableSummary } from '../../src/summaries/index.js';
import { close, evalData, metricsOf } from './fixtures.js';

export interface Case {
  y: number[];
  pred: number[];
  w?: number[];
  K: number;
}

/** The row-by-row weighted confusion matrix C[true][pred]. */
export function confusionOf(c: Case): number[][] {
  const C = Array.from({ length: c.K }, () => new Array<number>(c.K).fill(0));
  c.y.forEach((y, i) => (C[y][c.pred[i]] += c.w ? c.w[i] : 1));
  return C;
}

/**
 * The metric of `c`'s predictions as the candidate (the baseline predicts the label),
 * measured two ways: measureOffline and the joint-table view the bootstrap reads. Both must agree.
 */
export function measureBothWays(name: string, c: Case): number | null {
  const task = c.K === 2 ? 'binary' : 'multiclass';
  const classes = task === 'multiclass' ? Array.from({ length: c.K }, (_, k) => `c${k}`) : [];
  const data = evalData({
    label: c.y,
    weight: c.w ?? null,
    classes,
    baseline: { score: c.y.map((y) => (task === 'binary' ? y : NaN)), decision: c.y },
    candidate: { score: c.pred.map((p) => (task === 'binary' ? p : NaN)), decision: c.pred },
  });
  const seg = buildSegmentation(data.n, [], []);
  const measured = measureOffline(data, seg, metricsOf([name]), task)[0].values[name].candidate;
  const cells = buildCells(
    seg.dimensions.map((d) => d.rowSegment),
    data.n,
    seg.segments.length,
  );
  const T = c.K ** 3;
  const t = jointTables(data.label, data.baseline.decision, data.candidate.decision, data.weight, c.K, cells, 1)!;
  const summary = new TableSummary(c.K);
  summary.fill(
    Int32Array.from({ length: T }, (_, i) => i),
    t.counts,
    t.weights,
  );
  const fromTable = decisionMetric(name, task, classes, undefined)!(summary, 1);
  expect(close(fromTable, measured, 1e-12), `${name}: table ${fromTable} vs measured ${measured}`).toBe(true);
  return measured;
}

/** Random rows with K classes, the prediction right with probability `p`, weights optional. */
export function randomCase(K: number, n: number, rand: () => number, weighted: boolean, p = 0.6): Case {
  const y: number[] = [];
  const pred: number[] = [];
  const w: number[] = [];
  for (let i = 0; i < n; i++) {
    const label = Math.floor(rand() * K);
    y.push(label);
    pred.push(rand() < p ? label : Math.floor(rand() * K));
    w.push(0.5 + 2 * rand());
  }
  return { y, pred, K, w: weighted ? w : undefined };
}
