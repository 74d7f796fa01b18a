// Confidence-based performance estimation (CBPE, as NannyML): a binary
// metric from each request's decision d and its calibrated probability p of
// being positive, per segment. The expected confusion matrix at the decision
// threshold is E[TP] = sum d p, E[FN] = sum (1 - d) p, E[FP] = sum d (1 - p),
// E[TN] = sum (1 - d)(1 - p); recall, precision and accuracy are ratios of
// those. AUC is the expected Mann-Whitney statistic: over pairs of distinct
// requests, P(i positive, j negative) = p_i (1 - p_j), counted 1 when i's score
// is above j's and 1/2 when tied, over the expected number of such pairs.
// With q = the drawn (or true) 0/1 outcomes instead of p, the same sums give
// the realized metric, which is how the interval's draws are measured.
import type { EstimateMetric } from '../../config/index.js';

/** Rows cut into segments: per dimension, each row's segment (indices into S segments). */
export interface RowSegments {
  S: number;
  dims: Int32Array[];
}

/** One model's rows, sorted once by score and grouped by segment per dimension (for AUC). */
export interface ModelRows {
  score: Float64Array;
  decision: Float64Array;
  /** Per dimension: row indices grouped by segment, ascending score within each group. */
  groups: Array<{ items: Int32Array; start: Int32Array }>;
}

/** Groups rows by segment, keeping `order` within each group (a counting sort). */
function group(order: Int32Array, segOf: Int32Array, S: number): { items: Int32Array; start: Int32Array } {
  const start = new Int32Array(S + 1);
  for (let i = 0; i < segOf.length; i++) start[segOf[i] + 1]++;
  for (let s = 0; s < S; s++) start[s + 1] += start[s];
  const next = start.slice(0, S);
  const items = new Int32Array(order.length);
  for (const k of order) items[next[segOf[k]]++] = k;
  return { items, start };
}

/** A model's rows ready for repeated measuring. */
export function modelRows(score: Float64Array, decision: Float64Array, seg: RowSegments, withAuc: boolean): ModelRows {
  const order = Int32Array.from(score.keys()).sort((a, b) => score[a] - score[b]);
  return { score, decision, groups: withAuc ? seg.dims.map((d) => group(order, d, seg.S)) : [] };
}

/**
 * Each metric in each segment, from q (calibrated probabilities: the estimate; 0/1 outcomes: the realized value).
 * @param out per metric, S values (NaN where undefined: no expected positives, no positive decisions)
 */
export function cbpeMetrics(metrics: readonly EstimateMetric[], rows: ModelRows, seg: RowSegments, q: Float64Array, out: Record<string, Float64Array>, at = 0): void {
  const { S } = seg;
  const n = new Float64Array(S);
  const tp = new Float64Array(S);
  const pos = new Float64Array(S);
  const dec = new Float64Array(S);
  const d = rows.decision;
  for (const dim of seg.dims) {
    for (let k = 0; k < q.length; k++) {
      const s = dim[k];
      n[s]++;
      pos[s] += q[k];
      if (d[k] === 1) {
        dec[s]++;
        tp[s] += q[k];
      }
    }
  }
  for (const m of metrics) {
    const o = out[m];
    for (let s = 0; s < S; s++) {
      let v = NaN;
      if (m === 'recall') v = pos[s] > 0 ? tp[s] / pos[s] : NaN;
      else if (m === 'precision') v = dec[s] > 0 ? tp[s] / dec[s] : NaN;
      else if (m === 'accuracy') v = n[s] > 0 ? (tp[s] + (n[s] - dec[s] - (pos[s] - tp[s]))) / n[s] : NaN;
      else continue;
      o[at + s] = v;
    }
  }
  if (metrics.includes('auc')) {
    const o = out.auc;
    const sc = rows.score;
    rows.groups.forEach(({ items, start }) => {
      for (let s = 0; s < S; s++) {
        const end = start[s + 1];
        if (end === start[s]) continue;
        let negBelow = 0;
        let num = 0;
        let P = 0;
        let N = 0;
        let self = 0;
        let i = start[s];
        while (i < end) {
          const x = sc[items[i]];
          let gp = 0;
          let gn = 0;
          let gs = 0;
          let j = i;
          for (; j < end && sc[items[j]] === x; j++) {
            const p = q[items[j]];
            gp += p;
            gn += 1 - p;
            gs += p * (1 - p);
          }
          num += gp * negBelow + 0.5 * (gp * gn - gs);
          negBelow += gn;
          P += gp;
          N += gn;
          self += gs;
          i = j;
        }
        const pairs = P * N - self;
        o[at + s] = pairs > 1e-12 ? num / pairs : NaN;
      }
    });
  }
}
