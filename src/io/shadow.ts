// Reads the shadow log (one row per request per model, long format), pairs
// each request's baseline and candidate rows by request id, checks the log's
// integrity, prices tokens, and joins the delayed labels (`labels` input).
// Typed columns throughout: the request ids are dictionary-encoded once read
// (src/io/requestCodes.ts), so a request's code is its pairing slot, and no
// per-row object is made.
import type { Columns, Pricing, ShadowModels, Task } from './options.js';
import { ConfigError, DataError } from '../errors/index.js';
import { missingColumn, parseLabel, showValue } from './builder.js';
import { MISSING_SEGMENT } from './eval.js';
import { expandInput } from './glob.js';
import { estimateRows, peekHeader } from './peek.js';
import { requestCodes } from './requestCodes.js';
import { requestTimes } from './timestamp.js';
import { errorAt, readLabelsFile, type LabelsFile } from './labels.js';
import { columnOf, locate, pickCategories, readTable, rowRef } from './table.js';
import type { CategoricalColumn, ColumnSpec, ShadowData, ShadowIntegrity, ShadowLabels, ShadowModelData, Table } from './types.js';

export { requestCodes } from './requestCodes.js';

export interface ShadowReadOptions {
  /** Path or glob of the shadow log. */
  shadow: string;
  /** Path or glob of the delayed labels (`request_id,label`), or null. */
  labels: string | null;
  columns: Columns;
  task: Task;
  /** binary: decision = score >= threshold when the log has no prediction column. */
  threshold: number;
  models: ShadowModels;
  pricing: Pricing;
  /**
   * Column groups the configured rules need, each with the reason (for the message when
   * the log lacks it), e.g. `{ cost: 'cost_per_1k is in shadow.envelope' }`. Groups not
   * named here are read when present.
   */
  needs: { cost?: string; error?: string; decision?: string; score?: string; timestamp?: string };
  /** Read the outputs (score, prediction) when present even if no rule needs them (the data checks' output skew). */
  outputs?: boolean;
}

const EXAMPLES = 5;
/** Category value standing for an empty field. */
const EMPTY = '';

/**
 * Reads and pairs the shadow log.
 * - Rows are paired by request id; requests come out in the order of their first row.
 *   Requests served by one model only are counted in `integrity` (the gate judges coverage).
 * - Each row's `model` must be `shadow.models.baseline` or `.candidate`; a request may have
 *   at most one row per model.
 * - Latency, cost (or tokens) and the model's output may be empty only on a row whose
 *   `error` is true (a failed request); an empty cost counts as 0 there.
 * - Segment values and labels must agree between a request's two rows; labels from the
 *   labels file must agree with the log's where both exist.
 * @throws DataError (file, line, column) for malformed data, a duplicate (request, model)
 *   row, an unknown model, a missing required column, or no request served by both models;
 *   ConfigError when tokens need `shadow.pricing` and it is not set
 */
