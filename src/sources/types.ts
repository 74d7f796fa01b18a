// The one shape every source has (see src/sources/index.ts).
import type { GateConfig } from '../config/index.js';
import type { Check, JudgeInput, PendingCheck } from '../gate/index.js';
import type { Report } from '../report/index.js';
import type { Segment } from '../segments/index.js';

/** Times one stage of a run into the run's stage timings (the bench reads them). */
export type Timer = <T>(stage: string, f: () => T | Promise<T>) => Promise<T>;

/** What every source is run with. */
export interface SourceContext {
  /** The run's config, with every metric it measures (config's withValueForMoneyMetric). */
  config: GateConfig;
  time: Timer;
}

type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> | null } : T;

/**
 * A source's part of the report: fields of `inputs`, `distributions` and `shadow`.
 * The pipeline merges the sections into the report in source order, objects key by key.
 */
export type ReportSection = DeepPartial<Pick<Report, 'inputs' | 'distributions' | 'shadow' | 'data'>>;

/** What `finish` adds once every source has run. */
export interface SourceFinish {
  /** Checks that read other sources' measured values (judged in the run's decision). */
  pending: PendingCheck[];
  /** Checks the source decided itself (the data checks, their own family): appended after the model checks, never re-decided. */
  settled?: Check[];
  report: ReportSection;
}

/** What one source gives the gate. */
export interface SourceResult {
  id: string;
  /**
   * The measured values for the run's one judge (per segment, per metric: baseline and
   * candidate values, n), with the source's rule set, paired tester, check source name
   * and correction family. Null when the source measured nothing to judge.
   */
  values: JudgeInput | null;
  /** Checks settled by the source itself: is its comparison sound (coverage, pairing)? */
  integrity: Check[];
  /** The segments in its data (to check that overrides name real ones). */
  segments: Segment[];
  report: ReportSection;
  /** Each model's scores as read (offline: the eval files; shadow: the log), for the data checks' output skew; absent when none. */
  scores?: { baseline: Float64Array; candidate: Float64Array } | null;
  /** Runs after every source, with all their results: cross-source checks (e.g. value for money). */
  finish?: (all: readonly SourceResult[]) => SourceFinish;
}

/** One family of inputs: read, segment, summarize and measure; hand the gate values, testers, integrity checks and a report section. */
export interface Source {
  /** `offline`, `shadow`, `online`, ... (unique in a run). */
  id: string;
  run(ctx: SourceContext): Promise<SourceResult>;
}
