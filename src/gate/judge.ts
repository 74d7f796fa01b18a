// Judges measured metrics against the config's rules, per segment. Produces
// pending checks; `decide` (decide.ts) settles statuses after the run-wide
// multiple-testing correction.
import type { Direction, GateConfig, Rule } from '../config/types.js';
import { declarationOf, type SegmentMetrics } from '../metrics/index.js';
import { formatCount, formatDelta, formatValue } from '../report/format.js';
import { makeCheck } from './check.js';
import type { Check, CheckSource } from './types.js';
import { formatRule, toleranceAmount } from '../config/parse.js';
import { EPSILON, changeTolerance, worsening } from './rules.js';
import type { ChangeTester, DeltaTest } from '../stats/tester.js';

export type { ChangeTester, DeltaTest };

/** A check before the run-wide decision: `breached` says the point estimate is beyond the rule. */
export interface PendingCheck {
  check: Check;
  kind: 'change' | 'limit' | 'other';
  breached: boolean;
  /** The paired test's standard error of the worsening, where a test ran. */
  se?: number | null;
}

export interface JudgeInput {
  config: GateConfig;
  measured: SegmentMetrics[];
  source: CheckSource;
  /** Direction per metric name (from the config). */
  tester?: ChangeTester;
}

/** The rule for a metric in a segment: the segment's override if any, else the metric's rule. */
export function ruleFor(config: GateConfig, segmentId: string, metric: string): Rule {
  return config.overrides[segmentId]?.[metric] ?? config.metrics[metric].rule;
}

/** All pending checks for one source's measured segments. */
export function judgeSegments(input: JudgeInput): PendingCheck[] {
  const { config, measured, source, tester } = input;
  const out: PendingCheck[] = [];
  const minSamples = config.segments.minSamples;
  measured.forEach((seg, segIndex) => {
    const isOverall = seg.segment.id === 'overall';
    for (const [metric, mc] of Object.entries(config.metrics)) {
      const rule = ruleFor(config, seg.segment.id, metric);
      const value = seg.values[metric];
      const higher = mc.direction === 'higher';
      const base = makeCheck(source, metric, seg.segment.id, { n: seg.n, higher_is_better: higher });
      base.severity = rule.severity;
      base.baseline = value?.baseline ?? null;
      base.candidate = value?.candidate ?? null;
      base.delta = base.baseline !== null && base.candidate !== null ? base.candidate - base.baseline : null;

      const rules: Array<{ kind: 'change' | 'min' | 'max' | 'none'; text: string | null }> = [];
      const change = changeTolerance(rule);
      if (change) rules.push({ kind: 'change', text: formatRule(rule, change.key === 'max_drop' ? 'maxDrop' : 'maxIncrease') });
      if (rule.min !== undefined) rules.push({ kind: 'min', text: formatRule(rule, 'min') });
      if (rule.max !== undefined) rules.push({ kind: 'max', text: formatRule(rule, 'max') });
      if (rules.length === 0) rules.push({ kind: 'none', text: null });

      for (const r of rules) {
        const check: Check = { ...base, rule: r.text };
        if (r.kind === 'min' || r.kind === 'max') check.id += `/${r.kind}`;
        const pending: PendingCheck = { check, kind: r.kind === 'change' ? 'change' : r.kind === 'none' ? 'other' : 'limit', breached: false };
        out.push(pending);

        if (!isOverall && seg.n < minSamples) {
          check.status = 'insufficient';
          check.message = `${formatCount(seg.n)} examples, under segments.min_samples (${formatCount(minSamples)}): not judged.`;
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
        }
        const movement = `${formatValue(metric, baseVal)} → ${formatValue(metric, cand)} (${formatDelta(metric, check.delta, baseVal)})`;
        check.message = pending.breached ? `${metric} worsened beyond ${r.text}: ${movement}.` : `${metric} within ${r.text}: ${movement}.`;
      }
    }
  });
  return out;
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