export async function readShadowLog(opts: ShadowReadOptions): Promise<ShadowData> {
  const files = expandInput(opts.shadow);
  const c = opts.columns;
  // The outputs (score, prediction) are read only when something needs them: an agreement
  // or PSI rule, or labels for the online metrics.
  const header = await peekHeader(files[0]);
  const wantOutputs = opts.outputs === true || opts.needs.decision !== undefined || opts.needs.score !== undefined || opts.labels !== null || header === null || header.includes(c.label);
  const t = await readTable(files, specsFor(opts, wantOutputs), { initialRows: estimateRows(files) });
  if (t.n === 0) throw new DataError(files[0], 'the shadow log has no rows; expected one row per request per model');
  checkNeeds(t, opts);

  // Pair: per request code, its baseline row and its candidate row.
  const req = requestCodes(columnOf(t, 'request', 'string')!.values);
  t.columns.request = undefined; // a string per row: let it go
  const model = columnOf(t, 'model', 'category')!;
  const role = modelRoles(t, model, opts);
  const R = req.values.length;
  const bRow = new Int32Array(R).fill(-1);
  const cRow = new Int32Array(R).fill(-1);
  const reqCodes = req.codes;
  const modelCodes = model.codes;
  let baselineRows = 0;
  for (let row = 0; row < t.n; row++) {
    const r = reqCodes[row];
    const slot = role[modelCodes[row]] === 0 ? bRow : cRow;
    if (slot === bRow) baselineRows++;
    if (slot[r] !== -1) {
      const first = slot[r];
      const { file } = locate(t, row);
      const at = locate(t, first);
      throw errorAt(
        t,
        row,
        c.request_id,
        `request ${showValue(req.values[r])} has a second row for model ${showValue(model.values[modelCodes[row]])}, first seen on ${at.file === file ? `${at.unit} ${t.line[first]}` : rowRef(t, first)}; each request needs exactly one row per model`,
      );
    }
    slot[r] = row;
  }

  let n = 0;
  const onlyB: string[] = [];
  const onlyC: string[] = [];
  let onlyBaseline = 0;
  let onlyCandidate = 0;
  for (let r = 0; r < R; r++) {
    if (bRow[r] !== -1 && cRow[r] !== -1) n++;
    else if (bRow[r] !== -1) {
      onlyBaseline++;
      if (onlyB.length < EXAMPLES) onlyB.push(showValue(req.values[r]));
    } else {
      onlyCandidate++;
      if (onlyC.length < EXAMPLES) onlyC.push(showValue(req.values[r]));
    }
  }
  if (n === 0) {
    throw new DataError(
      files[0],
      `no request was served by both models (${baselineRows} ${opts.models.baseline} rows, ${t.n - baselineRows} ${opts.models.candidate} rows); each request id needs one row per model`,
      { column: c.request_id },
    );
  }
  const pairB = new Int32Array(n);
  const pairC = new Int32Array(n);
  const requestIds: string[] = new Array(n);
  for (let r = 0, k = 0; r < R; r++) {
    if (bRow[r] === -1 || cRow[r] === -1) continue;
    pairB[k] = bRow[r];
    pairC[k] = cRow[r];
    requestIds[k++] = req.values[r];
  }
  const integrity: ShadowIntegrity = {
    rows: t.n,
    baselineRows,
    candidateRows: t.n - baselineRows,
    requests: R,
    paired: n,
    onlyBaseline,
    onlyCandidate,
    coverage: n / R,
    examplesOnlyBaseline: onlyB,
    examplesOnlyCandidate: onlyC,
  };

  // Decisions are needed for agreement and for the online metrics on labelled requests.
  const wantDecisions = opts.needs.decision !== undefined || t.columns.label !== undefined || opts.labels !== null;
  const ctx: Ctx = { t, opts, pairB, pairC, requestIds, wantDecisions };
  const labelsFile = opts.labels === null ? null : await readLabelsFile(opts.labels, c, opts.task);
  const classes = classNames(ctx, labelsFile);
  const costSource = t.columns.cost ? 'cost_usd' : t.columns.inputTokens && t.columns.outputTokens && opts.pricing ? 'tokens' : null;
  const { baseline, candidate } = modelsData(ctx, classes);
  const segments = c.segments.map((s) => segmentColumn(ctx, s));
  const { label, labels } = joinLabels(ctx, classes, labelsFile);
  const ts = columnOf(t, 'timestamp', 'category');
  const timestamp = ts ? requestTimes(t, ts, pairB, pairC, timestampColumn(c), requestIds) : null;
  return {
    n,
    baseline,
    candidate,
    label,
    classes: opts.task === 'multiclass' ? classes.names : [],
    costSource,
    segments,
    integrity,
    labels,
    files,
    timestamp,
  };
}

/** The timestamp column's name: `columns.timestamp`, else `timestamp`. */
const timestampColumn = (c: Columns): string => c.timestamp ?? 'timestamp';

interface Ctx {
  t: Table;
  opts: ShadowReadOptions;
  pairB: Int32Array;
  pairC: Int32Array;
  /** The request id of each paired request. */
  requestIds: string[];
  wantDecisions: boolean;
}

function specsFor(opts: ShadowReadOptions, outputs: boolean): ColumnSpec[] {
  const c = opts.columns;
  const num = (name: string, key: string, extra: Partial<ColumnSpec> = {}): ColumnSpec => ({ name, key, kind: 'number', required: false, ifEmpty: NaN, ...extra });
  const specs: ColumnSpec[] = [
    { name: c.request_id, key: 'request', kind: 'string', required: true },
    { name: c.model, key: 'model', kind: 'category', required: true },
    num(c.latency_ms, 'latency', { required: true, min: 0, rangeText: 'a latency in ms, 0 or more' }),
    num(c.cost_usd, 'cost', { min: 0, rangeText: 'a cost in USD, 0 or more' }),
    num(c.input_tokens, 'inputTokens', { min: 0, rangeText: 'a token count, 0 or more' }),
    num(c.output_tokens, 'outputTokens', { min: 0, rangeText: 'a token count, 0 or more' }),
    { name: c.error, key: 'error', kind: 'boolean', required: false },
  ];
  const cat = (name: string, key: string): ColumnSpec => ({ name, key, kind: 'category', required: false, ifEmpty: EMPTY });
  switch (outputs ? opts.task : null) {
    case 'binary':
      specs.push(num(c.score, 'score', { min: 0, max: 1, rangeText: 'a probability in [0, 1]' }), cat(c.prediction, 'prediction'), cat(c.label, 'label'));
      break;
    case 'multiclass':
      specs.push(num(c.score, 'score'), cat(c.prediction, 'prediction'), cat(c.label, 'label'));
      break;
    case 'regression':
      specs.push(num(c.score, 'score'), num(c.prediction, 'prediction'), num(c.label, 'label'));
      break;
  }
  for (const s of c.segments) specs.push({ name: s, key: `segment:${s}`, kind: 'category', required: true, ifEmpty: MISSING_SEGMENT });
  specs.push({ name: timestampColumn(c), key: 'timestamp', kind: 'category', required: false, ifEmpty: EMPTY });
  return specs;
}

