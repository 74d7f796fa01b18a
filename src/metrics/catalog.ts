// The names of every metric the gate knows, which task they belong to and
// which way is better. Config validation, measuring and judging all read this.
import type { Direction, Task } from '../config/types.js';

export type MetricFamily =
  /** A function of the confusion matrix (binary) or of decisions vs labels (multiclass). */
  | 'decision'
  /** Ranking metrics over scores (auc, pr_auc). */
  | 'ranking'
  /** A mean of a per-example quantity (log_loss, brier, mae, mean[X], ...). */
  | 'mean'
  /** Neither of the above: ece, rmse, mape. */
  | 'other'
  /** Shadow-run metrics. */
  | 'shadow';

export interface MetricInfo {
  name: string;
  tasks: Task[] | 'shadow';
  direction: Direction;
  family: MetricFamily;
  /** A rate in [0, 1]: shown as a percentage; `pp` tolerances are natural for it. */
  rate: boolean;
  description: string;
}

const BIN: Task[] = ['binary'];
const info = (
  name: string,
  tasks: Task[] | 'shadow',
  direction: Direction,
  family: MetricFamily,
  rate: boolean,
  description: string,
): MetricInfo => ({ name, tasks, direction, family, rate, description });

/** Metrics with fixed names. Parameterised ones (`recall[CLASS]`, `mean[X]`) are resolved by `lookupMetric`. */
export const METRICS: readonly MetricInfo[] = [
  info('accuracy', ['binary', 'multiclass'], 'higher', 'decision', true, 'share of examples decided correctly'),
  info('precision', BIN, 'higher', 'decision', true, 'TP / (TP + FP)'),
  info('recall', BIN, 'higher', 'decision', true, 'TP / (TP + FN)'),
  info('f1', BIN, 'higher', 'decision', true, 'harmonic mean of precision and recall'),
  info('fpr', BIN, 'lower', 'decision', true, 'FP / (FP + TN)'),
  info('positive_rate', BIN, 'lower', 'decision', true, 'share of examples decided positive'),
  info('expected_cost', BIN, 'lower', 'decision', false, 'mean cost per example from the cost matrix'),
  info('auc', BIN, 'higher', 'ranking', true, 'area under the ROC curve'),
  info('pr_auc', BIN, 'higher', 'ranking', true, 'average precision (area under the precision-recall curve, step-wise)'),
  info('log_loss', BIN, 'lower', 'mean', false, 'mean negative log-likelihood of the labels'),
  info('brier', BIN, 'lower', 'mean', false, 'mean squared error of the probability'),
  info('ece', BIN, 'lower', 'other', true, 'expected calibration error, 10 equal-width bins'),
  info('macro_f1', ['multiclass'], 'higher', 'decision', true, 'unweighted mean of per-class F1'),
  info('macro_recall', ['multiclass'], 'higher', 'decision', true, 'unweighted mean of per-class recall'),
  info('mae', ['regression'], 'lower', 'mean', false, 'mean absolute error'),
  info('rmse', ['regression'], 'lower', 'other', false, 'root mean squared error'),
  info('mape', ['regression'], 'lower', 'other', false, 'mean absolute percentage error as scikit-learn: |error| / max(|label|, 2.2e-16), so a label of 0 makes it huge'),
  info('bias', ['regression'], 'lower', 'mean', false, 'mean of prediction - label; judged on its absolute value'),
  info('latency_p50_ms', 'shadow', 'lower', 'shadow', false, 'median serving latency'),
  info('latency_p95_ms', 'shadow', 'lower', 'shadow', false, '95th percentile serving latency'),
  info('latency_p99_ms', 'shadow', 'lower', 'shadow', false, '99th percentile serving latency'),
  info('cost_per_1k', 'shadow', 'lower', 'shadow', false, 'serving cost in USD per 1,000 requests'),
  info('error_rate', 'shadow', 'lower', 'shadow', true, 'share of requests that failed or timed out'),
  info('agreement', 'shadow', 'higher', 'shadow', true, 'share of requests where both models decided the same'),
  info('score_psi', 'shadow', 'lower', 'shadow', false, "population stability index of the candidate's scores against the baseline's"),
];

const BY_NAME = new Map(METRICS.map((m) => [m.name, m]));

/** A parsed metric name: `recall[fraud]` -> { base: 'recall', arg: 'fraud' }. */
export function splitMetricName(name: string): { base: string; arg: string | null } {
  const m = /^([a-z_0-9]+)\[(.+)\]$/.exec(name);
  return m ? { base: m[1], arg: m[2] } : { base: name, arg: null };
}

/**
 * Resolves a metric name for a task, or returns null when the task has no such metric.
 * `mean[X]` takes its direction from the config (`declared`); `recall[CLASS]` is multiclass.
 */
export function lookupMetric(name: string, task: Task, declared?: Direction): MetricInfo | null {
  const { base, arg } = splitMetricName(name);
  if (arg !== null) {
    if (base === 'mean') {
      return info(name, [task], declared ?? 'higher', 'mean', false, `mean of column ${arg}`);
    }
    if (base === 'recall' && task === 'multiclass') {
      return info(name, ['multiclass'], 'higher', 'decision', true, `recall of class ${arg}`);
    }
    return null;
  }
  const m = BY_NAME.get(name);
  if (!m || m.tasks === 'shadow' || !m.tasks.includes(task)) return null;
  return m;
}

/** A shadow metric by name, or null. */
export function lookupShadowMetric(name: string): MetricInfo | null {
  const m = BY_NAME.get(name);
  return m && m.tasks === 'shadow' ? m : null;
}

/** Names valid for a task, for "did you mean" and error messages. */
export function metricNames(task: Task): string[] {
  return METRICS.filter((m) => m.tasks !== 'shadow' && m.tasks.includes(task)).map((m) => m.name);
}

export function shadowMetricNames(): string[] {
  return METRICS.filter((m) => m.tasks === 'shadow').map((m) => m.name);
}
