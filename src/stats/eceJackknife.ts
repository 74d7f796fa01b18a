// eceJackknife.ts: the leave-one-group-out ECE of both models for every segment,
// from the EceGroupSums summary (w * (label - score) per calibration bin per (segment, group)).
// The jackknife (jackknife.ts) turns them into a standard error of the ECE change.
import { ECE_BINS } from '../metrics/index.js';
import { ECE_GROUP_WIDTH as WIDTH, type EceGroupSums } from '../summaries/index.js';

/**
 * Segment s's ECE change (candidate - baseline) with each group left out; NaN where the rest weighs 0.
 * @example eceChangeWithout(groups, 0) // Float64Array of G changes
 */
export function eceChangeWithout(e: EceGroupSums, s: number): Float64Array {
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
