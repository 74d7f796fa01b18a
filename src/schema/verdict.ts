// The run's verdict from its checks: part of the schema, since a report whose
// verdict does not follow from its counts is not a valid report.
import type { STATUSES, VERDICTS } from './report.js';

type Status = (typeof STATUSES)[number];
type Counts = Record<Status, number>;

export function countChecks(checks: ReadonlyArray<{ status: Status }>): Counts {
  const counts = { pass: 0, warn: 0, fail: 0, insufficient: 0 };
  for (const c of checks) counts[c.status]++;
  return counts;
}

/**
 * `fail` if any check failed; `warn` if any warned; else `pass`. Checks too small to
 * judge (`insufficient`) are counted but do not raise the verdict: the ones the config
 * asks about (segments.insufficient, overall, overridden segments) are warnings instead.
 */
export function verdictOf(counts: Counts): Exclude<(typeof VERDICTS)[number], 'overridden'> {
  if (counts.fail > 0) return 'fail';
  if (counts.warn > 0) return 'warn';
  return 'pass';
}

/**
 * The verdict reports from before turn 2 gave: an insufficient check raised it to `warn`.
 * The validator accepts it too, so from-report still reads a report an older gate wrote.
 */
export function legacyVerdictOf(counts: Counts): Exclude<(typeof VERDICTS)[number], 'overridden'> {
  const v = verdictOf(counts);
  return v === 'pass' && counts.insufficient > 0 ? 'warn' : v;
}
