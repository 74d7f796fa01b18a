// Reads the offline eval pair (baseline and candidate predictions on the same
// test set), joins them on id in the baseline's row order, checks that they
// agree on labels and weights, and produces EvalData for the rest of the gate.
import type { Columns, Task } from './options.js';
import { DataError } from '../errors/index.js';
import { missingColumn, showValue } from './builder.js';
import { classScoreColumns, classScoreSpecs, DEFAULT_CLASS_SCORES, probabilityMatrix, topClass } from './classScores.js';
import { expandInput } from './glob.js';
import { estimateRows, peekHeader } from './peek.js';
import type { KeyIndex } from './keyindex.js';
import { checkWeights } from './weights.js';
import { columnOf, errorAtTableRow, pickCategories, readTable, rowRef } from './table.js';
import type { CategoricalColumn, Codes, ColumnSpec, EvalData, IdGrouper, JoinIntegrity, ModelOutputs, Table } from './types.js';

export interface EvalPairOptions {
  /** Path or glob of the baseline's eval file(s). */
  baseline: string;
  /** Path or glob of the candidate's eval file(s). */
  candidate: string;
  columns: Columns;
  task: Task;
  /** binary: decision = score >= threshold when a file has no prediction column. */
  threshold: number;
  /** Columns X used as `mean[X]`: required, numeric, in both files. */
  numericColumns: string[];
  /**
   * What to keep of each joined row's id: `text` the ids as strings (`EvalData.ids`, the
   * default), a grouper: only its group (`EvalData.idGroups`, hashed from the ids in place,
   * so the id strings are never made), `none`: nothing.
   */
  ids?: 'text' | 'none' | IdGrouper;
}

/** Text for a segment value that is empty in the file. */
export const MISSING_SEGMENT = '(missing)';

const EXAMPLES = 5;

/**
 * Reads and joins the offline eval pair.
 * - Rows are joined on `id` and come out in the baseline file's order; ids in
 *   only one file are counted in `integrity` (the gate judges coverage).
 * - binary: label 0/1 or true/false, score in [0, 1], optional prediction 0/1
 *   (else decision = score >= threshold). multiclass: label and prediction are
 *   class names, `classes` their sorted union. regression: score (or
 *   prediction) is the prediction.
 * - weight, segments: from the baseline file, else the candidate's.
 * @throws DataError (file, line, column) for any malformed input, a duplicate id,
 *   a label or weight the two files disagree on, or no id in common
 */
