// Data checks from the comparisons: one check per rule, feature and segment,
// each with its statistic, interval, p-value (H0: within the limit) and noise
// floor, still pending: decide.ts settles their status within the data family.
import { formatRule, type DataRuleName } from '../../config/index.js';
import type { Rule } from '../../config/index.js';
import { makeCheck } from '../../gate/index.js';
import type { CheckSource } from '../../gate/index.js';
import { formatCount, formatNumber } from '../../metrics/index.js';
import { toleranceAmount } from '../../config/index.js';
import type { ResolvedFeature } from './features.js';
import { betaBinomialShareQuantile, betaBinomialUpper, binomialShareQuantile, binomialUpper, increaseTest, psiNoise, wilsonInterval } from './noise.js';
import { simulateNullPsi } from './simulate.js';
import type { DataCheck, FeatureSegmentView, SkewView } from './types.js';

/** A check before the family's decision: `breached` when the statistic is beyond its limit, `p` the test's p-value (null: untested). */
export interface PendingDataCheck {
  check: DataCheck;
  breached: boolean;
  p: number | null;
  /** The words for the statistic and where, e.g. `PSI 0.14 in region=BR`, and the limit, e.g. `above 0.1`. */
  what: string;
}

export const pct = (x: number): string => `${(x * 100).toFixed(Math.abs(x) < 0.001 && x !== 0 ? 2 : 1)}%`;
const pp = (x: number): string => `${x < 0 ? '−' : '+'}${(Math.abs(x) * 100).toFixed(Math.abs(x) < 0.001 && x !== 0 ? 2 : 1)} pp`;

export function dataCheck(source: CheckSource, metric: string, segment: string, fields: Partial<DataCheck>): DataCheck {
  return { ...makeCheck(source, metric, segment, { higher_is_better: false }), noise_floor: null, inconclusive: false, extra: {}, ...fields };
}

function insufficient(source: CheckSource, metric: string, segment: string, rule: Rule, nRef: number, nCur: number, min: number, sides: [string, string]): PendingDataCheck {
  const short = [nRef < min ? `${sides[0]} ${formatCount(nRef)}` : null, nCur < min ? `${sides[1]} ${formatCount(nCur)}` : null].filter(Boolean).join(', ');
  return {
    check: dataCheck(source, metric, segment, {
      n: nCur,
      rule: formatRule(rule),
      status: 'insufficient',
      severity: rule.severity,
      message: `Too few rows in ${segment} to judge ${metric} (${short}; segments.min_samples is ${formatCount(min)}).`,
    }),
    breached: false,
    p: null,
    what: '',
  };
}

/** A share rule (`max`) on a current count: exact binomial test against limit + the chance rate no drift gives. */
function shareCheck(
  source: CheckSource,
  metric: string,
  segment: string,
  rule: Rule,
  x: number,
  n: number,
  chance: number,
  confidence: number,
  label: string,
  /** Out of range: the reference's valid rows, whose range has a random chance mass (BetaBinomial). */
  rangeRows: number | null = null,
): PendingDataCheck {
  const share = x / n;
  const limit = rule.max ?? (rule.maxIncrease ? toleranceAmount(rule.maxIncrease, 0) : null);
  const noise = rangeRows !== null ? betaBinomialShareQuantile(n, 2, Math.max(1, rangeRows - 1), confidence) : binomialShareQuantile(n, chance, confidence);
  const margin = limit === null ? null : Math.min(1, limit + chance);
  let p = margin === null ? null : binomialUpper(x, n, margin);
  // Out of range: also the chance count (BetaBinomial) on top of the limit; the larger p-value decides.
  if (p !== null && rangeRows !== null) p = Math.max(p, betaBinomialUpper(Math.ceil(x - limit! * n), n, 2, Math.max(1, rangeRows - 1)));
  return {
    check: dataCheck(source, metric, segment, {
      n,
      candidate: share,
      ci: wilsonInterval(x, n, confidence),
      p_value: p,
      rule: formatRule(rule),
      severity: rule.severity,
      tolerance: limit,
      noise_floor: noise,
      message: '',
    }),
    breached: limit !== null && share > limit,
    p,
    what: `${label} ${pct(share)} in ${segment}${limit === null ? '' : `, ${share > limit ? 'above' : 'within'} ${pct(limit)}`}; no drift would show up to ${pct(noise)} at n=${formatCount(n)}`,
  };
}

/** A rate that may rise by at most `max_increase` (or stay under `max`), reference vs current. */
function increaseCheck(metric: string, segment: string, rule: Rule, counts: [number, number], nRef: number, nCur: number, confidence: number, label: string): PendingDataCheck {
  const [x1, x2] = counts;
  const r1 = x1 / nRef;
  const r2 = x2 / nCur;
  const tol = rule.maxIncrease ? toleranceAmount(rule.maxIncrease, r1) : rule.max !== undefined ? rule.max - r1 : null;
  const t = increaseTest(x1, nRef, x2, nCur, tol ?? 0, confidence);
  const p = tol === null ? null : t.p;
  const limitText = rule.maxIncrease
    ? `up ${pp(t.delta)}, ${t.delta > tol! ? 'above' : 'within'} max_increase ${rule.maxIncrease.text}`
    : rule.max !== undefined
      ? `${r2 > rule.max ? 'above' : 'within'} max ${pct(rule.max)}`
      : `${pp(t.delta)}`;
  return {
    check: dataCheck('data', metric, segment, {
      n: nCur,
      baseline: r1,
      candidate: r2,
      delta: t.delta,
      ci: t.ci,
      p_value: p,
      rule: formatRule(rule),
      severity: rule.severity,
      tolerance: tol,
      noise_floor: t.noiseFloor,
    }),
    breached: tol !== null && t.delta > tol,
    p,
    what: `${label} ${pct(r2)} in ${segment} (reference ${pct(r1)}), ${limitText}; no change would show up to ${pp(t.noiseFloor)} at n=${formatCount(nCur)}`,
  };
}

