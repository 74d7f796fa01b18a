// terms.ts: the per-example terms of the mean metrics in SQL over gate_rows'
// columns (y, sb, sc, xb<i>, xc<i>), each exactly its metric file's formula:
// logLossTerm, brierTerm, apeTerm and the regression errors (e = prediction - label).
import { LOG_LOSS_EPS, MAPE_EPS, declarationOf, splitMetricName } from '../metrics/index.js';
import { num } from './context.js';

/** Per model m (0 baseline, 1 candidate), the SQL term of metric `name`; null when it has none in SQL. */
export function termSql(name: string, task: string, numeric: string[]): [string, string] | null {
  const d = declarationOf(name);
  if (!d) return null;
  const { base, arg } = splitMetricName(name);
  if (d.summary === 'column') {
    const i = numeric.indexOf(arg ?? '');
    return i < 0 ? null : [`xb${i}`, `xc${i}`];
  }
  const per = (f: (s: string) => string): [string, string] => [f('sb'), f('sc')];
  const eps = num(LOG_LOSS_EPS);
  const one = num(1 - LOG_LOSS_EPS);
  if (task === 'binary' && base === 'log_loss') return per((s) => `-LN(LEAST(GREATEST(CASE WHEN y = 1 THEN ${s} ELSE 1 - ${s} END, ${eps}), ${one}))`);
  if (task === 'binary' && base === 'brier') return per((s) => `(y - ${s}) * (y - ${s})`);
  if (task === 'regression') {
    if (base === 'mae') return per((s) => `ABS(${s} - y)`);
    if (base === 'rmse') return per((s) => `(${s} - y) * (${s} - y)`);
    if (base === 'mape') return per((s) => `ABS(y - ${s}) / GREATEST(ABS(y), ${num(MAPE_EPS)})`);
    if (base === 'bias') return per((s) => `${s} - y`);
  }
  return null;
}
