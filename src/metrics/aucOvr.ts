// Macro one-vs-rest ROC AUC (sklearn roc_auc_score(multi_class="ovr", average="macro")):
// per class, the binary AUC of "this class" against the rest on that class's score
// column; then their unweighted mean. Its paired test is DeLong's, per class, with the
// macro average's variance from the classes' structural components summed per example,
// so the covariances between the classes' AUCs (they share every example) are counted.
//
// Per class k of a segment, with P the positives (label k) and N the rest, and weights w:
// V10(i) = weighted share of N scored below i (ties 1/2), V01(j) = share of P scored above
// j (ties 1/2), AUC_k = sum_P w V10 / W_P. Each example's influence on AUC_k is
// w (V10 - AUC_k) / W_P * sqrt(m/(m-1)) for a positive (m positive rows) and
// w (V01 - AUC_k) / W_N * sqrt(n/(n-1)) for a negative, so that with one class the sum of
// squared paired differences is DeLong's S10/m + S01/n exactly (src/stats/delong.ts).
// The macro change's influence is the mean over classes of (candidate - baseline), and its
// variance the sum of its squares over the segment's examples.
//
// A class absent from a segment's labels (or labelling every row of it) has no AUC there:
// sklearn raises (or, recent versions, gives NaN); we average over the classes that have
// both positives and negatives in the segment; null when no class has both.
import type { Codes } from '../io/index.js';
import type { MetricDeclaration } from './declaration.js';

/** Per segment: both models' macro AUC (NaN where undefined) and the variance of the change (NaN where it cannot be estimated). */
export interface OvrAucs {
  auc: [Float64Array, Float64Array];
  variance: Float64Array;
}

/**
 * One class's AUC on `rows` for one model, adding `sign * scale * influence` into `psi` per row.
 * @returns the AUC
 */
function classAuc(
  rows: Int32Array,
  isPos: Uint8Array,
  score: (r: number) => number,
  weight: Float64Array | null,
  wPos: number,
  wNeg: number,
  fPos: number,
  fNeg: number,
  scale: number,
  psi: Float64Array | null,
): number {
  const order = Array.from(rows).sort((a, b) => score(a) - score(b));
  const n = order.length;
  const v = new Float64Array(n);
  let negBelow = 0;
  let posBelow = 0;
  let i = 0;
  let area = 0;
  while (i < n) {
    let j = i;
    let gp = 0;
    let gn = 0;
    const s = score(order[i]);
    while (j < n && score(order[j]) === s) {
      const w = weight === null ? 1 : weight[order[j]];
      if (isPos[order[j]]) gp += w;
      else gn += w;
      j++;
    }
    const v10 = (negBelow + gn / 2) / wNeg;
    const v01 = (wPos - posBelow - gp + gp / 2) / wPos;
    for (let t = i; t < j; t++) v[t] = isPos[order[t]] ? v10 : v01;
    area += gp * v10;
    negBelow += gn;
    posBelow += gp;
    i = j;
  }
  const auc = area / wPos;
  if (psi !== null) {
    for (let t = 0; t < n; t++) {
      const r = order[t];
      const w = weight === null ? 1 : weight[r];
      psi[r] += scale * (isPos[r] ? (w * (v[t] - auc) * fPos) / wPos : (w * (v[t] - auc) * fNeg) / wNeg);
    }
  }
  return auc;
}

/**
 * Both models' macro one-vs-rest AUC in each segment, and the DeLong variance of the change.
 * @param segmentRows the rows of each segment
 * @example
 * // 3 classes, rows y = [0, 1, 2, 2], each class's AUC from its column, then their mean:
 * ovrAucs(Float64Array.of(0, 1, 2, 2), P, P, 3, null, [Int32Array.of(0, 1, 2, 3)]).auc[0][0]
 */
export function ovrAucs(label: Codes, probaB: Float64Array, probaC: Float64Array, K: number, weight: Float64Array | null, segmentRows: readonly Int32Array[], withVariance = true): OvrAucs {
  const S = segmentRows.length;
  const out: OvrAucs = { auc: [new Float64Array(S).fill(NaN), new Float64Array(S).fill(NaN)], variance: new Float64Array(S).fill(NaN) };
  const isPos = new Uint8Array(label.length);
  const psi = withVariance ? new Float64Array(label.length) : null;
  for (let s = 0; s < S; s++) {
    const rows = segmentRows[s];
    const present: Array<{ k: number; wPos: number; wNeg: number; m: number; n: number }> = [];
    for (let k = 0; k < K; k++) {
      let wPos = 0;
      let wNeg = 0;
      let m = 0;
      for (const r of rows) {
        const w = weight === null ? 1 : weight[r];
        if (label[r] === k) {
          wPos += w;
          m++;
        } else wNeg += w;
      }
      if (wPos > 0 && wNeg > 0) present.push({ k, wPos, wNeg, m, n: rows.length - m });
    }
    if (present.length === 0) continue;
    const L = present.length;
    let estimable = withVariance;
    for (const r of rows) if (psi) psi[r] = 0;
    const sums = [0, 0];
    for (const { k, wPos, wNeg, m, n } of present) {
      for (const r of rows) isPos[r] = label[r] === k ? 1 : 0;
      if (m < 2 || n < 2) estimable = false;
      const fPos = m > 1 ? Math.sqrt(m / (m - 1)) : 0;
      const fNeg = n > 1 ? Math.sqrt(n / (n - 1)) : 0;
      for (const mm of [0, 1] as const) {
        const P = mm === 0 ? probaB : probaC;
        const auc = classAuc(rows, isPos, (r) => P[r * K + k], weight, wPos, wNeg, fPos, fNeg, (mm === 0 ? -1 : 1) / L, estimable ? psi : null);
        sums[mm] += auc;
      }
    }
    out.auc[0][s] = sums[0] / L;
    out.auc[1][s] = sums[1] / L;
    if (estimable && psi) {
      let v = 0;
      for (const r of rows) v += psi[r] * psi[r];
      out.variance[s] = v;
    }
  }
  return out;
}

/** Each segment's rows, from every dimension's row -> segment map. */
export function rowsBySegment(dimensions: ReadonlyArray<{ rowSegment: Int32Array }>, segments: number): Int32Array[] {
  const count = new Int32Array(segments);
  for (const d of dimensions) for (const s of d.rowSegment) count[s]++;
  const out = Array.from(count, (c) => new Int32Array(c));
  const fill = new Int32Array(segments);
  for (const d of dimensions) d.rowSegment.forEach((s, r) => (out[s][fill[s]++] = r));
  return out;
}

export const metric: MetricDeclaration = {
  name: 'auc_ovr',
  tasks: ['multiclass'],
  direction: 'higher',
  rate: true,
  unit: 'number',
  description: 'macro one-vs-rest ROC AUC over the classes labelled in the segment (scikit-learn roc_auc_score multi_class="ovr")',
  summary: 'classScores',
  test: 'delong',
};
