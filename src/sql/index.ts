// src/sql: `model-gate sql`: one SQL statement per dialect whose result is the
// summaries file (summaries@1) the gate decides from, so the rows stay in the
// warehouse. Owns the dialects (dialect.ts) and the query builders: context.ts
// (SqlContext, SqlPart, assemble), base.ts (the CTEs over the user's tables),
// meta.ts (header, counts, ids, classes, segments), one module per kind family
// (decisions, means, scores; ranking.ts next) and query.ts (which parts a config needs).
// Public surface: dialect, DIALECTS, offlineQuery and the part types.
export { DIALECTS, dialect, type Dialect, type DialectName } from './dialect.js';
export { profileQuery } from './profile.js';
export { offlineQuery } from './query.js';
export type { OfflineTables, SqlContext, SqlCte, SqlPart } from './context.js';
