// How much of its rule's allowance a check uses, read from the check's structured
// fields (`rule_kind`, `budget_used`, `tolerance`, `limit`, `worsening`), so a
// report.json downloaded later gives the same answer and the rule's text is only
// for people. Orders checks worst first and draws compact text bars.
import { BUDGET_USED_MAX, type Check, type RuleKind } from '../schema/index.js';
import { formatCount } from './format.js';

export type LimitKind = RuleKind;

export interface Allowance {
  kind: LimitKind;
  /**
   * The share of the allowance used: 0 no worse than the baseline (or far
   * from the limit), 1 exactly at the limit, above 1 beyond it; Infinity
   * when the rule allows nothing and the value is over it.
   */
  used: number;
  /** The worsening the rule allows, in the metric's units (change rules), or the limit (min/max); null where the check holds none (a change check not judged). */
  limit: number | null;
  /** For change rules: how much worse the candidate is, in the metric's units (negative: better). */
  worse: number | null;
}

/**
 * The allowance a check uses, or null when its rule is not a single limit or a
 * value it needs is missing (and for reports from before the structured fields).
 */
export function allowanceOf(c: Check): Allowance | null {
  const kind = c.rule_kind ?? null;
  const stored = c.budget_used ?? null;
  if (kind === null || stored === null) return null;
  const used = stored >= BUDGET_USED_MAX ? Infinity : stored;
  if (kind === 'change') return { kind, used, limit: c.tolerance ?? null, worse: c.worsening ?? null };
  return { kind, used, limit: c.limit ?? null, worse: null };
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