export async function readEvalPair(opts: EvalPairOptions): Promise<EvalData> {
  const baseFiles = expandInput(opts.baseline);
  const candFiles = expandInput(opts.candidate);
  const c = opts.columns;

  // The baseline's ids are indexed as they are read; the candidate's are looked up in that index as they are read.
  // multiclass: the class probability columns each input's first header has (score_<class>).
  const pattern = c.class_scores ?? DEFAULT_CLASS_SCORES;
  const scoresOf = async (files: string[]) => (opts.task === 'multiclass' ? classScoreColumns((await peekHeader(files[0])) ?? [], pattern) : []);
  const scoresB = await scoresOf(baseFiles);
  const scoresC = await scoresOf(candFiles);
  const base = await readTable(baseFiles, [{ name: c.id, key: 'id', kind: 'string', required: true, unique: true }, ...specsFor(opts, c.segments, scoresB)], {
    initialRows: estimateRows(baseFiles),
  });
  checkScore(base, opts);
  const index = columnOf(base, 'id', 'string')!.index!;
  const someIds = (k: number) => Array.from({ length: Math.min(k, index.size) }, (_, r) => index.keyAt(r));
  const segmentsFromCandidate = c.segments.filter((s) => base.columns[`segment:${s}`] === undefined);
  const cand = await readTable(candFiles, [{ name: c.id, key: 'id', kind: 'match', required: true, index }, ...specsFor(opts, segmentsFromCandidate, scoresC)], {
    initialRows: Math.max(1 << 14, base.n),
  });
  checkScore(cand, opts);
  for (const s of segmentsFromCandidate) {
    if (cand.columns[`segment:${s}`] === undefined) {
      const present = [...new Set([...base.headers.flat(), ...cand.headers.flat()])];
      throw missingColumn(baseFiles[0], s, present, ` (segment column, in neither ${baseFiles[0]} nor ${candFiles[0]})`);
    }
  }

  const join = columnOf(cand, 'id', 'match')!;
  let n = 0;
  for (let i = 0; i < base.n; i++) if (join.rowOf[i] !== -1) n++;
  if (n === 0) {
    const ex = (ids: string[]) => (ids.length ? ids.slice(0, 3).map(showValue).join(', ') : '(no rows)');
    throw new DataError(
      opts.candidate,
      `no id in common with the baseline ${opts.baseline} (${base.n} vs ${cand.n} rows); ids look like ${ex(someIds(3))} there and ${ex(join.unmatchedKeys)} here; both files must score the same test set`,
      { column: c.id },
    );
  }
  // Joined rows in the baseline's order.
  const bRows = new Int32Array(n);
  const cRows = new Int32Array(n);
  const onlyBaseline: string[] = [];
  const smallestB = new Smallest(EXAMPLES);
  for (let i = 0, k = 0; i < base.n; i++) {
    const j = join.rowOf[i];
    if (j !== -1) {
      bRows[k] = i;
      cRows[k++] = j;
    } else {
      const id = index.keyAt(i);
      if (onlyBaseline.length < EXAMPLES) onlyBaseline.push(id);
      smallestB.add(id);
    }
  }
  const smallestC = new Smallest(EXAMPLES);
  for (const id of join.unmatchedKeys) smallestC.add(id);

  const integrity: JoinIntegrity = {
    baselineRows: base.n,
    candidateRows: cand.n,
    matched: n,
    onlyBaseline: base.n - n,
    onlyCandidate: cand.n - n,
    coverage: n / Math.max(base.n, cand.n),
    examplesOnlyBaseline: onlyBaseline,
    examplesOnlyCandidate: join.unmatchedKeys.slice(0, EXAMPLES),
  };

  const ctx: PairContext = { base, cand, bRows, cRows, b: rowsOf(bRows, base.n), c: rowsOf(cRows, cand.n), index, columns: c };
  const task =
    opts.task === 'multiclass'
      ? multiclassOutputs(
          ctx,
          [...scoresB, ...scoresC].map((x) => x.cls),
          pattern,
        )
      : numericOutputs(ctx, opts);

  const weight = weights(ctx);
  const segments = c.segments.map((s) => segmentColumn(ctx, s));
  if (weight) checkWeights(weight, segments, c.weight, (columnOf(base, 'weight', 'number') ? baseFiles : candFiles)[0] ?? 'eval');
  const ids = opts.ids ?? 'text';
  return {
    n,
    label: task.label,
    classes: task.classes,
    weight,
    baseline: task.baseline,
    candidate: task.candidate,
    segments,
    numeric: Object.fromEntries(
      opts.numericColumns.map((x) => [
        x,
        { baseline: gather(columnOf(base, `numeric:${x}`, 'number')!.values, ctx.b), candidate: gather(columnOf(cand, `numeric:${x}`, 'number')!.values, ctx.c) },
      ]),
    ),
    integrity,
    files: { baseline: baseFiles, candidate: candFiles },
    ...(ids === 'text' ? { ids: Array.from(bRows, (r) => index.keyAt(r)) } : {}),
    ...(typeof ids === 'object' ? { idGroups: { seed: ids.seed, groups: ids.groups, of: index.mapRows(bRows, ids.groupOf) } } : {}),
    smallestOnly: { baseline: smallestB.values, candidate: smallestC.values },
  };
}

/** The `k` smallest texts added (compareText order), kept sorted. */
class Smallest {
  readonly values: string[] = [];
  constructor(private readonly k: number) {}
  add(s: string): void {
    const v = this.values;
    if (v.length === this.k && !(s < v[v.length - 1])) return;
    let i = v.length;
    while (i > 0 && s < v[i - 1]) i--;
    v.splice(i, 0, s);
    if (v.length > this.k) v.pop();
  }
}

/** The columns to read from one side, besides the id. */
function specsFor(opts: EvalPairOptions, segments: string[], classScores: Array<{ cls: string; column: string }>): ColumnSpec[] {
  const c = opts.columns;
  const specs: ColumnSpec[] = [];
  switch (opts.task) {
    case 'binary':
      specs.push(
        { name: c.label, key: 'label', kind: 'label', required: true },
        { name: c.score, key: 'score', kind: 'number', required: true, min: 0, max: 1, rangeText: 'a probability in [0, 1]' },
        { name: c.prediction, key: 'prediction', kind: 'label', required: false },
      );
      break;
    case 'multiclass':
      specs.push(
        { name: c.label, key: 'label', kind: 'category', required: true },
        // With class scores the prediction defaults to the top class.
        { name: c.prediction, key: 'prediction', kind: 'category', required: classScores.length === 0 },
        { name: c.score, key: 'score', kind: 'number', required: false },
        ...classScoreSpecs(classScores),
      );
      break;
    case 'regression':
      specs.push(
        { name: c.label, key: 'label', kind: 'number', required: true },
        { name: c.score, key: 'score', kind: 'number', required: false },
        { name: c.prediction, key: 'prediction', kind: 'number', required: false },
      );
      break;
  }
  specs.push({ name: c.weight, key: 'weight', kind: 'number', required: false, min: 0, rangeText: 'a weight >= 0' });
  for (const s of segments) specs.push({ name: s, key: `segment:${s}`, kind: 'category', required: false, ifEmpty: MISSING_SEGMENT });
  for (const x of opts.numericColumns) specs.push({ name: x, key: `numeric:${x}`, kind: 'number', required: true });
  return specs;
}

