// Judges measured values against a rule set, per segment. Produces pending
// checks; `decide` (decide.ts) settles statuses after the run-wide
// multiple-testing correction, within each check's correction family.
import type { Direction, GateConfig, Rule } from '../config/index.js';
import { declarationOf, splitMetricName, type SegmentMetrics } from '../metrics/index.js';
import { formatCount, formatDelta, formatValue } from '../metrics/index.js';
import { makeCheck, ruleFields } from './check.js';
import type { Check, CheckSource } from './types.js';
import { formatRule, toleranceAmount } from '../config/index.js';
import { EPSILON, changeTolerance, worsening } from './rules.js';
import type { ChangeTester, DeltaTest } from '../stats/index.js';

export type { ChangeTester, DeltaTest };

/** A check before the run-wide decision: `breached` says the point estimate is beyond the rule. */
export interface PendingCheck {
  check: Check;
  kind: 'change' | 'limit' | 'other';
  breached: boolean;
  /** The paired test's standard error of the worsening, where a test ran. */
  se?: number | null;
  /** The test's degrees of freedom where finite (the jackknife's t); absent: the normal. */
  df?: number;
  /**
   * The multiple-testing family: `decide` corrects the p-values of each family among
   * themselves. Unset means `'model'` (offline, shadow and online share it).
   */
  family?: string;
}

/** The family of checks that have none of their own. */
export const MODEL_FAMILY = 'model';

/** One metric's rule and which way is better, as the judge reads it. */
export interface MetricRule {
  rule: Rule;
  direction: Direction;
  /**
   * The metric compares the two models (one value, no baseline, e.g. agreement): a change
   * rule on it cannot be judged, so it fails naming the limit to use instead.
   */
  comparative?: boolean;
}

/** The rules one source's values are judged by. */
export interface RuleSet {
  /** Per metric, in the order its checks are reported. */
  metrics: Record<string, MetricRule>;
  /** Segment id -> metric -> the rule that replaces the metric's there. */
  overrides: Record<string, Record<string, Rule>>;
  /** Segments (other than overall) with fewer examples are not judged. */
  minSamples: number;
  /** What n counts, in messages; default `examples`. */
  unit?: string;
  /**
   * Segments (other than overall) with fewer examples of the class a metric divides by
   * (its declaration's `divides`) are not judged on it; absent: no class minimum.
   */
  minClassSamples?: number;
}

/** `segments.min_class_samples` when the config does not say: the false-alarm simulation's choice (test/stats/simulation.test.ts). */
export const DEFAULT_MIN_CLASS_SAMPLES = 10;

/** A config's own rule set (offline, online): its metrics, overrides and `segments.min_samples`. */
export function ruleSetOf(config: Pick<GateConfig, 'metrics' | 'overrides' | 'segments'>): RuleSet {
  return {
    metrics: config.metrics,
    overrides: config.overrides,
    minSamples: config.segments.minSamples,
    minClassSamples: config.segments.minClassSamples ?? DEFAULT_MIN_CLASS_SAMPLES,
  };
}

/** One source's measured values with what judges them: the judge's input. */
export interface JudgeInput {
  rules: RuleSet;
  measured: SegmentMetrics[];
  source: CheckSource;
  /** The paired test of a change (none: no intervals or p-values). */
  tester?: ChangeTester | null;
  /** The correction family of these checks; default `MODEL_FAMILY`. */
  family?: string;
}

/** The rule for a metric in a segment: the segment's override if any, else the metric's rule. */
export function ruleFor(rules: RuleSet, segmentId: string, metric: string): Rule {
  return rules.overrides[segmentId]?.[metric] ?? rules.metrics[metric].rule;
}

/** Every source's pending checks, in the order given: one judge for the whole run. */
export function judge(inputs: readonly JudgeInput[]): PendingCheck[] {
  return inputs.flatMap((input) => judgeSegments(input));
}

