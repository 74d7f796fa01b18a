// The override label in the report: what a decision about the label does to a
// report (pure), and the line the comment shows about it. The GitHub side
// (src/github/override.ts) finds out whether the label counts; this file only
// records and renders that.
import { countChecks, verdictOf } from '../schema/index.js';
import { escapeText } from './escape.js';
import type { Report } from './types.js';

/** A repository role as the report records it (`none`: not a collaborator). */
type Role = NonNullable<NonNullable<Report['override_refused']>['permission']>;

/** What the run found out about the override label. */
export type OverrideDecision =
  /** Not applied (or the gate did not fail, so it was not looked at). */
  | { kind: 'none' }
  /** Applied by someone with at least the required permission. */
  | { kind: 'granted'; label: string; actor: string; permission: Exclude<Role, 'none'> }
  /** Applied but does not count, or could not be checked: the verdict stays `fail`. */
  | { kind: 'refused'; label: string; actor: string | null; permission: Role | null; reason: string };

/** How many failed checks an override line lists by id before "and N more". */
export const LISTED_CHECKS = 10;

/**
 * The report without any override: the verdict its checks give, `override` null and
 * no `override_refused`. The fork-safe mode starts from this, so an override claimed
 * in a downloaded report never counts unless this run confirms it.
 */
export function withoutOverride(report: Report): Report {
  const { override_refused: _refused, ...rest } = report;
  return { ...rest, verdict: verdictOf(countChecks(report.checks)), override: null };
}

/**
 * `report` with the decision applied. `granted` turns a failed verdict into
 * `overridden` and records who and which checks (the ids of the failed checks, in
 * report order); `refused` keeps `fail` and records why. A decision on a report that
 * did not fail changes nothing (there is nothing to override).
 */
export function applyOverride(report: Report, decision: OverrideDecision): Report {
  if (report.verdict !== 'fail' || decision.kind === 'none') return report;
  if (decision.kind === 'granted') {
    const overridden_checks = report.checks.filter((c) => c.status === 'fail').map((c) => c.id);
    return {
      ...report,
      verdict: 'overridden',
      override: { label: decision.label, actor: decision.actor, permission: decision.permission, overridden_checks },
    };
  }
  const { label, actor, permission, reason } = decision;
  return { ...report, override_refused: { label, actor, permission, reason } };
}

function listIds(ids: string[]): string {
  const shown = ids
    .slice(0, LISTED_CHECKS)
    .map((id) => escapeText(id))
    .join(', ');
  return ids.length > LISTED_CHECKS ? `${shown} and ${ids.length - LISTED_CHECKS} more` : shown;
}

/**
 * The comment's line about the override, or null when there is none to show: who
 * applied the label and which checks it overrode, or why it does not count.
 * Everything in it comes from the report and is escaped (no mention, link or HTML).
 */
export function overrideMarkdown(report: Report): string | null {
  const o = report.override;
  if (o) {
    const n = o.overridden_checks.length;
    return (
      `🔓 **Overridden** by ${escapeText(`@${o.actor}`)} (${escapeText(o.permission)}) with the label ${escapeText(o.label)}: ` +
      `it overrode ${n} failed check${n === 1 ? '' : 's'}${n ? `: ${listIds(o.overridden_checks)}` : ''}.`
    );
  }
  const r = report.override_refused;
  if (r) return `⛔ **The override label ${escapeText(r.label)} does not count**: ${escapeText(r.reason)}. The gate stays failed.`;
  return null;
}
