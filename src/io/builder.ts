// Collects rows into compact typed columns as a reader produces them: parses
// and validates each value against its ColumnSpec, dictionary-encodes
// categories, and records the line of every row. No per-row objects: values go
// straight into growable typed arrays. Errors are kept (not thrown) so the
// CSV parser's internals never see an exception; readers check `error`.
import { DataError } from '../errors/index.js';
import { didYouMean } from '../text/index.js';
import { KeyIndex } from './keyindex.js';
import { columnHints } from './hints.js';
import type { ColumnKind, ColumnSpec, Table, TableColumn } from './types.js';

const NUMBER = 0;
const CATEGORY = 1;
const STRING = 2;
const BOOLEAN = 3;
const LABEL = 4;
const MATCH = 5;
const KIND_CODE: Record<ColumnKind, number> = { number: NUMBER, category: CATEGORY, string: STRING, boolean: BOOLEAN, label: LABEL, match: MATCH };

const UTF8 = new TextDecoder();

/** Typed arrays of numbers (never holding nulls), which take the fast path. */
function isNumericArray(a: ArrayLike<unknown>): a is ArrayLike<number> {
  return (
    a instanceof Float64Array ||
    a instanceof Float32Array ||
    a instanceof Int32Array ||
    a instanceof Uint32Array ||
    a instanceof Int16Array ||
    a instanceof Int8Array ||
    a instanceof Uint8Array ||
    a instanceof Uint16Array
  );
}

/** A non-scalar value of a columnar file, for messages. */
function describeValue(v: object): string {
  return Array.isArray(v) ? 'a list' : 'a nested value';
}

const NO_F64 = new Float64Array(0);
const NO_I32 = new Int32Array(0);
const NO_U8 = new Uint8Array(0);

/**
 * The number a text field holds, or NaN when it holds none (empty, blank,
 * not numeric, infinite, or hex/octal/binary notation).
 * @example parseNumber('1e-3') // 0.001
 */
export function parseNumber(s: string): number {
  const v = +s;
  if (v - v !== 0) return NaN; // NaN and ±Infinity
  if (v === 0 && s.trim() === '') return NaN;
  if (s.length > 2 && s.charCodeAt(0) === 48) {
    const c = s.charCodeAt(1) | 32;
    if (c === 120 || c === 111 || c === 98) return NaN; // 0x 0o 0b
  }
  return v;
}

/** 1 for `true`/`1`, 0 for `false`/`0` (case-insensitive), -1 otherwise. */
export function parseBoolean(s: string): number {
  if (s.length === 1) return s === '1' ? 1 : s === '0' ? 0 : -1;
  const t = s.toLowerCase();
  return t === 'true' ? 1 : t === 'false' ? 0 : -1;
}

/** A binary label: as parseBoolean, and also any number equal to 0 or 1 (`1.0`). -1 otherwise. */
export function parseLabel(s: string): number {
  const b = parseBoolean(s);
  if (b !== -1) return b;
  const v = parseNumber(s);
  return v === 0 || v === 1 ? v : -1;
}

/** The first `n` items: a view when that wastes little room, else a copy. */
function trim<T extends Float64Array | Int32Array | Uint8Array>(a: T, n: number): T {
  return (n >= a.length * 0.75 ? a.subarray(0, n) : a.slice(0, n)) as T;
}

/** `parse(text)`, retried on the trimmed text when that fails and there is whitespace to trim. */
function trimmedRetry(parse: (s: string) => number, text: string): number {
  const b = parse(text);
  if (b !== -1) return b;
  const t = text.trim();
  return t === text ? -1 : parse(t);
}

