// rankingDelong.ts: the `delong` records in SQL (metrics/rankingWalk.ts, DELONG layout of
// summaries/types.ts). Each row's structural component per model, within its segment:
//   positive  V10 = (negatives - negatives scored higher - half the tied negatives) / negatives
//   negative  V01 = (positives scored higher + half the tied positives) / positives
// (0 when the segment has no row of the other class), rounded to float32 as the local walk
// stores them; D = V_candidate - V_baseline per row; then per segment and class the sums of
// w D, w^2, w^2 (D - shift), w^2 (D - shift)^2, with shift = the measured AUC change
// (candidate - baseline from the ranking sums; 0 unless the segment has both classes).
// Record j: 0..3 positives, 4..7 negatives, 8 the shift.
import { DELONG } from '../summaries/index.js';
import type { Dialect } from './dialect.js';
import { arraySelect, levelCtes, recordSelect, safeDiv, walkTotalsCte, type RankingContext, type SqlPart } from './rankingLevels.js';

/** Dialects with a 32-bit float type whose cast from double rounds to nearest, ties to even. */
const FLOAT32: Partial<Record<Dialect['name'], string>> = { duckdb: 'FLOAT', spark: 'FLOAT', trino: 'REAL' };

const ROW_COLS = 'seg, id, y, w, mdl';

/**
 * The CTEs rounding column `v` of `from` to float32 (Math.fround) as column `fv` of `rank_dl_f`:
 * a cast where the dialect has a 32-bit float; otherwise (BigQuery, Snowflake: FLOAT is 64-bit)
 * by arithmetic: the binary exponent e of |v| (from LN, corrected by exact powers of two), then
 * |v| scaled to 24 significant bits, rounded half to even, scaled back. Subnormal float32 values
 * (|v| < 2^-126) are not emulated: components are shares in [0, 1] of a segment's weight.
 * @param native false to use the arithmetic even where a cast exists (tests)
 */
export function froundCtes(d: Dialect, from: string, native = true): SqlPart['ctes'] {
  const type = FLOAT32[d.name];
  if (type && native) return [{ name: 'rank_dl_f', sql: `SELECT ${ROW_COLS}, ${d.double(`CAST(v AS ${type})`)} AS fv FROM ${from}` }];
  const q = 'q';
  const r = `FLOOR(${q})`;
  const even = `${r} - 2 * FLOOR(${r} / 2)`;
  return [
    {
      name: 'rank_dl_e0',
      sql: `SELECT ${ROW_COLS}, v, ABS(v) AS av, FLOOR(LN(CASE WHEN v = 0 THEN 1 ELSE ABS(v) END) / LN(2)) AS e0 FROM ${from}`,
    },
    {
      name: 'rank_dl_e',
      sql: `SELECT ${ROW_COLS}, v, av, e0 - CASE WHEN POWER(2, e0) > av THEN 1 ELSE 0 END + CASE WHEN POWER(2, e0 + 1) <= av THEN 1 ELSE 0 END AS ex FROM rank_dl_e0`,
    },
    {
      name: 'rank_dl_q',
      sql: `SELECT ${ROW_COLS}, v, ex, av * POWER(2, 23 - ex) AS q FROM rank_dl_e`,
    },
    {
      name: 'rank_dl_f',
      sql:
        `SELECT ${ROW_COLS}, CASE WHEN v = 0 THEN 0 ELSE SIGN(v) * (${r} + CASE WHEN ${q} - ${r} > 0.5 THEN 1 WHEN ${q} - ${r} < 0.5 THEN 0 ` +
        `WHEN ${even} = 1 THEN 1 ELSE 0 END) / POWER(2, 23 - ex) END AS fv FROM rank_dl_q`,
    },
  ];
}

