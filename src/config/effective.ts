// The effective config for report.json: every setting after defaults, in the
// YAML's own key names and a fixed key order, tolerances as written.
// Parsing its YAML gives back an equal GateConfig.
import { declarationOf, splitMetricName } from '../metrics/index.js';
import type { CostColumns, Costs, GateConfig, Rule, Tolerance } from './types.js';
import { CONFIG_SCHEMA } from './schema.js';
import { dataConfigOf, type DataConfig } from './data.js';
import { DEFAULTS } from './defaults.js';

function tolerance(t: Tolerance): number | string {
  return t.kind === 'absolute' ? t.value : t.text;
}

/** A rule in YAML form. With `base`, limits the base has but the rule lacks are written as null (removed by an override). */
function ruleYaml(name: string, rule: Rule, extra: { costs?: Costs; costColumns?: CostColumns; costUnit?: 'usd' | 'none'; direction?: string } = {}, base?: Rule): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (extra.direction !== undefined && splitMetricName(name).arg !== null && declarationOf(name)?.parameter === 'column') out.direction = extra.direction;
  if (extra.costs) {
    const c = extra.costs;
    const col = extra.costColumns ?? {};
    const costs: Record<string, unknown> = { fp: col.fp ?? c.fp, fn: col.fn ?? c.fn, tp: col.tp ?? c.tp, tn: col.tn ?? c.tn };
    if (extra.costUnit) costs.unit = extra.costUnit;
    out.costs = costs;
  }
  const limits: Array<[string, unknown, boolean]> = [
    ['min', rule.min, base?.min !== undefined],
    ['max', rule.max, base?.max !== undefined],
    ['max_drop', rule.maxDrop && tolerance(rule.maxDrop), base?.maxDrop !== undefined],
    ['max_increase', rule.maxIncrease && tolerance(rule.maxIncrease), base?.maxIncrease !== undefined],
  ];
  for (const [key, value, inBase] of limits) {
    if (value !== undefined) out[key] = value;
    else if (inBase) out[key] = null;
  }
  out.severity = rule.severity;
  return out;
}

/**
 * The effective config as plain data with snake_case keys, defaults filled
 * in, for report.json. `threshold` appears for binary tasks only; `shadow`
 * is null when not configured.
 */
export function effectiveConfig(cfg: GateConfig, opts: { data?: boolean } = {}): Record<string, unknown> {
  const out: Record<string, unknown> = { task: cfg.task };
  if (cfg.task === 'binary') out.threshold = cfg.threshold;
  const columns: Record<string, unknown> = {};
  for (const key of Object.keys(CONFIG_SCHEMA.columns.fields) as Array<keyof typeof cfg.columns>) {
    if (key === 'timestamp' && cfg.columns.timestamp === undefined) continue;
    if (key === 'class_scores' && cfg.columns.class_scores === undefined) continue;
    columns[key] = key === 'segments' ? [...cfg.columns.segments] : cfg.columns[key];
  }
  out.columns = columns;
  out.segments = {
    min_samples: cfg.segments.minSamples,
    min_class_samples: cfg.segments.minClassSamples ?? DEFAULTS.segments.min_class_samples,
    insufficient: cfg.segments.insufficient ?? DEFAULTS.segments.insufficient,
    cross: cfg.segments.cross.map((c) => [...c]),
  };
  out.statistics = {
    confidence: cfg.statistics.confidence,
    correction: cfg.statistics.correction,
    seed: cfg.statistics.seed,
    resamples: cfg.statistics.resamples,
  };
  out.integrity = { min_coverage: cfg.integrity.minCoverage };
  const metrics: Record<string, unknown> = {};
  for (const [name, m] of Object.entries(cfg.metrics)) metrics[name] = ruleYaml(name, m.rule, { costs: m.costs, costColumns: m.costColumns, costUnit: m.costUnit, direction: m.direction });
  out.metrics = metrics;
  const overrides: Record<string, unknown> = {};
  for (const [id, rules] of Object.entries(cfg.overrides)) {
    const o: Record<string, unknown> = {};
    for (const [name, rule] of Object.entries(rules)) o[name] = ruleYaml(name, rule, {}, cfg.metrics[name]?.rule ?? cfg.shadow?.envelope[name]);
    overrides[id] = o;
  }
  out.overrides = overrides;
  const s = cfg.shadow;
  out.shadow =
    s === null
      ? null
      : {
          models: { baseline: s.models.baseline, candidate: s.models.candidate },
          pricing: s.pricing && { input_per_1k_tokens: s.pricing.inputPer1kTokens, output_per_1k_tokens: s.pricing.outputPer1kTokens },
          envelope: Object.fromEntries(Object.entries(s.envelope).map(([name, rule]) => [name, ruleYaml(name, rule)])),
          value_for_money: s.valueForMoney && {
            metric: s.valueForMoney.metric,
            max_cost_per_1k_per_point: s.valueForMoney.maxCostPer1kPerPoint,
            severity: s.valueForMoney.severity,
          },
          ...(s.labels ? { labels: { maturity: s.labels.maturity.text } } : {}),
          ...(s.estimate ? { estimate: [...s.estimate] } : {}),
        };
  // The data section when the config has one or the run made data checks (`opts.data`).
  if (cfg.data !== undefined || opts.data) out.data = dataYaml(dataConfigOf(cfg));
  return out;
}

function dataYaml(d: DataConfig): Record<string, unknown> {
  const rules = (r: DataConfig['rules'], base?: DataConfig['rules']) =>
    Object.fromEntries(Object.entries(r).map(([name, rule]) => [name, ruleYaml(name, rule, {}, base?.[name as keyof typeof r])]));
  return {
    features:
      d.features === null ? null : Object.fromEntries(Object.entries(d.features).map(([name, f]) => [name, { type: f.type, sentinels: [...f.sentinels], ...rules(f.rules, d.rules) }])),
    rules: rules(d.rules),
    tolerance: { abs: d.tolerance.abs, rel: d.tolerance.rel },
    correction: d.correction,
  };
}
