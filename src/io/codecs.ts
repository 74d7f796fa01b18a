// Decompressors for the columnar readers. gzip and brotli come from node:zlib;
// zstd from node:zlib where Node has it (>= 22.15; the action runs on Node 24)
// and from fzstd (pure JS) on older Node such as 20, so every codec works on
// every supported Node; lz4 from hyparquet-compressors; snappy is hyparquet's own.
import * as zlib from 'node:zlib';
import { decompress as fzstdDecompress } from 'fzstd';
import { decompressLz4, decompressLz4Raw } from 'hyparquet-compressors/src/lz4.js';

type ZstdSync = (buf: Uint8Array, opts?: object) => Buffer;
const nodeZstd = (zlib as unknown as { zstdDecompressSync?: ZstdSync }).zstdDecompressSync;

/** Where zstd comes from on this Node, for messages and the report. */
export const ZSTD_SOURCE = nodeZstd ? 'node:zlib' : 'fzstd';

/** zstd frame(s) to bytes; `size` is the expected output length when known (-1 unknown). */
export function unzstd(input: Uint8Array, size = -1): Uint8Array {
  if (nodeZstd) return nodeZstd(input);
  return size >= 0 ? fzstdDecompress(input, new Uint8Array(size)) : fzstdDecompress(input);
}

const view = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/** hyparquet's decompressors by Parquet codec name (SNAPPY is built into hyparquet). */
export const PARQUET_CODECS = {
  GZIP: (input: Uint8Array) => view(zlib.gunzipSync(input)),
  BROTLI: (input: Uint8Array) => view(zlib.brotliDecompressSync(input)),
  ZSTD: (input: Uint8Array, size: number) => unzstd(input, size),
  LZ4: decompressLz4,
  LZ4_RAW: decompressLz4Raw,
};
