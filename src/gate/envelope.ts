// Judging the serving envelope: the `shadow.envelope` rules on the shadow
// metrics, per segment, through the same judge and decision as offline
// (checks `shadow/METRIC/SEGMENT`, `/min` and `/max` for limits), with the
// paired tests of each change: a bootstrap for latency percentiles, a paired
// z test for cost, Tango's score test for error rate. Also the request-pairing
// integrity check and the value-for-money rule.
import type { GateConfig, MetricConfig, ShadowConfig } from '../config/types.js';
import type { ShadowIntegrity } from '../io/types.js';
import { lookupShadowMetric } from '../metrics/catalog.js';
import { formatCount, formatUsd, formatValue } from '../report/format.js';
import type { ValueForMoney } from '../schema/index.js';
import type { Segmentation } from '../segments/types.js';
import { LATENCY_QUANTILES } from '../shadow/latency.js';
import type { ShadowMeasured } from '../shadow/measure.js';
import { valueForMoneyText } from '../shadow/valueForMoney.js';
import { pairedMeanDiffTest } from '../stats/meanDiff.js';
import { pairedProportionTest } from '../stats/pairedProportion.js';
import { summarizeBootstrap } from '../stats/quantileBootstrap.js';
import { makeCheck, ruleFields } from './check.js';
import { integrityCheck, pct } from './integrity.js';
import { judgeSegments, ruleFor, type ChangeTester, type PendingCheck } from './judge.js';
import { changeTolerance } from './rules.js';
import type { Check } from './types.js';

/** Shadow metrics that compare the two models (one value, no baseline to change from). */
const COMPARATIVE = new Set(['agreement', 'score_psi']);

/** The config as the judge reads it, with the envelope's rules in place of the offline metrics. */
export function envelopeConfig(config: GateConfig, shadow: ShadowConfig): GateConfig {
  const metrics: Record<string, MetricConfig> = {};
  for (const [name, rule] of Object.entries(shadow.envelope)) metrics[name] = { rule, direction: lookupShadowMetric(name)!.direction };
  return { ...config, metrics };
}

/**
 * Which (segment, latency metric) pairs a change rule will judge, so their bootstraps run
 * while measuring: a change rule in the segment's rule, and the segment judged (overall, or
 * at least `segments.min_samples` requests).
 */
export function bootstrapWanted(config: GateConfig, segmentation: Segmentation): (segment: number, metric: string) => boolean {
  const S = segmentation.segments.length;
  const count = new Float64Array(S);
  for (const d of segmentation.dimensions) for (let k = 0; k < d.rowSegment.length; k++) count[d.rowSegment[k]]++;
  return (s, metric) => {
    if (!(metric in config.metrics) || !(metric in LATENCY_QUANTILES)) return false;
    if (s !== 0 && count[s] < config.segments.minSamples) return false;
    return changeTolerance(ruleFor(config, segmentation.segments[s].id, metric)) !== null;
  };
}

/** The paired test of a change rule on a shadow metric in a segment. */
export function envelopeTester(config: GateConfig, measured: ShadowMeasured): ChangeTester {
  const confidence = config.statistics.confidence;
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

/**
 * Pending checks for every envelope rule in every segment.
 * A change rule (max_increase / max_drop) on agreement or score_psi cannot be judged (they
 * compare the two models, there is no baseline value): it fails, naming the rule to use.
 */
export function judgeEnvelope(config: GateConfig, shadow: ShadowConfig, measured: ShadowMeasured): PendingCheck[] {
  const view = envelopeConfig(config, shadow);
  const pending = judgeSegments({ config: view, measured: measured.segments, source: 'shadow', tester: envelopeTester(view, measured) });
  for (const p of pending) {
    const c = p.check;
    if (p.kind === 'change' && COMPARATIVE.has(c.metric)) {
      const limit = c.metric === 'agreement' ? 'min' : 'max';
      p.kind = 'limit';
      p.breached = true;
      c.status = 'pass';
      c.baseline = null;
      c.delta = null;
      Object.assign(c, ruleFields('change', { worsening: null, candidate: c.candidate }));
      c.message = `${c.metric} compares the two models, so it has no baseline value to change from: use ${limit} instead of ${c.rule}.`;
    } else if (c.status === 'insufficient') {
      c.message = c.message.replace(/^([\d,]+) examples, /, '$1 requests, ');
    }
  }
  return pending;
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
