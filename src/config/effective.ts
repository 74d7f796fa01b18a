// The effective config for report.json: every setting after defaults, in the
// YAML's own key names and a fixed key order, tolerances as written.
// Parsing its YAML gives back an equal GateConfig.
import { declarationOf, splitMetricName } from '../metrics/index.js';
import type { Costs, GateConfig, Rule, Tolerance } from './types.js';
import { CONFIG_SCHEMA } from './schema.js';
import { DEFAULTS } from './defaults.js';

function tolerance(t: Tolerance): number | string {
  return t.kind === 'absolute' ? t.value : t.text;
}

/** A rule in YAML form. With `base`, limits the base has but the rule lacks are written as null (removed by an override). */
function ruleYaml(name: string, rule: Rule, extra: { costs?: Costs; direction?: string } = {}, base?: Rule): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (extra.direction !== undefined && splitMetricName(name).arg !== null && declarationOf(name)?.parameter === 'column') out.direction = extra.direction;
  if (extra.costs) out.costs = { fp: extra.costs.fp, fn: extra.costs.fn, tp: extra.costs.tp, tn: extra.costs.tn };
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
export function effectiveConfig(cfg: GateConfig): Record<string, unknown> {
  const out: Record<string, unknown> = { task: cfg.task };
  if (cfg.task === 'binary') out.threshold = cfg.threshold;
  const columns: Record<string, unknown> = {};
  for (const key of Object.keys(CONFIG_SCHEMA.columns.fields) as Array<keyof typeof cfg.columns>) {
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
  for (const [name, m] of Object.entries(cfg.metrics)) metrics[name] = ruleYaml(name, m.rule, { costs: m.costs, direction: m.direction });
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
        };
  return out;
}
