// eceJackknife.ts: the leave-one-group-out ECE of both models for every segment,
// from one pass that sums w * (label - score) per calibration bin per (cell, group).
// The jackknife (jackknife.ts) turns them into a standard error of the ECE change.
import { foldCells, type Cells } from '../metrics/cells.js';
import { ECE_BINS, eceBin } from '../metrics/ece.js';

/** Per segment x group: the weight, then per model (B, C) the bin sums; `WIDTH` numbers each. */
const WIDTH = 1 + 2 * ECE_BINS;

export interface EceGroups {
  groups: number;
  /** At `(segment * groups + group) * WIDTH`. */
  sums: Float64Array;
}

/** One pass over the rows. */
export function eceGroupSums(
  scoreB: Float64Array,
  scoreC: Float64Array,
  label: Float64Array,
  weight: Float64Array | null,
  group: Uint8Array,
  groups: number,
  cells: Cells,
  segments: number,
): EceGroups {
  const width = groups * WIDTH;
  const acc = new Float64Array(cells.count * width);
  const cellOf = cells.ofRow;
  for (let r = 0; r < label.length; r++) {
    const w = weight === null ? 1 : weight[r];
    const y = label[r];
    const o = cellOf[r] * width + group[r] * WIDTH;
    acc[o] += w;
    acc[o + 1 + eceBin(scoreB[r])] += w * (y - scoreB[r]);
    acc[o + 1 + ECE_BINS + eceBin(scoreC[r])] += w * (y - scoreC[r]);
  }
  return { groups, sums: foldCells(acc, width, cells, segments) };
}

/**
 * Segment s's ECE change (candidate - baseline) with each group left out; NaN where the rest weighs 0.
 * @example eceChangeWithout(groups, 0) // Float64Array of G changes
 */
export function eceChangeWithout(e: EceGroups, s: number): Float64Array {
  const G = e.groups;
  const base = s * G * WIDTH;
  const total = new Float64Array(WIDTH);
  for (let g = 0; g < G; g++) for (let k = 0; k < WIDTH; k++) total[k] += e.sums[base + g * WIDTH + k];
  const out = new Float64Array(G);
  for (let g = 0; g < G; g++) {
    const o = base + g * WIDTH;
    const w = total[0] - e.sums[o];
    if (!(w > 1e-12 * total[0])) {
      out[g] = NaN;
      continue;
    }
    let eb = 0;
    let ec = 0;
    for (let b = 0; b < ECE_BINS; b++) {
      eb += Math.abs(total[1 + b] - e.sums[o + 1 + b]);
      ec += Math.abs(total[1 + ECE_BINS + b] - e.sums[o + 1 + ECE_BINS + b]);
    }
    out[g] = (ec - eb) / w;
  }
  return out;
}
