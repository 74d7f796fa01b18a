// Which interval a renderer shows for a check: the one at the level the decision
// used (`ci_adjusted`: corrected for the run's multiple testing, one-sided at that
// level), so a failing check's interval lies beyond its tolerance and a warning's
// includes it; the plain `ci` (at statistics.confidence) where no adjusted one
// exists (limits, reports from before it).
import type { Check } from '../schema/index.js';

/** The interval to show for `c`: `ci_adjusted` when present, else `ci`. */
export function shownInterval(c: Pick<Check, 'ci' | 'ci_adjusted'>): [number, number] | null {
  return c.ci_adjusted ?? c.ci;
}
