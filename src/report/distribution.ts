// Histograms of both models' scores for the report: one pass over each model's
// score column, no allocation per row. Binary scores are probabilities binned
// over [0, 1]; regression predictions over the range both models span.
import type { Task } from '../config/index.js';
import type { ScoreDistribution } from './types.js';

/** Bins of a score histogram in the report. */
export const DISTRIBUTION_BINS = 20;

function count(scores: Float64Array, lo: number, span: number, bins: number): number[] {
  const counts = new Float64Array(bins);
  for (let i = 0; i < scores.length; i++) {
    const x = scores[i];
    if (!Number.isFinite(x)) continue;
    let b = Math.floor(((x - lo) * bins) / span);
    if (b >= bins) b = bins - 1; // the right edge belongs to the last bin
    if (b < 0) b = 0;
    counts[b]++;
  }
  return Array.from(counts);
}

/**
 * Histogram of both models' scores over the same `bins` bins, or null when the
 * task has no numeric scores (multiclass) or no score is finite.
 * @example scoreDistribution(new Float64Array([0.1, 0.9]), new Float64Array([0.2, 1]), 'binary', 2)
 *   // { kind: 'probability', edges: [0, 0.5, 1], baseline: [1, 1], candidate: [1, 1] }
 */
export function scoreDistribution(baseline: Float64Array, candidate: Float64Array, task: Task, bins: number = DISTRIBUTION_BINS): ScoreDistribution | null {
  if (task === 'multiclass') return null;
  let lo = 0;
  let hi = 1;
  if (task === 'regression') {
    lo = Infinity;
    hi = -Infinity;
    for (const col of [baseline, candidate]) {
      for (let i = 0; i < col.length; i++) {
        const x = col[i];
        if (x < lo) lo = x; // NaN compares false: skipped
        if (x > hi) hi = x;
      }
    }
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) return null;
    if (hi === lo) {
      lo -= 0.5;
      hi += 0.5;
    }
  }
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? hi : lo + (i * (hi - lo)) / bins));
  return {
    kind: task === 'binary' ? 'probability' : 'prediction',
    edges,
    baseline: count(baseline, lo, hi - lo, bins),
    candidate: count(candidate, lo, hi - lo, bins),
  };
}
