// Settles every pending check's status once the whole run is known: adjusts
// the change checks' p-values across the run (within each correction family:
// `PendingCheck.family`, default one family for the model checks), then applies the contract's
// decision (turn 2): a worsening beyond tolerance fails only when significant after
// correction; it warns only on evidence short of that: significant before the
// correction, and after it at twice the level (p_adjusted < 2 alpha), so that with
// equal models at most 2 alpha of runs warn, however many segments (the correction's
// family-wise bound at 2 alpha; significant-before-only would warn in most runs with
// 20 segments: test/stats/falseAlarm.test.ts); beyond tolerance on its point estimate without such
// evidence is an inconclusive pass (`inconclusive: true`, listed with the worsening
// the test could have detected). A breach with no test at all fails (fail closed).
// Checks too small to judge (`insufficient`) stay insufficient; those the config asks
// about warn instead (`insufficientPolicy`).
import type { GateConfig } from '../config/index.js';
import { formatP } from '../metrics/index.js';
import { adjustPValues, detectableWorsening, normalQuantile, studentQuantile } from '../stats/index.js';
import { MODEL_FAMILY, type PendingCheck } from './judge.js';
import type { Check } from './types.js';

/** How strong the evidence of a breach is: `significant` fails, `suggestive` warns, `none` is an inconclusive pass. */
export type Evidence = 'significant' | 'suggestive' | 'none';

/**
 * The decision on a breach's p-values, for every family of checks (model, data, estimates):
 * significant after the correction; suggestive when significant alone and under twice the
 * level after it (so equal models warn in at most 2 alpha of runs); else none.
 * @example evidenceOf(0.01, 0.08, 0.05) // 'suggestive'
 */
export function evidenceOf(p: number, pAdjusted: number, alpha: number): Evidence {
  if (pAdjusted < alpha) return 'significant';
  if (p < alpha && pAdjusted < 2 * alpha) return 'suggestive';
  return 'none';
}

/** Which insufficient checks warn: every one (`warn`), or those of overall and of segments named in overrides (`pass`). */
export interface InsufficientPolicy {
  insufficient: 'pass' | 'warn';
  /** Segment ids whose insufficient checks warn even under `pass` (overall and the overrides' segments). */
  asked: ReadonlySet<string>;
}

/** The policy of a config: `segments.insufficient`, and overall plus the segments `overrides` names. */
export function insufficientPolicy(config: Pick<GateConfig, 'segments' | 'overrides'>): InsufficientPolicy {
  return { insufficient: config.segments.insufficient ?? 'pass', asked: new Set(['overall', ...Object.keys(config.overrides)]) };
}

export function decide(pending: PendingCheck[], statistics: GateConfig['statistics'], policy: InsufficientPolicy | null = null): Check[] {
  const alpha = 1 - statistics.confidence;
  const tested = pending.filter((p) => p.kind === 'change' && p.check.status !== 'insufficient' && p.check.p_value !== null);
  const families = new Map<string, PendingCheck[]>();
  for (const p of tested) {
    const key = p.family ?? MODEL_FAMILY;
    const group = families.get(key);
    if (group) group.push(p);
    else families.set(key, [p]);
  }
  for (const group of families.values()) correctFamily(group, statistics, alpha);

  return pending.map(({ check, kind, breached }) => {
    if (check.status === 'insufficient') return policy ? insufficientStatus(check, policy) : check;
    let status: Check['status'] = 'pass';
    let message = check.message;
    let inconclusive = false;
    if (breached) {
      status = 'fail';
      if (kind === 'change' && check.p_adjusted !== null && check.p_value !== null) {
        const correction = statistics.correction === 'none' ? '' : ` after ${statistics.correction} correction`;
        const evidence = evidenceOf(check.p_value, check.p_adjusted, alpha);
        if (evidence === 'significant') {
          message += ` Significant: p=${formatP(check.p_adjusted)}${correction}.`;
        } else if (evidence === 'suggestive') {
          status = 'warn';
          message += ` Suggestive: p=${formatP(check.p_value)} alone, p=${formatP(check.p_adjusted)}${correction} (under twice the level, not under it): more data would tell.`;
        } else {
          status = 'pass';
          inconclusive = true;
          message += ` Not significant (p=${formatP(check.p_adjusted)}${correction}): inconclusive, so it passes; the test could not rule out a worsening this small.`;
        }
      }
      if (status === 'fail' && check.severity === 'warn') {
        status = 'warn';
        message += ' Advisory rule (severity: warn).';
      }
    }
    return inconclusive ? { ...check, status, message, inconclusive: true } : { ...check, status, message };
  });
}

/** An insufficient check under the policy: a warning where asked, else left insufficient (listed, counted, not raising the verdict). */
function insufficientStatus(check: Check, policy: InsufficientPolicy): Check {
  if (policy.insufficient === 'warn') return { ...check, status: 'warn', message: `${check.message} Too little data to judge (segments.insufficient: warn).` };
  if (policy.asked.has(check.segment)) {
    const why = check.segment === 'overall' ? 'the overall segment' : 'a segment named in overrides';
    return { ...check, status: 'warn', message: `${check.message} Too little data to judge ${why}.` };
  }
  return check;
}

/**
 * One family's p-values adjusted among themselves, and the power of each test at the
 * level it is effectively held to after the correction (Bonferroni's alpha / m: exact
 * for the first step of Holm, conservative for the rest and for BH). Each tested
 * check beyond its tolerance also gets `ci_adjusted`, the interval at the level the
 * decision used (a check within tolerance keeps its `ci` at statistics.confidence only).
 */
function correctFamily(tested: PendingCheck[], statistics: GateConfig['statistics'], alpha: number): void {
  const adjusted = adjustPValues(
    tested.map((p) => p.check.p_value!),
    statistics.correction,
  );
  tested.forEach((p, i) => {
    p.check.p_adjusted = adjusted[i];
  });
  const alphaEach = statistics.correction === 'none' || tested.length === 0 ? alpha : alpha / tested.length;
  for (const p of tested) {
    if (p.se !== undefined && p.se !== null && p.check.detectable === null && p.check.tolerance !== undefined && p.check.tolerance !== null) {
      p.check.detectable = detectableWorsening(p.check.tolerance, p.se, alphaEach);
    }
    // Beyond tolerance on its point estimate: the interval the decision used, so it agrees with the status.
    if (p.breached) p.check.ci_adjusted = adjustedInterval(p, alpha, alphaEach);
  }
}

/**
 * The interval of the delta at the one-sided level the decision held this check to:
 * `alpha x p / p_adjusted` (the raw p-value is compared with exactly that level: Holm's
 * or BH's step for this check; alpha itself without correction), i.e. delta ± q x se with
 * q the level's one-sided quantile. So a failing check's interval lies beyond its
 * tolerance and a warning's or an inconclusive pass's includes it. Null without a
 * standard error.
 */
function adjustedInterval(p: PendingCheck, alpha: number, alphaEach: number): [number, number] | null {
  const { check } = p;
  if (p.se === undefined || p.se === null || !(p.se > 0) || check.delta === null) return null;
  const pv = check.p_value!;
  const pa = check.p_adjusted!;
  const level = pv > 0 && pa > 0 ? Math.min(alpha, (alpha * pv) / pa) : alphaEach;
  const df = p.df ?? Infinity;
  const q = Number.isFinite(df) ? studentQuantile(1 - level, df) : normalQuantile(1 - level);
  const lo = check.delta - q * p.se;
  const hi = check.delta + q * p.se;
  return Number.isFinite(lo) && Number.isFinite(hi) ? [lo, hi] : null;
}
