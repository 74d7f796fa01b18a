// means.ts: the parts of the mean sums: regression (REG: weighted |e|, e^2, ape
// and e per model), `column:<X>` (MEAN: weighted sums of a numeric column) and
// `moments:<metric>` (pairedMoments: the means, then the sums of the squared
// and crossed influences w (t - mu) / W, in two steps as the local pass).
import { MAPE_EPS, MEAN, REG } from '../metrics/index.js';
import { litKey, num, unpivot, type SqlContext, type SqlPart } from './context.js';
import { declare } from './meta.js';

export function regressionPart(ctx: SqlContext): SqlPart {
  const { d } = ctx;
  const cols: string[] = new Array(REG.STRIDE).fill('0');
  cols[REG.COUNT] = 'COUNT(*)';
  cols[REG.WEIGHT] = 'SUM(w)';
  (['sb', 'sc'] as const).forEach((s, i) => {
    const o = REG.MODEL[i];
    cols[o + REG.ABS] = `SUM(w * ABS(${s} - y))`;
    cols[o + REG.SQ] = `SUM(w * (${s} - y) * (${s} - y))`;
    cols[o + REG.APE] = `SUM(w * (ABS(y - ${s}) / GREATEST(ABS(y), ${num(MAPE_EPS)})))`;
    cols[o + REG.SIGNED] = `SUM(w * (${s} - y))`;
  });
  return {
    ctes: [{ name: 'reg_sums', sql: `SELECT seg, ${cols.map((v, j) => `${v} AS c${j}`).join(',\n  ')}\nFROM gate_rows GROUP BY seg` }],
    selects: [
      declare(ctx, 'regression', String(REG.STRIDE)),
      ...unpivot(
        d,
        'reg_sums',
        'regression',
        cols.map((_, j) => ({ key: litKey(d, j), value: `c${j}` })),
      ),
    ],
  };
}

/** `column:<X>` for the i-th numeric column. */
export function columnPart(ctx: SqlContext, column: string, i: number): SqlPart {
  const { d } = ctx;
  const name = `col${i}_sums`;
  const cols: string[] = [];
  cols[MEAN.SUM[0]] = `SUM(w * xb${i})`;
  cols[MEAN.WEIGHT[0]] = 'SUM(w)';
  cols[MEAN.SUM[1]] = `SUM(w * xc${i})`;
  cols[MEAN.WEIGHT[1]] = 'SUM(w)';
  return {
    ctes: [{ name, sql: `SELECT seg, ${cols.map((v, j) => `${v} AS c${j}`).join(', ')}\nFROM gate_rows GROUP BY seg` }],
    selects: [
      declare(ctx, `column:${column}`, String(MEAN.STRIDE)),
      ...unpivot(
        d,
        name,
        `column:${column}`,
        cols.map((_, j) => ({ key: litKey(d, j), value: `c${j}` })),
      ),
    ],
  };
}

/** `moments:<metric>` of the per-example terms [tb, tc]: [muB, muC, n, sBB, sCC, sBC]. */
export function momentsPart(ctx: SqlContext, metric: string, i: number, terms: [string, string]): SqlPart {
  const { d } = ctx;
  const p = `mom${i}`;
  const inf = (t: string, m: string) => `(r.w * (r.${t} - m.mu${m}) * m.inv)`;
  return {
    ctes: [
      { name: `${p}_terms`, sql: `SELECT seg, w, ${terms[0]} AS tb, ${terms[1]} AS tc FROM gate_rows` },
      {
        name: `${p}_mu`,
        sql: `SELECT seg, COUNT(*) AS n, SUM(w * tb) / NULLIF(SUM(w), 0) AS mub, SUM(w * tc) / NULLIF(SUM(w), 0) AS muc,\n  CASE WHEN SUM(w) > 0 THEN 1 / SUM(w) ELSE 0 END AS inv\nFROM ${p}_terms GROUP BY seg`,
      },
      {
        name: `${p}_sums`,
        sql: `SELECT r.seg AS seg, m.mub AS c0, m.muc AS c1, m.n AS c2,\n  SUM(${inf('tb', 'b')} * ${inf('tb', 'b')}) AS c3, SUM(${inf('tc', 'c')} * ${inf('tc', 'c')}) AS c4, SUM(${inf('tb', 'b')} * ${inf('tc', 'c')}) AS c5\nFROM ${p}_terms r JOIN ${p}_mu m ON r.seg = m.seg\nGROUP BY r.seg, m.mub, m.muc, m.n`,
      },
    ],
    selects: [
      declare(ctx, `moments:${metric}`, '6'),
      ...unpivot(
        d,
        `${p}_sums`,
        `moments:${metric}`,
        [0, 1, 2, 3, 4, 5].map((j) => ({ key: litKey(d, j), value: `c${j}` })),
      ),
    ],
  };
}
