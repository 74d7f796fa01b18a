// Config that parses but cannot mean what it says: a tolerance as large as a
// bounded metric's whole range (`max_drop: 1` on recall is 100 pp), scikit-learn's
// names for our metrics, and, once the data is read, a `recall[CLASS]` naming a
// class the labels do not have, or a task that does not fit the labels.
import { ConfigError } from '../errors/index.js';
import { suggestion } from './issues.js';
import type { GateConfig, Tolerance } from './types.js';
import { splitMetricName } from '../metrics/index.js';

/** scikit-learn's names (scorers and functions) for the gate's metrics. */
export const SKLEARN_NAMES: Readonly<Record<string, string>> = {
  roc_auc: 'auc',
  roc_auc_score: 'auc',
  average_precision: 'pr_auc',
  average_precision_score: 'pr_auc',
  neg_log_loss: 'log_loss',
  log_loss_score: 'log_loss',
  brier_score_loss: 'brier',
  neg_brier_score: 'brier',
  accuracy_score: 'accuracy',
  precision_score: 'precision',
  recall_score: 'recall',
  f1_score: 'f1',
  balanced_accuracy_score: 'balanced_accuracy',
  matthews_corrcoef: 'mcc',
  f1_macro: 'macro_f1',
  recall_macro: 'macro_recall',
  neg_mean_absolute_error: 'mae',
  mean_absolute_error: 'mae',
  neg_root_mean_squared_error: 'rmse',
  root_mean_squared_error: 'rmse',
  neg_mean_squared_error: 'rmse',
  mean_squared_error: 'rmse',
  neg_mean_absolute_percentage_error: 'mape',
  mean_absolute_percentage_error: 'mape',
};

/** `; did you mean auc? (roc_auc is scikit-learn's name)` for a scikit-learn name, else ''. */
export function sklearnHint(name: string, valid: readonly string[]): string {
  const ours = SKLEARN_NAMES[name];
  return ours && valid.includes(ours) ? `; did you mean ${ours}? (${name} is scikit-learn's name for it)` : '';
}

/**
 * For a rate metric (values in [0, 1]): an error when the tolerance allows the whole
 * range (any change passes), with the likely meant amount; a warning over half of it.
 * `absolute` and `pp` tolerances only (a relative one is judged against the baseline).
 */
export function rangeProblem(tol: Tolerance, key: string): { error: boolean; message: string } | null {
  if (tol.kind === 'relative') return null;
  const meant = tol.kind === 'absolute' ? `${tol.value}pp` : null;
  if (tol.value >= 1) {
    return {
      error: true,
      message: `${key} ${tol.text} allows the metric's whole range (0 to 1), so any change would pass${meant ? `; did you mean ${JSON.stringify(meant)}? (a plain number is in the metric's own units: 0.01 is 1 pp)` : ''}`,
    };
  }
  if (tol.value > 0.5) return { error: false, message: `${key} ${tol.text} allows more than half of the metric's range (0 to 1)${meant ? `; did you mean ${JSON.stringify(meant)}?` : ''}` };
  return null;
}

/**
 * Throws a ConfigError (source `config`) for each `recall[CLASS]` whose class the labels do not have,
 * listing the classes.
 * @example classNameErrors({ 'recall[ca]': ... }, ['bird', 'cat', 'dog']) // metrics.recall[ca]: class "ca" is not in the labels (bird, cat, dog); did you mean "cat"?
 */
export function checkClassNames(config: Pick<GateConfig, 'metrics'>, classes: readonly string[]): void {
  const issues: Array<{ path: string; message: string }> = [];
  for (const name of Object.keys(config.metrics)) {
    const { base, arg } = splitMetricName(name);
    if (base !== 'recall' || arg === null || classes.includes(arg)) continue;
    const shown = classes.length > 20 ? `${classes.slice(0, 20).join(', ')}, … (${classes.length} in all)` : classes.join(', ');
    issues.push({ path: `metrics.${name}`, message: `class ${JSON.stringify(arg)} is not in the labels (${shown})${suggestion(arg, classes)}` });
  }
  if (issues.length > 0) throw new ConfigError('config', issues);
}

/**
 * A hint when the task does not fit the labels: `task: regression` on labels that are all
 * 0 or 1 (a classifier's), else null.
 */
export function taskHint(task: GateConfig['task'], label: ArrayLike<number>): string | null {
  if (task !== 'regression' || label.length === 0) return null;
  for (let i = 0; i < label.length; i++) if (label[i] !== 0 && label[i] !== 1) return null;
  return 'every label is 0 or 1, but task is regression: a classifier is measured with task: binary (auc, recall, ...); keep regression only if the 0/1 values really are numeric targets';
}
