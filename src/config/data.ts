// The `data` section: which columns are features (with their declared type,
// sentinel values and per-feature rule changes), the rules of the data checks
// (drift, health, training-serving skew, model output offline vs online), the
// numeric tolerance of the batch-vs-online comparison and the data checks' own
// multiple-testing correction. Every problem is reported at once, with a
// "did you mean" for misspelt keys.
import type { Correction, Rule } from './types.js';
import { Issues, isMapping, oneOf, show, suggestion, type Path } from './issues.js';
import { checkMinMax, mergeRule, readRule, toRule, type MetricRef, type PartialRule } from './rule.js';
import { parseAmount } from './tolerance.js';

/** The data-check rules, in report order. */
export const DATA_RULES = ['psi', 'null_rate', 'sentinel_rate', 'new_category_rate', 'out_of_range_rate', 'mismatch_rate', 'output_psi'] as const;
export type DataRuleName = (typeof DATA_RULES)[number];

/** Rules that are shares in [0, 1] (they take `pp` and `%`). */
const RATE_RULES: ReadonlySet<DataRuleName> = new Set(['null_rate', 'sentinel_rate', 'new_category_rate', 'out_of_range_rate', 'mismatch_rate']);

/** The defaults, as the YAML would say them (documented in the README and CONTRACT section 6). */
export const DEFAULT_DATA_RULES: Record<DataRuleName, Record<string, unknown>> = {
  psi: { max: 0.2 },
  null_rate: { max_increase: '2pp' },
  sentinel_rate: { max_increase: '2pp' },
  new_category_rate: { max: '1pp' },
  out_of_range_rate: { max: '1pp' },
  mismatch_rate: { max: '0.5pp' },
  output_psi: { max_increase: 0.1 },
};
export const DEFAULT_DATA_TOLERANCE = { abs: 1e-6, rel: 1e-4 };
export const DEFAULT_DATA_CORRECTION: Correction = 'bh';

export type FeatureType = 'numeric' | 'categorical';

export interface DataFeatureConfig {
  /** Declared type; null: inferred (numeric when every non-empty value parses as a number). */
  type: FeatureType | null;
  /** Declared default values that mean "no real value" (numbers for numeric features, text for categorical). */
  sentinels: Array<number | string>;
  /** The feature's rules: the section's rules with this feature's changes applied. */
  rules: Record<DataRuleName, Rule>;
}

export interface DataConfig {
  /** Declared features in config order; null: every column both files share except ids, labels, scores, weights, segments. */
  features: Record<string, DataFeatureConfig> | null;
  /** The rules every feature gets unless it changes them. */
  rules: Record<DataRuleName, Rule>;
  /** Batch and online values are equal within `abs + rel * |batch|`. */
  tolerance: { abs: number; rel: number };
  correction: Correction;
}

const SECTION_KEYS = ['features', 'rules', 'tolerance', 'correction'];
const FEATURE_KEYS = ['type', 'sentinels'];
const TYPES: FeatureType[] = ['numeric', 'categorical'];
const CORRECTIONS: Correction[] = ['bh', 'holm', 'none'];

const refOf = (name: DataRuleName): MetricRef => ({ name, direction: 'lower', rate: RATE_RULES.has(name), cost: false, mean: false });

/**
 * Reads rules. Under `data.rules` a written rule replaces the default (`{}` or
 * null: measured, no limit); under a feature (`merge`) its keys replace the
 * section's keys one by one, and `null` removes a limit, as overrides do.
 */
function readRules(raw: unknown, path: Path, base: Record<DataRuleName, Rule>, issues: Issues, merge = false): Record<DataRuleName, Rule> {
  const out = { ...base };
  if (raw === undefined || raw === null) return out;
  if (!isMapping(raw)) {
    issues.add(path, `expected a mapping of data rule to rule, such as { psi: { max: 0.2 } }, got ${show(raw)}`);
    return out;
  }
  for (const [name, value] of Object.entries(raw)) {
    if (!(DATA_RULES as readonly string[]).includes(name)) {
      issues.unknownKey(path, name, DATA_RULES, 'data rule');
      continue;
    }
    const rule = name as DataRuleName;
    const before = issues.count;
    const partial: PartialRule = readRule(value, [...path, name], refOf(rule), merge ? 'override' : 'shadow', issues);
    const result = merge ? mergeRule(base[rule], partial) : toRule(partial);
    checkMinMax(result, [...path, name], issues);
    if (issues.count === before) out[rule] = result;
  }
  return out;
}

function readSentinels(raw: unknown, path: Path, issues: Issues): Array<number | string> {
  if (raw === undefined || raw === null) return [];
  const list = Array.isArray(raw) ? raw : [raw];
  const out: Array<number | string> = [];
  list.forEach((v, i) => {
    const p = Array.isArray(raw) ? [...path, i] : path;
    if ((typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v !== '')) out.push(v);
    else issues.add(p, `expected a number or a non-empty text value, got ${show(v)}`);
  });
  return out;
}

