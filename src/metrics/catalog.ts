// The names of every metric the gate knows, which task they belong to and
// which way is better, as config validation and judging look them up: a view of
// the registry (registry.ts), which holds one declaration per metric file.
import type { DisplayUnit, MetricDeclaration, SummaryKind, TestMethod } from './declaration.js';
import { REGISTRY, declarationOf, splitMetricName } from './registry.js';
import type { Direction, MetricSpec, Task } from './types.js';

export { splitMetricName };

export interface MetricInfo {
  name: string;
  tasks: Task[] | 'shadow';
  direction: Direction;
  /** The summary the metric is finished from (decision, ranking, scores, errors, column, shadow). */
  summary: SummaryKind;
  test: TestMethod;
  /** A rate in [0, 1]: `pp` tolerances are natural for it. */
  rate: boolean;
  unit: DisplayUnit;
  description: string;
}

const infoOf = (
  d: MetricDeclaration,
  name = d.name,
  direction: Direction = d.direction === 'declared' ? 'higher' : d.direction,
  tasks: Task[] | 'shadow' = d.tasks === 'shadow' ? 'shadow' : [...d.tasks],
  description = d.description,
): MetricInfo => ({
  name,
  tasks,
  direction,
  summary: d.summary,
  test: d.test,
  rate: d.rate,
  unit: d.unit,
  description,
});

/** Metrics with fixed names. Parameterised ones (`recall[CLASS]`, `mean[X]`) are resolved by `lookupMetric`. */
export const METRICS: readonly MetricInfo[] = REGISTRY.filter((d) => !d.parameter).map((d) => infoOf(d));

const BY_NAME = new Map(METRICS.map((m) => [m.name, m]));

/**
 * Resolves a metric name for a task, or returns null when the task has no such metric.
 * `mean[X]` takes its direction from the config (`declared`); `recall[CLASS]` is multiclass.
 */
export function lookupMetric(name: string, task: Task, declared?: Direction): MetricInfo | null {
  const { arg } = splitMetricName(name);
  if (arg !== null) {
    const d = declarationOf(name);
    if (!d || d.tasks === 'shadow' || !d.tasks.includes(task)) return null;
    if (d.parameter === 'column') return infoOf(d, name, declared ?? 'higher', [task], `mean of column ${arg}`);
    const base = splitMetricName(d.name).base;
    if (d.parameter === 'k') return /^[1-9]\d*$/.test(arg) ? infoOf(d, name, undefined, undefined, `share of examples with the true class among the ${arg} highest scores`) : null;
    return infoOf(d, name, undefined, undefined, `${base} of class ${arg}`);
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

/**
 * The display unit of any metric name the report may show, or null when no metric has the name.
 * @example metricDisplayUnit('auc') // 'number';  metricDisplayUnit('recall[fraud]') // 'percent'
 */
export function metricDisplayUnit(name: string): DisplayUnit | null {
  return RUN_UNITS.get(name) ?? declarationOf(name)?.unit ?? null;
}

/** The run's display units that depend on its config (expected_cost in money); see `setDisplayUnits`. */
const RUN_UNITS = new Map<string, DisplayUnit>();

/**
 * The display units the config gives metrics beyond their declarations: `money` for an
 * expected_cost whose `costs.unit` is usd (the default when a cost names a column).
 * @example displayUnitsOf({ expected_cost: { direction: 'lower', costUnit: 'usd' } }) // { expected_cost: 'money' }
 */
export function displayUnitsOf(metrics: Record<string, MetricSpec>): Record<string, DisplayUnit> {
  const out: Record<string, DisplayUnit> = {};
  for (const [name, spec] of Object.entries(metrics)) if (declarationOf(name)?.needsCosts && spec.costUnit === 'usd') out[name] = 'money';
  return out;
}

/**
 * Sets the run's config-dependent display units (replacing the last run's). The pipeline
 * calls it once per run, before judging and rendering; the formatting reads it through
 * `metricDisplayUnit`. The one piece of state in the metrics layer: a unit is not a pure
 * function of the name once the config says the costs are money.
 */
export function setDisplayUnits(units: Record<string, DisplayUnit>): void {
  RUN_UNITS.clear();
  for (const [name, unit] of Object.entries(units)) RUN_UNITS.set(name, unit);
}

/** Whether the gate judges the metric on its absolute value (worse = further from 0). */
export function judgedOnAbsolute(name: string): boolean {
  return declarationOf(name)?.judgedOnAbsolute === true;
}

/** The parameterised names of a task's metrics, as patterns (`recall[CLASS]`, `top_k_accuracy[K]`; not `mean[X]`). */
export function parameterisedNames(task: Task): string[] {
  return REGISTRY.filter((d) => d.parameter && d.parameter !== 'column' && d.tasks !== 'shadow' && d.tasks.includes(task)).map((d) => d.name);
}

/** Whether a multiclass metric reads the class probabilities (log_loss, auc_ovr, top_k_accuracy[K]). */
export function needsClassScores(name: string): boolean {
  const d = declarationOf(name);
  return d !== null && (d.summary === 'classScores' || (d.summary === 'scores' && d.classTerms !== undefined));
}

/** Whether a binary metric is finished from the scores (ranking or score sums), not from decisions alone. */
export function needsScores(name: string): boolean {
  const s = declarationOf(name)?.summary;
  return s === 'ranking' || s === 'scores';
}
