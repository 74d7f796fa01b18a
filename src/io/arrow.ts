// Reads an Arrow IPC file (.arrow, .feather v2; file or stream format) into a
// TableBuilder with apache-arrow, a record batch at a time, handing over whole
// columns. Uncompressed and zstd-compressed batches (zstd: see codecs.ts).
import { open } from 'node:fs/promises';
import { CompressionType, RecordBatchReader, compressionRegistry, type RecordBatch, type Vector } from 'apache-arrow';
import { DataError } from '../errors/index.js';
import type { ColumnValues, TableBuilder } from './builder.js';
import { unzstd } from './codecs.js';
import type { ReadMeter } from './limits.js';
import { readFailure } from './source.js';

const decodeZstd = (data: Uint8Array): Uint8Array => unzstd(data);

/** Makes apache-arrow's (global) registry decode zstd with ours, keeping any encoder set there. */
function registerCodecs(): void {
  const current = compressionRegistry.get(CompressionType.ZSTD);
  if (current?.decode === decodeZstd) return;
  compressionRegistry.set(CompressionType.ZSTD, { ...current, decode: decodeZstd });
}

/** One column of a batch as plain values: a typed array when it has no nulls and is numeric, else values with null. */
function valuesOf(v: Vector): ColumnValues {
  if (v.nullCount === 0) {
    const a = v.toArray() as ColumnValues;
    if (ArrayBuffer.isView(a)) return a;
  }
  return Array.from(v as Iterable<unknown>);
}

/** Opens the file's reader; the caller closes the handle. */
async function openReader(file: string) {
  registerCodecs();
  const handle = await open(file, 'r');
  const st = await handle.stat();
  if (st.isDirectory()) {
    await handle.close();
    throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  }
  try {
    const reader = await RecordBatchReader.from(handle);
    await reader.open();
    return { handle, reader, size: st.size };
  } catch (e) {
    await handle.close();
    throw new DataError(file, `not a valid Arrow IPC file (${(e as Error).message})`);
  }
}

/** The column names of an Arrow file; null when it cannot be read. */
export async function arrowHeader(file: string): Promise<string[] | null> {
  try {
    const { handle, reader } = await openReader(file);
    try {
      return reader.schema.fields.map((f) => f.name);
    } finally {
      await handle.close();
    }
  } catch {
    return null;
  }
}

/**
 * Reads one Arrow IPC file into `builder`, record batch by record batch.
 * @param wanted column names the specs read (others are never copied out)
 * @throws DataError for an unreadable or invalid file, an unsupported codec, and bad values (file, row, record batch, column)
 */
export async function readArrow(file: string, wanted: ReadonlySet<string>, builder: TableBuilder, meter: ReadMeter | null): Promise<void> {
  let opened: Awaited<ReturnType<typeof openReader>>;
  try {
    opened = await openReader(file);
  } catch (e) {
    throw readFailure(file, e);
  }
  const { handle, reader, size } = opened;
  try {
    const header = reader.schema.fields.map((f) => f.name);
    builder.beginFile(file, header, { unit: 'row', batch: 'record batch' });
    if (builder.error) throw builder.error;
    const take = header.map((h) => wanted.has(h.trim()));
    let rowStart = 0;
    let g = 0;
    const it = reader[Symbol.asyncIterator]();
    for (;;) {
      let batch: RecordBatch;
      try {
        const next = await it.next();
        if (next.done) break;
        batch = next.value;
      } catch (e) {
        throw new DataError(file, `cannot decode record batch ${g} (${(e as Error).message})`);
      }
      const values: Array<ColumnValues | undefined> = header.map((_, i) => (take[i] ? valuesOf(batch.getChildAt(i)!) : undefined));
      if (!builder.addColumns(values, batch.numRows, rowStart, g)) throw builder.error!;
      rowStart += batch.numRows;
      g++;
      if (meter) meter.tick(builder.n, 0);
    }
    if (meter) meter.bytes = size;
  } catch (e) {
    throw readFailure(file, e);
  } finally {
    await handle.close();
  }
}
