// eceGroups.ts: the row pass behind the ece jackknife: per (segment, jackknife
// group), the weight and each model's per-bin sums of w * (label - score)
// (the EceGroupSums summary). stats/eceJackknife.ts finishes it.
import type { Codes } from '../io/index.js';
import { foldCells, type Cells } from '../summaries/index.js';
import { ECE_GROUP_WIDTH as WIDTH, type EceGroupSums } from '../summaries/index.js';
import { ECE_BINS, eceBin } from './ece.js';

/** One pass over the rows. */
export function eceGroupSums(
  scoreB: Float64Array,
  scoreC: Float64Array,
  label: Codes,
  weight: Float64Array | null,
  group: Uint8Array,
  groups: number,
  cells: Cells,
  segments: number,
): EceGroupSums {
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