/** Fails on a column group the rules need but the log lacks. */
function checkNeeds(t: Table, opts: ShadowReadOptions): void {
  const c = opts.columns;
  const { needs } = opts;
  const file = t.files[0];
  const header = t.headers[0];
  if (needs.cost && !t.columns.cost) {
    const hasIn = t.columns.inputTokens !== undefined;
    const hasOut = t.columns.outputTokens !== undefined;
    if (!hasIn && !hasOut) {
      throw missingColumn(file, c.cost_usd, header, ` (${needs.cost}; or give ${c.input_tokens} and ${c.output_tokens} with shadow.pricing)`, [c.input_tokens]);
    }
    if (!hasIn || !hasOut)
      throw missingColumn(file, hasIn ? c.output_tokens : c.input_tokens, header, ` (${needs.cost}: tokens are priced from both ${c.input_tokens} and ${c.output_tokens})`);
    if (!opts.pricing) {
      throw new ConfigError('config', [
        {
          path: 'shadow.pricing',
          message: `the shadow log ${file} has no ${c.cost_usd} column, only ${c.input_tokens}/${c.output_tokens}, and ${needs.cost}: set shadow.pricing { input_per_1k_tokens, output_per_1k_tokens } to price the tokens`,
        },
      ]);
    }
  }
  if (needs.error && !t.columns.error) throw missingColumn(file, c.error, header, ` (${needs.error}; true/false or 1/0 per row)`);
  if (needs.score && !t.columns.score) throw missingColumn(file, c.score, header, ` (${needs.score})`);
  if (needs.timestamp && !t.columns.timestamp) throw missingColumn(file, timestampColumn(c), header, ` (${needs.timestamp}; ISO 8601 or epoch seconds per row)`);
  if (needs.decision) {
    if (opts.task === 'multiclass' && !t.columns.prediction) throw missingColumn(file, c.prediction, header, ` (${needs.decision}: the predicted class)`);
    if (opts.task !== 'multiclass' && !t.columns.prediction && !t.columns.score) {
      throw missingColumn(file, c.score, header, ` (${needs.decision}; a "${c.prediction}" column also works)`, [c.prediction]);
    }
  }
}

/** Per model-column code: 0 baseline, 1 candidate. @throws DataError for any other value */
function modelRoles(t: Table, model: { codes: Int32Array; values: string[] }, opts: ShadowReadOptions): Int8Array {
  const { baseline, candidate } = opts.models;
  const role = Int8Array.from(model.values, (v) => (v === baseline ? 0 : v === candidate ? 1 : -1));
  const bad = role.indexOf(-1);
  if (bad === -1) return role;
  const row = model.codes.indexOf(bad);
  const seen = model.values.slice(0, 6).map(showValue).join(', ') + (model.values.length > 6 ? ', ...' : '');
  return fail(
    errorAt(
      t,
      row,
      opts.columns.model,
      `${showValue(model.values[bad])} is neither the baseline (${showValue(baseline)}) nor the candidate (${showValue(candidate)}); the log's models are ${seen}: name them under shadow.models, and leave other models' rows out of the log`,
    ),
  );
}

function fail(e: Error): never {
  throw e;
}

/** Class names (multiclass): the sorted non-empty values of the prediction and label columns and of the labels file. */
interface Classes {
  names: string[];
  /** Per prediction-column code, the class code (NaN for empty). */
  prediction: Float64Array | null;
  /** Per label-column code, the class code (NaN for empty). */
  label: Float64Array | null;
  byName: Map<string, number>;
}

