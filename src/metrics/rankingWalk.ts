// rankingWalk.ts (a row pass; in metrics because it applies the AP step): one sorted walk per model over the scores that yields, for
// every segment at once, DeLong's structural components (auc) and the
// leave-one-group-out average precisions (pr_auc's jackknife).
//
// The walk goes from the highest score down in groups of tied scores, keeping per
// segment the weight of positives and negatives above. A positive's component is
// V10 = (weight of negatives scored lower + half the tied ones) / negatives, a
// negative's is V01 = (weight of positives scored higher + half the tied ones) /
// positives (midranks for ties), each within the row's own segment, for every
// segment the row is in. The baseline's components are kept per (row, dimension);
// the candidate's walk pairs them and sums the paired differences D = V_C - V_B
// per segment. Average precision steps are summed per segment and, for the
// jackknife, per (segment, group) with the group's own rows left out.
import type { Codes } from '../io/index.js';
import type { Cells } from '../summaries/index.js';
import type { ScoreOrder } from '../summaries/index.js';
import { DELONG, type RankingWalkResult } from '../summaries/index.js';

export type { RankingWalkResult };

export interface RankingWalkInput {
  /** Each model's rows in score order (RowCache.scoreOrder: the sorts measuring made), built on `cells`. */
  orderB: ScoreOrder;
  orderC: ScoreOrder;
  /** 0/1 per row. */
  label: Codes;
  weight: Float64Array | null;
  cells: Cells;
  segments: number;
  /** Compute DeLong's sums. */
  delong: boolean;
  /** Per segment, a value close to the AUC change (centres the sums of squares); 0 where unknown. */
  shift: Float64Array;
  /** Per-row jackknife group and the number of groups, for pr_auc; null to skip. */
  jackknife: { group: Uint8Array; groups: number } | null;
}

/**
 * Runs the walk for both models.
 * @example
 * // one segment, scores B = [0.9, 0.4, 0.6], C = [0.8, 0.3, 0.2], labels [1, 0, 1]:
 * // baseline V10 = [1, 1] (both positives above the negative), candidate V10 = [1, 0]
 */
