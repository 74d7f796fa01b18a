// Cells: the finest partition of the rows that every dimension's segments are unions of
// (one cell per combination of segments that occurs). Passes sum each row into its one
// cell, then fold the few cells into the segments, instead of touching every dimension per row.

/** Row -> segment index, one array per dimension (from `Segmentation.dimensions`). */
export type RowSegments = readonly Int32Array[];

export interface Cells {
  /** Number of cells (0 when there are no rows). */
  count: number;
  /** Row -> cell. */
  ofRow: Int32Array;
  /** Number of dimensions. */
  dims: number;
  /** `segmentOf[cell * dims + d]`: the cell's segment in dimension d. */
  segmentOf: Int32Array;
}

/** Above this many (cell, segment) pairs a dense lookup table is not worth it; a Map is used instead. */
const DENSE_LIMIT = 1 << 22;

/**
 * Numbers the combinations of segments the rows fall in, in order of first appearance
 * (so deterministic). With the usual few segment columns there are tens of cells.
 * @param segments the total number of segments (all segment indices are below it)
 * @example
 * buildCells([Int32Array.of(0, 0, 0), Int32Array.of(1, 2, 1)], 3, 3)
 * // { count: 2, ofRow: [0, 1, 0], dims: 2, segmentOf: [0, 1, 0, 2] }
 */
export function buildCells(dims: RowSegments, n: number, segments: number): Cells {
  const D = dims.length;
  const ofRow = new Int32Array(n);
  let count = n > 0 ? 1 : 0;
  // Per dimension, for each new cell: the cell it refined and its segment in that dimension.
  const parents: Int32Array[] = [];
  const segs: Int32Array[] = [];
  for (let d = 0; d < D; d++) {
    const rs = dims[d];
    let next = 0;
    const parent: number[] = [];
    const seg: number[] = [];
    if (count * segments <= DENSE_LIMIT) {
      const table = new Int32Array(count * segments).fill(-1);
      for (let r = 0; r < n; r++) {
        const s = rs[r];
        const key = ofRow[r] * segments + s;
        let c = table[key];
        if (c < 0) {
          c = table[key] = next++;
          parent.push(ofRow[r]);
          seg.push(s);
        }
        ofRow[r] = c;
      }
    } else {
      const table = new Map<number, number>();
      for (let r = 0; r < n; r++) {
        const s = rs[r];
        const key = ofRow[r] * segments + s;
        let c = table.get(key);
        if (c === undefined) {
          c = next++;
          table.set(key, c);
          parent.push(ofRow[r]);
          seg.push(s);
        }
        ofRow[r] = c;
      }
    }
    parents.push(Int32Array.from(parent));
    segs.push(Int32Array.from(seg));
    count = next;
  }
  const segmentOf = new Int32Array(count * D);
  for (let c = 0; c < count; c++) {
    let cur = c;
    for (let d = D - 1; d >= 0; d--) {
      segmentOf[c * D + d] = segs[d][cur];
      cur = parents[d][cur];
    }
  }
  return { count, ofRow, dims: D, segmentOf };
}

/**
 * Folds per-cell sums (`width` numbers per cell) into per-segment sums (`width` per segment):
 * each cell adds into its segment of every dimension.
 */
export function foldCells(cellSums: Float64Array, width: number, cells: Cells, segments: number): Float64Array {
  const out = new Float64Array(segments * width);
  const D = cells.dims;
  for (let c = 0; c < cells.count; c++) {
    for (let d = 0; d < D; d++) {
      const o = cells.segmentOf[c * D + d] * width;
      const i = c * width;
      for (let k = 0; k < width; k++) out[o + k] += cellSums[i + k];
    }
  }
  return out;
}
