// src/schema: report.json as data. Owns the one description of the published
// report (report.ts, in the vocabulary of describe.ts) and what is derived
// from it: the TypeScript types (Report, Check, ...), the strict from-report
// validator, and the JSON Schema published as schema/report.schema.json. The
// bottom layer: imports nothing from other src folders but src/errors.
//
// Public surface: the types; validateReport / loadReport; reportJsonSchema(Text);
// countChecks / verdictOf (a report's verdict follows from its checks); the
// schema id, bounds and enums (REPORT_SCHEMA, MAX_*, BUDGET_USED_MAX, SOURCES, ...).
export type {
  Check,
  CheckSource,
  CheckStatus,
  DataFeatureView,
  DataSkewView,
  DataSummary,
  InputSummary,
  LatencyPercentiles,
  OverrideRefusal,
  Report,
  RuleKind,
  ScoreDistribution,
  ShadowChange,
  ShadowSummary,
  ValueForMoney,
  Verdict,
} from './types.js';
export {
  BUDGET_USED_MAX,
  CHECK,
  MAX_CHECKS,
  MAX_DEPTH,
  MAX_FILES,
  MAX_NAME,
  MAX_TEXT,
  MAX_VALUES,
  REPORT,
  REPORT_SCHEMA,
  ROLES,
  RULE_KINDS,
  SEVERITIES,
  SOURCES,
  STATUSES,
  VERDICTS,
} from './report.js';
export { loadReport, MAX_REPORT_BYTES, validateReport } from './validate.js';
export { reportJsonSchema, reportJsonSchemaText } from './json-schema.js';
export { countChecks, verdictOf } from './verdict.js';
export type { JsonSchema } from './describe.js';
