// One rule (min, max, max_drop / max_increase, severity) on one metric:
// reading it with its direction and unit checks, merging per-segment
// overrides over it, and rendering it as text for reports.
import type { Direction, Rule, Severity, Tolerance } from './types.js';
import { Issues, isMapping, oneOf, show, suggestion, type Path } from './issues.js';
import { RULE_KEYS, type RuleKey } from './schema.js';
import { parseAmount, spacingHint, toTolerance } from './tolerance.js';
import { rangeProblem } from './fit.js';

/** What the rule reader needs to know about the metric a rule is on. */
export interface MetricRef {
  name: string;
  /** Which way is better; null when unknown (a `mean[X]` whose direction is itself invalid), which skips direction checks. */
  direction: Direction | null;
  /** A rate in [0, 1]: allows `pp`, and `%`/`pp` in min/max. */
  rate: boolean;
  /** `expected_cost`: takes `costs`. */
  cost: boolean;
  /** `mean[X]`: takes `direction`. */
  mean: boolean;
}

/** Where a rule is written: under `metrics`, under `overrides` (keys may be `null` to remove a limit), or under `shadow`. */
export type RuleMode = 'metric' | 'override' | 'shadow';

/** A rule as written: absent keys are unset; `null` (overrides only) removes the metric's own limit. */
export interface PartialRule {
  min?: number | null;
  max?: number | null;
  maxDrop?: Tolerance | null;
  maxIncrease?: Tolerance | null;
  severity?: Severity;
}

export type LimitKind = 'min' | 'max' | 'maxDrop' | 'maxIncrease';
const YAML_KEY: Record<LimitKind, RuleKey> = { min: 'min', max: 'max', maxDrop: 'max_drop', maxIncrease: 'max_increase' };

const SEVERITIES: Severity[] = ['fail', 'warn'];

function changeKey(direction: Direction): 'max_drop' | 'max_increase' {
  return direction === 'higher' ? 'max_drop' : 'max_increase';
}

/** The rule keys valid for a metric in a mode, in schema order. */
export function ruleKeysFor(m: MetricRef, mode: RuleMode): RuleKey[] {
  return (Object.keys(RULE_KEYS) as RuleKey[]).filter((k) => {
    if (k === 'direction') return m.mean && mode === 'metric';
    if (k === 'costs') return m.cost && mode === 'metric';
    if (k === 'max_drop' || k === 'max_increase') return m.direction === null || changeKey(m.direction) === k;
    return true;
  });
}

/** Why a known rule key is wrong here. */
function misplacedKey(key: RuleKey, m: MetricRef): string {
  switch (key) {
    case 'max_drop':
    case 'max_increase': {
      const dir = m.direction as Direction;
      return `${m.name}: ${dir} is better, so use ${changeKey(dir)} (not ${key})`;
    }
    case 'costs':
      return m.cost ? `costs defines ${m.name} itself and cannot change per segment; set it under metrics.${m.name}` : `costs applies to expected_cost only, not ${m.name}`;
    case 'direction':
      if (m.mean) return `direction defines ${m.name} itself and cannot change per segment; set it under metrics.${m.name}`;
      return `direction applies to mean[X] only; ${m.name} is fixed: ${m.direction} is better`;
    default:
      return `${key} is not valid here`;
  }
}

function readLimit(value: unknown, path: Path, m: MetricRef, issues: Issues): number | undefined {
  const a = parseAmount(value);
  if (!a) {
    issues.add(path, `expected a number${m.rate ? ' (or a percentage such as "90%")' : ''}, got ${show(value)}${spacingHint(value)}`);
    return undefined;
  }
  if (a.unit !== '' && !m.rate) {
    issues.add(path, `${show(value)} is a percentage, which applies to rates only; ${m.name} is not a rate: give a number in its own units`);
    return undefined;
  }
  const x = a.scaled;
  if (m.rate && (x < 0 || x > 1)) {
    issues.add(path, `expected a rate from 0 to 1 (or a percentage such as "90%"), got ${show(value)}`);
    return undefined;
  }
  return x;
}

function readTolerance(value: unknown, path: Path, key: string, m: MetricRef, issues: Issues): Tolerance | undefined {
  const a = parseAmount(value);
  if (!a) {
    issues.add(path, `expected a number, a relative "N%" or percentage points "Npp", got ${show(value)}${spacingHint(value)}`);
    return undefined;
  }
  if (a.number < 0) {
    issues.add(path, `must not be negative, got ${show(value)}: ${key} is the worsening allowed, 0 or more`);
    return undefined;
  }
  if (a.unit === 'pp' && !m.rate) {
    issues.add(path, `${show(value)} is in percentage points, which apply to rates only; ${m.name} is not a rate: use a number in its own units or a relative "N%"`);
    return undefined;
  }
  const tol = toTolerance(a);
  const range = m.rate ? rangeProblem(tol, key) : null;
  if (range?.error) {
    issues.add(path, range.message);
    return undefined;
  }
  if (range) issues.warn(path, range.message);
  return tol;
}

