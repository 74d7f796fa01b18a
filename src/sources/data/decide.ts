// Settles the data family's checks (source data and skew): their p-values are
// adjusted among themselves with data.correction (the model checks keep their
// own family), then
//   fail          beyond the limit and significant after the correction;
//   warn          beyond the limit, significant before the correction and under twice
//                 the level after it (gate/decide.ts evidenceOf, as the model checks);
//   pass          within the limit; or beyond it but within the noise at this n
//                 (inconclusive, listed with the noise floor);
//   insufficient  fewer rows than segments.min_samples (set when built).
// An advisory rule (severity: warn) turns a failure into a warning.
import type { Correction } from '../../config/index.js';
import { evidenceOf } from '../../gate/index.js';
import { formatP } from '../../metrics/index.js';
import { adjustPValues } from '../../stats/index.js';
import type { PendingDataCheck } from './checks.js';
import type { DataCheck } from './types.js';

export function decideData(pending: PendingDataCheck[], confidence: number, correction: Correction): DataCheck[] {
  const alpha = 1 - confidence;
  const tested = pending.filter((p) => p.check.status !== 'insufficient' && p.p !== null);
  const adjusted = adjustPValues(
    tested.map((p) => p.p!),
    correction,
  );
  const adj = new Map(tested.map((p, i) => [p, adjusted[i]]));
  const after = correction === 'none' ? '' : ` after ${correction} correction`;
  return pending.map((p) => {
    const check = { ...p.check, extra: { ...p.check.extra } };
    if (check.status === 'insufficient') return check;
    const pa = adj.get(p) ?? null;
    check.p_adjusted = pa;
    let message = `${p.what}.`;
    let status: DataCheck['status'] = 'pass';
    if (p.breached && pa !== null) {
      const evidence = evidenceOf(p.p!, pa, alpha);
      if (evidence === 'significant') {
        status = 'fail';
        message += ` Beyond the noise: p=${formatP(pa)}${after}.`;
      } else if (evidence === 'suggestive') {
        status = 'warn';
        message += ` Significant alone (p=${formatP(p.p)}) and p=${formatP(pa)}${after} (under twice the level, not under it): could be chance among the data checks.`;
      } else {
        check.inconclusive = true;
        message += ` Within the noise at this n (p=${formatP(p.p)}): inconclusive, more rows would tell.`;
      }
      if (status === 'fail' && check.severity === 'warn') {
        status = 'warn';
        message += ' Advisory rule (severity: warn).';
      }
    }
    check.status = status;
    check.message = message.charAt(0).toUpperCase() + message.slice(1);
    return check;
  });
}