/** The CTEs of the DeLong sums, ending in rank_dl_sum (per segment, the eight sums and the shift). */
export function delongCtes(ctx: RankingContext, native = true): SqlPart['ctes'] {
  const v10 = `CASE WHEN t.negw > 0 THEN ${safeDiv('t.negw - c.na - 0.5 * c.lvn', 't.negw')} ELSE 0 END`;
  const v01 = `CASE WHEN t.posw > 0 THEN ${safeDiv('c.pa + 0.5 * c.lvp', 't.posw')} ELSE 0 END`;
  const auc = (m: number) => `MAX(CASE WHEN mdl = ${m} THEN ${safeDiv('area', 'pos * neg')} END)`;
  const both = 'MAX(CASE WHEN mdl = 0 THEN pos END) > 0 AND MAX(CASE WHEN mdl = 0 THEN neg END) > 0';
  const x = '(p.dv - s.dshift)';
  const sums = (cls: string, pre: string) =>
    [
      `SUM(CASE WHEN ${cls} THEN p.w * p.dv ELSE 0 END) AS ${pre}_wd`,
      `SUM(CASE WHEN ${cls} THEN p.w * p.w ELSE 0 END) AS ${pre}_w2`,
      `SUM(CASE WHEN ${cls} THEN p.w * p.w * ${x} ELSE 0 END) AS ${pre}_w2d`,
      `SUM(CASE WHEN ${cls} THEN p.w * p.w * ${x} * ${x} ELSE 0 END) AS ${pre}_w2d2`,
    ].join(', ');
  return [
    ...levelCtes(),
    walkTotalsCte(),
    {
      name: 'rank_dl_v',
      sql:
        `SELECT r.seg, r.id, r.y, r.w, r.mdl, CASE WHEN r.y = 1 THEN ${v10} ELSE ${v01} END AS v ` +
        'FROM rank_rows r JOIN rank_cum c ON r.seg = c.seg AND r.mdl = c.mdl AND r.score = c.score JOIN rank_walk t ON r.seg = t.seg',
    },
    ...froundCtes(ctx.d, 'rank_dl_v', native),
    {
      name: 'rank_dl_pair',
      sql: 'SELECT seg, id, y, w, MAX(CASE WHEN mdl = 1 THEN fv END) - MAX(CASE WHEN mdl = 0 THEN fv END) AS dv FROM rank_dl_f GROUP BY seg, id, y, w',
    },
    {
      name: 'rank_dl_shift',
      sql: `SELECT seg, CASE WHEN ${both} THEN ${auc(1)} - ${auc(0)} ELSE 0 END AS dshift FROM rank_tot GROUP BY seg`,
    },
    {
      name: 'rank_dl_sum',
      sql: `SELECT p.seg AS seg, ${sums('p.y = 1', 'p')}, ${sums('p.y <> 1', 'n')}, MAX(s.dshift) AS dshift FROM rank_dl_pair p JOIN rank_dl_shift s ON p.seg = s.seg GROUP BY p.seg`,
    },
  ];
}

/**
 * The `delong` records: per segment `DELONG.STRIDE` placement sums and the shift they are centred on.
 * @param native false to round to float32 by arithmetic in every dialect (tests the BigQuery / Snowflake path)
 */
export function delongPart(ctx: RankingContext, native = true): SqlPart {
  const { d } = ctx;
  const cols = ['wd', 'w2', 'w2d', 'w2d2'];
  const at = { W_D: DELONG.W_D, W2: DELONG.W2, W2_D: DELONG.W2_D, W2_D2: DELONG.W2_D2 };
  const offsets = [at.W_D, at.W2, at.W2_D, at.W2_D2];
  const selects = [arraySelect(d, 'delong', DELONG.STRIDE + 1)];
  for (const [pre, base] of [
    ['p', DELONG.POS],
    ['n', DELONG.NEG],
  ] as const) {
    cols.forEach((c, i) => selects.push(recordSelect(d, 'delong', 'rank_dl_sum', d.str(String(base + offsets[i])), `${pre}_${c}`)));
  }
  selects.push(recordSelect(d, 'delong', 'rank_dl_sum', d.str(String(DELONG.STRIDE)), 'dshift'));
  return { ctes: delongCtes(ctx, native), selects };
}
