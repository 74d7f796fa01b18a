// pairedMean.ts: the paired test of metrics that are (smooth functions of) means
// of a per-example quantity: log_loss, brier, mae, mape, bias, rmse, mean[X].
//
// Method. Each model's metric is a weighted mean mu_m = sum w t_m / sum w of its
// per-example term t_m (log-loss term, squared error, |error|, column value, ...).
// Its influence on example r is p_m(r) = w_r (t_m(r) - mu_m) / W_m, and the change
// a_C mu_C - a_B mu_B has variance sum_r (a_C p_C(r) - a_B p_B(r))^2 * n / (n - 1):
// with a = 1 and no weights this is exactly the paired t-test's variance of the
// per-example differences, s_d^2 / n. Smooth functions use the delta method:
// rmse = sqrt(mse) takes a_m = 1 / (2 rmse_m); bias, judged on |bias|, takes
// a_m = sign(mu_m) for the worsening. `mean[X]` leaves out rows where X is missing
// for that model (p_m = 0 there), so partly paired columns are handled too.
// The statistic is referred to Student's t with n - 1 degrees of freedom.
// Two passes over the terms: the means per segment, then the centred sums.
import { foldCells, type Cells } from '../metrics/cells.js';
import { symmetricInterval, type DeltaEstimate } from './estimate.js';

/** Per segment, the moments of the paired influences. */
export interface PairedMoments {
  /** Weighted means of the terms per model (NaN where no row has a value). */
  muB: Float64Array;
  muC: Float64Array;
  /** Rows with a value for either model. */
  n: Float64Array;
  /** sum p_B^2, sum p_C^2, sum p_B p_C. */
  sBB: Float64Array;
  sCC: Float64Array;
  sBC: Float64Array;
}

/**
 * Moments of the paired per-example influences of two term columns (NaN = missing).
 * @example
 * // terms B = [1, 2, 3], C = [2, 2, 5], one segment: mu 2 -> 3, differences [1, 0, 2]
 * // var of the change = sum((d - 1)^2)/9 * 3/2 = 1/3 = s_d^2 / n
 */
export function pairedMoments(tB: Float64Array, tC: Float64Array, weight: Float64Array | null, cells: Cells, segments: number): PairedMoments {
  const n = tB.length;
  const cellOf = cells.ofRow;
  const acc = new Float64Array(cells.count * 5);
  for (let r = 0; r < n; r++) {
    const w = weight === null ? 1 : weight[r];
    const b = tB[r];
    const c = tC[r];
    const o = cellOf[r] * 5;
    const hasB = b === b;
    const hasC = c === c;
    if (hasB) {
      acc[o] += w;
      acc[o + 1] += w * b;
    }
    if (hasC) {
      acc[o + 2] += w;
      acc[o + 3] += w * c;
    }
    if (hasB || hasC) acc[o + 4] += 1;
  }
  const seg = foldCells(acc, 5, cells, segments);
  const S = segments;
  const muB = new Float64Array(S);
  const muC = new Float64Array(S);
  const rows = new Float64Array(S);
  // 1 / total weight per model (0 where nothing is present, so those influences are 0).
  const invB = new Float64Array(S);
  const invC = new Float64Array(S);
  for (let s = 0; s < S; s++) {
    const wB = seg[s * 5];
    const wC = seg[s * 5 + 2];
    muB[s] = wB > 0 ? seg[s * 5 + 1] / wB : NaN;
    muC[s] = wC > 0 ? seg[s * 5 + 3] / wC : NaN;
    invB[s] = wB > 0 ? 1 / wB : 0;
    invC[s] = wC > 0 ? 1 / wC : 0;
    rows[s] = seg[s * 5 + 4];
  }
  const sBB = new Float64Array(S);
  const sCC = new Float64Array(S);
  const sBC = new Float64Array(S);
  const D = cells.dims;
  const segOf = cells.segmentOf;
  for (let r = 0; r < n; r++) {
    const w = weight === null ? 1 : weight[r];
    const b = tB[r];
    const c = tC[r];
    const hasB = b === b;
    const hasC = c === c;
    const cell = cellOf[r];
    for (let d = 0; d < D; d++) {
      const s = segOf[cell * D + d];
      const pb = hasB ? w * (b - muB[s]) * invB[s] : 0;
      const pc = hasC ? w * (c - muC[s]) * invC[s] : 0;
      sBB[s] += pb * pb;
      sCC[s] += pc * pc;
      sBC[s] += pb * pc;
    }
  }
  return { muB, muC, n: rows, sBB, sCC, sBC };
}

/**
 * The variance of a_C mu_C - a_B mu_B in segment s, with the n / (n - 1) correction; null with fewer than 2 rows.
 * @example pairedVariance(m, 0, 1, 1) // the variance of the change of the means
 */
export function pairedVariance(m: PairedMoments, s: number, aB: number, aC: number): number | null {
  const n = m.n[s];
  if (n < 2) return null;
  const v = aC * aC * m.sCC[s] + aB * aB * m.sBB[s] - 2 * aB * aC * m.sBC[s];
  return (Math.max(0, v) * n) / (n - 1);
}

/**
 * The estimate of the change `delta` of a_C mu_C - a_B mu_B in segment s: the standard error from
 * `pairedVariance`, the interval from Student's t with n - 1 degrees of freedom; null with fewer than 2 rows.
 * @example pairedMeanEstimate(m, 0, 0.75, 0.95) // { se: 0.4787, df: 3, ci: [-0.7735, 2.2735], method: 'paired-mean' } for B = [1, 2, 3, 4], C = [2, 2, 5, 4]
 */
export function pairedMeanEstimate(m: PairedMoments, s: number, delta: number, confidence: number, aB = 1, aC = 1): DeltaEstimate | null {
  const v = pairedVariance(m, s, aB, aC);
  if (v === null) return null;
  const se = Math.sqrt(v);
  const df = m.n[s] - 1;
  return { ci: symmetricInterval(delta, se, df, confidence), se, df, method: 'paired-mean' };
}