/** regression needs `score` or, failing that, `prediction`. */
function checkScore(t: Table, opts: EvalPairOptions): void {
  if (opts.task === 'regression' && t.columns.score === undefined && t.columns.prediction === undefined) {
    throw missingColumn(t.files[0], opts.columns.score, t.headers[0], ` (the prediction; a "${opts.columns.prediction}" column also works)`, [opts.columns.prediction]);
  }
}

/** Which rows of a table the joined rows are, in order; `identity` when they are all its rows, in its order. */
interface Rows {
  idx: Int32Array;
  identity: boolean;
}

function rowsOf(idx: Int32Array, tableRows: number): Rows {
  let identity = idx.length === tableRows;
  for (let k = 0; k < idx.length && identity; k++) identity = idx[k] === k;
  return { idx, identity };
}

interface PairContext {
  base: Table;
  cand: Table;
  /** Joined row k is row bRows[k] of the baseline and cRows[k] of the candidate. */
  bRows: Int32Array;
  cRows: Int32Array;
  b: Rows;
  c: Rows;
  /** The baseline's ids by row. */
  index: KeyIndex;
  columns: Columns;
}

interface TaskOutputs {
  label: Codes;
  classes: string[];
  baseline: ModelOutputs;
  candidate: ModelOutputs;
}

/** values[rows[k]] for each joined row k; a Float64Array column itself when the rows are all of it, in order. */
function gather(values: Float64Array | Uint8Array, rows: Rows): Float64Array {
  if (rows.identity) return values instanceof Float64Array ? values : Float64Array.from(values);
  const idx = rows.idx;
  const out = new Float64Array(idx.length);
  for (let k = 0; k < idx.length; k++) out[k] = values[idx[k]];
  return out;
}

/** gather for byte columns (binary labels and decisions): bytes out. */
function gatherBytes(values: Uint8Array, rows: Rows): Uint8Array {
  if (rows.identity) return values;
  const idx = rows.idx;
  const out = new Uint8Array(idx.length);
  for (let k = 0; k < idx.length; k++) out[k] = values[idx[k]];
  return out;
}

function disagreement(ctx: PairContext, k: number, column: string, what: string, b: string, c: string): DataError {
  const row = ctx.bRows[k];
  const { base, cand } = ctx;
  return errorAtTableRow(base, row, column, `id ${showValue(ctx.index.keyAt(row))} has ${what} ${b} here but ${c} in ${rowRef(cand, ctx.cRows[k])}; both files must carry the same ${what}s`);
}

/** binary and regression: numeric labels; outputs from score / prediction. */
function numericOutputs(ctx: PairContext, opts: EvalPairOptions): TaskOutputs {
  const { base, cand, bRows, cRows } = ctx;
  const kind = opts.task === 'binary' ? 'label' : 'number';
  const lb = columnOf(base, 'label', kind)!.values;
  const lc = columnOf(cand, 'label', kind)!.values;
  const n = bRows.length;
  for (let k = 0; k < n; k++) {
    const v = lb[bRows[k]];
    if (v !== lc[cRows[k]]) throw disagreement(ctx, k, ctx.columns.label, 'label', String(v), String(lc[cRows[k]]));
  }
  // binary: labels and decisions stay bytes (0/1), an eighth of the room of numbers.
  const label = lb instanceof Uint8Array ? gatherBytes(lb, ctx.b) : gather(lb, ctx.b);
  const outputs = (t: Table, rows: Rows): ModelOutputs => {
    if (opts.task === 'regression') {
      const s = gather((columnOf(t, 'score', 'number') ?? columnOf(t, 'prediction', 'number'))!.values, rows);
      return { score: s, decision: s };
    }
    const score = gather(columnOf(t, 'score', 'number')!.values, rows);
    const pred = columnOf(t, 'prediction', 'label');
    let decision: Uint8Array;
    if (pred) decision = gatherBytes(pred.values, rows);
    else {
      decision = new Uint8Array(n);
      const threshold = opts.threshold;
      for (let k = 0; k < n; k++) decision[k] = score[k] >= threshold ? 1 : 0;
    }
    return { score, decision };
  };
  return { label, classes: [], baseline: outputs(base, ctx.b), candidate: outputs(cand, ctx.c) };
}

