// profileBins.ts: the reference's numeric bins chosen in SQL exactly as
// src/sources/data/bins.ts chooses them: fine edges at the percentiles 1..99 and
// PSI bins at the deciles of the valid values (not null, not sentinel), type-7
// quantiles from exact ranks (ROW_NUMBER, no sketches), computed with the same
// double operations in the same order:
//   h = (k / 100) * (n - 1); lo = floor(h); e = x[lo] when lo >= n - 1 or h = lo,
//   else x[lo] + (h - lo) * (x[lo + 1] - x[lo]);
// an edge is kept when it exceeds every earlier one (ties merged: the running
// maximum of the rows before, LAG of a running MAX, as `1 PRECEDING` frames do not
// parse everywhere); a decile
// (k = 10, 20, ..., 90: k / 100 is the same double as j / 10) likewise among the
// deciles; fine bin i's PSI bin is the number of kept deciles below its upper edge.
// And the fine bin of each valid value: the number of edges below it, as a
// running count over values and edges in one order (a value before an equal edge).
import type { Dialect } from './dialect.js';

/** The fine percentiles that are deciles (k / 100 = j / 10 as doubles). */
const DECILES = '10, 20, 30, 40, 50, 60, 70, 80, 90';

export interface Cte {
  name: string;
  sql: string;
}

/** Literal numeric features as a one-column table `feature`. */
export function featureList(d: Dialect, names: string[]): string {
  return names.map((n) => `SELECT ${d.text(d.str(n))} AS feature`).join('\n  UNION ALL ');
}

/**
 * CTEs `prof_edge` (feature, idx, e) and `prof_group` (feature, idx, g) from `prof_num`
 * (feature, s0.., x, cls; cls 0 = a valid value) and `prof_nfeat` (feature).
 */
export function chosenBinsCtes(d: Dialect): Cte[] {
  const dbl = (e: string) => d.double(e);
  const digits = Array.from({ length: 10 }, (_, i) => `SELECT ${i} AS t`).join(' UNION ALL ');
  return [
    { name: 'prof_rank', sql: `SELECT feature, x, ROW_NUMBER() OVER (PARTITION BY feature ORDER BY x) - 1 AS i FROM prof_num WHERE cls = 0` },
    { name: 'prof_cnt', sql: `SELECT feature, COUNT(*) AS n FROM prof_num WHERE cls = 0 GROUP BY feature` },
    { name: 'prof_digit', sql: digits },
    { name: 'prof_k', sql: `SELECT a.t * 10 + b.t AS k FROM prof_digit a CROSS JOIN prof_digit b WHERE a.t * 10 + b.t >= 1` },
    {
      name: 'prof_h',
      sql: `SELECT c.feature, c.n, q.k, (${dbl('q.k')} / ${dbl('100')}) * ${dbl('c.n - 1')} AS h FROM prof_cnt c CROSS JOIN prof_k q`,
    },
    { name: 'prof_pos', sql: `SELECT feature, n, k, h, ${d.int('FLOOR(h)')} AS lo FROM prof_h` },
    {
      name: 'prof_quant',
      sql:
        `SELECT p.feature, p.k, CASE WHEN p.lo >= p.n - 1 OR p.h = ${dbl('p.lo')} THEN a.x ELSE a.x + (p.h - ${dbl('p.lo')}) * (b.x - a.x) END AS e\n` +
        `  FROM prof_pos p JOIN prof_rank a ON a.feature = p.feature AND a.i = p.lo LEFT JOIN prof_rank b ON b.feature = p.feature AND b.i = p.lo + 1`,
    },
    {
      name: 'prof_runmax',
      sql:
        `SELECT feature, k, e, MAX(e) OVER (PARTITION BY feature ORDER BY k ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS re,\n` +
        `  MAX(CASE WHEN k IN (${DECILES}) THEN e END) OVER (PARTITION BY feature ORDER BY k ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS rd\n` +
        `  FROM prof_quant`,
    },
    { name: 'prof_prev', sql: `SELECT feature, k, e, LAG(re) OVER (PARTITION BY feature ORDER BY k) AS pe, LAG(rd) OVER (PARTITION BY feature ORDER BY k) AS pd FROM prof_runmax` },
    { name: 'prof_edge', sql: `SELECT feature, ROW_NUMBER() OVER (PARTITION BY feature ORDER BY k) - 1 AS idx, e FROM prof_prev WHERE pe IS NULL OR e > pe` },
    { name: 'prof_dec', sql: `SELECT feature, e AS dv FROM prof_prev WHERE k IN (${DECILES}) AND (pd IS NULL OR e > pd)` },
    ...groupCtes(d),
  ];
}

/** `prof_group` from `prof_edge`, `prof_dec` and `prof_nfeat`: each fine bin's PSI bin (the top bin is open above). */
export function groupCtes(d: Dialect): Cte[] {
  return [
    {
      name: 'prof_upper',
      sql:
        `SELECT feature, idx, e AS ub FROM prof_edge\n` +
        `  UNION ALL SELECT f.feature, COALESCE(m.ne, 0) AS idx, ${d.double('NULL')} AS ub FROM prof_nfeat f LEFT JOIN (SELECT feature, COUNT(*) AS ne FROM prof_edge GROUP BY feature) m ON m.feature = f.feature`,
    },
    {
      name: 'prof_group',
      sql: `SELECT u.feature, u.idx, COUNT(v.dv) AS g FROM prof_upper u LEFT JOIN prof_dec v ON v.feature = u.feature AND (u.ub IS NULL OR v.dv < u.ub) GROUP BY u.feature, u.idx`,
    },
  ];
}

/**
 * `prof_nbin` (feature, s0.., x, cls, bin) from `prof_num` and `prof_edge`: each valid value's fine bin
 * (the number of edges below it), NULL bin for the others.
 */
export function binOfValueCtes(d: Dialect, segs: string[]): Cte[] {
  const s = segs.map((c) => `${c}, `).join('');
  const nulls = segs.map((c) => `${d.text('NULL')} AS ${c}, `).join('');
  return [
    {
      name: 'prof_merge',
      sql: `SELECT feature, ${s}x, 0 AS t FROM prof_num WHERE cls = 0\n  UNION ALL SELECT feature, ${nulls}e AS x, 1 AS t FROM prof_edge`,
    },
    {
      name: 'prof_run',
      sql: `SELECT feature, ${s}x, t, SUM(t) OVER (PARTITION BY feature ORDER BY x, t ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS bin FROM prof_merge`,
    },
    {
      name: 'prof_nbin',
      sql: `SELECT feature, ${s}x, 0 AS cls, ${d.int('bin')} AS bin FROM prof_run WHERE t = 0\n  UNION ALL SELECT feature, ${s}x, cls, ${d.int('NULL')} AS bin FROM prof_num WHERE cls <> 0`,
    },
  ];
}
