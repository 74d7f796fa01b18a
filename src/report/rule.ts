// A check's rule as people read it, with a min/max bound in the metric's own
// format, so budgets and values share one number format per metric.
import type { Check } from '../schema/index.js';
import { formatValue } from './format.js';

/** The rule as people read it: a `min`/`max` bound in the metric's own format (`min 90.0%` beside `76.1%`), else its text. */
export function ruleText(c: Check): string | null {
  if (c.rule === null) return null;
  if ((c.rule_kind === 'min' || c.rule_kind === 'max') && typeof c.limit === 'number' && /^(min|max) \S+$/.test(c.rule)) {
    return `${c.rule_kind} ${formatValue(c.metric, c.limit)}`;
  }
  return c.rule;
}
