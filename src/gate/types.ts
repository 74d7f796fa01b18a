// A check is one judged comparison: one rule on one metric in one segment. Its
// type is part of the published report, described in src/schema; re-exported
// here for the gate's callers.
export type { Check, CheckSource, CheckStatus, RuleKind } from '../schema/index.js';