/** All pending checks for one source's measured segments. */
export function judgeSegments(input: JudgeInput): PendingCheck[] {
  const { rules, measured, source, tester } = input;
  const family = input.family ?? MODEL_FAMILY;
  const unit = rules.unit ?? 'examples';
  const out: PendingCheck[] = [];
  const minSamples = rules.minSamples;
  measured.forEach((seg, segIndex) => {
    const isOverall = seg.segment.id === 'overall';
    for (const [metric, mc] of Object.entries(rules.metrics)) {
      const rule = ruleFor(rules, seg.segment.id, metric);
      const value = seg.values[metric];
      const higher = mc.direction === 'higher';
      const base = makeCheck(source, metric, seg.segment.id, { n: seg.n, higher_is_better: higher });
      base.severity = rule.severity;
      base.baseline = value?.baseline ?? null;
      base.candidate = value?.candidate ?? null;
      base.delta = base.baseline !== null && base.candidate !== null ? base.candidate - base.baseline : null;

      const kinds: Array<{ kind: 'change' | 'min' | 'max' | 'none'; text: string | null }> = [];
      const change = changeTolerance(rule);
      if (change) kinds.push({ kind: 'change', text: formatRule(rule, change.key === 'max_drop' ? 'maxDrop' : 'maxIncrease') });
      if (rule.min !== undefined) kinds.push({ kind: 'min', text: formatRule(rule, 'min') });
      if (rule.max !== undefined) kinds.push({ kind: 'max', text: formatRule(rule, 'max') });
      if (kinds.length === 0) kinds.push({ kind: 'none', text: null });

      for (const r of kinds) {
        const check: Check = { ...base, rule: r.text };
        const change = r.kind === 'change' ? changeTolerance(rule)! : null;
        Object.assign(
          check,
          ruleFields(r.kind === 'none' ? null : r.kind, {
            allowed: change && check.baseline !== null ? toleranceAmount(change.tol, check.baseline) : null,
            limit: r.kind === 'min' ? rule.min : r.kind === 'max' ? rule.max : null,
            worsening: check.baseline !== null && check.candidate !== null ? worsening(metric, mc.direction, check.baseline, check.candidate) : null,
            candidate: check.candidate,
          }),
        );
        if (r.kind === 'min' || r.kind === 'max') check.id += `/${r.kind}`;
        const pending: PendingCheck = { check, kind: r.kind === 'change' ? 'change' : r.kind === 'none' ? 'other' : 'limit', breached: false };
        if (family !== MODEL_FAMILY) pending.family = family;
        out.push(pending);
        if (r.kind === 'change' && mc.comparative) {
          // No baseline value to change from: a misused rule, failed whatever the data.
          const limit = mc.direction === 'higher' ? 'min' : 'max';
          pending.kind = 'limit';
          pending.breached = true;
          check.baseline = null;
          check.delta = null;
          Object.assign(check, ruleFields('change', { worsening: null, candidate: check.candidate }));
          check.message = `${metric} compares the two models, so it has no baseline value to change from: use ${limit} instead of ${check.rule}.`;
          continue;
        }

        const infinite = nonFinite(check);
        if (infinite) {
          // A sum that overflowed (rmse of labels near 1e160, latencies of 1e309): never "within tolerance".
          pending.kind = 'limit';
          pending.breached = true;
          check.baseline = Number.isFinite(check.baseline) ? check.baseline : null;
          check.candidate = Number.isFinite(check.candidate) ? check.candidate : null;
          check.delta = null;
          check.budget_used = null;
          check.worsening = null;
          check.message = `${metric} is not a finite number in ${seg.segment.id} for the ${infinite} (the sums overflowed): fix or rescale the data; a value that cannot be computed never passes.`;
          continue;
        }
        if (!isOverall && seg.n < minSamples) {
          check.status = 'insufficient';
          check.message = `${formatCount(seg.n)} ${unit}, under segments.min_samples (${formatCount(minSamples)}): not judged.`;
          continue;
        }
        const scarce = !isOverall && r.kind !== 'none' && rules.minClassSamples !== undefined ? scarceClass(metric, seg, rules.minClassSamples) : null;
        if (scarce) {
          check.status = 'insufficient';
          check.message = `${formatCount(scarce.count)} ${scarce.name} in ${seg.segment.id}, under segments.min_class_samples (${formatCount(rules.minClassSamples!)}): ${metric} divides by them, so it is not judged.`;
          continue;
        }
        const needsBaseline = r.kind === 'change';
        if (check.candidate === null || (needsBaseline && check.baseline === null)) {
          check.status = 'insufficient';
          check.message = `${metric} is undefined in ${seg.segment.id} for the ${check.candidate === null ? 'candidate' : 'baseline'} (${undefinedReason(metric, seg)}).`;
          continue;
        }
        const cand = check.candidate;
        if (r.kind === 'none') {
          check.message = `${metric}: ${formatValue(metric, check.baseline)} → ${formatValue(metric, cand)} (no rule; reported only).`;
          continue;
        }
        if (r.kind === 'min' || r.kind === 'max') {
          const limit = r.kind === 'min' ? rule.min! : rule.max!;
          pending.breached = r.kind === 'min' ? cand < limit - EPSILON : cand > limit + EPSILON;
          check.message = pending.breached
            ? `${metric} ${formatValue(metric, cand)} is ${r.kind === 'min' ? 'below the minimum' : 'above the maximum'} ${formatValue(metric, limit)}.`
            : `${metric} ${formatValue(metric, cand)} is within ${r.text}.`;
          continue;
        }
        // A change rule.
        const baseVal = check.baseline!;
        const { tol } = changeTolerance(rule)!;
        const allowed = toleranceAmount(tol, baseVal);
        const worse = worsening(metric, mc.direction, baseVal, cand);
        pending.breached = worse > allowed + EPSILON;
        check.tolerance = allowed;
        const test = tester?.({ segment: segIndex, metric, direction: mc.direction, margin: allowed }) ?? null;
        if (test) {
          check.ci = test.ci;
          check.p_value = test.p_value;
          check.detectable = test.detectable;
          pending.se = test.se ?? null;
          if (test.df !== undefined) pending.df = test.df;
        }
        const movement = `${formatValue(metric, baseVal)} → ${formatValue(metric, cand)} (${formatDelta(metric, check.delta, baseVal)})`;
        check.message = pending.breached ? `${metric} worsened beyond ${r.text}: ${movement}.` : `${metric} within ${r.text}: ${movement}.`;
      }
    }
  });
  return out;
}