/**
 * Reads a rule. `null`/`{}` is a rule without limits (measured and reported
 * only). `costs` and `direction` are left to the caller (metric mode) or
 * rejected. Every problem is added to `issues`; the result keeps the keys
 * that were valid.
 */
export function readRule(raw: unknown, path: Path, m: MetricRef, mode: RuleMode, issues: Issues): PartialRule {
  const out: PartialRule = {};
  if (raw === undefined || raw === null) return out;
  if (!isMapping(raw)) {
    issues.add(path, `expected a rule such as { ${m.direction === 'lower' ? 'max_increase: 5%' : 'max_drop: 1pp'} }, got ${show(raw)}`);
    return out;
  }
  const valid = ruleKeysFor(m, mode);
  for (const [key, value] of Object.entries(raw)) {
    const p = [...path, key];
    if (!(valid as string[]).includes(key)) {
      if (key in RULE_KEYS) issues.add(p, misplacedKey(key as RuleKey, m));
      else issues.unknownKey(path, key, valid);
      continue;
    }
    if (key === 'costs' || key === 'direction') continue;
    if (value === null || value === undefined) {
      if (mode === 'override' && key !== 'severity') {
        const kind = (Object.keys(YAML_KEY) as LimitKind[]).find((k) => YAML_KEY[k] === key)!;
        out[kind] = null;
      }
      continue;
    }
    switch (key) {
      case 'min':
      case 'max': {
        const x = readLimit(value, p, m, issues);
        if (x !== undefined) out[key] = x;
        break;
      }
      case 'max_drop':
      case 'max_increase': {
        const t = readTolerance(value, p, key, m, issues);
        if (t !== undefined) out[key === 'max_drop' ? 'maxDrop' : 'maxIncrease'] = t;
        break;
      }
      case 'severity':
        if (typeof value === 'string' && (SEVERITIES as string[]).includes(value)) out.severity = value as Severity;
        else issues.add(p, `expected ${oneOf(SEVERITIES)}, got ${show(value)}${typeof value === 'string' ? suggestion(value, SEVERITIES) : ''}`);
        break;
    }
  }
  return out;
}

/** Reports `min` above `max` (at the `min` key). */
export function checkMinMax(rule: { min?: number | null; max?: number | null }, path: Path, issues: Issues): void {
  if (rule.min != null && rule.max != null && rule.min > rule.max) {
    issues.add([...path, 'min'], `min ${rule.min} is greater than max ${rule.max}; no value could pass`);
  }
}

/** A full rule from a partial one: unset keys have no limit, severity defaults to fail. */
export function toRule(p: PartialRule): Rule {
  const r: Rule = { severity: p.severity ?? 'fail' };
  if (p.min != null) r.min = p.min;
  if (p.max != null) r.max = p.max;
  if (p.maxDrop != null) r.maxDrop = p.maxDrop;
  if (p.maxIncrease != null) r.maxIncrease = p.maxIncrease;
  return r;
}

/** An override over a metric's rule, key by key: a given key replaces, `null` removes, others are kept. */
export function mergeRule(base: Rule, over: PartialRule): Rule {
  const p: PartialRule = { ...base };
  for (const k of ['min', 'max', 'maxDrop', 'maxIncrease', 'severity'] as const) {
    if (over[k] !== undefined) (p as Record<string, unknown>)[k] = over[k];
  }
  return toRule(p);
}

/** The limits a rule sets, in a fixed order. */
export function ruleLimits(rule: Rule): LimitKind[] {
  return (['min', 'max', 'maxDrop', 'maxIncrease'] as const).filter((k) => rule[k] !== undefined);
}

/**
 * A rule as text for reports: one limit (`max_drop 1pp`, `min 0.8`,
 * `max_increase 5%`) when `kind` is given, else every limit joined by `, `.
 * `no limit` when there is none.
 * @example formatRule({ min: 0.8, maxDrop: { kind: 'points', value: 0.01, text: '1pp' }, severity: 'fail' }) // 'min 0.8, max_drop 1pp'
 */
export function formatRule(rule: Rule, kind?: LimitKind): string {
  const kinds = kind ? [kind] : ruleLimits(rule);
  const parts: string[] = [];
  for (const k of kinds) {
    const v = rule[k];
    if (v === undefined) continue;
    parts.push(`${YAML_KEY[k]} ${typeof v === 'number' ? String(v) : v.text}`);
  }
  return parts.length ? parts.join(', ') : 'no limit';
}
