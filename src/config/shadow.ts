// The `shadow` section: model names, token pricing, the serving envelope
// (with top-level `agreement`/`score_psi` folded into it) and the
// value-for-money rule.
import { lookupMetric, lookupShadowMetric, METRICS, shadowMetricNames } from '../metrics/index.js';
import type { EstimateMetric, MetricConfig, Rule, Severity, ShadowConfig, Task } from './types.js';
import { parseDuration } from './duration.js';
import { Issues, isMapping, oneOf, show, withValid, type Path } from './issues.js';
import type { CONFIG_SCHEMA, SectionValue } from './schema.js';
import { DEFAULT_ENVELOPE } from './defaults.js';
import { checkMinMax, readRule, toRule } from './rule.js';
import { metricRef, unknownMetricMessage } from './metrics.js';

const FOLDED = ['agreement', 'score_psi'] as const;
const VFM_KEYS = ['metric', 'max_cost_per_1k_per_point', 'severity'];

function readShadowRule(name: string, raw: unknown, path: Path, task: Task | null, issues: Issues): Rule | null {
  const info = lookupShadowMetric(name);
  if (!info) {
    const offline = METRICS.some((m) => m.name === name) || /^(mean|recall)\[.+\]$/.test(name);
    if (offline) issues.add(path, `${name} is an offline metric; put it under metrics`);
    else issues.add(path, withValid(`unknown shadow metric \`${name}\``, name, shadowMetricNames(), shadowMetricNames()));
    return null;
  }
  const before = issues.count;
  if (name === 'agreement' && task === 'regression') {
    issues.add(path, "agreement compares the two models' decisions, which task regression does not have");
  }
  const partial = readRule(raw, path, metricRef(info), 'shadow', issues);
  checkMinMax(partial, path, issues);
  return issues.count > before ? null : toRule(partial);
}

function readEnvelope(raw: unknown, task: Task | null, issues: Issues): Record<string, Rule> {
  const path = ['shadow', 'envelope'];
  let entries: Record<string, unknown>;
  if (raw === undefined || raw === null || (isMapping(raw) && Object.keys(raw).length === 0)) entries = DEFAULT_ENVELOPE;
  else if (isMapping(raw)) entries = raw;
  else {
    issues.add(path, `expected a mapping of shadow metric to rule, such as { latency_p99_ms: { max: 250 } }, got ${show(raw)}`);
    return {};
  }
  const out: Record<string, Rule> = {};
  for (const [name, rule] of Object.entries(entries)) {
    const r = readShadowRule(name, rule, [...path, name], task, issues);
    if (r) out[name] = r;
  }
  return out;
}

function readValueForMoney(raw: unknown, task: Task | null, metrics: Record<string, MetricConfig>, issues: Issues): ShadowConfig['valueForMoney'] {
  const path = ['shadow', 'value_for_money'];
  if (raw === undefined || raw === null) return null;
  if (!isMapping(raw)) {
    issues.add(path, `expected a mapping such as { metric: recall, max_cost_per_1k_per_point: 0.02 }, got ${show(raw)}`);
    return null;
  }
  const before = issues.count;
  issues.checkKeys(path, raw, VFM_KEYS);
  const metric = raw.metric;
  if (typeof metric !== 'string' || metric === '') {
    issues.add([...path, 'metric'], `${metric == null ? 'missing: expected' : 'expected'} the name of an offline metric such as recall${metric == null ? '' : `, got ${show(metric)}`}`);
  } else if (task !== null && !(metric in metrics)) {
    if (/^mean\[.+\]$/.test(metric)) issues.add([...path, 'metric'], `${metric} is not configured under metrics; add it there with its direction first`);
    else if (!lookupMetric(metric, task)) issues.add([...path, 'metric'], unknownMetricMessage(metric, task));
  }
  const cost = raw.max_cost_per_1k_per_point;
  if (typeof cost !== 'number' || !Number.isFinite(cost) || cost < 0) {
    issues.add(
      [...path, 'max_cost_per_1k_per_point'],
      `${cost == null ? 'missing: expected' : 'expected'} a number of at least 0 (USD per 1,000 requests per point of lift)${cost == null ? '' : `, got ${show(cost)}`}`,
    );
  }
  let severity: Severity = 'fail';
  if (raw.severity !== undefined && raw.severity !== null) {
    if (raw.severity === 'fail' || raw.severity === 'warn') severity = raw.severity;
    else issues.add([...path, 'severity'], `expected ${oneOf(['fail', 'warn'])}, got ${show(raw.severity)}`);
  }
  if (issues.count > before) return null;
  return { metric: metric as string, maxCostPer1kPerPoint: cost as number, severity };
}

