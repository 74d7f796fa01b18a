// jackknife.ts: the delete-a-group jackknife for metrics with no closed-form
// paired variance (pr_auc, ece). Rows are split into G groups by a seeded hash
// of their example id (src/summaries/idHash.ts), so a warehouse forms the same
// groups; the metric's change is recomputed with each group left out, and the spread of those G values gives the standard error (Kott's delete-a-group
// jackknife): se^2 = (G-1)/G * sum_g (theta_-g - mean)^2, referred to Student's t
// with G-1 degrees of freedom. It needs one pass that sums per (segment, group),
// so it costs O(n), where a row bootstrap would cost O(R x n).
// Validated by simulation (test/stats/jackknife.test.ts): its standard error
// matches the spread of the change over simulated data sets.
import { JACKKNIFE_GROUPS } from '../metrics/index.js';
import { idGroups } from '../summaries/index.js';
import { symmetricInterval, type DeltaEstimate } from './estimate.js';

/** Groups of the delete-a-group jackknife (declared with the summaries that hold them). */
export { JACKKNIFE_GROUPS };

/**
 * Each row's group: the seeded hash of its id (the row index as text where ids are not given), modulo G.
 * @example jackknifeGroups(3, 1, 50, ['a', 'b', 'c']) // the same groups for the same seed and ids
 */
export function jackknifeGroups(n: number, seed: number, groups = JACKKNIFE_GROUPS, ids: readonly string[] | null = null): Uint8Array {
  return idGroups(ids, n, seed, groups);
}

/**
 * The jackknife estimate from the leave-one-group-out changes `thetaMinus` (NaN where
 * undefined, skipped) and the full-sample change `delta` (candidate - baseline).
 * @returns null with fewer than 2 usable groups
 * @example jackknifeEstimate(Float64Array.of(0.01, 0.02, 0.03), 0.02, 0.95) // se = sqrt(2/3 * 0.0002) = 0.01155, df 2
 */
export function jackknifeEstimate(thetaMinus: ArrayLike<number>, delta: number, confidence: number): DeltaEstimate | null {
  let k = 0;
  let mean = 0;
  for (let g = 0; g < thetaMinus.length; g++) {
    const t = thetaMinus[g];
    if (Number.isNaN(t)) continue;
    k++;
    mean += t;
  }
  if (k < 2) return null;
  mean /= k;
  let ss = 0;
  for (let g = 0; g < thetaMinus.length; g++) {
    const t = thetaMinus[g];
    if (!Number.isNaN(t)) ss += (t - mean) * (t - mean);
  }
  const se = Math.sqrt(((k - 1) / k) * ss);
  const df = k - 1;
  return { ci: symmetricInterval(delta, se, df, confidence), se, df, method: 'jackknife' };
}
