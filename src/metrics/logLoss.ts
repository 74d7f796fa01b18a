// Log loss (sklearn log_loss): mean negative log-likelihood of the labels. Binary from
// the score; multiclass from the class probabilities, as log_loss(y, P, labels=classes).
import type { Codes } from '../io/index.js';
import { weightedMean } from './mean.js';
import type { MetricDeclaration } from './declaration.js';

/** sklearn clips probabilities to [eps, 1 - eps] with eps = float64 machine epsilon. */
export const LOG_LOSS_EPS = 2.220446049250313e-16;

/**
 * One example's loss, as sklearn: -log(clip(p)) for label 1, -log(clip(1 - p)) for label 0.
 * (sklearn clips both columns [1 - p, p] of its probability matrix, so the 0 case clips 1 - p.)
 * @example logLossTerm(1, 0.8) // -Math.log(0.8)
 */
export function logLossTerm(label: number, p: number): number {
  const q = label === 1 ? p : 1 - p;
  return -Math.log(q < LOG_LOSS_EPS ? LOG_LOSS_EPS : q > 1 - LOG_LOSS_EPS ? 1 - LOG_LOSS_EPS : q);
}

/**
 * Weighted mean of `logLossTerm`. Defined for a segment with one class (sklearn needs
 * `labels=[0, 1]` there and then gives this number); null only for zero total weight.
 */
export function logLoss(weightedTermSum: number, totalWeight: number): number | null {
  return weightedMean(weightedTermSum, totalWeight);
}

/**
 * Multiclass terms: -log(clip(P[r, y_r])), clipped to [eps, 1 - eps] as sklearn >= 1.5 clips
 * every column (only the true class's column enters the sum). No renormalisation: the
 * reader has checked each row sums to 1.
 * @example classLogLossTerms(Float64Array.of(2), Float64Array.of(0.1, 0.2, 0.7), 3, null, out) // out[0] = -Math.log(0.7)
 */
export function classLogLossTerms(label: Codes, proba: Float64Array, K: number, _arg: string | null, out: Float64Array): void {
  for (let r = 0; r < label.length; r++) {
    const q = proba[r * K + label[r]];
    out[r] = -Math.log(q < LOG_LOSS_EPS ? LOG_LOSS_EPS : q > 1 - LOG_LOSS_EPS ? 1 - LOG_LOSS_EPS : q);
  }
}

export const metric: MetricDeclaration = {
  name: 'log_loss',
  tasks: ['binary', 'multiclass'],
  direction: 'lower',
  rate: false,
  unit: 'number',
  description: 'mean negative log-likelihood of the labels',
  summary: 'scores',
  test: 'paired-mean',
  value: (x, s, m) => logLoss(x.logLoss[m][s], x.weight[s]),
  terms: (y, p, out) => {
    for (let r = 0; r < y.length; r++) out[r] = logLossTerm(y[r], p[r]);
  },
  classTerms: classLogLossTerms,
};
