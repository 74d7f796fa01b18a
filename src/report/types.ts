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
}
