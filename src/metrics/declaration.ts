// declaration.ts: what one metric file declares. The registry (registry.ts)
// collects the declarations; the catalog, measuring, the statistics, the
// report's formatting and the config schema read them, and nothing else
// switches on a metric's name.
import type { Codes } from '../io/index.js';
import type { ColumnSums, DecisionView, ErrorSums, RankingSums, ScoreSums } from '../summaries/index.js';
import type { Costs, Direction, Task } from './types.js';

/**
 * How a value is shown: a percentage, a plain number, milliseconds, US dollars per 1,000
 * requests (`usd`, the shadow log's cost), US dollars per example (`money`: expected_cost
 * with `costs.unit: usd`, set for the run by `setDisplayUnits`).
 */
export type DisplayUnit = 'percent' | 'number' | 'ms' | 'usd' | 'money';

/**
 * The paired test of a change: the bootstrap of the joint decision table, DeLong on the
 * placement sums, the delete-a-group jackknife, the paired mean test on per-example
 * terms, the same with the delta method (a smooth function of a mean), the shadow log's
 * latency bootstrap and paired-proportion test, or none (limits only).
 */
export type TestMethod =
  | 'decision-bootstrap'
  | 'delong'
  | 'jackknife'
  | 'paired-mean'
  | 'delta-method'
  /** Shadow: the paired Poisson bootstrap of a latency percentile; Tango's paired-proportion test. */
  | 'quantile-bootstrap'
  | 'paired-proportion'
  | 'none';

/** What a decision metric's formula may take from its configuration. */
export interface DecisionParams {
  costs: Costs;
  /** `recall[CLASS]`: the class's code, -1 when the data never names it. */
  classIndex: number;
}

/** Fills `out[r]` with example r's term of a mean metric, from its label and the model's score or prediction. */
export type TermFill = (label: Codes, output: Float64Array, out: Float64Array) => void;

/**
 * Multiclass: fills `out[r]` with example r's term of a mean metric from its label code and
 * the model's class probabilities (`proba`, n x K row-major in class order); `arg` is the
 * bracketed argument of a parameterised name (`top_k_accuracy[3]` -> '3').
 */
export type ClassTermFill = (label: Codes, proba: Float64Array, K: number, arg: string | null, out: Float64Array) => void;

interface Common {
  /** The name as configured; parameterised ones as `recall[CLASS]`, `mean[X]`. */
  name: string;
  /** The tasks it exists for, or 'shadow' for a serving metric of the shadow log. */
  tasks: readonly Task[] | 'shadow';
  /** Which way is better; 'declared' when the config says (`mean[X]`). */
  direction: Direction | 'declared';
  /** A share in [0, 1]: `pp` tolerances and percentage bounds apply. */
  rate: boolean;
  unit: DisplayUnit;
  description: string;
  test: TestMethod;
  /** The gate judges the absolute value (bias): worse = further from 0. */
  judgedOnAbsolute?: boolean;
  /** Needs `costs` in its config (expected_cost). */
  needsCosts?: boolean;
  /** Why the metric is undefined in a segment that has both classes, for the check's message (precision: no positive decisions). */
  undefinedReason?: string;
  /** The bracketed argument of a parameterised name: a class, a numeric column, a count (`top_k_accuracy[K]`). */
  parameter?: 'class' | 'column' | 'k';
  /**
   * The class the metric divides by, whose examples a segment needs at least
   * `segments.min_class_samples` of to be judged: `positives` (recall, precision, f1:
   * one positive is no evidence), `negatives` (fpr), `both` (auc, pr_auc,
   * balanced_accuracy, mcc: binary), `class` (recall[CLASS]: that class). Absent: none.
   */
  divides?: 'positives' | 'negatives' | 'both' | 'class';
}

export type MetricDeclaration =
  | (Common & { summary: 'decision'; value: (v: DecisionView, p: DecisionParams) => number | null })
  | (Common & { summary: 'ranking'; value: (r: RankingSums, s: number) => number | null })
  /**
   * Binary score sums; `terms` (label, score) where the test is a paired mean. `classTerms`:
   * the same metric for multiclass, the weighted mean of its terms from the class probabilities.
   */
  | (Common & { summary: 'scores'; value: (x: ScoreSums, s: number, m: 0 | 1) => number | null; terms?: TermFill; classTerms?: ClassTermFill })
  /**
   * Multiclass, from the class probabilities: the weighted mean of `terms` (tested as a paired
   * mean), or without terms the one-vs-rest AUCs (auc_ovr, src/metrics/aucOvr.ts).
   */
  | (Common & { summary: 'classScores'; terms?: ClassTermFill })
  /** Regression error sums; `terms` (label, prediction); `slope` is the delta method's derivative at the mean of the terms. */
  | (Common & { summary: 'errors'; value: (x: ErrorSums, s: number, m: 0 | 1) => number | null; terms: TermFill; slope?: (mean: number) => number })
  | (Common & { summary: 'column'; value: (x: ColumnSums, s: number, m: 0 | 1) => number | null })
  /** Measured from the shadow log by src/shadow. */
  | (Common & { summary: 'shadow' });

export type SummaryKind = MetricDeclaration['summary'];
