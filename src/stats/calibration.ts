// Monotone calibration of binary scores: isotonic regression by the
// pool-adjacent-violators algorithm (PAV), as scikit-learn's
// IsotonicRegression(increasing=True, out_of_bounds='clip'): fitted on the
// distinct scores (each with the weighted mean of its labels), predictions
// interpolated linearly between them and clipped outside. Data is grouped by
// score once (`isotonicGroups`), so a bootstrap refits from per-row weights in
// one O(n) pass (`fitIsotonic`).

/**
 * Pool adjacent violators: the non-decreasing fit of `y` (in order) minimizing the weighted squared error.
 * Entries with weight 0 take their neighbours' pooled value.
 * @example pav(Float64Array.of(1, 3, 2, 4, 3, 5), Float64Array.of(1, 1, 1, 1, 1, 1)) // [1, 2.5, 2.5, 3.5, 3.5, 5]
 */
export function pav(y: ArrayLike<number>, w: ArrayLike<number>): Float64Array {
  const n = y.length;
  // Blocks as a stack: value, weight, and the index of their first entry.
  const value = new Float64Array(n);
  const weight = new Float64Array(n);
  const start = new Int32Array(n);
  let top = -1;
  for (let i = 0; i < n; i++) {
    if (!(w[i] > 0)) continue;
    top++;
    value[top] = y[i];
    weight[top] = w[i];
    start[top] = i;
    while (top > 0 && value[top - 1] > value[top]) {
      const wt = weight[top - 1] + weight[top];
      value[top - 1] = (value[top - 1] * weight[top - 1] + value[top] * weight[top]) / wt;
      weight[top - 1] = wt;
      top--;
    }
  }
  const out = new Float64Array(n).fill(NaN);
  for (let b = 0; b <= top; b++) {
    const end = b < top ? start[b + 1] : n;
    for (let i = b === 0 ? 0 : start[b]; i < end; i++) out[i] = value[b];
  }
  return out;
}

/** Scores grouped by distinct value, ascending: what every refit reads. */
export interface IsotonicGroups {
  /** The distinct finite scores, ascending. */
  x: Float64Array;
  /** Per row of the data: its group (-1 for a row left out: NaN score or label). */
  groupOf: Int32Array;
}

/**
 * Groups rows by score (rows with a NaN score or label are left out).
 * @example isotonicGroups(Float64Array.of(0.2, 0.1, 0.2), Float64Array.of(1, 0, 0)).x // [0.1, 0.2]
 */
export function isotonicGroups(score: Float64Array, label: Float64Array): IsotonicGroups {
  const rows: number[] = [];
  for (let i = 0; i < score.length; i++) if (score[i] === score[i] && label[i] === label[i]) rows.push(i);
  rows.sort((a, b) => score[a] - score[b]);
  const groupOf = new Int32Array(score.length).fill(-1);
  const xs: number[] = [];
  for (const i of rows) {
    if (xs.length === 0 || score[i] !== xs[xs.length - 1]) xs.push(score[i]);
    groupOf[i] = xs.length - 1;
  }
  return { x: Float64Array.from(xs), groupOf };
}

/** A fitted calibration: knots (ascending x, non-decreasing y). */
export interface Isotonic {
  x: Float64Array;
  y: Float64Array;
}

/**
 * Fits the isotonic calibration from per-row weights (a bootstrap's counts times the example weights; null: all 1).
 * @returns null when no row has weight
 * @example fitIsotonic(isotonicGroups(s, y), y, null)
 */
export function fitIsotonic(g: IsotonicGroups, label: Float64Array, weight: ArrayLike<number> | null): Isotonic | null {
  const G = g.x.length;
  const sw = new Float64Array(G);
  const swy = new Float64Array(G);
  for (let i = 0; i < g.groupOf.length; i++) {
    const k = g.groupOf[i];
    if (k < 0) continue;
    const w = weight === null ? 1 : weight[i];
    if (!(w > 0)) continue;
    sw[k] += w;
    swy[k] += w * label[i];
  }
  let m = 0;
  for (let k = 0; k < G; k++) if (sw[k] > 0) m++;
  if (m === 0) return null;
  const x = new Float64Array(m);
  const mean = new Float64Array(m);
  const w = new Float64Array(m);
  for (let k = 0, j = 0; k < G; k++) {
    if (!(sw[k] > 0)) continue;
    x[j] = g.x[k];
    mean[j] = swy[k] / sw[k];
    w[j++] = sw[k];
  }
  return { x, y: pav(mean, w) };
}

/**
 * The calibrated probability of score `s`: linear between knots, clipped outside them.
 * @example predictIsotonic({ x: Float64Array.of(0, 1), y: Float64Array.of(0.2, 0.6) }, 0.5) // 0.4
 */
export function predictIsotonic(f: Isotonic, s: number): number {
  const { x, y } = f;
  const m = x.length;
  if (s <= x[0]) return y[0];
  if (s >= x[m - 1]) return y[m - 1];
  let lo = 0;
  let hi = m - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (x[mid] <= s) lo = mid;
    else hi = mid;
  }
  return y[lo] + ((y[hi] - y[lo]) * (s - x[lo])) / (x[hi] - x[lo]);
}

/**
 * Calibrated probabilities of many scores at once, visiting them in ascending order (`order`): O(n + knots).
 * @param out where to write p[k] for score[k]
 */
export function predictIsotonicSorted(f: Isotonic, score: Float64Array, order: Int32Array, out: Float64Array): void {
  const { x, y } = f;
  const m = x.length;
  let j = 0;
  for (let t = 0; t < order.length; t++) {
    const k = order[t];
    const s = score[k];
    if (s <= x[0]) out[k] = y[0];
    else if (s >= x[m - 1]) out[k] = y[m - 1];
    else {
      while (x[j + 1] <= s) j++;
      out[k] = y[j] + ((y[j + 1] - y[j]) * (s - x[j])) / (x[j + 1] - x[j]);
    }
  }
}
