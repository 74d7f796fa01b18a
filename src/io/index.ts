// src/io: the only code that opens data files. Readers (CSV/TSV, JSON Lines,
// Parquet, Arrow IPC) stream each file into typed columns (readTable; the
// columnar readers hand whole columns to the builder) and the offline eval pair
// is joined here (readEvalPair); every error names the file, line (or row and
// row group) and column.
export { readEvalPair, MISSING_SEGMENT, type EvalPairOptions } from './eval.js';
export { MAX_WEIGHT_TOTAL, MIN_WEIGHT_TOTAL } from './weights.js';
export { readTable, readColumns, rowLocation, rowRef, columnOf, type ReadTableOptions, type ColumnRequest } from './table.js';
export { expandInput, isGlob } from './glob.js';
export { formatOf, VALID_EXTENSIONS, COLUMNAR, type Format, type FileFormat } from './source.js';
export { parseNumber, parseBoolean, parseLabel, type ColumnValues, type FileRows } from './builder.js';
export {
  MAX_RECORD_BYTES,
  lineProgress,
  defaultProgress,
  setDefaultProgress,
  type ProgressReporter,
  type ReadProgressEvent,
} from './limits.js';
export { ZSTD_SOURCE } from './codecs.js';
export { readShadowLog } from './shadow.js';
export type * from './types.js';
export { peekHeader, peekRows, estimateRows } from './peek.js';
export type { Columns, Pricing, ShadowModels, Task } from './options.js';
