// jointTable.ts: the sufficient statistics of every decision metric in a
// segment: the joint table of (label, baseline decision, candidate decision),
// row counts and weight sums per table cell, for every segment in one pass
// over the rows (summed per cell of segments, then folded; see src/summaries/cells.ts).
import type { Codes } from '../io/index.js';
import { foldCells, type Cells } from './cells.js';
import type { JointTables } from './types.js';

/** Above this many numbers the tables are not built (K^3 x cells); the decision tests are skipped. */
export const JOINT_TABLE_LIMIT = 1 << 24;

/**
 * Builds every segment's joint table.
 * @param label class codes 0..K-1 (binary: 0/1)
 * @param decisionB the baseline's decided class per row, likewise the candidate's
 * @returns null when the tables would be too large (K^3 x cells > JOINT_TABLE_LIMIT)
 * @example
 * // rows (y, b, c) = (1, 1, 0), (1, 1, 1), (0, 0, 0), one segment:
 * jointTables(Float64Array.of(1, 1, 0), Float64Array.of(1, 1, 0), Float64Array.of(0, 1, 0), null, 2, cells, 1)
 * // counts: cell 0 (0,0,0) = 1, cell 6 (1,1,0) = 1, cell 7 (1,1,1) = 1
 */
export function jointTables(label: Codes, decisionB: Codes, decisionC: Codes, weight: Float64Array | null, K: number, cells: Cells, segments: number): JointTables | null {
  const T = K * K * K;
  if (T * Math.max(cells.count, segments) * 2 > JOINT_TABLE_LIMIT) return null;
  const W = 2 * T;
  const acc = new Float64Array(cells.count * W);
  const cellOf = cells.ofRow;
  const n = label.length;
  for (let r = 0; r < n; r++) {
    const key = (label[r] * K + decisionB[r]) * K + decisionC[r];
    if (!(key >= 0 && key < T)) throw new Error(`jointTables: row ${r} has label/decisions outside [0, ${K})`);
    const o = cellOf[r] * W + 2 * key;
    acc[o] += 1;
    acc[o + 1] += weight === null ? 1 : weight[r];
  }
  const folded = foldCells(acc, W, cells, segments);
  const counts = new Float64Array(segments * T);
  const weights = new Float64Array(segments * T);
  for (let i = 0; i < segments * T; i++) {
    counts[i] = folded[2 * i];
    weights[i] = folded[2 * i + 1];
  }
  return { K, counts, weights };
}
