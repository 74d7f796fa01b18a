// Opens one data file as a stream of raw bytes: picks the format from the
// extension, gunzips `.gz`, and turns file-system and zlib failures into
// DataErrors naming the file.
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { DataError } from '../errors/index.js';

export type Format = 'csv' | 'tsv' | 'jsonl' | 'parquet' | 'arrow';

export interface FileFormat {
  format: Format;
  gzip: boolean;
}

const EXTENSIONS: Record<string, Format> = {
  csv: 'csv',
  tsv: 'tsv',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  parquet: 'parquet',
  arrow: 'arrow',
  feather: 'arrow',
};

/** Columnar formats: compressed inside, read a row group (record batch) at a time, never gzipped whole. */
export const COLUMNAR: ReadonlySet<Format> = new Set<Format>(['parquet', 'arrow']);

/** The valid extensions, for messages. */
export const VALID_EXTENSIONS = '.csv, .tsv, .jsonl, .ndjson (each optionally .gz), .parquet, .arrow, .feather';

/**
 * The format of a file, from its extension (case-insensitive).
 * @throws DataError for any other extension
 * @example formatOf('eval/b.csv.gz') // { format: 'csv', gzip: true }
 */
export function formatOf(file: string): FileFormat {
  const name = file.slice(file.lastIndexOf('/') + 1).toLowerCase();
  const gzip = name.endsWith('.gz');
  const base = gzip ? name.slice(0, -3) : name;
  const dot = base.lastIndexOf('.');
  const format = dot > 0 ? EXTENSIONS[base.slice(dot + 1)] : undefined;
  if (format === undefined) {
    const ext = dot > 0 ? `"${name.slice(dot)}"` : 'no extension';
    throw new DataError(file, `unsupported file type (${ext}); expected ${VALID_EXTENSIONS}`);
  }
  if (gzip && COLUMNAR.has(format)) {
    throw new DataError(file, `a .${base.slice(dot + 1)} file is compressed inside (its own codecs); give it without the .gz`);
  }
  return { format, gzip };
}

/** The file's bytes, decompressed when `gzip`. Errors surface when the stream is read; map them with `readFailure`. */
export function openBytes(file: string, gzip: boolean): Readable {
  const raw = createReadStream(file, { highWaterMark: 1 << 16 });
  if (!gzip) return raw;
  const gunzip = createGunzip();
  raw.on('error', (e) => gunzip.destroy(e));
  return raw.pipe(gunzip);
}

/** A DataError for a failure while opening, reading or decompressing `file`. */
export function readFailure(file: string, e: unknown): DataError {
  if (e instanceof DataError) return e;
  const code = (e as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return new DataError(file, 'file not found');
    case 'EISDIR':
      return new DataError(file, 'is a directory; expected a file');
    case 'EACCES':
    case 'EPERM':
      return new DataError(file, 'permission denied');
    case 'Z_BUF_ERROR':
      return new DataError(file, `the gzip data is truncated (${(e as Error).message})`);
    case 'Z_DATA_ERROR':
    case 'Z_NEED_DICT':
      return new DataError(file, `not valid gzip data (${(e as Error).message}); a .gz file must be gzip-compressed`);
    default:
      return new DataError(file, `cannot read the file (${e instanceof Error ? e.message : String(e)})`);
  }
}
