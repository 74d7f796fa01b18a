// Expected calibration error with 10 equal-width bins on the score.
// (Not in scikit-learn; this is the usual definition, weighted.)
import type { MetricDeclaration } from './declaration.js';
import { SCORE_BINS } from '../summaries/index.js';

export const ECE_BINS = SCORE_BINS;

/**
 * The bin of a score: floor(10 * score) in float64, so bin b is [b/10, (b+1)/10), and the
 * last bin also takes 1.0 (scores outside [0, 1] are clamped into the end bins).
 * @example eceBin(0.05) // 0;  eceBin(0.1) // 1;  eceBin(1) // 9
 */
export function eceBin(score: number): number {
  const b = Math.floor(score * ECE_BINS);
  return b >= ECE_BINS ? ECE_BINS - 1 : b < 0 ? 0 : b;
}

/**
 * ECE = sum over bins of (bin weight / total weight) * |mean label - mean score| in the bin,
 * which equals sum over bins |sum of w*(label - score)| / total weight. Takes those
 * per-bin sums `binSums[offset + b]`; empty bins add 0. Null for zero total weight.
 * @example ece(Float64Array.of(0.2, -0.1, 0, 0, 0, 0, 0, 0, 0, 0), 0, 4) // 0.075
 */
export function ece(binSums: Float64Array, offset: number, totalWeight: number): number | null {
  if (!(totalWeight > 0)) return null;
  let s = 0;
  for (let b = 0; b < ECE_BINS; b++) s += Math.abs(binSums[offset + b]);
  return s / totalWeight;
}

export const metric: MetricDeclaration = {
  name: 'ece',
  tasks: ['binary'],
  direction: 'lower',
  rate: true,
  unit: 'percent',
  description: 'expected calibration error, 10 equal-width bins',
  summary: 'scores',
  test: 'jackknife',
  value: (x, s, m) => ece(x.eceBins[m], s * ECE_BINS, x.weight[s]),
};
