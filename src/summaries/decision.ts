// decision.ts: both models' DecisionViews of one joint table (label, baseline
// decision, candidate decision), refilled per resample by the decision bootstrap
// without allocating. The views are what every decision metric is declared on.
import type { DecisionView } from './types.js';

function view(K: number, trueW: Float64Array, trueCount: Float64Array): DecisionView & { tp: Float64Array; predW: Float64Array; predCount: Float64Array } {
  return {
    K,
    total: 0,
    correct: 0,
    trueW,
    trueCount,
    tp: new Float64Array(K),
    predW: new Float64Array(K),
    predCount: new Float64Array(K),
    confusion: { tp: 0, fp: 0, tn: 0, fn: 0 },
  };
}

/** Both models' decision summaries of one (resampled) joint table. */
export class TableSummary {
  readonly K: number;
  total = 0;
  /** Weight and rows labelled as each class (shared by both views). */
  readonly trueW: Float64Array;
  readonly trueCount: Float64Array;
  /** Per model: the view decision metrics read. */
  readonly views: [ReturnType<typeof view>, ReturnType<typeof view>];

  constructor(K: number) {
    this.K = K;
    this.trueW = new Float64Array(K);
    this.trueCount = new Float64Array(K);
    this.views = [view(K, this.trueW, this.trueCount), view(K, this.trueW, this.trueCount)];
  }

  /**
   * Fills the views from table cells `keys[i]` (index `(y*K + b)*K + c`) with
   * `counts[i]` rows weighing `weights[i]` in all.
   */
  fill(keys: Int32Array, counts: ArrayLike<number>, weights: ArrayLike<number>): void {
    const K = this.K;
    this.trueW.fill(0);
    this.trueCount.fill(0);
    const [vB, vC] = this.views;
    for (const v of this.views) {
      v.tp.fill(0);
      v.predW.fill(0);
      v.predCount.fill(0);
    }
    let total = 0;
    const tpB = vB.tp;
    const tpC = vC.tp;
    const KK = K * K;
    for (let i = 0; i < keys.length; i++) {
      const x = counts[i];
      if (x === 0) continue;
      const w = weights[i];
      const key = keys[i];
      const y = (key / KK) | 0;
      const rest = key - y * KK;
      const b = (rest / K) | 0;
      const c = rest - b * K;
      total += w;
      this.trueW[y] += w;
      this.trueCount[y] += x;
      vB.predW[b] += w;
      vB.predCount[b] += x;
      vC.predW[c] += w;
      vC.predCount[c] += x;
      if (b === y) tpB[b] += w;
      if (c === y) tpC[c] += w;
    }
    this.total = total;
    for (const v of this.views) {
      v.total = total;
      let correct = 0;
      for (let k = 0; k < K; k++) correct += v.tp[k];
      v.correct = correct;
      if (K === 2) {
        const cm = v.confusion;
        cm.tp = v.tp[1];
        cm.tn = v.tp[0];
        cm.fp = v.predW[1] - v.tp[1];
        cm.fn = this.trueW[1] - v.tp[1];
      }
    }
  }
}
