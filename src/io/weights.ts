// Example weights that every metric can divide by: each finite and >= 0 (the
// reader's range), and per segment a total that is positive and within
// [MIN_WEIGHT_TOTAL, MAX_WEIGHT_TOTAL], so no sum overflows to Infinity (1e308
// each) or underflows to 0 (5e-324 each) and no metric turns "undefined" or 0
// on weights alone. Weights are relative: a total out of range is fixed by
// rescaling them.
import { DataError } from '../errors/index.js';
import type { CategoricalColumn } from './types.js';

/** The largest total weight of a segment: far enough below Number.MAX_VALUE that weighted sums of squares stay finite. */
export const MAX_WEIGHT_TOTAL = 1e150;
/** The smallest positive total weight of a segment: far enough above the subnormals that weighted terms do not underflow. */
export const MIN_WEIGHT_TOTAL = 1e-150;

/**
 * Throws a DataError naming `column` (in `file`) unless the overall total of `weight` and the
 * total of every value of every segment column are positive and within the bounds above.
 * @example checkWeights(Float64Array.of(0, 0), [], 'weight', 'b.csv') // throws: the weights sum to 0
 */
export function checkWeights(weight: Float64Array, segments: readonly CategoricalColumn[], column: string, file: string): void {
  let total = 0;
  for (let i = 0; i < weight.length; i++) total += weight[i];
  bounded(total, 'all rows', column, file);
  for (const seg of segments) {
    const sums = new Float64Array(seg.values.length);
    const rows = new Int32Array(seg.values.length);
    for (let i = 0; i < weight.length; i++) {
      sums[seg.codes[i]] += weight[i];
      rows[seg.codes[i]]++;
    }
    for (let v = 0; v < sums.length; v++) if (rows[v] > 0) bounded(sums[v], `segment ${seg.name}=${seg.values[v]}`, column, file);
  }
}

function bounded(total: number, where: string, column: string, file: string): void {
  const fix = 'weights are relative: rescale them (e.g. divide by their mean)';
  if (total === 0) throw new DataError(file, `the weights of ${where} sum to 0: every metric would be undefined there; give its rows positive weights`, { column });
  if (!Number.isFinite(total) || total > MAX_WEIGHT_TOTAL)
    throw new DataError(file, `the weights of ${where} sum to ${total} (over ${MAX_WEIGHT_TOTAL}): weighted sums would overflow; ${fix}`, { column });
  if (total < MIN_WEIGHT_TOTAL) throw new DataError(file, `the weights of ${where} sum to ${total} (under ${MIN_WEIGHT_TOTAL}): weighted sums would underflow to 0; ${fix}`, { column });
}
