// TEMPORARY shim: the error classes live in src/errors/index.ts. Kept only so
// files in folders other helpers own (io, metrics, report) still compile with
// their `../errors.js` import; the coordinator rewrites those to
// `../errors/index.js` at merge and deletes this file (check-layers lists it).
export * from './errors/index.js';
