// records.ts: the record files every summaries producer writes (summaries@1: the
// offline comparison, the shadow log, the data profiles): five columns
// (segment, kind, key, value, text) read from JSON Lines, CSV or Parquet, and
// the header record checked: exactly one, of the known format, whose
// fingerprint (md5 of its settings' JSON) matches its settings. Each reader then
// checks those settings against its config and decodes its own kinds.
import { DataError } from '../errors/index.js';
import { readColumns, rowLocation, type Table } from '../io/index.js';
import { md5Hex } from './md5.js';

/** A table of summaries records, its columns as arrays, and a refusal naming file and line. */
export interface RecordTable {
  t: Table;
  seg: string[];
  kind: string[];
  key: string[];
  text: string[];
  value: Float64Array;
  /** Refuses record `r` (-1: the whole input) at `column` with `detail`. */
  fail(r: number, column: string, detail: string): never;
}

/** Reads the records of `files` (any data format the gate reads). */
export function readRecords(files: string[]): Promise<Table> {
  return readColumns(files, [
    { name: 'segment', kind: 'string' },
    { name: 'kind', kind: 'string' },
    { name: 'key', kind: 'string' },
    { name: 'value', kind: 'number' },
    { name: 'text', kind: 'string', required: false },
  ]);
}

/**
 * The record columns of `t`, and its refusal.
 * @param what how a refusal names the input without a file (`(summaries)`), and its prefix (`not a valid profile: `)
 */
export function recordsOf(t: Table, what: { name: string; prefix?: string } = { name: '(summaries)' }): RecordTable {
  const strings = (name: string): string[] => {
    const c = t.columns[name];
    return c && c.kind === 'string' ? c.values : new Array<string>(t.n).fill('');
  };
  return {
    t,
    seg: strings('segment'),
    kind: strings('kind'),
    key: strings('key'),
    text: strings('text'),
    value: (t.columns.value as { values: Float64Array }).values,
    fail(r, column, detail): never {
      const { file, line } = r < 0 ? { file: t.files.join(', ') || what.name, line: null } : rowLocation(t, r);
      throw new DataError(file, `${what.prefix ?? ''}${detail}`, { line, column });
    },
  };
}

/** The fingerprint a header carries for its settings: md5 of their JSON (keys in the order they were built). */
export function settingsFingerprint(settings: unknown): string {
  return md5Hex(JSON.stringify(settings));
}

/**
 * The header record of `records`: one, of `format`, with a fingerprint that matches its settings.
 * @returns its row and its settings (to be checked against this config's by the caller)
 * @throws DataError naming the file and line (a missing text column, no or several headers, another format, an edited header)
 */
export function readHeader(records: RecordTable, format: string): { row: number; settings: Record<string, unknown> } {
  const { t, kind, key, text, fail } = records;
  if (!t.columns.text) fail(-1, 'text', "no text column: a summaries file has the five columns segment, kind, key, value, text (the header's settings are in text); export them all");
  const headers = [...kind.keys()].filter((r) => kind[r] === 'header');
  if (headers.length > 1) {
    const where = headers.slice(0, 3).map((r) => {
      const { file, line } = rowLocation(t, r);
      return line === null ? file : `${file}:${line}`;
    });
    fail(headers[1], 'kind', `${headers.length} header records (${where.join(', ')}): one summaries file per source, each given once`);
  }
  if (headers.length === 0) fail(-1, 'kind', `expected one header record (kind "header"), found none: is this a ${format} file?`);
  const h = headers[0];
  if (key[h] !== format) fail(h, 'key', `format ${JSON.stringify(key[h])}; this gate reads ${format}`);
  let header: { fingerprint?: unknown; settings?: unknown };
  try {
    header = JSON.parse(text[h]);
  } catch {
    return fail(h, 'text', 'the header text is not JSON');
  }
  const settings = (header.settings ?? {}) as Record<string, unknown>;
  const expected = settingsFingerprint(settings);
  if (header.fingerprint !== expected) fail(h, 'text', `the fingerprint ${String(header.fingerprint)} does not match the header's settings (${expected}): the file was edited`);
  return { row: h, settings };
}
