// One row for one cause: a check that fails (or warns) the same way in overall
// and in every segment it was judged in is one row ("cost_per_1k +14% in overall
// and all 8 segments"), its per-segment rows folded, one annotation. Pure.
import type { Check } from '../schema/index.js';
import { formatCount, formatDelta } from './format.js';

export interface CheckGroup {
  /** The row shown: the overall check of a uniform group, else the check itself. */
  lead: Check;
  /** Every check of the group, the lead first. */
  members: Check[];
  /** True when the lead stands for overall and every segment (members.length > 1). */
  uniform: boolean;
}

const key = (c: Check): string => `${c.source}\u0000${c.metric}\u0000${c.rule ?? ''}`;
const sign = (c: Check): number => Math.sign(c.delta ?? 0);

/**
 * `checks` (one status, worst first) as groups, in the order of each group's
 * first check. A group is uniform when its checks share source, metric, rule
 * and status, include overall, cover every segment `all` has a judged check of
 * that source, metric and rule in (at least one besides overall), and move the
 * same way (the sign of the delta).
 */
export function groupChecks(checks: readonly Check[], all: readonly Check[]): CheckGroup[] {
  const judged = new Map<string, Set<string>>();
  for (const c of all) {
    if (c.status === 'insufficient') continue;
    const k = key(c);
    if (!judged.has(k)) judged.set(k, new Set());
    judged.get(k)!.add(c.segment);
  }
  const byKey = new Map<string, Check[]>();
  for (const c of checks) {
    const k = `${key(c)}\u0000${c.status}`;
    if (!byKey.has(k)) byKey.set(k, []);
    byKey.get(k)!.push(c);
  }
  const out: CheckGroup[] = [];
  const done = new Set<string>();
  for (const c of checks) {
    const k = `${key(c)}\u0000${c.status}`;
    if (done.has(k)) continue;
    const members = byKey.get(k)!;
    const overall = members.find((m) => m.segment === 'overall');
    const segments = new Set(members.map((m) => m.segment));
    const universe = judged.get(key(c)) ?? new Set<string>();
    const uniform =
      overall !== undefined &&
      members.length > 1 &&
      segments.size === members.length &&
      universe.size === segments.size &&
      [...universe].every((s) => segments.has(s)) &&
      members.every((m) => sign(m) === sign(overall));
    if (uniform) {
      done.add(k);
      out.push({ lead: overall, members: [overall, ...members.filter((m) => m !== overall)], uniform: true });
    } else {
      out.push({ lead: c, members: [c], uniform: false });
    }
  }
  return out;
}

/** `overall and all 8 segments`, or the lead's own segment. */
export function groupSegments(g: CheckGroup): string {
  return g.uniform ? `overall and all ${formatCount(g.members.length - 1)} segments` : g.lead.segment;
}

/** `cost_per_1k +14% in overall and all 8 segments` (plain text, not escaped). */
export function groupSummary(g: CheckGroup): string {
  const d = formatDelta(g.lead.metric, g.lead.delta, g.lead.baseline);
  return `${g.lead.metric}${d === '–' ? '' : ` ${d}`} in ${groupSegments(g)}`;
}
