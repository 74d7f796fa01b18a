// Parquet and Arrow files written by independent writers for the io tests:
// DuckDB (native, a devDependency) for Parquet with each codec, and Apache
// Arrow's JS writer for Arrow IPC (zstd through the zstd command-line tool).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { CompressionType, RecordBatchFileWriter, RecordBatchStreamWriter, compressionRegistry, type Table } from 'apache-arrow';

let con: DuckDBConnection | null = null;

/** A DuckDB connection (in memory), opened once. */
export async function duck(): Promise<DuckDBConnection> {
  if (con === null) con = await (await DuckDBInstance.create(':memory:')).connect();
  return con;
}

export type ParquetCodec = 'snappy' | 'zstd' | 'gzip' | 'brotli' | 'lz4' | 'uncompressed';
export const PARQUET_CODECS: ParquetCodec[] = ['snappy', 'zstd', 'gzip', 'brotli', 'lz4', 'uncompressed'];

const q = (p: string) => `'${p.replaceAll("'", "''")}'`;

/** Writes the result of `select` (SQL) to a Parquet file with DuckDB. */
export async function writeParquet(select: string, path: string, codec: ParquetCodec = 'snappy', rowGroupSize = 122_880): Promise<void> {
  const c = await duck();
  await c.run(`COPY (${select}) TO ${q(path)} (FORMAT parquet, COMPRESSION ${codec}, ROW_GROUP_SIZE ${rowGroupSize})`);
}

/** SQL reading a CSV with the given column types. */
export function fromCsv(path: string, types: Record<string, string>): string {
  const cols = Object.entries(types)
    .map(([k, v]) => `${q(k)}: ${q(v)}`)
    .join(', ');
  return `SELECT * FROM read_csv(${q(path)}, header = true, columns = {${cols}})`;
}

/** Writes an Arrow table as an IPC file (or stream), optionally zstd-compressed by the zstd tool. */
export function writeArrow(table: Table, path: string, opts: { zstd?: boolean; stream?: boolean } = {}): void {
  if (opts.zstd) {
    compressionRegistry.set(CompressionType.ZSTD, {
      encode: (data: Uint8Array) => new Uint8Array(execFileSync('zstd', ['-q', '-c', '-3'], { input: data })),
    });
  }
  const W = opts.stream ? RecordBatchStreamWriter : RecordBatchFileWriter;
  const writer = W.writeAll(table, opts.zstd ? { compressionType: CompressionType.ZSTD } : {});
  writeFileSync(path, writer.toUint8Array(true));
}
