// The `metrics` section: resolving metric names for the task (with a "did
// you mean"), the settings that define a metric (`costs`, `direction`), and
// each metric's rule. Also used for `shadow.envelope` names.
import { declarationOf, lookupMetric, lookupShadowMetric, METRICS, metricNames, parameterisedNames, splitMetricName, type MetricInfo } from '../metrics/index.js';
import type { CostColumns, Costs, Direction, MetricConfig, Task } from './types.js';
import { Issues, isMapping, oneOf, show, suggestion, withValid, type Path } from './issues.js';
import { DEFAULT_METRICS } from './defaults.js';
import { checkMinMax, readRule, toRule, type MetricRef } from './rule.js';
import { sklearnHint } from './fit.js';

const DIRECTIONS: Direction[] = ['higher', 'lower'];
const COST_KEYS = ['fp', 'fn', 'tp', 'tn'] as const;

export function metricRef(info: MetricInfo): MetricRef {
  const d = declarationOf(info.name);
  return { name: info.name, direction: info.direction, rate: info.rate, cost: d?.needsCosts === true, mean: d?.parameter === 'column' && splitMetricName(info.name).arg !== null };
}

/** Every name valid under `metrics` for a task, parameterised ones as patterns. */
export function offlineNamesFor(task: Task): string[] {
  return [...metricNames(task), ...parameterisedNames(task), 'mean[X]'];
}

/** Why `name` is not an offline metric of `task`: one message with what is valid. */
export function unknownMetricMessage(name: string, task: Task): string {
  const { arg } = splitMetricName(name);
  const valid = offlineNamesFor(task).join(', ');
  const param = arg !== null ? declarationOf(name) : null;
  if (param && (param.parameter === 'class' || param.parameter === 'k') && param.tasks !== 'shadow' && !param.tasks.includes(task)) {
    const base = splitMetricName(param.name).base;
    return `${param.name} is for task multiclass only (task is ${task})${task === 'binary' && metricNames(task).includes(base) ? `; use ${base}` : ''}`;
  }
  if (param?.parameter === 'k') return `${name}: K must be a whole number of classes, 1 or more, such as top_k_accuracy[3]`;
  if (arg !== null) {
    const takers = [...parameterisedNames(task), 'mean[X]'];
    const list = takers.length === 1 ? 'mean[X] takes' : `${takers.slice(0, -1).join(', ')} and ${takers[takers.length - 1]} take`;
    return `unknown metric \`${name}\`: only ${list} a [column${takers.length > 1 ? ', class or count' : ''}]; valid for ${task}: ${valid}`;
  }
  if (lookupShadowMetric(name)) return `${name} is a shadow metric; put it under shadow.envelope`;
  const other = METRICS.find((m) => m.name === name && m.tasks !== 'shadow');
  if (other && other.tasks !== 'shadow') return `${name} is a ${oneOf(other.tasks)} metric, not ${task}; valid for ${task}: ${valid}`;
  const sk = sklearnHint(name, metricNames(task));
  if (sk) return `unknown metric \`${name}\` for task ${task}${sk}`;
  return withValid(`unknown metric \`${name}\` for task ${task}`, name, metricNames(task), offlineNamesFor(task));
}

/** The declared direction of a `mean[X]` rule, or null (reported) when missing or invalid. */
function readDirection(raw: unknown, path: Path, name: string, issues: Issues): Direction | null {
  const v = isMapping(raw) ? raw.direction : undefined;
  if (v === undefined || v === null) {
    issues.add([...path, 'direction'], `missing: ${name} needs direction: higher or lower (which way is better)`);
    return null;
  }
  if (typeof v === 'string' && (DIRECTIONS as string[]).includes(v)) return v as Direction;
  issues.add([...path, 'direction'], `expected ${oneOf(DIRECTIONS)}, got ${show(v)}${typeof v === 'string' ? suggestion(v, DIRECTIONS) : ''}`);
  return null;
}

/** A column name a cost may give instead of a number: a bare name, not a number written as text. */
const COLUMN_NAME = /^[A-Za-z_][\w.\- ]*$/;
const COST_UNITS = ['usd', 'none'] as const;
/**
 * The outcomes whose cost may name a column: the errors, whose cost is the example's own
 * (a missed fraud loses its amount, a declined good customer their value). tp and tn
 * take numbers (a fee per caught fraud, say).
 */
const PER_EXAMPLE = new Set<string>(['fp', 'fn']);

interface CostsRead {
  costs: Costs;
  columns?: CostColumns;
  unit?: 'usd' | 'none';
}

