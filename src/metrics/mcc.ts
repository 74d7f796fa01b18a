// Matthews correlation coefficient (sklearn matthews_corrcoef), binary and
// multiclass (Gorodkin's R_K), weighted.
import type { DecisionView } from '../summaries/index.js';
import type { MetricDeclaration } from './declaration.js';

/**
 * With t = weight labelled per class, p = weight decided per class, c = weight decided
 * correctly and n = total weight: (c n - t.p) / sqrt((n^2 - p.p) (n^2 - t.t)).
 * When either factor under the root is 0 (one class labelled, or one class decided)
 * scikit-learn returns 0 (it has no zero_division switch for this metric), and so do we,
 * following the project's rule for numbers scikit-learn gives without that switch.
 * Null only for an empty segment.
 * @example mcc([3, 4], [5, 5], [4, 6], 10) // binary tp 4, tn 3, fp 2, fn 1: (7*10 - (5*4 + 5*6)) / sqrt((100-52)(100-50)) = 20 / sqrt(2400)
 */
export function mcc(tp: ArrayLike<number>, trueWeight: ArrayLike<number>, predWeight: ArrayLike<number>, total: number): number | null {
  if (!(total > 0)) return null;
  let correct = 0;
  let tp_ = 0;
  let pp = 0;
  let tt = 0;
  for (let k = 0; k < trueWeight.length; k++) {
    correct += tp[k];
    tp_ += trueWeight[k] * predWeight[k];
    pp += predWeight[k] * predWeight[k];
    tt += trueWeight[k] * trueWeight[k];
  }
  const n2 = total * total;
  const den = (n2 - pp) * (n2 - tt);
  if (!(den > 0)) return 0;
  return (correct * total - tp_) / Math.sqrt(den);
}

export const metric: MetricDeclaration = {
  name: 'mcc',
  tasks: ['binary', 'multiclass'],
  direction: 'higher',
  rate: false,
  unit: 'number',
  description: 'Matthews correlation coefficient, from -1 to 1 (scikit-learn matthews_corrcoef; 0 where it is 0/0)',
  summary: 'decision',
  test: 'decision-bootstrap',
  divides: 'both',
  value: (v: DecisionView) => mcc(v.tp, v.trueW, v.predW, v.total),
};
