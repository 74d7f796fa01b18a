// A new check with every field of the published schema: the one place that
// lists them, so no kind of check can leave one out. And the structured form of
// a check's rule (its kind, limit, worsening and the share of its allowance
// used), so renderers read numbers instead of parsing the rule's text.
import { BUDGET_USED_MAX, type Check, type CheckSource, type RuleKind } from '../schema/index.js';
import { EPSILON } from './rules.js';

/**
 * A passing check `SOURCE/METRIC/SEGMENT` with no values, test or rule; `fields` fill in the rest.
 * @example makeCheck('integrity', 'id_coverage', 'overall', { candidate: 0.98 }).id // 'integrity/id_coverage/overall'
 */
export function makeCheck(source: CheckSource, metric: string, segment: string, fields: Partial<Check> = {}): Check {
  return {
    id: `${source}/${metric}/${segment}`,
    source,
    metric,
    segment,
    n: null,
    baseline: null,
    candidate: null,
    delta: null,
    ci: null,
    p_value: null,
    p_adjusted: null,
    rule: null,
    status: 'pass',
    severity: 'fail',
    higher_is_better: null,
    detectable: null,
    tolerance: null,
    rule_kind: null,
    limit: null,
    worsening: null,
    budget_used: null,
    message: '',
    ...fields,
  };
}

/** The structured fields of a check's rule. */
export type RuleFields = Pick<Check, 'rule_kind' | 'limit' | 'worsening' | 'budget_used'>;

/**
 * The share of a rule's allowance used: 0 no worse than the baseline (or far from
 * the limit), 1 exactly at it, above 1 beyond; Infinity when the rule allows
 * nothing and the value is over it. `change`: `amount` is the allowed worsening
 * and `value` the worsening; `min`/`max`: `amount` is the limit and `value` the candidate.
 */
export function shareUsed(kind: RuleKind, amount: number, value: number): number {
  if (kind === 'change') return amount > 0 ? Math.max(0, value) / amount : value > EPSILON ? Infinity : 0;
  if (kind === 'max') return amount > 0 ? Math.max(0, value) / amount : value > amount + EPSILON ? Infinity : 0;
  return amount > 0 && value > 0 ? amount / value : value < amount - EPSILON ? Infinity : 0;
}

/** A share as report.json holds it: finite, at most BUDGET_USED_MAX. */
export const budgetValue = (used: number): number => Math.min(used, BUDGET_USED_MAX);

/**
 * The structured fields of a check judged by one rule: a change rule with the
 * allowed worsening `allowed` (metric units), or a `min`/`max` bound `limit`, on
 * the check's values; `worsening` (positive = worse) where both values are known.
 * A share that needs a missing value is null.
 */
export function ruleFields(kind: RuleKind | null, o: { allowed?: number | null; limit?: number | null; worsening: number | null; candidate: number | null }): RuleFields {
  const out: RuleFields = { rule_kind: kind, limit: null, worsening: o.worsening, budget_used: null };
  if (kind === 'change') {
    if (o.allowed != null && o.worsening !== null) out.budget_used = budgetValue(shareUsed('change', o.allowed, o.worsening));
  } else if (kind !== null && o.limit != null) {
    out.limit = o.limit;
    if (o.candidate !== null) out.budget_used = budgetValue(shareUsed(kind, o.limit, o.candidate));
  }
  return out;
}
