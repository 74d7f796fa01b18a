// Naive, obviously-correct implementations of the binary metrics over plain row arrays,
// written straight from the scikit-learn definitions (comparator sort, pairwise AUC), to
// check the one-pass, per-segment code on random data.

export interface BinaryRows {
  y: number[];
  p: number[];
  d: number[];
  w: number[];
}

const sum = (a: number[]) => a.reduce((s, x) => s + x, 0);

/** AUC as the weighted Mann-Whitney statistic: P(score+ > score-) + 1/2 P(tie), over all pairs. */
export function pairwiseAuc({ y, p, w }: BinaryRows): number | null {
  let num = 0;
  let P = 0;
  let N = 0;
  for (let i = 0; i < y.length; i++) y[i] === 1 ? (P += w[i]) : (N += w[i]);
  if (!(P > 0 && N > 0)) return null;
  for (let i = 0; i < y.length; i++) {
    if (y[i] !== 1) continue;
    for (let j = 0; j < y.length; j++) {
      if (y[j] !== 0) continue;
      num += w[i] * w[j] * (p[i] > p[j] ? 1 : p[i] === p[j] ? 0.5 : 0);
    }
  }
  return num / (P * N);
}

/** Average precision: sort by score descending, one threshold per distinct score, sum (R_k - R_k-1) P_k. */
export function stepwiseAp({ y, p, w }: BinaryRows): number | null {
  const P = sum(y.map((v, i) => (v === 1 ? w[i] : 0)));
  const N = sum(y.map((v, i) => (v === 0 ? w[i] : 0)));
  if (!(P > 0 && N > 0)) return null;
  const order = y.map((_, i) => i).sort((a, b) => p[b] - p[a]);
  let tp = 0;
  let fp = 0;
  let prevRecall = 0;
  let ap = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    if (y[i] === 1) tp += w[i];
    else fp += w[i];
    const last = k === order.length - 1 || p[order[k + 1]] !== p[i];
    if (last && tp + fp > 0) {
      ap += (tp / P - prevRecall) * (tp / (tp + fp));
      prevRecall = tp / P;
    }
  }
  return ap;
}

export function naiveBinary(rows: BinaryRows, costs: { tp: number; fp: number; tn: number; fn: number }): Record<string, number | null> {
  const { y, p, d, w } = rows;
  const W = sum(w);
  if (!(W > 0)) return {};
  let tp = 0,
    fp = 0,
    tn = 0,
    fn = 0,
    ll = 0,
    br = 0;
  const bins = new Array(10).fill(0);
  const eps = 2.220446049250313e-16;
  for (let i = 0; i < y.length; i++) {
    if (y[i] === 1 && d[i] === 1) tp += w[i];
    if (y[i] === 0 && d[i] === 1) fp += w[i];
    if (y[i] === 0 && d[i] === 0) tn += w[i];
    if (y[i] === 1 && d[i] === 0) fn += w[i];
    const q = Math.min(1 - eps, Math.max(eps, y[i] === 1 ? p[i] : 1 - p[i]));
    ll -= w[i] * Math.log(q);
    br += w[i] * (y[i] - p[i]) ** 2;
    bins[Math.min(9, Math.floor(p[i] * 10))] += w[i] * (y[i] - p[i]);
  }
  const div = (a: number, b: number) => (b > 0 ? a / b : null);
  return {
    accuracy: (tp + tn) / W,
    precision: div(tp, tp + fp),
    recall: div(tp, tp + fn),
    f1: div(2 * tp, 2 * tp + fp + fn),
    fpr: div(fp, fp + tn),
    positive_rate: (tp + fp) / W,
    expected_cost: (tp * costs.tp + fp * costs.fp + tn * costs.tn + fn * costs.fn) / W,
    auc: pairwiseAuc(rows),
    pr_auc: stepwiseAp(rows),
    log_loss: ll / W,
    brier: br / W,
    ece: sum(bins.map(Math.abs)) / W,
  };
}
