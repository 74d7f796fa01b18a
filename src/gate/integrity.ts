// Integrity checks: is the comparison itself sound? Ids missing from one
// file, and config that matched nothing in the data (fail closed, never a
// silent pass).
import type { GateConfig } from '../config/index.js';
import type { JoinIntegrity } from '../io/index.js';
import { formatCount } from '../metrics/index.js';
import type { Segment } from '../segments/index.js';
import { makeCheck, ruleFields } from './check.js';
import type { Check } from './types.js';

/** An integrity check `integrity/METRIC/SEGMENT`: no metric values, passing unless `fields` say otherwise. */
export function integrityCheck(metric: string, segment: string, fields: Partial<Check>): Check {
  return makeCheck('integrity', metric, segment, fields);
}

/** A share as a percentage for integrity messages (two decimals just under 100%, so 99.95% is not shown as 100.0%). */
export const pct = (x: number): string => `${(x * 100).toFixed(x >= 0.999 && x < 1 ? 2 : 1)}%`;

/** The share of ids present in both eval files, against `integrity.min_coverage`. */
export function coverageCheck(join: JoinIntegrity, minCoverage: number): Check {
  const ok = join.coverage >= minCoverage;
  const parts: string[] = [];
  if (join.onlyBaseline > 0) parts.push(`${formatCount(join.onlyBaseline)} only in the baseline file (e.g. ${join.examplesOnlyBaseline.join(', ')})`);
  if (join.onlyCandidate > 0) parts.push(`${formatCount(join.onlyCandidate)} only in the candidate file (e.g. ${join.examplesOnlyCandidate.join(', ')})`);
  const detail = parts.length ? `; ${parts.join('; ')}` : '';
  return integrityCheck('id_coverage', 'overall', {
    n: join.matched,
    candidate: join.coverage,
    higher_is_better: true,
    rule: `min ${pct(minCoverage)}`,
    ...ruleFields('min', { limit: minCoverage, worsening: null, candidate: join.coverage }),
    status: ok ? 'pass' : 'fail',
    message: ok
      ? `${pct(join.coverage)} of ids are in both eval files${detail}.`
      : `Only ${pct(join.coverage)} of ids are in both eval files, under integrity.min_coverage ${pct(minCoverage)}${detail}: both models must be scored on the same examples.`,
  });
}

/** A failing check for every override whose segment is not in the data. */
export function unmatchedOverrides(config: GateConfig, segments: Segment[]): Check[] {
  const known = new Set(segments.map((s) => s.id));
  return Object.keys(config.overrides)
    .filter((id) => !known.has(id))
    .map((id) =>
      integrityCheck('override', id, {
        rule: `overrides.${id}`,
        status: 'fail',
        message: `overrides names segment ${id}, which is not in the data: fix the segment id or remove the override (a rule that matches nothing would pass silently).`,
      }),
    );
}
