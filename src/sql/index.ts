// src/sql: `model-gate sql`: one SQL statement per dialect whose result is the
// summaries file (summaries@1) the gate decides from, so the rows stay in the
// warehouse. Owns the dialects (dialect.ts) and the query builders.
// Public surface: dialect, DIALECTS and the Dialect type.
export { DIALECTS, dialect, type Dialect, type DialectName } from './dialect.js';
export { offlineQuery } from './query.js';
export type { OfflineTables, SqlContext, SqlCte, SqlPart } from './context.js';