function classNames(ctx: Ctx, labelsFile: LabelsFile | null): Classes {
  const { t, opts } = ctx;
  if (opts.task !== 'multiclass') return { names: [], prediction: null, label: null, byName: new Map() };
  const pred = columnOf(t, 'prediction', 'category');
  const lab = columnOf(t, 'label', 'category');
  const used = new Set<string>();
  for (const col of [pred, lab]) for (const v of col?.values ?? []) if (v !== EMPTY) used.add(v);
  for (const v of labelsFile?.names ?? []) used.add(v);
  const names = [...used].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const byName = new Map(names.map((v, i) => [v, i]));
  const map = (col: typeof pred) => (col ? Float64Array.from(col.values, (v) => (v === EMPTY ? NaN : byName.get(v)!)) : null);
  return { names, prediction: map(pred), label: map(lab), byName };
}

/** Per code of a binary category column: 0/1, NaN for empty. @throws DataError at the first row with another value */
function binaryCodes(t: Table, key: string, column: string): Float64Array {
  const col = columnOf(t, key, 'category')!;
  const out = new Float64Array(col.values.length);
  col.values.forEach((v, code) => {
    if (v === EMPTY) out[code] = NaN;
    else {
      const b = parseLabel(v.trim());
      if (b === -1) throw errorAt(t, col.codes.indexOf(code), column, `${showValue(v)} is not a binary value; expected 0/1 or true/false`);
      out[code] = b;
    }
  });
  return out;
}

/**
 * Both models' values on the paired requests (`pairB[k]`, `pairC[k]`: request k's rows),
 * column by column; each table column is dropped once gathered, so its memory can go
 * before the next is copied.
 */
function modelsData(ctx: Ctx, classes: Classes): { baseline: ShadowModelData; candidate: ShadowModelData } {
  const { t, opts, pairB, pairC } = ctx;
  const c = opts.columns;
  const n = pairB.length;
  const errCol = columnOf(t, 'error', 'boolean')?.values ?? null;
  const isError = (row: number): boolean => errCol !== null && errCol[row] === 1;
  const emptyOnSuccess = (row: number, column: string, what: string): DataError =>
    errorAt(t, row, column, `empty value; expected ${what} (only a row with ${c.error}=true, a failed request, may leave it empty)`);
  const both = <T>(f: (rows: Int32Array) => T): [T, T] => [f(pairB), f(pairC)];
  const drop = (key: string) => {
    t.columns[key] = undefined;
  };

  const gatherNumber = (key: string, column: string, what: string, emptyAs: number): [Float64Array, Float64Array] | null => {
    const col = columnOf(t, key, 'number');
    if (!col) return null;
    const v = col.values;
    const out = both((rows) => {
      const a = new Float64Array(n);
      for (let k = 0; k < n; k++) {
        const row = rows[k];
        const x = v[row];
        if (x !== x) {
          if (!isError(row)) throw emptyOnSuccess(row, column, what);
          a[k] = emptyAs;
        } else a[k] = x;
      }
      return a;
    });
    drop(key);
    return out;
  };

  const latency = gatherNumber('latency', c.latency_ms, 'the serving latency in ms', NaN)!;
  let cost = gatherNumber('cost', c.cost_usd, 'the cost in USD', 0);
  if (!cost && opts.pricing && t.columns.inputTokens && t.columns.outputTokens) {
    const inT = gatherNumber('inputTokens', c.input_tokens, 'the input token count', 0)!;
    const outT = gatherNumber('outputTokens', c.output_tokens, 'the output token count', 0)!;
    const pi = opts.pricing.inputPer1kTokens / 1000;
    const po = opts.pricing.outputPer1kTokens / 1000;
    for (const m of [0, 1]) for (let k = 0; k < n; k++) inT[m][k] = inT[m][k] * pi + outT[m][k] * po;
    cost = inT;
  }
  const error = errCol
    ? both((rows) => {
        const a = new Uint8Array(n);
        for (let k = 0; k < n; k++) a[k] = errCol[rows[k]];
        return a;
      })
    : null;

  let score: [Float64Array, Float64Array] | null = null;
  let decision: [Float64Array, Float64Array] | null = null;
  if (opts.task === 'regression') {
    score = gatherNumber('score', c.score, "the model's prediction", NaN) ?? gatherNumber('prediction', c.prediction, "the model's prediction", NaN);
    decision = score;
  } else {
    score = gatherNumber('score', c.score, "the model's score", NaN);
    const pred = ctx.wantDecisions ? columnOf(t, 'prediction', 'category') : undefined;
    if (pred) {
      const byCode = opts.task === 'binary' ? binaryCodes(t, 'prediction', c.prediction) : classes.prediction!;
      decision = both((rows) => {
        const a = new Float64Array(n);
        for (let k = 0; k < n; k++) {
          const row = rows[k];
          const d = byCode[pred.codes[row]];
          if (d !== d && !isError(row)) throw emptyOnSuccess(row, c.prediction, "the model's decision");
          a[k] = d;
        }
        return a;
      });
    } else if (opts.task === 'binary' && score && ctx.wantDecisions) {
      const th = opts.threshold;
      decision = [score[0].map((x) => (x !== x ? NaN : x >= th ? 1 : 0)), score[1].map((x) => (x !== x ? NaN : x >= th ? 1 : 0))];
    }
  }
  const model = (m: 0 | 1): ShadowModelData => ({
    latency: latency[m],
    cost: cost?.[m] ?? null,
    error: error?.[m] ?? null,
    score: score?.[m] ?? null,
    decision: decision?.[m] ?? null,
  });
  return { baseline: model(0), candidate: model(1) };
}

