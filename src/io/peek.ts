// Cheap looks at a data file before reading it: its column names, and about how
// many rows it holds (so typed columns are allocated once, not grown by doubling).
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { parquetMetadata } from 'hyparquet';
import { arrowHeader } from './arrow.js';
import { parquetHeader } from './parquet.js';
import { formatOf, openBytes } from './source.js';

/** The first file's column names (CSV header or first JSON record's keys); null when it cannot be read (the reader then reports why). */
export async function peekHeader(file: string): Promise<string[] | null> {
  try {
    const { format, gzip } = formatOf(file);
    if (format === 'parquet') return (await parquetHeader(file))?.names ?? null;
    if (format === 'arrow') return await arrowHeader(file);
    const stream = openBytes(file, gzip);
    let text = '';
    for await (const chunk of stream) {
      text += (chunk as Buffer).toString('utf8');
      if (text.indexOf('\n') !== -1 || text.length > 1 << 20) break;
    }
    stream.destroy();
    if (format === 'jsonl') {
      const line = text.split('\n').find((l) => l.trim() !== '');
      return line === undefined ? null : Object.keys(JSON.parse(line) as object);
    }
    const rows = parseCsv(text.slice(0, text.indexOf('\n') + 1 || undefined), { delimiter: format === 'tsv' ? '\t' : ',', bom: true, to_line: 1, relax_column_count: true });
    return (rows[0] as string[] | undefined)?.map((h) => h.trim()) ?? null;
  } catch {
    return null;
  }
}

/**
 * The first rows of a text file (CSV/TSV header + records, or JSON objects), up to about
 * `maxBytes`, as column name -> text values; null for columnar files (Parquet, Arrow) or
 * when the start cannot be read (the reader then reports why). For guessing column types.
 */
export async function peekRows(file: string, maxBytes = 1 << 16): Promise<Map<string, string[]> | null> {
  try {
    const { format, gzip } = formatOf(file);
    if (format === 'parquet' || format === 'arrow') return null;
    const stream = openBytes(file, gzip);
    let text = '';
    for await (const chunk of stream) {
      text += (chunk as Buffer).toString('utf8');
      if (text.length >= maxBytes) break;
    }
    stream.destroy();
    const cut = text.length >= maxBytes ? text.lastIndexOf('\n') : text.length;
    const body = text.slice(0, Math.max(0, cut));
    const out = new Map<string, string[]>();
    const add = (k: string, v: unknown) => {
      const list = out.get(k) ?? [];
      list.push(v === null || v === undefined ? '' : String(v));
      out.set(k, list);
    };
    if (format === 'jsonl') {
      for (const line of body.split('\n')) {
        if (line.trim() === '') continue;
        for (const [k, v] of Object.entries(JSON.parse(line) as Record<string, unknown>)) add(k, v);
      }
      return out;
    }
    const rows = parseCsv(body, { delimiter: format === 'tsv' ? '\t' : ',', bom: true, relax_column_count: true, relax_quotes: true }) as string[][];
    const head = (rows[0] ?? []).map((h) => h.trim());
    for (const r of rows.slice(1)) head.forEach((h, i) => add(h, r[i] ?? ''));
    return out;
  } catch {
    return null;
  }
}

/**
 * About how many rows `files` hold, from their sizes and the line length at the start of
 * each (uncompressed) file, so the columns are allocated once instead of grown by doubling.
 */
export function estimateRows(files: string[]): number {
  let rows = 0;
  const buf = Buffer.alloc(1 << 16);
  for (const file of files) {
    if (/\.gz$/i.test(file)) return 1 << 16;
    if (/\.parquet$/i.test(file)) {
      const r = parquetRows(file);
      if (r < 0) return 1 << 16;
      rows += r;
      continue;
    }
    if (/\.(arrow|feather)$/i.test(file)) return 1 << 16;
    let fd = -1;
    try {
      fd = openSync(file, 'r');
      const size = fstatSync(fd).size;
      const got = readSync(fd, buf, 0, buf.length, 0);
      let lines = 0;
      for (let i = 0; i < got; i++) if (buf[i] === 10) lines++;
      rows += lines > 1 ? Math.ceil((size / got) * lines * 1.02) : 1 << 10;
    } catch {
      return 1 << 16; // the reader reports the problem
    } finally {
      if (fd !== -1) closeSync(fd);
    }
  }
  return Math.max(1 << 10, Math.min(rows, 1 << 28));
}

/** The row count in a Parquet file's footer (read synchronously), or -1. */
function parquetRows(file: string): number {
  let fd = -1;
  try {
    fd = openSync(file, 'r');
    const size = fstatSync(fd).size;
    const tail = Buffer.alloc(8);
    readSync(fd, tail, 0, 8, size - 8);
    const len = tail.readUInt32LE(0);
    if (len + 8 > size || len > 1 << 26) return -1;
    const buf = new Uint8Array(len + 8);
    readSync(fd, buf, 0, len + 8, size - len - 8);
    return Number(parquetMetadata(buf.buffer).num_rows);
  } catch {
    return -1;
  } finally {
    if (fd !== -1) closeSync(fd);
  }
}
