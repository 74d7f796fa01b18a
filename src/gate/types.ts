// A check is one judged comparison: one rule on one metric in one segment.

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'insufficient';
export type CheckSource = 'offline' | 'shadow' | 'online' | 'integrity' | 'data' | 'skew';

/** As in report.json (snake_case on purpose: this is the published schema). */
export interface Check {
  /** `source/metric/segment`, plus `/kind` where one metric has several rules (e.g. `/min`). */
  id: string;
  source: CheckSource;
  metric: string;
  segment: string;
  /** Examples (or requests) behind the values; null for checks that count nothing. */
  n: number | null;
  baseline: number | null;
  candidate: number | null;
  /** candidate - baseline. */
  delta: number | null;
  /** Interval of the delta at `statistics.confidence`. */
  ci: [number, number] | null;
  /** One-sided p-value for "the worsening exceeds the tolerance". */
  p_value: number | null;
  /** p_value after the run's multiple-testing correction. */
  p_adjusted: number | null;
  /** The rule as written, e.g. `max_drop 1pp`, `min 0.8`. */
  rule: string | null;
  status: CheckStatus;
  /** `warn` when the rule is advisory (`severity: warn`): a breach is a warning, never a failure. */
  severity: 'fail' | 'warn';
  /** Whether higher values of the metric are better; null where it does not apply. */
  higher_is_better: boolean | null;
  /**
   * The smallest worsening (in the metric's units, positive) the test would detect with 80% power;
   * null where no test ran.
   */
  detectable: number | null;
  /**
   * The worsening a change rule allows, in the metric's units (a relative tolerance
   * applied to the baseline's value); null for other checks. Optional for checks built
   * before it existed.
   */
  tolerance?: number | null;
  /** One sentence for people. */
  message: string;
}
