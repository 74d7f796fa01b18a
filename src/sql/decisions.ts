// decisions.ts: the parts of the decision sums: rows (count, weight, positives),
// binary (BIN: confusion cells, log-loss, brier and ECE-bin sums per model), the
// joint (label, baseline, candidate) tables and the multiclass per-class sums,
// laid out as src/sources/offline/summariesFormat.ts's arrayFields.
import { BIN, ECE_BINS, LOG_LOSS_EPS, declarationOf, needsScores } from '../metrics/index.js';
import { keyOf, litKey, num, recordSelect, unpivot, type SqlContext, type SqlPart } from './context.js';
import { declare } from './meta.js';

export function rowsPart(ctx: SqlContext): SqlPart {
  const { d } = ctx;
  const pos = ctx.config.task === 'binary' ? 'SUM(y)' : '0';
  return {
    ctes: [{ name: 'rows_sums', sql: `SELECT seg, COUNT(*) AS c0, SUM(w) AS c1, ${pos} AS c2 FROM gate_rows GROUP BY seg` }],
    selects: [
      declare(ctx, 'rows', '3'),
      ...unpivot(
        d,
        'rows_sums',
        'rows',
        [0, 1, 2].map((j) => ({ key: litKey(d, j), value: `c${j}` })),
      ),
    ],
  };
}

export function binaryPart(ctx: SqlContext): SqlPart {
  const { d } = ctx;
  const names = Object.keys(ctx.config.metrics);
  const scores = names.some(needsScores);
  const logLoss = names.some((n) => declarationOf(n)?.name === 'log_loss');
  const cols: string[] = new Array(BIN.STRIDE).fill('0');
  cols[BIN.COUNT] = 'COUNT(*)';
  cols[BIN.WEIGHT] = 'SUM(w)';
  cols[BIN.POSITIVES] = 'SUM(y)';
  (['b', 'c'] as const).forEach((m, i) => {
    const o = BIN.MODEL[i];
    const s = `s${m}`;
    for (let y = 0; y < 2; y++) for (let k = 0; k < 2; k++) cols[o + BIN.CM + 2 * y + k] = `SUM(CASE WHEN y = ${y} AND d${m} = ${k} THEN w ELSE 0 END)`;
    if (!scores) return;
    if (logLoss) cols[o + BIN.LOG_LOSS] = `SUM(w * -LN(LEAST(GREATEST(CASE WHEN y = 1 THEN ${s} ELSE 1 - ${s} END, ${num(LOG_LOSS_EPS)}), ${num(1 - LOG_LOSS_EPS)})))`;
    cols[o + BIN.BRIER] = `SUM(w * ((y - ${s}) * (y - ${s})))`;
    for (let b = 0; b < ECE_BINS; b++) cols[o + BIN.ECE + b] = `SUM(CASE WHEN eb${m} = ${b} THEN w * (y - ${s}) ELSE 0 END)`;
  });
  const kept = cols.map((v, j) => ({ j, v })).filter((c) => c.v !== '0');
  return {
    ctes: [{ name: 'bin_sums', sql: `SELECT seg, ${kept.map((c) => `${c.v} AS c${c.j}`).join(',\n  ')}\nFROM gate_rows GROUP BY seg` }],
    selects: [
      declare(ctx, 'binary', String(BIN.STRIDE)),
      ...unpivot(
        d,
        'bin_sums',
        'binary',
        kept.map((c) => ({ key: litKey(d, c.j), value: `c${c.j}` })),
      ),
    ],
  };
}

/** The (segment, label, baseline decision, candidate decision) cells: rows and weight. */
function cellsCte(): { name: string; sql: string } {
  return { name: 'dec_cells', sql: 'SELECT seg, y, db, dc, COUNT(*) AS n, SUM(w) AS sw FROM gate_rows GROUP BY seg, y, db, dc' };
}

/** K as SQL, and the FROM clause that provides it. */
function classCount(ctx: SqlContext): { k: string; from: (t: string) => string } {
  return ctx.config.task === 'multiclass' ? { k: 'k', from: (t) => `${t} CROSS JOIN gate_k` } : { k: '2', from: (t) => t };
}

export function jointPart(ctx: SqlContext, withCells: boolean): SqlPart {
  const { d } = ctx;
  const { k, from } = classCount(ctx);
  const cell = `(y * ${k} + db) * ${k} + dc`;
  return {
    ctes: withCells ? [cellsCte()] : [],
    selects: [
      declare(ctx, 'joint', `2 * ${k} * ${k} * ${k}`, ctx.config.task === 'multiclass' ? 'gate_k' : undefined),
      recordSelect(d, { segment: 'seg', kind: 'joint', key: keyOf(d, cell), value: 'n' }, from('dec_cells')),
      recordSelect(d, { segment: 'seg', kind: 'joint', key: keyOf(d, `${k} * ${k} * ${k} + ${cell}`), value: 'sw' }, from('dec_cells')),
    ],
  };
}

/** multiclass: [trueWeight K, trueCount K, correct, tp K, predWeight K, predCount K] for B, then C's last four. */
export function multiclassPart(ctx: SqlContext): SqlPart {
  const { d } = ctx;
  const from = (where = '') => `dec_cells CROSS JOIN gate_k${where}`;
  const sel = (key: string, value: string, tail: string) => recordSelect(d, { segment: 'seg', kind: 'multiclass', key: keyOf(d, key), value }, from(tail));
  const selects = [declare(ctx, 'multiclass', '8 * k + 2', 'gate_k'), sel('y', 'SUM(sw)', ' GROUP BY seg, y, k'), sel('k + y', 'SUM(n)', ' GROUP BY seg, y, k')];
  (['b', 'c'] as const).forEach((m, i) => {
    const o = i === 0 ? '2 * k' : '5 * k + 1';
    selects.push(
      sel(o, 'SUM(sw)', ` WHERE d${m} = y GROUP BY seg, k`),
      sel(`${o} + 1 + y`, 'SUM(sw)', ` WHERE d${m} = y GROUP BY seg, y, k`),
      sel(`${o} + 1 + k + d${m}`, 'SUM(sw)', ` GROUP BY seg, d${m}, k`),
      sel(`${o} + 1 + 2 * k + d${m}`, 'SUM(n)', ` GROUP BY seg, d${m}, k`),
    );
  });
  return { ctes: [cellsCte()], selects };
}
