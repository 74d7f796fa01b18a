// Population stability index of the candidate's scores against the
// baseline's on the same requests, per segment.
//
// Bins: the baseline's deciles in the segment (type-7 quantiles at 0.1 ... 0.9,
// src/stats/quantile.ts; repeated edges merged, so heavily tied scores give
// fewer bins), each bin (previous edge, edge], the last open above. With b_k and
// c_k the shares of baseline and candidate scores in bin k, each raised to at
// least PSI_EPSILON (an empty bin would make the log infinite):
//   PSI = sum_k (c_k - b_k) * ln(c_k / b_k).
// Requests where either model failed or gave no score are left out.
import type { ShadowData } from '../../io/index.js';
import { argsortFloat64 } from '../../sort/index.js';
import type { Segmentation } from '../../segments/index.js';
import { quantileOfOrder } from '../../stats/index.js';
import { groupBySegment, segmentsOf } from './groups.js';

export const PSI_BINS = 10;
export const PSI_EPSILON = 1e-4;

/**
 * PSI from bin counts (same bins for both).
 * @returns NaN when either side has no counts
 * @example psi([50, 50], [40, 60]) // 0.1 * ln(0.4/0.5) * -1 + 0.1 * ln(0.6/0.5) = 0.04055
 */
export function psi(baseline: ArrayLike<number>, candidate: ArrayLike<number>): number {
  let B = 0;
  let C = 0;
  for (let k = 0; k < baseline.length; k++) {
    B += baseline[k];
    C += candidate[k];
  }
  if (!(B > 0 && C > 0)) return NaN;
  let out = 0;
  for (let k = 0; k < baseline.length; k++) {
    const b = Math.max(baseline[k] / B, PSI_EPSILON);
    const c = Math.max(candidate[k] / C, PSI_EPSILON);
    out += (c - b) * Math.log(c / b);
  }
  return out;
}

/** The bin of x: the number of edges below it (edges ascending; x equal to an edge is in that edge's bin). */
export function binOf(edges: Float64Array, start: number, count: number, x: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edges[start + mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * PSI of the candidate's scores against the baseline's, per segment; NaN where a segment has no usable request.
 * @example scorePsiBySegment(data, segmentation)[0] // overall
 */
export function scorePsiBySegment(data: ShadowData, segmentation: Segmentation): Float64Array {
  return psiOfCounts(scorePsiCounts(data, segmentation), segmentation.segments.length);
}

/**
 * PSI per segment from the bin counts (`counts[s * 2 * PSI_BINS + k]` the baseline's in bin k,
 * `+ PSI_BINS + k` the candidate's); all NaN for null (no scores).
 */
export function psiOfCounts(counts: Float64Array | null, S: number): Float64Array {
  const out = new Float64Array(S).fill(NaN);
  if (counts === null) return out;
  const W = 2 * PSI_BINS;
  for (let s = 0; s < S; s++) out[s] = psi(counts.subarray(s * W, s * W + PSI_BINS), counts.subarray(s * W + PSI_BINS, (s + 1) * W));
  return out;
}

/**
 * The bin counts PSI is finished from, per segment (layout as psiOfCounts reads it): each
 * model's scores in the baseline's decile bins; null when the log has no scores.
 */
export function scorePsiCounts(data: ShadowData, segmentation: Segmentation): Float64Array | null {
  const S = segmentation.segments.length;
  const sB = data.baseline.score;
  const sC = data.candidate.score;
  if (!sB || !sC) return null;
  const eB = data.baseline.error;
  const eC = data.candidate.error;
  const keep: number[] = [];
  for (let k = 0; k < data.n; k++) {
    if (sB[k] !== sB[k] || sC[k] !== sC[k]) continue;
    if ((eB && eB[k]) || (eC && eC[k])) continue;
    keep.push(k);
  }
  const m = keep.length;
  const rows = Int32Array.from(keep);
  const a = new Float64Array(m);
  const c = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    a[j] = sB[rows[j]];
    c[j] = sC[rows[j]];
  }
  const order = argsortFloat64(a);
  const E = PSI_BINS - 1;
  const edges = new Float64Array(S * E);
  const edgeCount = new Int32Array(S);
  const W = 2 * PSI_BINS;
  const counts = new Float64Array(S * W);
  for (const dim of segmentation.dimensions) {
    const segOf = segmentsOf(dim.rowSegment, rows);
    const g = groupBySegment(order, segOf, S);
    for (let s = 0; s < S; s++) {
      const cnt = g.count[s];
      if (cnt === 0) continue;
      let e = 0;
      for (let j = 1; j < PSI_BINS; j++) {
        const q = quantileOfOrder(a, g.items, g.start[s], cnt, j / PSI_BINS);
        if (e === 0 || q > edges[s * E + e - 1]) edges[s * E + e++] = q;
      }
      edgeCount[s] = e;
    }
    for (let j = 0; j < m; j++) {
      const s = segOf[j];
      counts[s * W + binOf(edges, s * E, edgeCount[s], a[j])]++;
      counts[s * W + PSI_BINS + binOf(edges, s * E, edgeCount[s], c[j])]++;
    }
  }
  return counts;
}
