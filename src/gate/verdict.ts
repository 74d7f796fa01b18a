// The run's verdict from its checks.
import type { Report, Verdict } from '../report/types.js';
import type { Check } from './types.js';

export function countChecks(checks: Check[]): Report['counts'] {
  const counts = { pass: 0, warn: 0, fail: 0, insufficient: 0 };
  for (const c of checks) counts[c.status]++;
  return counts;
}

/** `fail` if any check failed; `warn` if any warned or could not be judged; else `pass`. */
export function verdictOf(counts: Report['counts']): Verdict {
  if (counts.fail > 0) return 'fail';
  if (counts.warn > 0 || counts.insufficient > 0) return 'warn';
  return 'pass';
}
