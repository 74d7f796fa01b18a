// Reads a Parquet file into a TableBuilder with hyparquet (pure JS, bundled):
// only the columns the specs name, one row group at a time, handed over as
// whole columns (no row objects). Nulls arrive as null and follow the column's
// empty-value rule; int64 ids arrive as bigint and are kept exact as text.
import { open } from 'node:fs/promises';
import { parquetMetadataAsync, parquetRead, type AsyncBuffer, type FileMetaData } from 'hyparquet';
import { DataError } from '../errors/index.js';
import type { ColumnValues, TableBuilder } from './builder.js';
import { PARQUET_CODECS } from './codecs.js';
import type { ReadMeter } from './limits.js';
import { readFailure } from './source.js';

/** The file as hyparquet's AsyncBuffer over one open handle, counting the bytes read. */
async function fileBuffer(file: string, meter: ReadMeter | null): Promise<{ buf: AsyncBuffer; close: () => Promise<void> }> {
  const handle = await open(file, 'r');
  const st = await handle.stat().catch(async (e: unknown) => {
    await handle.close();
    throw e;
  });
  if (st.isDirectory()) {
    await handle.close();
    throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  }
  const size = st.size;
  const buf: AsyncBuffer = {
    byteLength: size,
    async slice(start: number, end = size) {
      const out = new Uint8Array(end - start);
      let got = 0;
      while (got < out.length) {
        const { bytesRead } = await handle.read(out, got, out.length - got, start + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      if (meter) meter.bytes += got;
      return out.buffer;
    },
  };
  return { buf, close: () => handle.close() };
}

/** Top-level column names of a Parquet file, in schema order. */
function columnNames(md: FileMetaData): string[] {
  const names: string[] = [];
  const schema = md.schema;
  // schema[0] is the root; its children follow depth-first: skip each child's descendants.
  let i = 1;
  while (i < schema.length) {
    names.push(schema[i].name);
    let skip = schema[i].num_children ?? 0;
    i++;
    while (skip > 0) {
      skip += (schema[i].num_children ?? 0) - 1;
      i++;
    }
  }
  return names;
}

/** The column names of a Parquet file (reads the footer only); null when it cannot be read. */
export async function parquetHeader(file: string): Promise<{ names: string[]; rows: number } | null> {
  let f: Awaited<ReturnType<typeof fileBuffer>> | null = null;
  try {
    f = await fileBuffer(file, null);
    const md = await parquetMetadataAsync(f.buf);
    return { names: columnNames(md), rows: Number(md.num_rows) };
  } catch {
    return null;
  } finally {
    await f?.close();
  }
}

/**
 * Reads one Parquet file into `builder`, row group by row group.
 * @param wanted column names the specs read (others are never decoded)
 * @throws DataError for an unreadable or invalid file, an unsupported codec, and bad values (file, row, row group, column)
 */
export async function readParquet(file: string, wanted: ReadonlySet<string>, builder: TableBuilder, meter: ReadMeter | null): Promise<void> {
  let f: Awaited<ReturnType<typeof fileBuffer>>;
  try {
    f = await fileBuffer(file, meter);
  } catch (e) {
    throw readFailure(file, e);
  }
  try {
    let md: FileMetaData;
    try {
      md = await parquetMetadataAsync(f.buf);
    } catch (e) {
      throw new DataError(file, `not a valid Parquet file (${(e as Error).message})`);
    }
    const header = columnNames(md);
    builder.beginFile(file, header, { unit: 'row', batch: 'row group' });
    if (builder.error) throw builder.error;
    const columns = header.filter((h) => wanted.has(h.trim()));
    let rowStart = 0;
    for (let g = 0; g < md.row_groups.length; g++) {
      const rows = Number(md.row_groups[g].num_rows);
      const values: Array<ColumnValues | undefined> = new Array(header.length);
      if (columns.length > 0 && rows > 0) {
        const parts = new Map<string, ColumnValues[]>();
        try {
          await parquetRead({
            file: f.buf,
            metadata: md,
            columns,
            rowStart,
            rowEnd: rowStart + rows,
            compressors: PARQUET_CODECS,
            onChunk: (c) => {
              const list = parts.get(c.columnName) ?? [];
              list.push(
                c.columnData.length > rows
                  ? (c.columnData as unknown[]).slice(c.rowStart > rowStart ? 0 : rowStart - c.rowStart, rowStart + rows - c.rowStart)
                  : (c.columnData as ColumnValues),
              );
              parts.set(c.columnName, list);
            },
          });
        } catch (e) {
          throw new DataError(file, `cannot decode row group ${g} (${(e as Error).message})`);
        }
        for (const [name, list] of parts) values[header.indexOf(name)] = list.length === 1 ? list[0] : concat(list);
      }
      if (!builder.addColumns(values, rows, rowStart, g)) throw builder.error!;
      rowStart += rows;
      meter?.tick(builder.n, 0);
    }
  } catch (e) {
    throw readFailure(file, e);
  } finally {
    await f.close();
  }
}

function concat(list: ColumnValues[]): unknown[] {
  const out: unknown[] = [];
  for (const part of list) for (let i = 0; i < part.length; i++) out.push(part[i]);
  return out;
}
