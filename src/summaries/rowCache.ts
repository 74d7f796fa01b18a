// What the offline passes derive from the rows and more than one of them needs:
// each row's cell (cells.ts), and each model's rows in score order with what the
// ranking walks read, laid out in that order (auc and pr_auc here; DeLong and
// the pr_auc jackknife in src/stats/rankingWalk.ts). Built on first use and
// shared, once per run, by measureOffline and the statistics
// (src/stats/paired.ts), so the rows are sorted once per model.
import type { Codes } from '../io/index.js';
import type { EvalData } from '../io/index.js';
import type { Segmentation } from '../segments/index.js';
import { sortWithRuns } from '../sort/index.js';
import { buildCells, type Cells } from './cells.js';

/** One model's rows in ascending order of score, and what the walks over them read, in that order. */
export interface ScoreOrder {
  /** Row indices, ties in row order. */
  rows: Int32Array;
  /** 1 at position k when its score equals the one at k - 1: runs of 1s continue a group of ties. */
  tied: Uint8Array;
  /** The row's cell * 2 + its label (1 positive, 0 negative). */
  cellLabel: Int32Array;
  /** The row's weight; null without weights. */
  weight: Float64Array | null;
}

/**
 * Sorts one model's rows by score and lays out their cell, label and weight in that order
 * (read once at random here, so every walk after reads them in sequence).
 * @example scoreOrder(Float64Array.of(0.9, 0.2), Float64Array.of(1, 0), null, cells).rows // Int32Array [1, 0]
 */
export function scoreOrder(score: Float64Array, label: Codes, weight: Float64Array | null, cells: Cells): ScoreOrder {
  const { order: rows, tied } = sortWithRuns(score);
  const n = rows.length;
  const cellOf = cells.ofRow;
  const cellLabel = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const r = rows[k];
    cellLabel[k] = cellOf[r] * 2 + (label[r] === 1 ? 1 : 0);
  }
  let w: Float64Array | null = null;
  if (weight !== null) {
    w = new Float64Array(n);
    for (let k = 0; k < n; k++) w[k] = weight[rows[k]];
  }
  return { rows, tied, cellLabel, weight: w };
}

export class RowCache {
  private builtCells: Cells | null = null;
  private readonly orders: [ScoreOrder | null, ScoreOrder | null] = [null, null];

  constructor(
    readonly data: EvalData,
    readonly segmentation: Segmentation,
  ) {}

  /** Each row's cell of the segmentation. */
  get cells(): Cells {
    this.builtCells ??= buildCells(
      this.segmentation.dimensions.map((d) => d.rowSegment),
      this.data.n,
      this.segmentation.segments.length,
    );
    return this.builtCells;
  }

  /** Model m's (0 baseline, 1 candidate) rows in ascending order of score (binary task: labels 0/1). */
  scoreOrder(m: 0 | 1): ScoreOrder {
    const d = this.data;
    this.orders[m] ??= scoreOrder(m === 0 ? d.baseline.score : d.candidate.score, d.label, d.weight, this.cells);
    return this.orders[m];
  }

  /** Throws unless the cache was built for these rows and segments (another's would give wrong sums without a sign). */
  assertFor(data: EvalData, segmentation: Segmentation, caller: string): void {
    if (data !== this.data || segmentation !== this.segmentation) throw new Error(`${caller}: the row cache was built for other data or segments`);
  }
}
