// The strict from-report validator lives in src/schema (derived from the
// report's description); re-exported here for the old import path.
export { loadReport, MAX_CHECKS, MAX_DEPTH, MAX_FILES, MAX_NAME, MAX_REPORT_BYTES, MAX_TEXT, MAX_VALUES, REPORT_SCHEMA, validateReport } from '../schema/index.js';
