// The typed, validated config every other module reads. Produced only by
// src/config/parse.ts; nothing else looks at raw YAML.

import type { DataConfig } from './data.js';
import type { Columns, Pricing, ShadowModels } from '../io/index.js';
import type { CostColumns, Costs, Direction, Task } from '../metrics/index.js';

// The metric layer's basic types, re-exported for config's readers.
export type { CostColumns, Costs, Direction, Task };
export type Correction = 'holm' | 'bh' | 'none';
export type Severity = 'fail' | 'warn';

/**
 * A tolerance on a change, as written: a plain number is in the metric's own
 * units, `"2%"` is relative to the baseline's value, `"1pp"` is percentage
 * points (0.01 in a rate's units).
 */
export interface Tolerance {
  kind: 'absolute' | 'relative' | 'points';
  /** absolute: metric units; relative: a fraction (2% -> 0.02); points: metric units (1pp -> 0.01). */
  value: number;
  /** As the user wrote it, for the report (`"1pp"`, `"2%"`, `"0.005"`). */
  text: string;
}

/** Thresholds on one metric. `min`/`max` bound the candidate; `maxDrop`/`maxIncrease` bound the worsening against the baseline. */
export interface Rule {
  min?: number;
  max?: number;
  maxDrop?: Tolerance;
  maxIncrease?: Tolerance;
  severity: Severity;
}

/** One configured metric: its rule and the settings that define its value. */
export interface MetricConfig {
  rule: Rule;
  /** `expected_cost` only. */
  costs?: Costs;
  /** `expected_cost` only: the costs that name a numeric column of the eval files (per-example costs). */
  costColumns?: CostColumns;
  /** `expected_cost` only: `usd` shows it in money; default `usd` when a cost names a column, else `none`. */
  costUnit?: 'usd' | 'none';
  /** Whether higher values are better. Fixed for built-in metrics; declared for `mean[X]`. */
  direction: Direction;
}

export type { Columns } from '../io/index.js';

export interface ShadowConfig {
  models: ShadowModels;
  pricing: Pricing;
  /** Keyed by shadow metric name (`latency_p99_ms`, `cost_per_1k`, `error_rate`, `agreement`, `score_psi`, ...). */
  envelope: Record<string, Rule>;
  /** Optional: the most extra cost per 1k requests allowed per point (0.01) of a named metric's lift. */
  valueForMoney: { metric: string; maxCostPer1kPerPoint: number; severity: Severity } | null;
  /** `shadow.labels`: online metrics only on requests at least `maturity` old at the log's newest timestamp. Absent when not set. */
  labels?: { maturity: Duration };
  /** `shadow.estimate`: binary metrics estimated on the unlabelled requests from calibrated scores (CBPE). Absent when not set. */
  estimate?: EstimateMetric[];
}

/** A span of time as written (`7d`, `36h`, `90m`) and in milliseconds. */
export interface Duration {
  text: string;
  ms: number;
}

/** The metrics `shadow.estimate` can estimate without labels. */
export type EstimateMetric = 'recall' | 'precision' | 'accuracy' | 'auc';

export interface GateConfig {
  task: Task;
  /** Binary decision threshold on `score` when there is no `prediction` column. */
  threshold: number;
  columns: Columns;
  segments: {
    minSamples: number;
    cross: string[][];
    /** Examples of a class a check of a metric that divides by it needs (`segments.min_class_samples`); absent: 10. */
    minClassSamples?: number;
    /** `segments.insufficient`: whether every check too small to judge warns (`warn`), or only overall's and overridden segments' (`pass`); absent: `pass`. */
    insufficient?: 'pass' | 'warn';
  };
  statistics: { confidence: number; correction: Correction; seed: number; resamples: number };
  integrity: { minCoverage: number };
  /** Keyed by metric name as written (`recall`, `recall[fraud]`, `mean[judge_score]`). Ordered as in the config. */
  metrics: Record<string, MetricConfig>;
  /** Segment id (`region=BR`, `region=BR&device=ios`) -> metric name -> rule that replaces the metric's rule there. */
  overrides: Record<string, Record<string, Rule>>;
  shadow: ShadowConfig | null;
  /** Problems that did not stop the config (e.g. a tolerance over half a rate's range), for the entries to print; absent when none. */
  warnings?: Array<{ path: string; message: string }>;
  /** The `data` section (src/config/data.ts); absent when the config has none: use `dataConfigOf(cfg)` for the defaults. */
  data?: DataConfig;
}
