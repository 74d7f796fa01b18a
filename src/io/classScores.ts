// classScores.ts: multiclass probabilities, one column per class as pandas writes
// `predict_proba` (`score_<class>` by default; the pattern `columns.class_scores`
// with `{class}` where the class name goes). The classes are found in each input's
// first header; each row's scores must sum to 1 within SUM_TOLERANCE.
import { DataError } from '../errors/index.js';
import { columnOf, errorAtTableRow } from './table.js';
import type { ColumnSpec, Table } from './types.js';

/** The pattern's default: `score_cat`, `score_dog`, ... */
export const DEFAULT_CLASS_SCORES = 'score_{class}';

/**
 * How far a row's class scores may sum from 1. Absolute, 1e-5: float32 `predict_proba`
 * output written as text carries ~6e-8 of rounding per class, so a few dozen classes stay
 * well inside it; a real bug (a missing class column, logits, percentages) is far outside.
 */
export const SUM_TOLERANCE = 1e-5;

/** The class names a header's columns give under the pattern, with their column names, in header order. */
export function classScoreColumns(header: readonly string[], pattern: string): Array<{ cls: string; column: string }> {
  const at = pattern.indexOf('{class}');
  if (at === -1) return [];
  const pre = pattern.slice(0, at);
  const post = pattern.slice(at + '{class}'.length);
  const out: Array<{ cls: string; column: string }> = [];
  for (const h of header) {
    if (h.length > pre.length + post.length && h.startsWith(pre) && h.endsWith(post)) out.push({ cls: h.slice(pre.length, h.length - post.length), column: h });
  }
  return out;
}

/** The specs reading each class's score column (a probability), keyed `proba:<class>`. */
export function classScoreSpecs(cols: Array<{ cls: string; column: string }>): ColumnSpec[] {
  return cols.map(({ cls, column }) => ({ name: column, key: `proba:${cls}`, kind: 'number', required: true, min: 0, max: 1, rangeText: 'a probability in [0, 1]' }));
}

/**
 * The probability matrix of the joined rows (`rows[k]` is table row of joined row k), n x K
 * row-major in the order of `classes`, checked: every class has a column, every row sums to 1.
 * @throws DataError naming the file for a class without a column, and file:line for a row whose scores do not sum to 1
 */
export function probabilityMatrix(t: Table, rows: Int32Array, classes: readonly string[], pattern: string): Float64Array {
  const K = classes.length;
  const cols = classes.map((c) => columnOf(t, `proba:${c}`, 'number')?.values);
  const missing = classes.filter((_, k) => cols[k] === undefined);
  if (missing.length > 0) {
    const name = (c: string) => pattern.replace('{class}', c);
    throw new DataError(
      t.files[0],
      `no class score column for ${missing.map((c) => JSON.stringify(c)).join(', ')}: with class scores every class (${classes.join(', ')}) needs its column ${missing.map(name).join(', ')}`,
      { column: name(missing[0]) },
    );
  }
  const n = rows.length;
  const out = new Float64Array(n * K);
  for (let r = 0; r < n; r++) {
    const row = rows[r];
    let sum = 0;
    for (let k = 0; k < K; k++) {
      const p = cols[k]![row];
      out[r * K + k] = p;
      sum += p;
    }
    if (!(Math.abs(sum - 1) <= SUM_TOLERANCE)) {
      const shown = classes.map((c, k) => `${c} ${cols[k]![row]}`).join(', ');
      throw errorAtTableRow(t, row, null, `the class scores sum to ${sum}, not 1 (within ${SUM_TOLERANCE}): ${shown}; they must be probabilities over all classes, as predict_proba gives`);
    }
  }
  return out;
}

/**
 * Each row's top class: the highest score, ties to the first class in sorted class order
 * (numpy's argmax, which scikit-learn's `predict` uses).
 */
export function topClass(proba: Float64Array, K: number, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    let best = 0;
    for (let k = 1; k < K; k++) if (proba[r * K + k] > proba[r * K + best]) best = k;
    out[r] = best;
  }
  return out;
}