/** Whose value is ±Infinity (the baseline's, the candidate's or both), for the message; null when both are finite or missing. */
function nonFinite(check: Check): string | null {
  const bad = (v: number | null) => v !== null && !Number.isFinite(v);
  const b = bad(check.baseline);
  const c = bad(check.candidate);
  return b && c ? 'baseline and the candidate' : b ? 'baseline' : c ? 'candidate' : null;
}

/** The class `metric` divides by when the segment has fewer than `min` of it: its name for messages and its count; else null. */
function scarceClass(metric: string, seg: SegmentMetrics, min: number): { name: string; count: number } | null {
  const divides = declarationOf(metric)?.divides;
  if (!divides) return null;
  if (divides === 'class') {
    const cls = splitMetricName(metric).arg;
    const count = cls === null || !seg.classCounts ? undefined : seg.classCounts[cls];
    return count !== undefined && count < min ? { name: `examples of class ${cls}`, count } : null;
  }
  if (seg.positives === null) return null;
  const pos = { name: seg.positives === 1 ? 'positive' : 'positives', count: seg.positives };
  const negCount = seg.n - seg.positives;
  const neg = { name: negCount === 1 ? 'negative' : 'negatives', count: negCount };
  if ((divides === 'positives' || divides === 'both') && pos.count < min) return pos;
  if ((divides === 'negatives' || divides === 'both') && neg.count < min) return neg;
  return null;
}

function undefinedReason(metric: string, seg: SegmentMetrics): string {
  if (seg.n === 0) return 'no examples';
  if (seg.positives !== null) {
    if (seg.positives === 0) return 'no positive examples';
    if (seg.positives === seg.n) return 'no negative examples';
  }
  const reason = declarationOf(metric)?.undefinedReason;
  if (reason) return reason;
  return 'not defined on these examples';
}