export function rankingWalk(input: RankingWalkInput): RankingWalkResult {
  const { label, weight, cells, segments: S, jackknife } = input;
  const n = label.length;
  if (input.orderB.rows.length !== n || input.orderC.rows.length !== n) throw new Error(`rankingWalk: orders of ${input.orderB.rows.length} and ${input.orderC.rows.length} rows for ${n}`);
  const D = cells.dims;
  const cellOf = cells.ofRow;
  const segOf = cells.segmentOf;
  const G = jackknife?.groups ?? 0;
  const group = jackknife?.group ?? null;

  // Totals per segment (and per segment x group).
  const posW = new Float64Array(S);
  const negW = new Float64Array(S);
  const posN = new Float64Array(S);
  const negN = new Float64Array(S);
  const groupPosW = jackknife ? new Float64Array(S * G) : null;
  const groupNegW = jackknife ? new Float64Array(S * G) : null;
  {
    const C = cells.count;
    const cPosW = new Float64Array(C);
    const cNegW = new Float64Array(C);
    const cPosN = new Float64Array(C);
    const cNegN = new Float64Array(C);
    const cgPos = jackknife ? new Float64Array(C * G) : null;
    const cgNeg = jackknife ? new Float64Array(C * G) : null;
    for (let r = 0; r < n; r++) {
      const c = cellOf[r];
      const w = weight === null ? 1 : weight[r];
      if (label[r] === 1) {
        cPosW[c] += w;
        cPosN[c] += 1;
        if (cgPos) cgPos[c * G + group![r]] += w;
      } else {
        cNegW[c] += w;
        cNegN[c] += 1;
        if (cgNeg) cgNeg[c * G + group![r]] += w;
      }
    }
    for (let c = 0; c < C; c++) {
      for (let d = 0; d < D; d++) {
        const s = segOf[c * D + d];
        posW[s] += cPosW[c];
        negW[s] += cNegW[c];
        posN[s] += cPosN[c];
        negN[s] += cNegN[c];
        if (cgPos && cgNeg && groupPosW && groupNegW) {
          for (let g = 0; g < G; g++) {
            groupPosW[s * G + g] += cgPos[c * G + g];
            groupNegW[s * G + g] += cgNeg[c * G + g];
          }
        }
      }
    }
  }

  const delong = input.delong ? new Float64Array(S * DELONG.STRIDE) : null;
  // The baseline's DeLong components per (row, dimension), stored in the baseline's score order, for
  // the candidate's walk to pair with (through each row's baseline position): since the two models'
  // scores are correlated, those reads stay close to each other.
  // Float32: components are shares in [0, 1]; equal values round alike, so identical models pair to exactly 0.
  const v0 = input.delong ? new Float32Array(n * D) : null;
  const apSteps: [Float64Array, Float64Array] = [new Float64Array(S), new Float64Array(S)];
  const apStepsWithout: [Float64Array, Float64Array] | null = jackknife ? [new Float64Array(S * G), new Float64Array(S * G)] : null;
  const shift = input.shift;

  // Walk state, reused across the two models.
  const posAbove = new Float64Array(S);
  const negAbove = new Float64Array(S);
  const tPos = new Float64Array(S);
  const tNeg = new Float64Array(S);
  const segTouched = new Uint8Array(S);
  const touchedSegs = new Int32Array(S);
  const gPosAbove = jackknife ? new Float64Array(S * G) : null;
  const gNegAbove = jackknife ? new Float64Array(S * G) : null;
  const tgPos = jackknife ? new Float64Array(S * G) : null;
  const tgNeg = jackknife ? new Float64Array(S * G) : null;
  const sgTouched = jackknife ? new Uint8Array(S * G) : null;
  let touchedSG = jackknife ? new Int32Array(1024) : null;

  /** For the candidate's walk: each row's position in the baseline's order, the slot of its baseline components. */
  let basePos: Int32Array | null = null;

  for (let m = 0 as 0 | 1; m < 2; m = (m + 1) as 0 | 1) {
    // Everything the walk reads is laid out in the model's score order (rowCache.ts) but the
    // jackknife group and, for the candidate, the baseline position.
    const { rows, tied, cellLabel, weight: wts } = m === 0 ? input.orderB : input.orderC;
    posAbove.fill(0);
    negAbove.fill(0);
    gPosAbove?.fill(0);
    gNegAbove?.fill(0);
    const ap = apSteps[m];
    const apG = apStepsWithout ? apStepsWithout[m] : null;

    let end = n - 1;
    while (end >= 0) {
      if (tied[end] === 0) {
        // Fast path: a score no other row has (the usual case with continuous scores).
        const a = cellLabel[end];
        // The slot of the row's DeLong components: its position in the baseline's order.
        const slot = m === 0 ? end : basePos === null ? 0 : basePos[rows[end]];
        const c = a >> 1;
        const y = (a & 1) === 1;
        const w = wts === null ? 1 : wts[end];
        const g = group === null ? 0 : group[rows[end]];
        for (let d = 0; d < D; d++) {
          const s = segOf[c * D + d];
          const pa = posAbove[s];
          const na = negAbove[s];
          if (y) {
            const tp = pa + w;
            // A zero-weight positive adds no step (and with nothing above it, 0/0 would be NaN).
            if (w > 0) ap[s] += (w * tp) / (tp + na);
            if (apG && gPosAbove && gNegAbove) {
              const base = s * G;
              const own = base + g;
              if (w > 0) {
                for (let q = base; q < base + G; q++) {
                  if (q === own) continue;
                  const tpg = tp - gPosAbove[q];
                  apG[q] += (w * tpg) / (tpg + na - gNegAbove[q]);
                }
              }
              gPosAbove[own] += w;
            }
            posAbove[s] = tp;
            if (delong) {
              // DeLong: keep the baseline's component; pair the candidate's with it (inline: hot).
              const v = Math.fround(negW[s] > 0 ? (negW[s] - na) / negW[s] : 0);
              const i = slot * D + d;
              if (m === 0) v0![i] = v;
              else {
                const dv = v - v0![i];
                const x = dv - shift[s];
                const o = s * DELONG.STRIDE + DELONG.POS;
                delong[o] += w * dv;
                delong[o + 1] += w * w;
                delong[o + 2] += w * w * x;
                delong[o + 3] += w * w * x * x;
              }
            }
          } else {
            negAbove[s] = na + w;
            if (gNegAbove) gNegAbove[s * G + g] += w;
            if (delong) {
              const v = Math.fround(posW[s] > 0 ? pa / posW[s] : 0);
              const i = slot * D + d;
              if (m === 0) v0![i] = v;
              else {
                const dv = v - v0![i];
                const x = dv - shift[s];
                const o = s * DELONG.STRIDE + DELONG.NEG;
                delong[o] += w * dv;
                delong[o + 1] += w * w;
                delong[o + 2] += w * w * x;
                delong[o + 3] += w * w * x * x;
              }
            }
          }
        }
        end--;
        continue;
      }

      // A group of tied scores [start, end].
      let start = end;
      while (tied[start] === 1) start--;

      // Pass 1: the group's weights per segment (and per segment x group).
      let nSegs = 0;
      let nSG = 0;
      for (let k = start; k <= end; k++) {
        const a = cellLabel[k];
        const c = a >> 1;
        const y = (a & 1) === 1;
        const w = wts === null ? 1 : wts[k];
        const g = group === null ? 0 : group[rows[k]];
        for (let d = 0; d < D; d++) {
          const s = segOf[c * D + d];
          if (segTouched[s] === 0) {
            segTouched[s] = 1;
            touchedSegs[nSegs++] = s;
          }
          if (y) tPos[s] += w;
          else tNeg[s] += w;
          if (sgTouched && tgPos && tgNeg) {
            const q = s * G + g;
            if (sgTouched[q] === 0) {
              sgTouched[q] = 1;
              if (nSG === touchedSG!.length) {
                const bigger = new Int32Array(2 * nSG);
                bigger.set(touchedSG!);
                touchedSG = bigger;
              }
              touchedSG![nSG++] = q;
            }
            if (y) tgPos[q] += w;
            else tgNeg[q] += w;
          }
        }
      }

      // Pass 2: DeLong's components of the group's rows (ties count 1/2).
      if (delong) {
        for (let k = start; k <= end; k++) {
          const a = cellLabel[k];
          const slot = m === 0 ? k : basePos === null ? 0 : basePos[rows[k]];
          const c = a >> 1;
          const y = (a & 1) === 1;
          const w = wts === null ? 1 : wts[k];
          for (let d = 0; d < D; d++) {
            const s = segOf[c * D + d];
            let v: number;
            if (y) {
              const nw = negW[s];
              v = nw > 0 ? (nw - negAbove[s] - 0.5 * tNeg[s]) / nw : 0;
            } else {
              const pw = posW[s];
              v = pw > 0 ? (posAbove[s] + 0.5 * tPos[s]) / pw : 0;
            }
            const i = slot * D + d;
            if (m === 0) v0![i] = Math.fround(v);
            else {
              const dv = Math.fround(v) - v0![i];
              const x = dv - shift[s];
              const o = s * DELONG.STRIDE + (y ? DELONG.POS : DELONG.NEG);
              delong[o] += w * dv;
              delong[o + 1] += w * w;
              delong[o + 2] += w * w * x;
              delong[o + 3] += w * w * x * x;
            }
          }
        }
      }

      // Close the group: average-precision steps, then move the running totals.
      for (let t = 0; t < nSegs; t++) {
        const s = touchedSegs[t];
        const dp = tPos[s];
        if (dp > 0) {
          const tp = posAbove[s] + dp;
          const fp = negAbove[s] + tNeg[s];
          ap[s] += (dp * tp) / (tp + fp);
          if (apG && gPosAbove && gNegAbove && tgPos && tgNeg) {
            const base = s * G;
            for (let g = 0; g < G; g++) {
              const q = base + g;
              const dtp = dp - tgPos[q];
              if (dtp > 0) {
                const tpg = tp - gPosAbove[q] - tgPos[q];
                const fpg = fp - gNegAbove[q] - tgNeg[q];
                apG[q] += (dtp * tpg) / (tpg + fpg);
              }
            }
          }
        }
        posAbove[s] += dp;
        negAbove[s] += tNeg[s];
        tPos[s] = 0;
        tNeg[s] = 0;
        segTouched[s] = 0;
      }
      if (sgTouched && tgPos && tgNeg && gPosAbove && gNegAbove) {
        for (let t = 0; t < nSG; t++) {
          const q = touchedSG![t];
          gPosAbove[q] += tgPos[q];
          gNegAbove[q] += tgNeg[q];
          tgPos[q] = 0;
          tgNeg[q] = 0;
          sgTouched[q] = 0;
        }
      }
      end = start - 1;
    }
    if (m === 0 && delong) {
      basePos = new Int32Array(n);
      for (let k = 0; k < n; k++) basePos[rows[k]] = k;
    }
  }
  return { posW, negW, posN, negN, delong, apSteps, groupPosW, groupNegW, apStepsWithout };
}