function readFeature(name: string, raw: unknown, rules: Record<DataRuleName, Rule>, issues: Issues): DataFeatureConfig {
  const path = ['data', 'features', name];
  const out: DataFeatureConfig = { type: null, sentinels: [], rules };
  if (raw === undefined || raw === null) return out;
  if (!isMapping(raw)) {
    issues.add(path, `expected a mapping such as { type: numeric, sentinels: [-1] } (or {} for the defaults), got ${show(raw)}`);
    return out;
  }
  const rulePart: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'type') {
      if (value === undefined || value === null) continue;
      if (typeof value === 'string' && (TYPES as string[]).includes(value)) out.type = value as FeatureType;
      else issues.add([...path, key], `expected ${oneOf(TYPES)}, got ${show(value)}${typeof value === 'string' ? suggestion(value, TYPES) : ''}`);
    } else if (key === 'sentinels') out.sentinels = readSentinels(value, [...path, key], issues);
    else if ((DATA_RULES as readonly string[]).includes(key)) rulePart[key] = value;
    else issues.unknownKey(path, key, [...FEATURE_KEYS, ...DATA_RULES]);
  }
  out.rules = readRules(rulePart, path, rules, issues, true);
  if (out.type === 'numeric') {
    out.sentinels.forEach((s, i) => {
      if (typeof s === 'string' && !Number.isFinite(Number(s))) issues.add([...path, 'sentinels', i], `feature ${name} is numeric; a sentinel must be a number, got ${show(s)}`);
    });
  }
  return out;
}

function readTolerance(raw: unknown, issues: Issues): DataConfig['tolerance'] {
  const out = { ...DEFAULT_DATA_TOLERANCE };
  const path = ['data', 'tolerance'];
  if (raw === undefined || raw === null) return out;
  if (!isMapping(raw)) {
    issues.add(path, `expected a mapping such as { abs: 1e-6, rel: 1e-4 }, got ${show(raw)}`);
    return out;
  }
  issues.checkKeys(path, raw, ['abs', 'rel']);
  for (const key of ['abs', 'rel'] as const) {
    const v = raw[key];
    if (v === undefined || v === null) continue;
    const a = parseAmount(v);
    if (a === null || a.unit === 'pp' || a.scaled < 0)
      issues.add([...path, key], `expected a number of at least 0${key === 'rel' ? ' (or a percentage such as "0.01%")' : ''}, got ${show(v)}`);
    else if (key === 'abs' && a.unit !== '') issues.add([...path, key], `abs is in the feature's own units; give a number, got ${show(v)}`);
    else out[key] = a.scaled;
  }
  return out;
}

/** The default rules (no `data` section, or one without `rules`). */
export function defaultDataRules(): Record<DataRuleName, Rule> {
  const issues = new Issues();
  const empty = Object.fromEntries(DATA_RULES.map((r) => [r, toRule({})])) as Record<DataRuleName, Rule>;
  const rules = readRules(DEFAULT_DATA_RULES, ['data', 'rules'], empty, issues);
  if (issues.count) throw new Error(`invalid default data rules: ${issues.list[0].message}`);
  return rules;
}

/**
 * The `data` section, defaults filled in (an absent section is all defaults:
 * data checks run only when their inputs are given).
 * @example readData({ rules: { psi: { max: 0.1 } } }, issues).rules.psi.max // 0.1
 */
export function readData(raw: unknown, issues: Issues): DataConfig {
  const path = ['data'];
  const out: DataConfig = { features: null, rules: defaultDataRules(), tolerance: { ...DEFAULT_DATA_TOLERANCE }, correction: DEFAULT_DATA_CORRECTION };
  if (raw === undefined || raw === null) return out;
  if (!isMapping(raw)) {
    issues.add(path, `expected a mapping with keys ${SECTION_KEYS.join(', ')}, got ${show(raw)}`);
    return out;
  }
  issues.checkKeys(path, raw, SECTION_KEYS);
  out.rules = readRules(raw.rules, ['data', 'rules'], out.rules, issues);
  out.tolerance = readTolerance(raw.tolerance, issues);
  const c = raw.correction;
  if (c !== undefined && c !== null) {
    if (typeof c === 'string' && (CORRECTIONS as string[]).includes(c)) out.correction = c as Correction;
    else issues.add(['data', 'correction'], `expected ${oneOf(CORRECTIONS)}, got ${show(c)}${typeof c === 'string' ? suggestion(c, CORRECTIONS) : ''}`);
  }
  const f = raw.features;
  if (f !== undefined && f !== null) {
    if (!isMapping(f)) issues.add(['data', 'features'], `expected a mapping of column name to settings, such as { amount: { type: numeric } }, got ${show(f)}`);
    else {
      out.features = {};
      for (const [name, value] of Object.entries(f)) out.features[name] = readFeature(name, value, out.rules, issues);
    }
  }
  return out;
}

/** The settings of one feature: its declared ones, or the section's rules for an inferred feature. */
export function featureSettings(cfg: DataConfig, name: string): DataFeatureConfig {
  return cfg.features?.[name] ?? { type: null, sentinels: [], rules: cfg.rules };
}

/** The data settings of a parsed config: its `data` section, or the defaults when it has none. */
export function dataConfigOf(cfg: { data?: DataConfig }): DataConfig {
  return cfg.data ?? readData(undefined, new Issues());
}
