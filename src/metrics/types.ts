// What measuring produces: per segment, each configured metric for both models;
// and the basic types a metric is declared with (config re-exports them).
import type { Segment } from '../segments/index.js';

export type { Task } from '../io/index.js';
export type Direction = 'higher' | 'lower';

/** A cost matrix for `expected_cost`: cost per example of each outcome. */
export interface Costs {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

/** The outcomes a cost is given for. */
export type CostOutcome = keyof Costs;

/**
 * `expected_cost` costs that name a numeric column of the eval files instead of a number
 * (`costs: { fp: 5, fn: amount }`): the outcome's cost of each example is its value there.
 * The config allows it for fp and fn; measuring takes any outcome.
 */
export type CostColumns = Partial<Record<CostOutcome, string>>;

/** What measuring needs of a configured metric (config's MetricConfig has these fields). */
export interface MetricSpec {
  direction: Direction;
  /** `expected_cost` only: the numeric costs (0 where `costColumns` names a column instead). */
  costs?: Costs;
  /** `expected_cost` only: the costs that name a column; then the metric is a mean per example (paired mean test). */
  costColumns?: CostColumns;
  /** `expected_cost` only: `usd` shows the value in money (the default when a cost names a column). */
  costUnit?: 'usd' | 'none';
  /** The config's rule rides along unread. */
  rule?: unknown;
}

export interface MetricValue {
  /** null where the metric is undefined in the segment (e.g. recall with no positives, auc with one class). */
  baseline: number | null;
  candidate: number | null;
}

export interface SegmentMetrics {
  segment: Segment;
  /** Rows (examples) in the segment. */
  n: number;
  /** Sum of example weights (= n without weights). */
  weight: number;
  /** binary: rows with label 1; null for other tasks. */
  positives: number | null;
  /** multiclass: rows labelled as each class, by class name; absent for other tasks. */
  classCounts?: Record<string, number>;
  /** Keyed by metric name as configured. */
  values: Record<string, MetricValue>;
}