/**
 * multiclass: labels and predictions as codes into the sorted union of class names (with
 * the classes of the score columns); without a prediction column, the top class.
 */
function multiclassOutputs(ctx: PairContext, scoreClasses: string[], pattern: string): TaskOutputs {
  const { base, cand, bRows, cRows } = ctx;
  const n = bRows.length;
  const lb = columnOf(base, 'label', 'category')!;
  const lc = columnOf(cand, 'label', 'category')!;
  const pb = columnOf(base, 'prediction', 'category');
  const pc = columnOf(cand, 'prediction', 'category');

  // Candidate label codes -> baseline label codes (-1: a name the baseline never uses).
  const lbIndex = new Map(lb.values.map((v, i) => [v, i]));
  const lcToLb = Int32Array.from(lc.values, (v) => lbIndex.get(v) ?? -1);
  for (let k = 0; k < n; k++) {
    const b = lb.codes[bRows[k]];
    const cc = lc.codes[cRows[k]];
    if (lcToLb[cc] !== b) throw disagreement(ctx, k, ctx.columns.label, 'label', showValue(lb.values[b]), showValue(lc.values[cc]));
  }

  // Classes: the names used as a label or prediction on the joined rows.
  const used = new Set<string>();
  const mark = (col: { codes: Int32Array; values: string[] }, rows: Int32Array) => {
    const seen = new Uint8Array(col.values.length);
    for (let k = 0; k < n; k++) seen[col.codes[rows[k]]] = 1;
    seen.forEach((s, i) => s && used.add(col.values[i]));
  };
  mark(lb, bRows);
  if (pb) mark(pb, bRows);
  if (pc) mark(pc, cRows);
  for (const cls of scoreClasses) used.add(cls);
  const classes = [...used].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const classOf = new Map(classes.map((v, i) => [v, i]));
  const toClass = (col: { codes: Int32Array; values: string[] }, rows: Int32Array) => {
    const tr = Float64Array.from(col.values, (v) => classOf.get(v) ?? -1);
    const out = new Float64Array(n);
    for (let k = 0; k < n; k++) out[k] = tr[col.codes[rows[k]]];
    return out;
  };
  const scoreOf = (t: Table, rows: Rows) => {
    const s = columnOf(t, 'score', 'number');
    return s ? gather(s.values, rows) : new Float64Array(n).fill(NaN);
  };
  const outputs = (t: Table, rows: Rows, tableRows: Int32Array, pred: typeof pb): TaskOutputs['baseline'] => {
    const hasScores = Object.keys(t.columns).some((k) => k.startsWith('proba:'));
    const proba = hasScores ? probabilityMatrix(t, tableRows, classes, pattern) : undefined;
    const decision = pred ? toClass(pred, tableRows) : topClass(proba!, classes.length, n);
    return { score: scoreOf(t, rows), decision, ...(proba ? { proba } : {}) };
  };
  return {
    label: toClass(lb, bRows),
    classes,
    baseline: outputs(base, ctx.b, bRows, pb),
    candidate: outputs(cand, ctx.c, cRows, pc),
  };
}

/** Weights from the baseline, else the candidate; when both carry them they must agree. */
function weights(ctx: PairContext): Float64Array | null {
  const { base, cand, bRows, cRows } = ctx;
  const wb = columnOf(base, 'weight', 'number');
  const wc = columnOf(cand, 'weight', 'number');
  if (wb && wc) {
    for (let k = 0; k < bRows.length; k++) {
      const b = wb.values[bRows[k]];
      const c = wc.values[cRows[k]];
      if (b !== c) throw disagreement(ctx, k, ctx.columns.weight, 'weight', String(b), String(c));
    }
  }
  if (wb) return gather(wb.values, ctx.b);
  if (wc) return gather(wc.values, ctx.c);
  return null;
}

/** A segment column on the joined rows, its dictionary reduced to the values that occur. */
function segmentColumn(ctx: PairContext, name: string): CategoricalColumn {
  const fromBase = columnOf(ctx.base, `segment:${name}`, 'category');
  const col = fromBase ?? columnOf(ctx.cand, `segment:${name}`, 'category')!;
  // All of a table's rows in its order: its codes already number the values in order of first appearance.
  if ((fromBase ? ctx.b : ctx.c).identity) return { name, codes: col.codes, values: col.values };
  return pickCategories(name, col, fromBase ? ctx.bRows : ctx.cRows);
}