export interface ViewContext {
  minSamples: number;
  confidence: number;
  /** statistics.seed, for the simulations. */
  seed: number;
  /** Chance rates with no drift: unseen categories (Good-Turing) and values outside the reference's range. */
  unseen: number;
  outside: number;
  /** The reference's valid rows of the feature (overall), whose range bounds out_of_range. */
  rangeRows: number;
}

/** The data checks of one feature in one segment. */
export function viewChecks(f: ResolvedFeature, v: FeatureSegmentView, ctx: ViewContext): PendingDataCheck[] {
  const id = (rule: DataRuleName) => `${rule}[${f.name}]`;
  const rules: DataRuleName[] = ['psi', 'null_rate'];
  if (f.sentinels.length) rules.push('sentinel_rate');
  rules.push(f.type === 'categorical' ? 'new_category_rate' : 'out_of_range_rate');
  if (v.nReference < ctx.minSamples || v.nCurrent < ctx.minSamples) {
    return rules.map((r) => insufficient('data', id(r), v.segment, f.rules[r], v.nReference, v.nCurrent, ctx.minSamples, ['reference', 'current']));
  }
  return rules.map((r) => {
    const rule = f.rules[r];
    switch (r) {
      case 'psi': {
        const buckets = v.buckets.filter((b) => b.reference + b.current > 0).length;
        const limit = rule.max ?? null;
        const noise = psiNoise(v.psi, buckets, v.nReference, v.nCurrent, limit, ctx.confidence);
        // Two approximations, each conservative where the other is not: the non-central chi-square
        // (the spread that real drift adds at large n) and the simulated no-drift PSI added to the
        // limit (the inflation sparse buckets give at small n). A check fails only when both agree.
        const sim = simulateNullPsi(
          v.buckets.map((b) => b.reference + b.current),
          v.nReference,
          v.nCurrent,
          ctx.confidence,
          `${ctx.seed}|data/psi[${f.name}]/${v.segment}`,
        );
        noise.noiseFloor = Math.max(noise.noiseFloor, sim.floor);
        if (limit !== null) noise.p = Math.max(noise.p, sim.upper(v.psi - limit));
        return {
          check: dataCheck('data', id(r), v.segment, {
            n: v.nCurrent,
            candidate: v.psi,
            ci: noise.ci,
            p_value: limit === null ? null : noise.p,
            rule: formatRule(rule),
            severity: rule.severity,
            tolerance: limit,
            noise_floor: noise.noiseFloor,
            extra: { [v.distance.kind]: v.distance.value, n_reference: v.nReference, buckets },
          }),
          breached: limit !== null && v.psi > limit,
          p: limit === null ? null : noise.p,
          what: `PSI ${formatNumber(v.psi)} in ${v.segment}${limit === null ? '' : `, ${v.psi > limit ? 'above' : 'within'} ${formatNumber(limit)}`}; no drift would show up to ${formatNumber(noise.noiseFloor)} at n=${formatCount(v.nCurrent)}`,
        };
      }
      case 'null_rate':
        return increaseCheck(id(r), v.segment, rule, v.counts.nulls, v.nReference, v.nCurrent, ctx.confidence, 'Empty');
      case 'sentinel_rate':
        return increaseCheck(id(r), v.segment, rule, v.counts.sentinels, v.nReference, v.nCurrent, ctx.confidence, 'Sentinel values');
      case 'new_category_rate':
        return shareCheck('data', id(r), v.segment, rule, v.counts.fresh ?? 0, v.nCurrent, ctx.unseen, ctx.confidence, 'Unseen categories');
      default:
        return shareCheck('data', id(r), v.segment, rule, v.counts.outside ?? 0, v.nCurrent, ctx.outside, ctx.confidence, 'Out of range', ctx.rangeRows);
    }
  });
}

/** The skew check of one feature in one segment: share of requests whose online value differs from the batch one. */
export function skewChecks(f: ResolvedFeature, v: SkewView, ctx: { minSamples: number; confidence: number }): PendingDataCheck[] {
  const metric = `mismatch_rate[${f.name}]`;
  const rule = f.rules.mismatch_rate;
  if (v.n < ctx.minSamples) return [insufficient('skew', metric, v.segment, rule, v.n, v.n, ctx.minSamples, ['joined requests', 'joined requests'])];
  const pending = shareCheck('skew', metric, v.segment, rule, v.mismatches, v.n, 0, ctx.confidence, 'Batch and online differ on');
  pending.check.extra = {
    online_missing_rate: v.onlineMissing / v.n,
    mean_difference: v.meanDifference,
    examples: v.examples,
  };
  pending.what = pending.what.replace(/; no drift would show up to .*$/, '; agreeing pipelines give 0%') + (v.examples.length ? ` (e.g. request ${v.examples.join(', ')})` : '');
  return [pending];
}
