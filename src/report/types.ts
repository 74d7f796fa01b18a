// The published report (report.json): the one structure every renderer reads.
import type { Check } from '../gate/types.js';

export type Verdict = 'pass' | 'warn' | 'fail' | 'overridden';

export interface InputSummary {
  files: string[];
  rows: number;
}

export interface OverrideRefusal {
  label: string;
  actor: string | null;
  permission: string | null;
  reason: string;
}

/**
 * A histogram of both models' scores over the same bins (binary: P(positive) in
 * [0, 1]; regression: the prediction, over the range of both models).
 */
export interface ScoreDistribution {
  /** What was binned: `probability` (binary scores) or `prediction` (regression). */
  kind: 'probability' | 'prediction';
  /** Bin edges, ascending, one more than bins; a bin holds [edge i, edge i+1), the last one also its right edge. */
  edges: number[];
  /** Examples per bin. */
  baseline: number[];
  candidate: number[];
}

export interface Report {
  schema: 'model-release-gate/report@1';
  name: string;
  verdict: Verdict;
  counts: { pass: number; warn: number; fail: number; insufficient: number };
  checks: Check[];
  /** What was compared. */
  inputs: {
    baseline_eval: InputSummary | null;
    candidate_eval: InputSummary | null;
    /** Joined examples in the offline comparison. */
    examples: number | null;
    shadow: InputSummary | null;
    /** Paired requests in the shadow comparison. */
    requests: number | null;
  };
  /** The effective config, defaults filled in, in the YAML's own key names. */
  config: Record<string, unknown>;
  /** Where it ran, when known (GitHub context or CLI). */
  run: { repository: string | null; commit: string | null; pull_request: number | null; url: string | null };
  /** Present when a label overrode a failed verdict. */
  override: { label: string; actor: string; permission: string; overridden_checks: string[] } | null;
  /**
   * Present (non-null) when the gate failed and the override label is on the pull
   * request but does not count, or could not be checked: the verdict stays `fail` and
   * `reason` says why. `actor` and `permission` are null when unknown.
   */
  override_refused?: OverrideRefusal | null;
  generated_at: string;
  /**
   * Histograms of both models' scores, for report.html (additive: absent in
   * reports from before it; `offline` is null where scores are not numbers, e.g. multiclass).
   */
  distributions?: { offline: ScoreDistribution | null; shadow?: ScoreDistribution | null };
  /**
   * The workflow artifact that holds the report directory, when `artifact: true`.
   * `url` is null in the report.json inside the artifact (the artifact's id is
   * known only after the upload); the comment is rendered with it filled in.
   */
  artifact?: { name: string; url: string | null } | null;
  /** The shadow comparison in brief, overall; absent or null when no shadow log was given. The envelope checks themselves are in `checks` (source `shadow`). */
  shadow?: ShadowSummary | null;
}

/** Latency percentiles in ms (type-7 quantiles, exact). */
export interface LatencyPercentiles {
  p50: number;
  p95: number;
  p99: number;
}

/** A value of each model with its change: delta = candidate - baseline, relative = delta / baseline (null when the baseline is 0). */
export interface ShadowChange {
  baseline: number;
  candidate: number;
  delta: number;
  relative: number | null;
}

/** What the comment shows about the shadow run besides the checks, all overall. */
export interface ShadowSummary {
  /** Requests served by both models: the comparison's n. */
  requests: number;
  models: { baseline: string; candidate: string };
  /** Over the requests with both latencies; null when there are none. */
  latency: { requests: number; baseline: LatencyPercentiles; candidate: LatencyPercentiles } | null;
  /** USD per 1,000 requests, from `cost_usd` or priced tokens; null when the log has no cost. */
  cost_per_1k: (ShadowChange & { source: 'cost_usd' | 'tokens' }) | null;
  /** Share of failed requests; null when the log has no error column. */
  error_rate: ShadowChange | null;
  labels: {
    /** Paired requests with a label, and their share of all paired requests. */
    labelled: number;
    coverage: number;
    from_log: number;
    from_file: number;
    /** Rows of the labels input, and those naming no paired request; null without a labels input. */
    file_rows: number | null;
    file_unmatched: number | null;
    /** Labelled requests where both models succeeded: the online checks' n overall. */
    online_requests: number;
    /** Configured metrics not measured online, each with the reason. */
    skipped_metrics: string[];
  };
  value_for_money: ValueForMoney | null;
}

/** The candidate's metric lift next to what it costs (overall). */
export interface ValueForMoney {
  /** The metric (`shadow.value_for_money.metric`, else the first configured metric measured). */
  metric: string;
  /** Where the lift was measured: the eval files, or the labelled shadow requests. */
  source: 'offline' | 'online';
  baseline: number;
  candidate: number;
  /** The improvement in the metric's better direction, in its units: positive is better. */
  lift: number;
  cost_per_1k: ShadowChange | null;
  latency_p99_ms: ShadowChange | null;
  /** Extra USD per 1,000 requests per point (0.01) of lift; null when the cost did not rise or there is no lift. */
  cost_per_point: number | null;
}
