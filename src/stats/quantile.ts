// src/stats/quantile.ts: the one quantile rule of the gate. Linear
// interpolation between order statistics (Hyndman & Fan type 7, numpy's and
// R's default): with the n values sorted as x[0] <= ... <= x[n-1], the
// p-quantile sits at position h = p * (n - 1) and is
// x[floor(h)] + (h - floor(h)) * (x[floor(h) + 1] - x[floor(h)]).
// Exact: the values are sorted, never sketched.

/**
 * Where the p-quantile of n sorted values sits: the lower index and the weight of the next value.
 * @example quantilePosition(5, 0.5) // { lo: 2, frac: 0 }
 * @example quantilePosition(4, 0.99) // { lo: 2, frac: 0.97 } (h = 2.97)
 */
export function quantilePosition(n: number, p: number): { lo: number; frac: number } {
  const h = p * (n - 1);
  const lo = Math.floor(h);
  return { lo, frac: lo >= n - 1 ? 0 : h - lo };
}

/**
 * The p-quantile of values already sorted ascending (type 7); NaN when there are none.
 * @param sorted ascending values
 * @param p in [0, 1]
 * @example quantileSorted([1, 2, 3, 4], 0.5) // 2.5
 * @example quantileSorted([10, 20, 30, 40, 50], 0.99) // 49.6
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const { lo, frac } = quantilePosition(n, p);
  const x = sorted[lo];
  return frac === 0 ? x : x + frac * (sorted[lo + 1] - x);
}

/**
 * The p-quantile of `values[order[start]], ..., values[order[start + count - 1]]`, where
 * `order` lists indices in ascending order of value (type 7); NaN when count is 0.
 * @example quantileOfOrder(Float64Array.of(30, 10, 20), Int32Array.of(1, 2, 0), 0, 3, 0.5) // 20
 */
export function quantileOfOrder(values: ArrayLike<number>, order: ArrayLike<number>, start: number, count: number, p: number): number {
  if (count === 0) return NaN;
  const { lo, frac } = quantilePosition(count, p);
  const x = values[order[start + lo]];
  return frac === 0 ? x : x + frac * (values[order[start + lo + 1]] - x);
}
