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
// The moments come from the summaries layer (summaries/pairedMoments.ts).
import type { PairedMoments } from '../summaries/index.js';
import { symmetricInterval, type DeltaEstimate } from './estimate.js';

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
