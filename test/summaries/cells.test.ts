// Cells: the finest partition of rows across dimensions, and folding cell sums into segments.
import { describe, expect, it } from 'vitest';
import { buildCells, foldCells } from '../../src/summaries/cells.js';
import { rng } from '../metrics/fixtures.js';

describe('buildCells', () => {
  it('numbers the combinations of segments in order of first appearance', () => {
    // Dimension 0: overall (segment 0); 1: a=x (1) / a=y (2); 2: b=u (3) / b=v (4).
    const dims = [Int32Array.of(0, 0, 0, 0, 0), Int32Array.of(2, 1, 2, 2, 1), Int32Array.of(3, 3, 4, 3, 3)];
    const cells = buildCells(dims, 5, 5);
    expect(cells.count).toBe(3);
    expect(Array.from(cells.ofRow)).toEqual([0, 1, 2, 0, 1]);
    expect(Array.from(cells.segmentOf)).toEqual([0, 2, 3, /* cell 1 */ 0, 1, 3, /* cell 2 */ 0, 2, 4]);
  });

  it('has no cells without rows', () => {
    const cells = buildCells([new Int32Array(0)], 0, 1);
    expect(cells.count).toBe(0);
  });

  it('gives the same cells through its Map path (too many combinations for a dense table)', () => {
    // 4000 rows, two columns of 2500 values each: 5001 segments; after the first column
    // there are ~1800 cells, and 1800 x 5001 pairs exceed the dense table's limit.
    const n = 4000;
    const rand = rng(3);
    const a = Int32Array.from({ length: n }, () => 1 + Math.floor(rand() * 2500));
    const b = Int32Array.from({ length: n }, () => 2501 + Math.floor(rand() * 2500));
    const cells = buildCells([new Int32Array(n), a, b], n, 5001);
    // Every row's cell maps back to the row's own segments.
    for (let r = 0; r < n; r++) {
      const c = cells.ofRow[r];
      expect([cells.segmentOf[3 * c], cells.segmentOf[3 * c + 1], cells.segmentOf[3 * c + 2]]).toEqual([0, a[r], b[r]]);
    }
    // And distinct (a, b) pairs are distinct cells.
    const pairs = new Set(Array.from(a, (x, r) => `${x},${b[r]}`));
    expect(cells.count).toBe(pairs.size);
  });
});

describe('foldCells', () => {
  it('adds every cell into its segment of every dimension', () => {
    const dims = [Int32Array.of(0, 0, 0), Int32Array.of(1, 2, 1)];
    const cells = buildCells(dims, 3, 3);
    // Two numbers per cell: cell 0 (rows 0, 2) and cell 1 (row 1).
    const out = foldCells(Float64Array.of(1, 10, 2, 20), 2, cells, 3);
    expect(Array.from(out)).toEqual([3, 30, 1, 10, 2, 20]);
  });
});