/**
 * `costs: { fp, fn, tp, tn, unit }`: each cost a number (negative: a gain); fp and fn may
 * instead name a numeric column of the eval files (that outcome's cost per example, `fn: amount`).
 * `unit: usd` shows the expected cost in money; the default is usd when a cost names a column.
 */
function readCosts(raw: unknown, path: Path, issues: Issues): CostsRead | undefined {
  const v = isMapping(raw) ? raw.costs : undefined;
  const p = [...path, 'costs'];
  if (v === undefined || v === null) {
    issues.add(p, 'missing: expected_cost needs costs: { fp: N, fn: N } (tp and tn are optional, default 0)');
    return undefined;
  }
  if (!isMapping(v)) {
    issues.add(p, `expected a mapping such as { fp: 1, fn: 5 } or { fp: 5, fn: amount }, got ${show(v)}`);
    return undefined;
  }
  issues.checkKeys(p, v, [...COST_KEYS, 'unit']);
  const costs: Costs = { tp: 0, fp: 0, tn: 0, fn: 0 };
  const columns: CostColumns = {};
  let ok = true;
  for (const k of COST_KEYS) {
    const x = v[k];
    if (x === undefined || x === null) {
      if (k === 'fp' || k === 'fn') {
        issues.add([...p, k], `missing: the cost of a ${k === 'fp' ? 'false positive' : 'false negative'}, a number`);
        ok = false;
      }
    } else if (typeof x === 'number' && Number.isFinite(x)) costs[k] = x;
    else if (typeof x === 'string' && PER_EXAMPLE.has(k) && COLUMN_NAME.test(x.trim())) columns[k] = x.trim();
    else {
      const what = PER_EXAMPLE.has(k) ? "a number (cost per example; negative: a gain) or a numeric column's name" : 'a number (cost per example)';
      issues.add([...p, k], `expected ${what}, got ${show(x)}`);
      ok = false;
    }
  }
  let unit: 'usd' | 'none' | undefined;
  if (v.unit !== undefined && v.unit !== null) {
    if (typeof v.unit === 'string' && (COST_UNITS as readonly string[]).includes(v.unit)) unit = v.unit as 'usd' | 'none';
    else {
      issues.add([...p, 'unit'], `expected ${oneOf([...COST_UNITS])} (usd: the costs are US dollars), got ${show(v.unit)}`);
      ok = false;
    }
  }
  if (!ok) return undefined;
  const named = Object.keys(columns).length > 0;
  return { costs, ...(named ? { columns } : {}), ...(unit !== undefined || named ? { unit: unit ?? 'usd' } : {}) };
}

/** One configured metric, or null when it is invalid (reported). */
function readMetric(name: string, raw: unknown, path: Path, task: Task, issues: Issues): MetricConfig | null {
  const isMean = splitMetricName(name).arg !== null && declarationOf(name)?.parameter === 'column';
  const declared = isMean ? readDirection(raw, path, name, issues) : null;
  const info = lookupMetric(name, task, declared ?? undefined);
  if (!info) {
    issues.add(path, unknownMetricMessage(name, task));
    return null;
  }
  const ref = { ...metricRef(info), direction: isMean ? declared : info.direction };
  const before = issues.count;
  const partial = readRule(raw, path, ref, 'metric', issues);
  checkMinMax(partial, path, issues);
  const costs = ref.cost ? readCosts(raw, path, issues) : undefined;
  if (issues.count > before || (isMean && declared === null)) return null;
  const out: MetricConfig = { rule: toRule(partial), direction: ref.direction! };
  if (costs) {
    out.costs = costs.costs;
    if (costs.columns) out.costColumns = costs.columns;
    if (costs.unit) out.costUnit = costs.unit;
  }
  return out;
}

/**
 * The `metrics` section. Absent, null or empty: the task's defaults
 * (`DEFAULT_METRICS`). Keys keep the order they were written in.
 */
export function readMetrics(raw: unknown, task: Task, issues: Issues): Record<string, MetricConfig> {
  const path = ['metrics'];
  let entries: Record<string, unknown>;
  if (raw === undefined || raw === null || (isMapping(raw) && Object.keys(raw).length === 0)) entries = DEFAULT_METRICS[task];
  else if (isMapping(raw)) entries = raw;
  else {
    issues.add(path, `expected a mapping of metric name to rule, such as { recall: { max_drop: 1pp } }, got ${show(raw)}`);
    return {};
  }
  const out: Record<string, MetricConfig> = {};
  for (const [name, rule] of Object.entries(entries)) {
    const m = readMetric(name, rule, [...path, name], task, issues);
    if (m) out[name] = m;
  }
  return out;
}