const ESTIMATES: readonly EstimateMetric[] = ['recall', 'precision', 'accuracy', 'auc'];

/** `shadow.labels`: `{ maturity: 7d }`. */
function readLabels(raw: unknown, issues: Issues): ShadowConfig['labels'] {
  const path = ['shadow', 'labels'];
  if (raw === undefined || raw === null) return undefined;
  if (!isMapping(raw)) {
    issues.add(path, `expected a mapping such as { maturity: 7d }, got ${show(raw)}`);
    return undefined;
  }
  issues.checkKeys(path, raw, ['maturity']);
  if (raw.maturity === undefined || raw.maturity === null) return undefined;
  const maturity = parseDuration(raw.maturity);
  if (maturity === null) {
    issues.add([...path, 'maturity'], `expected a positive duration such as 7d, 36h or 90m (units w, d, h, m, s), got ${show(raw.maturity)}`);
    return undefined;
  }
  return { maturity };
}

/** `shadow.estimate`: a list of `recall`, `precision`, `accuracy`, `auc` (binary). */
function readEstimate(raw: unknown, task: Task | null, issues: Issues): ShadowConfig['estimate'] {
  const path = ['shadow', 'estimate'];
  if (raw === undefined || raw === null) return undefined;
  if (!Array.isArray(raw)) {
    issues.add(path, `expected a list of metrics such as [recall, precision], got ${show(raw)}`);
    return undefined;
  }
  if (task !== null && task !== 'binary') {
    issues.add(path, `estimates without labels are for task binary only (task is ${task}); remove shadow.estimate`);
    return undefined;
  }
  const out: EstimateMetric[] = [];
  raw.forEach((m, i) => {
    if (typeof m !== 'string' || !(ESTIMATES as readonly string[]).includes(m)) {
      issues.add([...path, i], withValid(`${show(m)} cannot be estimated without labels`, String(m), ESTIMATES, ESTIMATES));
    } else if (out.includes(m as EstimateMetric)) issues.add([...path, i], `${m} is listed twice`);
    else out.push(m as EstimateMetric);
  });
  return out.length > 0 ? out : undefined;
}

type ShadowSection = SectionValue<(typeof CONFIG_SCHEMA)['shadow']['fields']>;

/**
 * The `shadow` section, or null when the config has none.
 * @param s the section as read from the schema (plain keys checked, specials raw)
 * @param raw the section as written, to see which keys were given
 */
export function readShadow(s: ShadowSection | null, raw: unknown, task: Task | null, metrics: Record<string, MetricConfig>, issues: Issues): ShadowConfig | null {
  if (s === null) return null;
  const { baseline, candidate } = s.models;
  if (baseline === candidate) {
    issues.add(['shadow', 'models', 'candidate'], `${JSON.stringify(candidate)} is also the baseline's name; the two models need different names`);
  }
  const envelope = readEnvelope(s.envelope, task, issues);
  const written = isMapping(s.envelope) ? s.envelope : {};
  for (const name of FOLDED) {
    if (!isMapping(raw) || !(name in raw)) continue;
    if (name in written) {
      issues.add(['shadow', name], `${name} is also set under shadow.envelope; keep one of the two`);
      continue;
    }
    const r = readShadowRule(name, raw[name], ['shadow', name], task, issues);
    if (r) envelope[name] = r;
  }
  const out: ShadowConfig = {
    models: { baseline, candidate },
    pricing: s.pricing && { inputPer1kTokens: s.pricing.input_per_1k_tokens, outputPer1kTokens: s.pricing.output_per_1k_tokens },
    envelope,
    valueForMoney: readValueForMoney(s.value_for_money, task, metrics, issues),
  };
  // Written only when set, so configs without them keep their shape.
  const labels = readLabels(s.labels, issues);
  if (labels) out.labels = labels;
  const estimate = readEstimate(s.estimate, task, issues);
  if (estimate) out.estimate = estimate;
  return out;
}
