// How much of its rule's allowance a check uses, read back from the check itself
// (rule text, values, direction), so a report.json downloaded later gives the same
// answer. Orders checks worst first and draws compact text bars.
import { parseAmount, toleranceAmount, toTolerance } from '../config/tolerance.js';
import { EPSILON, worsening } from '../gate/rules.js';
import type { Check } from '../gate/types.js';
import { formatCount } from './format.js';

export type LimitKind = 'change' | 'min' | 'max';

export interface Allowance {
  kind: LimitKind;
  /**
   * The share of the allowance used: 0 no worse than the baseline (or far
   * from the limit), 1 exactly at the limit, above 1 beyond it; Infinity
   * when the rule allows nothing and the value is over it.
   */
  used: number;
  /** The worsening the rule allows, in the metric's units (change rules), or the limit (min/max). */
  limit: number;
  /** For change rules: how much worse the candidate is, in the metric's units (negative: better). */
  worse: number | null;
}

const RULE = /^(max_drop|max_increase|min|max) (\S+)$/;

/** The allowance a check uses, or null when its rule is not a single limit or a value it needs is missing. */
export function allowanceOf(c: Check): Allowance | null {
  const m = c.rule === null ? null : RULE.exec(c.rule);
  const amount = m ? parseAmount(m[2]) : null;
  if (!m || !amount || c.candidate === null || !Number.isFinite(c.candidate)) return null;
  const cand = c.candidate;
  if (m[1] === 'max_drop' || m[1] === 'max_increase') {
    if (c.baseline === null || !Number.isFinite(c.baseline)) return null;
    const higher = c.higher_is_better ?? m[1] === 'max_drop';
    const worse = worsening(c.metric, higher ? 'higher' : 'lower', c.baseline, cand);
    const allowed = toleranceAmount(toTolerance(amount), c.baseline);
    const used = allowed > 0 ? Math.max(0, worse) / allowed : worse > EPSILON ? Infinity : 0;
    return { kind: 'change', used, limit: allowed, worse };
  }
  const limit = amount.scaled;
  if (m[1] === 'max') {
    const used = limit > 0 ? Math.max(0, cand) / limit : cand > limit + EPSILON ? Infinity : 0;
    return { kind: 'max', used, limit, worse: null };
  }
  const used = limit > 0 && cand > 0 ? limit / cand : cand < limit - EPSILON ? Infinity : 0;
  return { kind: 'min', used, limit, worse: null };
}

/**
 * Worst first: integrity checks (the comparison itself is unsound), then the
 * largest share of the allowance used, then the smallest adjusted p-value,
 * then the order of the report. Returns a new array.
 */
export function worstFirst(checks: readonly Check[]): Check[] {
  const keyed = checks.map((c, i) => ({ c, i, used: allowanceOf(c)?.used ?? -1 }));
  keyed.sort(
    (a, b) =>
      Number(b.c.source === 'integrity') - Number(a.c.source === 'integrity') ||
      (b.used === a.used ? 0 : b.used > a.used ? 1 : -1) ||
      (a.c.p_adjusted ?? 2) - (b.c.p_adjusted ?? 2) ||
      a.i - b.i,
  );
  return keyed.map((k) => k.c);
}

/** `62%`, `0%`, `>999%`: a share of an allowance for people. */
export function formatUsed(used: number): string {
  if (!(used < 10)) return '>999%';
  return `${formatCount(used * 100)}%`;
}

/** A fixed-width text bar of a share: `█████░░░░░` for 0.5; full only at or beyond the limit. */
export function textBar(used: number, width = 10): string {
  const filled = used >= 1 ? width : Math.max(0, Math.floor(used * width));
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}
