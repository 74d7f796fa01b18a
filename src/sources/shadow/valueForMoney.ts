// Value for money: the candidate's metric lift next to its cost and latency
// change, overall. A "point" is 0.01 of the metric (1 pp for a rate); the rule
// `shadow.value_for_money` bounds the extra cost per 1,000 requests per point of
// lift. The lift is read from the other sources' measured values (offline first,
// else online), never from their checks: this is the shadow source's `finish`.
import type { Direction, GateConfig, ShadowConfig } from '../../config/index.js';
import { lookupMetric } from '../../metrics/index.js';
import type { ShadowChange, ValueForMoney } from '../../report/index.js';
import type { SourceResult } from '../types.js';
import { PERCENTILES } from './latency.js';
import type { ShadowMeasured } from './measure.js';

export const POINT = 0.01;

/** A change of two values; relative is null when the baseline is 0. */
export function change(baseline: number, candidate: number): ShadowChange {
  const delta = candidate - baseline;
  return { baseline, candidate, delta, relative: baseline !== 0 ? delta / Math.abs(baseline) : null };
}

/**
 * The value-for-money figures.
 * @param lift the metric on both sides and its direction (from the overall offline or online values)
 * @example
 * valueForMoney({ metric: 'recall', source: 'offline', baseline: 0.80, candidate: 0.806, direction: 'higher' }, change(0.34, 0.40), null).cost_per_point
 * // 0.1 (USD 0.06 more per 1k requests for 0.6 points)
 */
export function valueForMoney(
  lift: { metric: string; source: 'offline' | 'online'; baseline: number; candidate: number; direction: Direction },
  cost: ShadowChange | null,
  latencyP99: ShadowChange | null,
): ValueForMoney {
  const gain = lift.direction === 'higher' ? lift.candidate - lift.baseline : lift.baseline - lift.candidate;
  const points = gain / POINT;
  return {
    metric: lift.metric,
    source: lift.source,
    baseline: lift.baseline,
    candidate: lift.candidate,
    lift: gain,
    cost_per_1k: cost,
    latency_p99_ms: latencyP99,
    cost_per_point: cost !== null && cost.delta > 0 && points > 0 ? cost.delta / points : null,
  };
}

/**
 * The candidate's expected saving per 1,000 requests, from an expected_cost in money
 * (per-example costs, `costs.unit: usd`) measured overall: (baseline - candidate) x 1,000;
 * null without one.
 * @example savingPer1k(config, { expected_cost: { baseline: 2.41, candidate: 1.92 } }) // 490
 */
export function savingPer1k(config: GateConfig, overall: Record<string, { baseline: number | null; candidate: number | null }>): number | null {
  for (const [name, m] of Object.entries(config.metrics)) {
    if (m.costUnit !== 'usd') continue;
    const v = overall[name];
    if (v?.baseline == null || v.candidate == null) continue;
    return (v.baseline - v.candidate) * 1000;
  }
  return null;
}

/**
 * The overall lift of the value-for-money metric (else of the first configured metric
 * both models have), offline first, else online, next to the cost and p99 change;
 * null without a value-for-money rule and without costs.
 * @param results every source's result of this run (the lift's values are read from them)
 */
export function liftAndCost(config: GateConfig, shadow: ShadowConfig, measured: ShadowMeasured, hasCost: boolean, results: readonly SourceResult[]): ValueForMoney | null {
  const overall = measured.segments[0].values;
  const cost = overall.cost_per_1k;
  if (!shadow.valueForMoney && (!hasCost || cost?.baseline == null)) return null;
  const names = shadow.valueForMoney ? [shadow.valueForMoney.metric] : Object.keys(config.metrics);
  for (const source of ['offline', 'online'] as const) {
    const values = results.find((r) => r.values?.source === source)?.values;
    if (!values) continue;
    const at = values.measured.find((s) => s.segment.id === 'overall');
    for (const metric of names) {
      // Judged metrics only (the value-for-money metric is among them, rule-less if unconfigured).
      const v = metric in values.rules.metrics ? at?.values[metric] : undefined;
      if (v?.baseline == null || v.candidate == null) continue;
      const direction = config.metrics[metric]?.direction ?? lookupMetric(metric, config.task)?.direction ?? 'higher';
      const j = PERCENTILES.indexOf(0.99);
      const p99 = measured.latency.count[0] > 0 ? change(measured.latency.baseline[j], measured.latency.candidate[j]) : null;
      const out = valueForMoney(
        { metric, source, baseline: v.baseline, candidate: v.candidate, direction },
        cost?.baseline != null && cost.candidate != null ? change(cost.baseline, cost.candidate) : null,
        p99,
      );
      const saving = savingPer1k(config, at?.values ?? {});
      return saving === null ? out : { ...out, saving_per_1k: saving };
    }
  }
  return null;
}
