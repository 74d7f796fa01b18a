// What the gate judges the serving envelope by: the `shadow.envelope` rules
// as a rule set for the run's one judge (checks `shadow/METRIC/SEGMENT`,
// `/min` and `/max` for limits), and the paired tests of each change: a
// bootstrap for latency percentiles, a paired z test for cost, Tango's score
// test for error rate. Also the request-pairing integrity check and the
// value-for-money rule.
import type { GateConfig, ShadowConfig } from '../../config/index.js';
import { integrityCheck, makeCheck, pct, ruleFields, ruleFor, changeTolerance, type ChangeTester, type PendingCheck, type RuleSet, type Check, type MetricRule } from '../../gate/index.js';
import type { ShadowIntegrity } from '../../io/index.js';
import { lookupShadowMetric } from '../../metrics/index.js';
import { formatCount, formatUsd } from '../../metrics/index.js';
import type { ValueForMoney } from '../../report/index.js';
import { valueForMoneyText } from '../../report/index.js';
import type { Segment, Segmentation } from '../../segments/index.js';
import { pairedMeanDiffTest } from '../../stats/index.js';
import { pairedProportionTest } from '../../stats/index.js';
import { summarizeBootstrap } from '../../stats/index.js';
import { LATENCY_QUANTILES } from './latency.js';
import type { ShadowMeasured } from './measure.js';

/** Shadow metrics that compare the two models (one value, no baseline to change from). */
const COMPARATIVE = new Set(['agreement', 'score_psi']);

/**
 * The envelope's rule set: `shadow.envelope`'s rules with each metric's direction, the
 * config's overrides and `segments.min_samples` (counted in requests). A change rule
 * (max_increase / max_drop) on agreement or score_psi cannot be judged (they compare the
 * two models, there is no baseline value): the judge fails it, naming the rule to use.
 */
export function envelopeRules(config: GateConfig, shadow: ShadowConfig): RuleSet {
  const metrics: Record<string, MetricRule> = {};
  for (const [name, rule] of Object.entries(shadow.envelope)) {
    metrics[name] = { rule, direction: lookupShadowMetric(name)!.direction };
    if (COMPARATIVE.has(name)) metrics[name].comparative = true;
  }
  return { metrics, overrides: config.overrides, minSamples: config.segments.minSamples, unit: 'requests' };
}

/**
 * Which (segment, latency metric) pairs a change rule will judge, so their bootstraps run
 * while measuring: a change rule in the segment's rule, and the segment judged (overall, or
 * at least `segments.min_samples` requests).
 */
export function bootstrapWanted(rules: RuleSet, segmentation: Segmentation): (segment: number, metric: string) => boolean {
  const S = segmentation.segments.length;
  const count = new Float64Array(S);
  for (const d of segmentation.dimensions) for (let k = 0; k < d.rowSegment.length; k++) count[d.rowSegment[k]]++;
  return bootstrapWantedFor(rules, segmentation.segments, count);
}

/** bootstrapWanted from the segments and their request counts (the summaries' path). */
export function bootstrapWantedFor(rules: RuleSet, segments: Segment[], requests: ArrayLike<number>): (segment: number, metric: string) => boolean {
  return (s, metric) => {
    if (!(metric in rules.metrics) || !(metric in LATENCY_QUANTILES)) return false;
    if (s !== 0 && requests[s] < rules.minSamples) return false;
    return changeTolerance(ruleFor(rules, segments[s].id, metric)) !== null;
  };
}

/** The paired test of a change rule on a shadow metric in a segment. */
export function envelopeTester(confidence: number, measured: ShadowMeasured): ChangeTester {
  return ({ segment, metric, direction, margin }) => {
    const lowerIsBetter = direction === 'lower';
    const st = measured.stats[segment];
    if (metric in LATENCY_QUANTILES) {
      const deltas = measured.latency.bootstrap.get(`${segment}:${metric}`);
      const v = measured.segments[segment].values[metric];
      if (!deltas || v?.baseline == null || v.candidate == null) return null;
      return summarizeBootstrap(deltas, v.candidate - v.baseline, { margin, lowerIsBetter, confidence });
    }
    if (metric === 'cost_per_1k' && st.cost) return pairedMeanDiffTest(st.cost, { margin, lowerIsBetter, confidence, scale: 1000 });
    if (metric === 'error_rate' && st.errors) return pairedProportionTest(st.errors, { margin, lowerIsBetter, confidence });
    return null;
  };
}