/** A field value quoted for a message, shortened when long. */
export function showValue(s: string): string {
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 37)}...` : s);
}

/** What a column expects, for messages. */
function expectation(spec: ColumnSpec): string {
  switch (spec.kind) {
    case 'number': {
      if (spec.rangeText) return spec.rangeText;
      const lo = spec.min ?? -Infinity;
      const hi = spec.max ?? Infinity;
      if (lo > -Infinity && hi < Infinity) return `a number in [${lo}, ${hi}]`;
      if (lo > -Infinity) return `a number >= ${lo}`;
      if (hi < Infinity) return `a number <= ${hi}`;
      return 'a number';
    }
    case 'label':
      return 'a binary label: 0/1 or true/false';
    case 'boolean':
      return 'true/false or 1/0';
    default:
      return 'a value';
  }
}

/**
 * A DataError at a row of a file: `file:line` for text files; for columnar files (no
 * lines) `row N` (1-based data row in the file) and the row group or record batch.
 */
export function errorAtRow(file: string, where: RowWhere, detail: string, column: string | null): DataError {
  if (where.unit === 'line') return new DataError(file, detail, { line: where.n, column });
  return new DataError(file, `row ${where.n}${where.group !== null ? ` (${where.group})` : ''}: ${detail}`, { column });
}

/** Where a row is: its physical line, or for columnar files its row number and batch. */
export interface RowWhere {
  unit: 'line' | 'row';
  n: number;
  group: string | null;
}

/** How a file's rows are numbered in messages, for `beginFile`. */
export interface FileRows {
  /** `line`: physical lines (CSV, JSONL); `row`: data rows from 1 (Parquet, Arrow). */
  unit: 'line' | 'row';
  /** What a batch of rows is called (`row group`, `record batch`), for messages. */
  batch?: string;
}

/** A column as a columnar reader hands it over: one value per row (null for a null). */
export type ColumnValues = ArrayLike<unknown>;

/**
 * The message for a required column absent from a file.
 * @param hint text after "missing required column", e.g. what else would do
 * @param alternatives other names that would do, also tried for the "did you mean"
 */
export function missingColumn(file: string, name: string, header: readonly string[], hint = '', alternatives: string[] = []): DataError {
  let near: string | null = null;
  for (const n of [name, ...alternatives]) near ??= didYouMean(n, header);
  const present = header.length ? header.join(', ') : '(none)';
  return new DataError(file, `missing required column${hint}; ${near !== null ? `did you mean "${near}"? ` : ''}columns present: ${present}${columnHints(name, header)}`, { column: name });
}

/** A unique string column: its values are the index's keys, made as strings only if asked for (large tables use `index.keyAt`). */
function indexedColumn(index: KeyIndex): TableColumn {
  let values: string[] | null = null;
  return {
    kind: 'string',
    index,
    get values() {
      values ??= index.keys;
      return values;
    },
  };
}

export class TableBuilder {
  /** The first error met; once set, rows are ignored. */
  error: DataError | null = null;
  n = 0;

  private readonly specs: ColumnSpec[];
  private readonly kinds: Int8Array;
  private readonly lo: Float64Array;
  private readonly hi: Float64Array;
  /** Per spec, its field's index in the current file (JSONL: 0 when present), -1 when absent. */
  private readonly fieldIndex: Int32Array;
  /** Per spec, whether the column was in the first file; null before any file. */
  private present: boolean[] | null = null;
  private firstFile = '';
  private cap: number;
  private lines: Int32Array;
  private readonly f64: Float64Array[];
  private readonly i32: Int32Array[];
  private readonly u8: Uint8Array[];
  private readonly dicts: Array<Map<string, number> | null>;
  private readonly dictValues: string[][];
  private readonly strs: string[][];
  /** `string` + unique: the index (holding the values); `match`: the index looked up in. */
  private readonly indexes: Array<KeyIndex | null>;
  /** `match`: per row of the index, the row here (-1 none); and keys not found. */
  private readonly rowOf: Int32Array[];
  private readonly unmatched: Array<Map<string, number> | null>;
  private readonly unmatchedRows: number[][];
  /** `number` columns with `ifInvalid`: how many non-empty values held no number. */
  private readonly invalid: number[];
  private file = '';
  private unit: 'line' | 'row' = 'line';
  private batchName = '';
  private batchIndex = -1;
  private readonly units: Array<'line' | 'row'> = [];
  private readonly files: string[] = [];
  private readonly fileStart: number[] = [];
  private readonly headers: string[][] = [];

  constructor(specs: ColumnSpec[], initialRows = 1 << 14) {
    const keys = new Set<string>();
    for (const s of specs) {
      const key = s.key ?? s.name;
      if (keys.has(key)) throw new Error(`readTable: two column specs share the key "${key}"`);
      keys.add(key);
    }
    this.specs = specs;
    const m = specs.length;
    this.kinds = Int8Array.from(specs, (s) => KIND_CODE[s.kind]);
    this.lo = Float64Array.from(specs, (s) => s.min ?? -Infinity);
    this.hi = Float64Array.from(specs, (s) => s.max ?? Infinity);
    this.fieldIndex = new Int32Array(m).fill(-1);
    this.cap = Math.max(16, initialRows);
    this.lines = new Int32Array(this.cap);
    // Value arrays are allocated once the first file shows which columns are present.
    this.f64 = specs.map(() => NO_F64);
    this.i32 = specs.map(() => NO_I32);
    this.u8 = specs.map(() => NO_U8);
    this.dicts = specs.map((s) => (s.kind === 'category' ? new Map<string, number>() : null));
    this.dictValues = specs.map(() => []);
    this.strs = specs.map(() => []);
    this.indexes = specs.map((s) => {
      if (s.kind === 'match') {
        if (!s.index) throw new Error(`readTable: match column "${s.name}" needs an index`);
        return s.index;
      }
      return s.kind === 'string' && s.unique ? new KeyIndex(this.cap) : null;
    });
    this.rowOf = specs.map((s) => (s.kind === 'match' ? new Int32Array(s.index!.size).fill(-1) : NO_I32));
    this.unmatched = specs.map((s) => (s.kind === 'match' ? new Map<string, number>() : null));
    this.unmatchedRows = specs.map(() => []);
    this.invalid = specs.map(() => 0);
  }

  /**
   * Starts a file with its header (CSV) or first record's keys (JSONL).
   * @throws DataError when a required column is missing, a wanted column is named twice,
   *   or an optional column is in some files of the input but not others
   */
  beginFile(file: string, header: string[], rows: FileRows = { unit: 'line' }): void {
    this.file = file;
    this.unit = rows.unit;
    this.batchName = rows.batch ?? '';
    this.batchIndex = -1;
    this.units.push(rows.unit);
    this.files.push(file);
    this.fileStart.push(this.n);
    this.headers.push(header);
    const names = header.map((h) => h.trim());
    const first = this.present === null;
    const present: boolean[] = [];
    for (let k = 0; k < this.specs.length; k++) {
      const spec = this.specs[k];
      const at = names.indexOf(spec.name);
      if (at !== -1 && names.indexOf(spec.name, at + 1) !== -1) {
        throw new DataError(file, `the header names this column twice (fields ${at + 1} and ${names.indexOf(spec.name, at + 1) + 1})`, {
          line: 1,
          column: spec.name,
        });
      }
      if (at === -1 && spec.required) throw missingColumn(file, spec.name, header);
      present.push(at !== -1);
      if (!first && present[k] !== this.present![k]) {
        const [has, lacks] = present[k] ? [file, this.firstFile] : [this.firstFile, file];
        throw new DataError(lacks, `column is in ${has} but not in this file; all files of one input need the same columns`, {
          column: spec.name,
        });
      }
      this.fieldIndex[k] = at;
    }
    if (first) {
      this.present = present;
      this.firstFile = file;
      this.specs.forEach((spec, k) => {
        if (!present[k]) return;
        if (spec.kind === 'number') this.f64[k] = new Float64Array(this.cap);
        else if (spec.kind === 'category' || spec.kind === 'match') this.i32[k] = new Int32Array(this.cap);
        else if (spec.kind === 'boolean' || spec.kind === 'label') this.u8[k] = new Uint8Array(this.cap);
      });
    }
  }

  /** Adds one CSV record. Returns false (and sets `error`) on a bad value. */
  addFields(fields: string[], line: number): boolean {
    if (this.error !== null) return false;
    const row = this.n;
    if (row === this.cap) this.grow();
    const m = this.kinds.length;
    for (let k = 0; k < m; k++) {
      const at = this.fieldIndex[k];
      if (at >= 0 && !this.putText(k, row, fields[at], line)) return false;
    }
    this.lines[row] = line;
    this.n = row + 1;
    return true;
  }

  /** Adds one JSON Lines record. Returns false (and sets `error`) on a bad value. */
  addObject(obj: Record<string, unknown>, line: number): boolean {
    if (this.error !== null) return false;
    const row = this.n;
    if (row === this.cap) this.grow();
    const m = this.kinds.length;
    for (let k = 0; k < m; k++) {
      if (this.fieldIndex[k] >= 0 && !this.putJson(k, row, obj[this.specs[k].name], line)) return false;
    }
    this.lines[row] = line;
    this.n = row + 1;
    return true;
  }

  /**
   * Adds a batch of rows column by column (the columnar readers' path: no row objects).
   * @param columns per field of the file's header, its values for this batch (unwanted fields may be undefined)
   * @param n rows in the batch
   * @param firstRow the batch's first row within the file (0-based)
   * @param batch the batch's index in the file (row group, record batch), for messages
   * @returns false (and sets `error`) on a bad value
   */
  addColumns(columns: ReadonlyArray<ColumnValues | undefined>, n: number, firstRow: number, batch: number): boolean {
    if (this.error !== null) return false;
    const row0 = this.n;
    while (row0 + n > this.cap) this.grow();
    const lines = this.lines;
    for (let i = 0; i < n; i++) lines[row0 + i] = firstRow + i + 1;
    this.batchIndex = batch;
    const m = this.kinds.length;
    for (let k = 0; k < m; k++) {
      const at = this.fieldIndex[k];
      if (at < 0) continue;
      const col = columns[at];
      if (col === undefined || col.length < n) throw new Error(`addColumns: no values for column ${this.specs[k].name}`);
      if (this.kinds[k] === NUMBER && isNumericArray(col)) {
        if (!this.putNumbers(k, row0, col, n, firstRow)) return false;
        continue;
      }
      if (this.kinds[k] === LABEL && isNumericArray(col)) {
        if (!this.putLabels(k, row0, col, n, firstRow)) return false;
        continue;
      }
      for (let i = 0; i < n; i++) if (!this.putJson(k, row0 + i, col[i], firstRow + i + 1)) return false;
    }
    this.n = row0 + n;
    return true;
  }

  /** A typed array of numbers (no nulls) into a number column, range-checked. */
  private putNumbers(k: number, row0: number, col: ArrayLike<number>, n: number, firstRow: number): boolean {
    const out = this.f64[k];
    const lo = this.lo[k];
    const hi = this.hi[k];
    for (let i = 0; i < n; i++) {
      const v = col[i];
      if (v >= lo && v <= hi && v - v === 0) out[row0 + i] = v;
      else if (!this.putJson(k, row0 + i, v, firstRow + i + 1)) return false;
    }
    return true;
  }

  /** A typed array of numbers (no nulls) into a label column: 0 and 1, anything else through the text rules. */
  private putLabels(k: number, row0: number, col: ArrayLike<number>, n: number, firstRow: number): boolean {
    const out = this.u8[k];
    for (let i = 0; i < n; i++) {
      const v = col[i];
      if (v === 0 || v === 1) out[row0 + i] = v;
      else if (!this.putJson(k, row0 + i, v, firstRow + i + 1)) return false;
    }
    return true;
  }

  /** Records a file-level error found by a reader (bad syntax); rows are ignored after it. */
  fail(error: DataError): void {
    if (this.error === null) this.error = error;
  }

  /** The table read. @throws DataError for a duplicate in a unique column */
  finish(): Table {
    this.checkUnique();
    if (this.error !== null) throw this.error;
    const n = this.n;
    const columns: Record<string, TableColumn | undefined> = {};
    this.specs.forEach((spec, k) => {
      const key = spec.key ?? spec.name;
      if (this.present === null || !this.present[k]) {
        columns[key] = undefined;
        return;
      }
      switch (spec.kind) {
        case 'number':
          columns[key] = spec.ifInvalid === undefined ? { kind: 'number', values: trim(this.f64[k], n) } : { kind: 'number', values: trim(this.f64[k], n), invalid: this.invalid[k] };
          break;
        case 'label':
          columns[key] = { kind: 'label', values: trim(this.u8[k], n) };
          break;
        case 'boolean':
          columns[key] = { kind: 'boolean', values: trim(this.u8[k], n) };
          break;
        case 'category':
          columns[key] = { kind: 'category', codes: trim(this.i32[k], n), values: this.dictValues[k] };
          break;
        case 'string': {
          const index = this.indexes[k];
          if (index === null) {
            this.strs[k].length = n;
            columns[key] = { kind: 'string', values: this.strs[k], index };
          } else columns[key] = indexedColumn(index);
          break;
        }
        case 'match':
          columns[key] = {
            kind: 'match',
            rowIn: trim(this.i32[k], n),
            rowOf: this.rowOf[k],
            unmatchedRows: this.unmatchedRows[k],
            unmatchedKeys: [...this.unmatched[k]!.keys()],
          };
          break;
      }
    });
    return {
      n,
      files: this.files,
      fileStart: [...this.fileStart, n],
      line: trim(this.lines, n),
      headers: this.headers,
      rowUnits: this.units,
      columns,
    };
  }

  private grow(): void {
    // By half: the first capacity is usually an estimate of the rows (a little over).
    const cap = Math.ceil(this.cap * 1.5);
    const lines = new Int32Array(cap);
    lines.set(this.lines);
    this.lines = lines;
    for (let k = 0; k < this.kinds.length; k++) {
      if (this.f64[k].length) {
        const a = new Float64Array(cap);
        a.set(this.f64[k]);
        this.f64[k] = a;
      }
      if (this.i32[k].length) {
        const a = new Int32Array(cap);
        a.set(this.i32[k]);
        this.i32[k] = a;
      }
      if (this.u8[k].length) {
        const a = new Uint8Array(cap);
        a.set(this.u8[k]);
        this.u8[k] = a;
      }
    }
    this.cap = cap;
  }

  private putText(k: number, row: number, text: string, line: number): boolean {
    switch (this.kinds[k]) {
      case NUMBER: {
        const v = parseNumber(text);
        if (v !== v) {
          if (text.trim() !== '') {
            return this.notNumber(k, row, line, `${showValue(text)} is not a number`);
          }
          const fill = this.specs[k].ifEmpty;
          if (typeof fill !== 'number') return this.empty(k, line);
          this.f64[k][row] = fill;
          return true;
        }
        if (v < this.lo[k] || v > this.hi[k]) {
          return this.bad(k, line, `${text.trim()} is out of range; expected ${expectation(this.specs[k])}`);
        }
        this.f64[k][row] = v;
        return true;
      }
      case CATEGORY: {
        let t = text;
        if (t.length === 0) {
          const fill = this.specs[k].ifEmpty;
          if (typeof fill !== 'string') return this.empty(k, line);
          t = fill;
        }
        // Few distinct values (the usual segment column): a scan beats hashing a fresh string.
        const values = this.dictValues[k];
        let code = -1;
        if (values.length <= 16) {
          for (let c = 0; c < values.length; c++) {
            if (values[c] === t) {
              code = c;
              break;
            }
          }
        } else code = this.dicts[k]!.get(t) ?? -1;
        if (code === -1) {
          code = values.length;
          this.dicts[k]!.set(t, code);
          values.push(t);
        }
        this.i32[k][row] = code;
        return true;
      }
      case STRING: {
        let t = text;
        if (t.length === 0) {
          const fill = this.specs[k].ifEmpty;
          if (typeof fill !== 'string') return this.empty(k, line);
          t = fill;
        }
        const index = this.indexes[k];
        if (index === null) this.strs[k][row] = t;
        else index.push(t);
        return true;
      }
      case MATCH: {
        if (text.length === 0) return this.empty(k, line);
        const index = this.indexes[k]!;
        // Same position first: files written in the same order need no hashing.
        const other = row < index.size && index.keyIs(row, text) ? row : index.get(text);
        if (other === -1) {
          const seen = this.unmatched[k]!;
          const first = seen.get(text);
          if (first !== undefined) return this.duplicate(k, text, first, row, line);
          seen.set(text, row);
          this.unmatchedRows[k].push(row);
        } else {
          const rowOf = this.rowOf[k];
          if (rowOf[other] !== -1) return this.duplicate(k, text, rowOf[other], row, line);
          rowOf[other] = row;
        }
        this.i32[k][row] = other;
        return true;
      }
      case BOOLEAN: {
        const b = trimmedRetry(parseBoolean, text);
        if (b === -1) return text.trim() === '' ? this.empty(k, line) : this.bad(k, line, `${showValue(text)} is not a boolean; expected true/false or 1/0`);
        this.u8[k][row] = b;
        return true;
      }
      default: {
        const b = trimmedRetry(parseLabel, text);
        if (b === -1) {
          return text.trim() === '' ? this.empty(k, line) : this.bad(k, line, `${showValue(text)} is not a binary label; expected 0/1 or true/false`);
        }
        this.u8[k][row] = b;
        return true;
      }
    }
  }

  private putJson(k: number, row: number, value: unknown, line: number): boolean {
    switch (typeof value) {
      case 'string':
        return this.putText(k, row, value, line);
      case 'number':
        if (this.kinds[k] === NUMBER) {
          if (value - value !== 0) return value !== value ? this.putText(k, row, '', line) : this.notNumber(k, row, line, `${value} is not a number`);
          if (value < this.lo[k] || value > this.hi[k]) {
            return this.bad(k, line, `${value} is out of range; expected ${expectation(this.specs[k])}`);
          }
          this.f64[k][row] = value;
          return true;
        }
        return this.putText(k, row, String(value), line);
      case 'boolean':
        if (this.kinds[k] === NUMBER) return this.notNumber(k, row, line, `${value} is not a number`);
        return this.putText(k, row, String(value), line);
      case 'bigint':
        // int64 from a columnar file: ids and categories keep every digit as text.
        if (this.kinds[k] === NUMBER) return this.putJson(k, row, Number(value), line);
        return this.putText(k, row, String(value), line);
      case 'undefined':
        return this.putText(k, row, '', line);
      default:
        if (value === null) return this.putText(k, row, '', line);
        if (value instanceof Date && this.kinds[k] !== NUMBER) return this.putText(k, row, value.toISOString(), line);
        if (value instanceof Uint8Array && this.kinds[k] !== NUMBER) return this.putText(k, row, UTF8.decode(value), line);
        if (this.unit === 'row') return this.bad(k, line, `expected ${expectation(this.specs[k])}, got ${describeValue(value as object)}`);
        return this.bad(k, line, `expected ${expectation(this.specs[k])}, got a JSON ${Array.isArray(value) ? 'array' : 'object'}`);
    }
  }

  /** A repeated key at `row` (on `line`): names the earlier row's line, and its file when another. */
  private duplicate(k: number, key: string, firstRow: number, row: number, line: number): false {
    const fileOf = (r: number) => {
      let f = this.fileStart.length - 1;
      while (f > 0 && this.fileStart[f] > r) f--;
      return f;
    };
    const fi = fileOf(row);
    const ff = fileOf(firstRow);
    const file = this.files[fi];
    const firstFile = this.files[ff];
    const firstIsRow = this.units[ff] === 'row';
    const at = firstIsRow ? `row ${this.lines[firstRow]}` : `line ${this.lines[firstRow]}`;
    const where = ff === fi ? at : firstIsRow ? `${firstFile} ${at}` : `${firstFile}:${this.lines[firstRow]}`;
    if (this.error === null) {
      const unit = this.units[fi];
      this.error = errorAtRow(file, { unit, n: line, group: null }, `duplicate ${this.specs[k].name} ${showValue(key)}, first seen on ${where}`, this.specs[k].name);
    }
    return false;
  }

  /** Fails on the first duplicate in each unique column (checked once all rows are in). */
  checkUnique(): void {
    this.specs.forEach((spec, k) => {
      const index = this.indexes[k];
      if (spec.kind !== 'string' || index === null) return;
      const dup = index.firstDuplicate();
      if (dup) this.duplicate(k, index.keyAt(dup[1]), dup[0], dup[1], this.lines[dup[1]]);
    });
  }

  /** A value that holds no number in a number column: an error, or with `ifInvalid` that value, counted. */
  private notNumber(k: number, row: number, line: number, detail: string): boolean {
    const lenient = this.specs[k].ifInvalid;
    if (lenient === undefined) return this.bad(k, line, detail);
    this.invalid[k]++;
    this.f64[k][row] = lenient;
    return true;
  }

  private empty(k: number, line: number): false {
    const kind = this.specs[k].kind;
    const what = kind === 'string' || kind === 'category' || kind === 'match' ? 'a value is required' : `expected ${expectation(this.specs[k])}`;
    return this.bad(k, line, `empty value; ${what}`);
  }

  private bad(k: number, line: number, detail: string): false {
    if (this.error === null) {
      const group = this.unit === 'row' && this.batchIndex >= 0 ? `${this.batchName} ${this.batchIndex}` : null;
      this.error = errorAtRow(this.file, { unit: this.unit, n: line, group }, detail, this.specs[k].name);
    }
    return false;
  }
}
