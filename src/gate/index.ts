// src/gate: judging. Rules x measured values x paired tests -> checks with a
// status. No I/O; no formatting beyond each check's one-line message.
// Public surface:
// - judge(inputs): every source's measured values against its RuleSet -> pending checks
//   (judgeSegments for one source; ruleSetOf(config) for the config's own rules);
// - decide(pending, statistics): the run-wide correction, per family, and each status;
// - makeCheck / integrityCheck / coverageCheck / unmatchedOverrides: settled checks;
// - countChecks / verdictOf: the verdict; worsening / changeTolerance / EPSILON: rule arithmetic;
// - the Check, PendingCheck, RuleSet, MetricRule, ChangeTester and DeltaTest types.
export type { Check, CheckSource, CheckStatus } from './types.js';
export { makeCheck, ruleFields, shareUsed, budgetValue } from './check.js';
export {
  judge,
  judgeSegments,
  ruleFor,
  ruleSetOf,
  MODEL_FAMILY,
  DEFAULT_MIN_CLASS_SAMPLES,
  type ChangeTester,
  type DeltaTest,
  type JudgeInput,
  type MetricRule,
  type PendingCheck,
  type RuleSet,
} from './judge.js';
export { decide, evidenceOf, insufficientPolicy, type Evidence, type InsufficientPolicy } from './decide.js';
export { coverageCheck, integrityCheck, pct, unmatchedOverrides } from './integrity.js';
export { EPSILON, changeTolerance, worsening } from './rules.js';
export { countChecks, verdictOf } from './verdict.js';
