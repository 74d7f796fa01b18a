// delong.ts: DeLong's paired test of two AUCs on the same examples
// (DeLong, DeLong & Clarke-Pearson, Biometrics 44:837, 1988).
//
// Method. Each positive i has the structural component V10_i = share of negatives it
// outscores (ties count 1/2), each negative j has V01_j = share of positives that
// outscore it; either model's AUC is the mean of its V10s and the mean of its V01s.
// For the paired difference take D = V_candidate - V_baseline per example: then
// Var(AUC_C - AUC_B) = S10 / m + S01 / n, with S10 the sample variance of D over
// the m positives and S01 over the n negatives. The test refers
// (worsening - margin) / se to the normal distribution. With example weights each
// component is a weighted mean, and its variance is the sandwich estimate
// sum w_i^2 (D_i - mean)^2 / (sum w)^2 * m / (m - 1) (the unweighted formula when w = 1).
// The components come from one sorted walk per model (rankingWalk.ts).
import { symmetricInterval, type DeltaEstimate } from './estimate.js';
import { DELONG, type RankingWalkResult } from '../summaries/index.js';

/**
 * The variance of the AUC change in segment s from the walk's sums.
 * @param shift the value the walk centred the sums on for this segment
 * @example
 * // Hand example (test/stats/delong.test.ts): 3 positives, 3 negatives, variance 0.0509259...
 */
export function delongVariance(walk: RankingWalkResult, s: number, shift: number): number | null {
  const sums = walk.delong;
  if (!sums) return null;
  let v = 0;
  for (const [side, w, count] of [
    [DELONG.POS, walk.posW[s], walk.posN[s]],
    [DELONG.NEG, walk.negW[s], walk.negN[s]],
  ] as const) {
    if (!(w > 0) || count < 2) return null;
    const o = s * DELONG.STRIDE + side;
    const mean = sums[o + DELONG.W_D] / w;
    const k = mean - shift;
    const ss = sums[o + DELONG.W2_D2] - 2 * k * sums[o + DELONG.W2_D] + k * k * sums[o + DELONG.W2];
    v += (Math.max(0, ss) / (w * w)) * (count / (count - 1));
  }
  return v;
}

/**
 * DeLong's estimate for segment s: interval of AUC_C - AUC_B (`delta`) and the standard error.
 * @returns null where the segment lacks a class or has fewer than two of either
 * @example delongEstimate(walk, 0, 0.02, 0.02, 0.95) // { ci: [0.02 - 1.96 se, 0.02 + 1.96 se], se, df: Infinity, method: 'delong' }
 */
export function delongEstimate(walk: RankingWalkResult, s: number, shift: number, delta: number, confidence: number): DeltaEstimate | null {
  const v = delongVariance(walk, s, shift);
  if (v === null) return null;
  const se = Math.sqrt(v);
  return { ci: symmetricInterval(delta, se, Infinity, confidence), se, df: Infinity, method: 'delong' };
}
