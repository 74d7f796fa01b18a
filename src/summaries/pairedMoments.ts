// pairedMoments.ts: the row pass behind the paired mean test: per segment, the
// means of two per-example term columns and the moments of their paired
// influences (the PairedMoments summary). Terms come from the metrics' own
// per-example functions; this pass only sums.
import { foldCells, type Cells } from './cells.js';
import type { PairedMoments } from './types.js';

/**
 * Moments of the paired per-example influences of two term columns (NaN = missing).
 * @example
 * // terms B = [1, 2, 3], C = [2, 2, 5], one segment: mu 2 -> 3, differences [1, 0, 2]
 * // var of the change = sum((d - 1)^2)/9 * 3/2 = 1/3 = s_d^2 / n
 */
export function pairedMoments(tB: Float64Array, tC: Float64Array, weight: Float64Array | null, cells: Cells, segments: number): PairedMoments {
  const n = tB.length;
  const cellOf = cells.ofRow;
  const acc = new Float64Array(cells.count * 5);
  for (let r = 0; r < n; r++) {
    const w = weight === null ? 1 : weight[r];
    const b = tB[r];
    const c = tC[r];
    const o = cellOf[r] * 5;
    const hasB = b === b;
    const hasC = c === c;
    if (hasB) {
      acc[o] += w;
      acc[o + 1] += w * b;
    }
    if (hasC) {
      acc[o + 2] += w;
      acc[o + 3] += w * c;
    }
    if (hasB || hasC) acc[o + 4] += 1;
  }
  const seg = foldCells(acc, 5, cells, segments);
  const S = segments;
  const muB = new Float64Array(S);
  const muC = new Float64Array(S);
  const rows = new Float64Array(S);
  // 1 / total weight per model (0 where nothing is present, so those influences are 0).
  const invB = new Float64Array(S);
  const invC = new Float64Array(S);
  for (let s = 0; s < S; s++) {
    const wB = seg[s * 5];
    const wC = seg[s * 5 + 2];
    muB[s] = wB > 0 ? seg[s * 5 + 1] / wB : NaN;
    muC[s] = wC > 0 ? seg[s * 5 + 3] / wC : NaN;
    invB[s] = wB > 0 ? 1 / wB : 0;
    invC[s] = wC > 0 ? 1 / wC : 0;
    rows[s] = seg[s * 5 + 4];
  }
  const sBB = new Float64Array(S);
  const sCC = new Float64Array(S);
  const sBC = new Float64Array(S);
  const D = cells.dims;
  const segOf = cells.segmentOf;
  for (let r = 0; r < n; r++) {
    const w = weight === null ? 1 : weight[r];
    const b = tB[r];
    const c = tC[r];
    const hasB = b === b;
    const hasC = c === c;
    const cell = cellOf[r];
    for (let d = 0; d < D; d++) {
      const s = segOf[cell * D + d];
      const pb = hasB ? w * (b - muB[s]) * invB[s] : 0;
      const pc = hasC ? w * (c - muC[s]) * invC[s] : 0;
      sBB[s] += pb * pb;
      sCC[s] += pc * pc;
      sBC[s] += pb * pc;
    }
  }
  return { muB, muC, n: rows, sBB, sCC, sBC };
}
