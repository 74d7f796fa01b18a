// One pass over the paired requests summing, per segment, what cost, error
// rate and agreement are finished from: each request adds into its cell
// (src/metrics/cells.ts), cells fold into segments.
//
// Definitions (per segment):
// - cost per 1k = 1000 x mean cost per request, over every paired request, failed ones
//   included (a failed request is still paid for; an empty cost on a failed row is 0).
// - error rate = failed requests / requests.
// - agreement = requests where both models decided the same / requests where both
//   succeeded and both gave a decision (binary: 0/1 decision; multiclass: class).
import type { ShadowData } from '../../io/index.js';
import { buildCells, foldCells } from '../../summaries/index.js';
import type { Segmentation } from '../../segments/index.js';

/** Layout: `WIDTH` numbers per segment, at `segment * WIDTH`. */
export const SUM = {
  REQUESTS: 0,
  COST_B: 1,
  COST_C: 2,
  /** Sum of (candidate - baseline) cost, and of its square. */
  COST_D: 3,
  COST_D2: 4,
  ERR_B: 5,
  ERR_C: 6,
  /** Requests where only the candidate failed / only the baseline failed. */
  ONLY_C: 7,
  ONLY_B: 8,
  AGREE_N: 9,
  AGREE: 10,
  WIDTH: 11,
} as const;

/**
 * The per-segment sums (laid out as `SUM`).
 * @example shadowSums(data, segmentation)[SUM.REQUESTS] // requests overall
 */
export function shadowSums(data: ShadowData, segmentation: Segmentation): Float64Array {
  const S = segmentation.segments.length;
  const n = data.n;
  const cells = buildCells(
    segmentation.dimensions.map((d) => d.rowSegment),
    n,
    S,
  );
  const W = SUM.WIDTH;
  const acc = new Float64Array(cells.count * W);
  const cellOf = cells.ofRow;
  const cB = data.baseline.cost;
  const cC = data.candidate.cost;
  const eB = data.baseline.error;
  const eC = data.candidate.error;
  const dB = data.baseline.decision;
  const dC = data.candidate.decision;
  for (let k = 0; k < n; k++) {
    const o = cellOf[k] * W;
    acc[o + SUM.REQUESTS] += 1;
    if (cB && cC) {
      const d = cC[k] - cB[k];
      acc[o + SUM.COST_B] += cB[k];
      acc[o + SUM.COST_C] += cC[k];
      acc[o + SUM.COST_D] += d;
      acc[o + SUM.COST_D2] += d * d;
    }
    const fb = eB ? eB[k] : 0;
    const fc = eC ? eC[k] : 0;
    acc[o + SUM.ERR_B] += fb;
    acc[o + SUM.ERR_C] += fc;
    acc[o + SUM.ONLY_C] += fc & (fb ^ 1);
    acc[o + SUM.ONLY_B] += fb & (fc ^ 1);
    if (dB && dC && fb === 0 && fc === 0) {
      const x = dB[k];
      const y = dC[k];
      if (x === x && y === y) {
        acc[o + SUM.AGREE_N] += 1;
        if (x === y) acc[o + SUM.AGREE] += 1;
      }
    }
  }
  return foldCells(acc, W, cells, S);
}