/** A segment column on the paired requests (from the baseline's rows), its dictionary reduced to the values that occur. */
function segmentColumn(ctx: Ctx, name: string): CategoricalColumn {
  const { t, pairB, pairC, requestIds } = ctx;
  const col = columnOf(t, `segment:${name}`, 'category')!;
  const src = col.codes;
  for (let k = 0; k < pairB.length; k++) {
    const old = src[pairB[k]];
    if (src[pairC[k]] !== old) {
      throw errorAt(
        t,
        pairC[k],
        name,
        `request ${showValue(requestIds[k])} has ${name} ${showValue(col.values[src[pairC[k]]])} here but ${showValue(col.values[old])} in its ${ctx.opts.models.baseline} row (${rowRef(t, pairB[k])}); both rows of a request must carry the same segment values`,
      );
    }
  }
  return pickCategories(name, col, pairB);
}

/** The label per paired request, from the log's label column and the labels file. */
function joinLabels(ctx: Ctx, classes: Classes, file: LabelsFile | null): { label: Float64Array | null; labels: ShadowLabels } {
  const { t, opts, pairB, pairC, requestIds } = ctx;
  const c = opts.columns;
  const n = pairB.length;
  const labels: ShadowLabels = { labelled: 0, fromLog: 0, fromFile: 0, fileRows: null, fileUnmatched: null, files: [] };
  let label: Float64Array | null = null;
  const show = (v: number): string => (opts.task === 'multiclass' ? showValue(classes.names[v]) : String(v));

  // From the log: per row, then per request (the two rows must agree where both carry one).
  const inLog = t.columns.label !== undefined;
  if (inLog) {
    let byRow: (row: number) => number;
    if (opts.task === 'regression') {
      const v = columnOf(t, 'label', 'number')!.values;
      byRow = (row) => v[row];
    } else {
      const col = columnOf(t, 'label', 'category')!;
      const byCode = opts.task === 'binary' ? binaryCodes(t, 'label', c.label) : classes.label!;
      byRow = (row) => byCode[col.codes[row]];
    }
    label = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const lb = byRow(pairB[k]);
      const lc = byRow(pairC[k]);
      if (lb === lb && lc === lc && lb !== lc) {
        throw errorAt(
          t,
          pairC[k],
          c.label,
          `request ${showValue(requestIds[k])} has label ${show(lc)} here but ${show(lb)} in its ${opts.models.baseline} row (${rowRef(t, pairB[k])}); both rows of a request must carry the same label`,
        );
      }
      const l = lb === lb ? lb : lc;
      label[k] = l;
      if (l === l) labels.fromLog++;
    }
  }

  if (file !== null) {
    labels.files = file.files;
    labels.fileRows = file.n;
    label ??= new Float64Array(n).fill(NaN);
    let matched = 0;
    for (let k = 0; k < n; k++) {
      const j = file.ids.get(requestIds[k]);
      if (j === -1) continue;
      matched++;
      const v = file.names !== null ? classes.byName.get(file.names[j])! : file.values[j];
      const l = label[k];
      if (l === l && l !== v) {
        throw errorAt(file.table, j, c.label, `request ${showValue(requestIds[k])} has label ${show(v)} here but ${show(l)} in the shadow log (${rowRef(t, pairB[k])}); the two must agree`);
      }
      if (l !== l) {
        label[k] = v;
        labels.fromFile++;
      }
    }
    labels.fileUnmatched = file.n - matched;
  }
  if (label) for (let k = 0; k < n; k++) if (label[k] === label[k]) labels.labelled++;
  return { label, labels };
}
