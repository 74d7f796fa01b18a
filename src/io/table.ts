// The generic column reader: reads one input (files concatenated in order)
// into typed columns according to a list of ColumnSpecs. Used for the offline
// eval files and reusable for any row-per-record data file.
import { DataError } from '../errors/index.js';
import { TableBuilder, errorAtRow } from './builder.js';
import { readArrow } from './arrow.js';
import { readDelimited } from './csv.js';
import { readJsonLines } from './jsonl.js';
import { ReadMeter, defaultProgress, type ProgressReporter } from './limits.js';
import { readParquet } from './parquet.js';
import { sniffCompressed } from './hints.js';
import { COLUMNAR, formatOf } from './source.js';
import type { CategoricalColumn, ColumnSpec, Table, TableColumn } from './types.js';

export interface ReadTableOptions {
  /** Rows to allocate for at first (the arrays grow by doubling). */
  initialRows?: number;
  /** Progress of long reads; default `defaultProgress()` (silent under tests); null for none. */
  progress?: ProgressReporter | null;
}

/**
 * Reads `files` in order into one table of typed columns, streaming each file.
 * @param files paths (already expanded; see `expandInput`), each .csv/.tsv/.jsonl/.ndjson, optionally .gz
 * @param spec the columns to read; other columns are ignored
 * @throws DataError naming file, line and column for an unknown extension, a missing
 *   required column, malformed CSV/JSON, or a value its spec rejects
 * @example
 * const t = await readTable(['a.csv'], [{ name: 'id', kind: 'string', required: true }]);
 * // t.columns.id.values: ['x1', 'x2', ...]; t.line: Int32Array [2, 3, ...]
 */
export async function readTable(files: string[], spec: ColumnSpec[], opts: ReadTableOptions = {}): Promise<Table> {
  const formats = files.map((f) => formatOf(f));
  const builder = new TableBuilder(spec, opts.initialRows);
  const wanted = new Set(spec.map((s) => s.name));
  const reporter = opts.progress === undefined ? defaultProgress() : opts.progress;
  for (let i = 0; i < files.length; i++) {
    const { format, gzip } = formats[i];
    const meter = new ReadMeter(files[i], reporter);
    const before = builder.n;
    if (!COLUMNAR.has(format)) sniffCompressed(files[i], gzip);
    if (format === 'jsonl') await readJsonLines(files[i], gzip, builder, meter);
    else if (format === 'parquet') await readParquet(files[i], wanted, builder, meter);
    else if (format === 'arrow') await readArrow(files[i], wanted, builder, meter);
    else await readDelimited(files[i], gzip, format === 'tsv' ? '\t' : ',', builder, meter);
    meter.done(builder.n - before);
  }
  return builder.finish();
}

/** A column to read with `readColumns`. */
export interface ColumnRequest {
  name: string;
  /** `number` (finite, empty = NaN), `category` (text, dictionary-encoded; empty = ""), `string` (text per row), `boolean`. */
  kind: 'number' | 'category' | 'string' | 'boolean';
  /** Default true: a file without it is an error naming the file and the columns present. */
  required?: boolean;
  /** `number`: a non-empty value that holds no number reads as NaN, counted in the column's `invalid` (default: an error). */
  lenient?: boolean;
}

/**
 * Reads the named columns of a table (a feature table, say) from any supported format: the
 * generic read for data checks. Columns come back by name; an optional column absent from the
 * files is undefined. Progress and errors as for readTable.
 * @example
 * const t = await readColumns(expandInput('features/*.parquet'), [{ name: 'age', kind: 'number' }]);
 * // t.columns.age: { kind: 'number', values: Float64Array [...] }
 */
export async function readColumns(files: string[], columns: ColumnRequest[], opts: ReadTableOptions = {}): Promise<Table> {
  const seen = new Set<string>();
  for (const c of columns) {
    if (seen.has(c.name)) throw new DataError(files[0] ?? '(no file)', 'the same column is requested twice', { column: c.name });
    seen.add(c.name);
  }
  const spec: ColumnSpec[] = columns.map((c) => ({
    name: c.name,
    kind: c.kind,
    required: c.required ?? true,
    ifEmpty: c.kind === 'number' ? NaN : c.kind === 'boolean' ? undefined : '',
    ...(c.kind === 'number' && c.lenient ? { ifInvalid: NaN } : {}),
  }));
  return readTable(files, spec, opts);
}

/** Where row `row` of a table came from: its file and physical line. */
export function rowLocation(table: Table, row: number): { file: string; line: number } {
  const { file, line } = locate(table, row);
  return { file, line };
}

/** rowLocation, with what `line` counts: physical lines, or (columnar files) data rows from 1. */
export function locate(table: Table, row: number): { file: string; line: number; unit: 'line' | 'row' } {
  let lo = 0;
  let hi = table.files.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (table.fileStart[mid] <= row) lo = mid;
    else hi = mid - 1;
  }
  return { file: table.files[lo], line: table.line[row], unit: table.rowUnits?.[lo] ?? 'line' };
}

/** `file:line` of a row, for messages (`file row N` for a columnar file, which has no lines). */
export function rowRef(table: Table, row: number): string {
  const { file, line, unit } = locate(table, row);
  return unit === 'row' ? `${file} row ${line}` : `${file}:${line}`;
}

/** A DataError at row `row` of a table (its line, or for a columnar file its row number). */
export function errorAtTableRow(table: Table, row: number, column: string | null, detail: string): DataError {
  const { file, line, unit } = locate(table, row);
  return errorAtRow(file, { unit, n: line, group: null }, detail, column);
}

/** The column under `key`, checked to be of the expected kind; undefined when absent. */
export function columnOf<K extends TableColumn['kind']>(table: Table, key: string, kind: K): Extract<TableColumn, { kind: K }> | undefined {
  const c = table.columns[key];
  if (c === undefined) return undefined;
  if (c.kind !== kind) throw new Error(`column ${key} is ${c.kind}, not ${kind}`);
  return c as Extract<TableColumn, { kind: K }>;
}

/**
 * A categorical column taken at `rows` (in that order), its dictionary reduced to the
 * values that occur there, numbered in order of first appearance.
 * @example pickCategories('region', { codes: Int32Array.of(0, 1, 0), values: ['BR', 'US'] }, Int32Array.of(1, 2))
 * // { name: 'region', codes: [0, 1], values: ['US', 'BR'] }
 */
export function pickCategories(name: string, col: { codes: Int32Array; values: string[] }, rows: ArrayLike<number>): CategoricalColumn {
  const n = rows.length;
  const remap = new Int32Array(col.values.length).fill(-1);
  const values: string[] = [];
  const codes = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const old = col.codes[rows[k]];
    let code = remap[old];
    if (code === -1) {
      code = remap[old] = values.length;
      values.push(col.values[old]);
    }
    codes[k] = code;
  }
  return { name, codes, values };
}
