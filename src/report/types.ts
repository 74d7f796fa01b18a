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
}
