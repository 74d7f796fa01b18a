// src/summaries: the named, typed per-segment summaries between the row passes
// and the statistics (types.ts), and the metric-agnostic machinery that fills
// them: cells (the finest partition of the rows into segments) and their fold,
// the score orders, the joint decision tables, the paired moments of two term
// columns, the jackknife groups from a hash of the example id. Row passes that
// apply a metric's own per-example terms (log-loss, ECE bins, AP steps) live
// with the metrics (src/metrics/passes.ts, rankingWalk.ts, eceGroups.ts) and
// fill these same types. Nothing here knows a metric's name. records.ts reads the
// summaries@1 record files (their five columns and checked header) for every reader.
export * from './types.js';
export { buildCells, foldCells, type Cells, type RowSegments } from './cells.js';
export { RowCache, scoreOrder, type ScoreOrder } from './rowCache.js';
export { jointTables, JOINT_TABLE_LIMIT } from './jointTable.js';
export { pairedMoments } from './pairedMoments.js';
export { TableSummary } from './decision.js';
export { fnv1a32, idGrouper, idGroups } from './idHash.js';
export { md5Hex, md5Upper32, md5Upper32Range } from './md5.js';
export { readHeader, readRecords, recordsOf, settingsFingerprint, type RecordTable } from './records.js';
