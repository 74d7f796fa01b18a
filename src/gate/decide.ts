// Settles every pending check's status once the whole run is known: adjusts
// the change checks' p-values across the run (within each correction family:
// `PendingCheck.family`, default one family for the model checks), then applies the contract's
// decision (fail only when significant after correction; a non-significant
// worsening beyond tolerance is a warning).
import type { GateConfig } from '../config/index.js';
import { formatP } from '../metrics/index.js';
import { adjustPValues } from '../stats/index.js';
import { detectableWorsening } from '../stats/index.js';
import { MODEL_FAMILY, type PendingCheck } from './judge.js';
import type { Check } from './types.js';

export function decide(pending: PendingCheck[], statistics: GateConfig['statistics']): Check[] {
  const alpha = 1 - statistics.confidence;
  const tested = pending.filter((p) => p.kind === 'change' && p.check.status !== 'insufficient' && p.check.p_value !== null);
  const families = new Map<string, PendingCheck[]>();
  for (const p of tested) {
    const key = p.family ?? MODEL_FAMILY;
    const group = families.get(key);
    if (group) group.push(p);
    else families.set(key, [p]);
  }
  for (const group of families.values()) correctFamily(group, statistics, alpha);

  return pending.map(({ check, kind, breached }) => {
    if (check.status === 'insufficient') return check;
    let status: Check['status'] = 'pass';
    let message = check.message;
    if (breached) {
      status = 'fail';
      if (kind === 'change' && check.p_adjusted !== null) {
        const correction = statistics.correction === 'none' ? '' : ` after ${statistics.correction} correction`;
        if (check.p_adjusted < alpha) {
          message += ` Significant: p=${formatP(check.p_adjusted)}${correction}.`;
        } else {
          status = 'warn';
          message += ` Not significant (p=${formatP(check.p_adjusted)}${correction}): could be noise; more data would tell.`;
        }
      }
      if (status === 'fail' && check.severity === 'warn') {
        status = 'warn';
        message += ' Advisory rule (severity: warn).';
      }
    }
    return { ...check, status, message };
  });
}

/**
 * One family's p-values adjusted among themselves, and the power of each test at the
 * level it is effectively held to after the correction (Bonferroni's alpha / m: exact
 * for the first step of Holm, conservative for the rest and for BH).
 */
function correctFamily(tested: PendingCheck[], statistics: GateConfig['statistics'], alpha: number): void {
  const adjusted = adjustPValues(
    tested.map((p) => p.check.p_value!),
    statistics.correction,
  );
  tested.forEach((p, i) => {
    p.check.p_adjusted = adjusted[i];
  });
  const alphaEach = statistics.correction === 'none' || tested.length === 0 ? alpha : alpha / tested.length;
  for (const p of tested) {
    if (p.se !== undefined && p.se !== null && p.check.detectable === null && p.check.tolerance !== undefined && p.check.tolerance !== null) {
      p.check.detectable = detectableWorsening(p.check.tolerance, p.se, alphaEach);
    }
  }
}
