// The report's TypeScript types, inferred from the description in report.ts
// (so the compiler holds them to it: there is no second, hand-written copy).
import type { Infer } from './describe.js';
import type { CHECK, REPORT } from './report.js';

/** The published report (report.json): the one structure every renderer reads. */
export type Report = Infer<typeof REPORT>;
/** One judged comparison: one rule on one metric in one segment (snake_case: this is the published schema). */
export type Check = Infer<typeof CHECK>;

export type Verdict = Report['verdict'];
export type CheckStatus = Check['status'];
export type CheckSource = Check['source'];
export type RuleKind = NonNullable<Check['rule_kind']>;
export type InputSummary = NonNullable<Report['inputs']['baseline_eval']>;
export type OverrideRefusal = NonNullable<Report['override_refused']>;
export type ScoreDistribution = NonNullable<NonNullable<Report['distributions']>['offline']>;
export type ShadowSummary = NonNullable<Report['shadow']>;
export type LatencyPercentiles = NonNullable<ShadowSummary['latency']>['baseline'];
export type ValueForMoney = NonNullable<ShadowSummary['value_for_money']>;
/** A value of each model with its change: delta = candidate - baseline, relative = delta / baseline (null when the baseline is 0). */
export type ShadowChange = NonNullable<ShadowSummary['error_rate']>;
/** The data checks' section: per feature and segment, reference vs current; batch vs online skew. */
export type DataSummary = NonNullable<Report['data']>;
export type DataFeatureView = DataSummary['features'][number];
export type DataSkewView = DataSummary['skew'][number];