/** The share of requests both models served, against `integrity.min_coverage`. */
export function requestCoverageCheck(p: ShadowIntegrity, models: ShadowConfig['models'], minCoverage: number): Check {
  const ok = p.coverage >= minCoverage;
  const parts: string[] = [];
  if (p.onlyBaseline > 0) parts.push(`${formatCount(p.onlyBaseline)} served by ${models.baseline} only (e.g. ${p.examplesOnlyBaseline.join(', ')})`);
  if (p.onlyCandidate > 0) parts.push(`${formatCount(p.onlyCandidate)} served by ${models.candidate} only (e.g. ${p.examplesOnlyCandidate.join(', ')})`);
  const detail = parts.length ? `; ${parts.join('; ')}` : '';
  return integrityCheck('request_coverage', 'overall', {
    n: p.paired,
    candidate: p.coverage,
    higher_is_better: true,
    rule: `min ${pct(minCoverage)}`,
    ...ruleFields('min', { limit: minCoverage, worsening: null, candidate: p.coverage }),
    status: ok ? 'pass' : 'fail',
    message: ok
      ? `${pct(p.coverage)} of the shadow log's ${formatCount(p.requests)} requests were served by both models${detail}.`
      : `Only ${pct(p.coverage)} of the shadow log's ${formatCount(p.requests)} requests were served by both models, under integrity.min_coverage ${pct(minCoverage)}${detail}: the shadow run must send every request to both.`,
  });
}

/**
 * The value-for-money rule: the extra cost per 1,000 requests per point (0.01) of lift in
 * the named metric, at most `max_cost_per_1k_per_point`. Judged on the point estimates, overall.
 * No extra cost passes; extra cost with no lift fails; no lift measured (no eval files and
 * no labelled requests) is insufficient.
 */
export function valueForMoneyCheck(rule: NonNullable<ShadowConfig['valueForMoney']>, v: ValueForMoney | null, requests: number): PendingCheck {
  const check = makeCheck('shadow', 'value_for_money', 'overall', {
    n: requests,
    rule: `max_cost_per_1k_per_point ${rule.maxCostPer1kPerPoint}`,
    // A bound on the cost per point, but no budget share: it is a ratio of two changes, shown in its own section.
    rule_kind: 'max',
    limit: rule.maxCostPer1kPerPoint,
    severity: rule.severity,
    higher_is_better: false,
  });
  const pending: PendingCheck = { check, kind: 'limit', breached: false };
  if (v === null || v.cost_per_1k === null) {
    check.status = 'insufficient';
    check.message =
      v === null
        ? `value_for_money needs ${rule.metric} on both models, from the eval files or labelled shadow requests; neither gave it.`
        : 'value_for_money needs the cost per 1,000 requests, and the shadow log has no cost.';
    return pending;
  }
  const cost = v.cost_per_1k;
  const text = valueForMoneyText(v);
  const limit = `${formatUsd(rule.maxCostPer1kPerPoint)} per 1,000 requests per point of ${rule.metric}`;
  if (cost.delta <= 0) {
    check.message = `No extra cost: ${text}.`;
  } else if (v.lift <= 0) {
    pending.breached = true;
    check.message = `Pays more with no gain in ${rule.metric}: ${text}; the most allowed is ${limit}.`;
  } else {
    check.candidate = v.cost_per_point;
    pending.breached = v.cost_per_point! > rule.maxCostPer1kPerPoint;
    const per = `${formatUsd(v.cost_per_point!)} per 1,000 requests per point`;
    check.message = pending.breached ? `Too costly for the lift: ${per}, over ${limit} (${text}).` : `Worth it: ${per}, within ${limit} (${text}).`;
  }
  return pending;
}
