// The `overrides` section: per-segment changes to the rules of metrics
// already configured under `metrics` (or `shadow.envelope`), merged key by key.
import type { Rule } from './types.js';
import { Issues, isMapping, show, suggestion } from './issues.js';
import { checkMinMax, mergeRule, readRule, type MetricRef } from './rule.js';
import { checkSegmentId } from './segments.js';

export interface OverrideContext {
  segmentColumns: readonly string[];
  cross: readonly string[][];
  /** Configured rules that may be overridden: metric name -> its rule and what it is. */
  rules: Map<string, { rule: Rule; ref: MetricRef }>;
  /** Names written under metrics/envelope but invalid (already reported): overriding them is not reported again. */
  invalid: ReadonlySet<string>;
}

/** Segment id -> metric -> the merged full rule. */
export function readOverrides(raw: unknown, ctx: OverrideContext, issues: Issues): Record<string, Record<string, Rule>> {
  const out: Record<string, Record<string, Rule>> = {};
  if (raw === undefined || raw === null) return out;
  if (!isMapping(raw)) {
    issues.add(['overrides'], `expected a mapping of segment id to metric rules, such as { "region=BR": { recall: { max_drop: 2pp } } }, got ${show(raw)}`);
    return out;
  }
  const configured = [...ctx.rules.keys()];
  for (const [id, metrics] of Object.entries(raw)) {
    const path = ['overrides', id];
    const idOk = checkSegmentId(id, ctx.segmentColumns, ctx.cross, path, issues);
    if (metrics === null || metrics === undefined) continue;
    if (!isMapping(metrics)) {
      issues.add(path, `expected a mapping of metric name to rule changes, such as { recall: { max_drop: 2pp } }, got ${show(metrics)}`);
      continue;
    }
    const rules: Record<string, Rule> = {};
    for (const [name, rawRule] of Object.entries(metrics)) {
      const p = [...path, name];
      const base = ctx.rules.get(name);
      if (!base) {
        if (!ctx.invalid.has(name)) {
          issues.add(
            p,
            `${name} is not configured under metrics; add it under metrics first${suggestion(name, configured)}${configured.length ? ` (configured: ${configured.join(', ')})` : ''}`,
          );
        }
        continue;
      }
      const before = issues.count;
      const merged = mergeRule(base.rule, readRule(rawRule, p, base.ref, 'override', issues));
      if (issues.count === before) checkMinMax(merged, p, issues);
      if (issues.count === before) rules[name] = merged;
    }
    if (idOk) out[id] = rules;
  }
  return out;
}
