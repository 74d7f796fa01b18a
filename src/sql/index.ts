// src/sql: `model-gate sql`: one SQL statement per dialect whose result is a
// summaries file (summaries@1) the gate decides from, so the rows stay in the
// warehouse. Owns the dialects (dialect.ts) and the query builders:
//   offline   context.ts (SqlContext, SqlPart, assemble), base.ts (the CTEs over the
//             user's tables), meta.ts (header, counts, ids, classes, segments), one
//             module per kind family (decisions, means, scores, ranking*), query.ts
//             (which parts a config needs);
//   shadow    shadowBase.ts (the log's CTEs), shadow.ts (sums, percentiles, PSI, bands);
//   profile   profileBins.ts (the reference's bins by exact ranks), profile.ts.
// Public surface: dialect, DIALECTS, offlineQuery, shadowQuery, profileQuery and the part types.
export { DIALECTS, dialect, type Dialect, type DialectName } from './dialect.js';
export { profileQuery } from './profile.js';
export { offlineQuery } from './query.js';
export { shadowQuery } from './shadow.js';
export type { OfflineTables, SqlContext, SqlCte, SqlPart } from './context.js';
