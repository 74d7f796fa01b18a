// The generic column reader: reads one input (files concatenated in order)
// into typed columns according to a list of ColumnSpecs. Used for the offline
// eval files and reusable for any row-per-record data file.
import { TableBuilder } from './builder.js';
import { readDelimited } from './csv.js';
import { readJsonLines } from './jsonl.js';
import { formatOf } from './source.js';
import type { CategoricalColumn, ColumnSpec, Table, TableColumn } from './types.js';

export interface ReadTableOptions {
  /** Rows to allocate for at first (the arrays grow by doubling). */
  initialRows?: number;
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
  for (let i = 0; i < files.length; i++) {
    const { format, gzip } = formats[i];
    if (format === 'jsonl') await readJsonLines(files[i], gzip, builder);
    else await readDelimited(files[i], gzip, format === 'tsv' ? '\t' : ',', builder);
  }
  return builder.finish();
}

/** Where row `row` of a table came from: its file and physical line. */
export function rowLocation(table: Table, row: number): { file: string; line: number } {
  let lo = 0;
  let hi = table.files.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (table.fileStart[mid] <= row) lo = mid;
    else hi = mid - 1;
  }
  return { file: table.files[lo], line: table.line[row] };
}

/** `file:line` of a row, for messages. */
export function rowRef(table: Table, row: number): string {
  const { file, line } = rowLocation(table, row);
  return `${file}:${line}`;
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
