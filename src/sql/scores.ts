// scores.ts: the parts over the score bins: ece_group (per segment and
// jackknife group: the weight and each model's ECE-bin sums of w (y - s), at
// key group * 21 + j) and the report's score histogram (distribution: the edges,
// then each model's counts, over [0, 1] for binary, over both models' range for
// regression, as report/distribution.ts bins them).
import { ECE_BINS } from '../metrics/index.js';
import { ECE_GROUP_WIDTH } from '../summaries/index.js';
import { keyOf, recordSelect, type SqlContext, type SqlPart } from './context.js';
import { declare } from './meta.js';

export function eceGroupPart(ctx: SqlContext): SqlPart {
  const { d } = ctx;
  const G = Number(ctx.settings.jackknife_groups);
  const cols = ['SUM(w)'];
  for (const m of ['b', 'c']) for (let b = 0; b < ECE_BINS; b++) cols.push(`SUM(CASE WHEN eb${m} = ${b} THEN w * (y - s${m}) ELSE 0 END)`);
  return {
    ctes: [{ name: 'eceg_sums', sql: `SELECT seg, grp, ${cols.map((v, j) => `${v} AS c${j}`).join(',\n  ')}\nFROM gate_rows GROUP BY seg, grp` }],
    selects: [
      declare(ctx, 'ece_group', String(G * ECE_GROUP_WIDTH)),
      ...cols.map((_, j) => recordSelect(d, { segment: 'seg', kind: 'ece_group', key: keyOf(d, `grp * ${ECE_GROUP_WIDTH} + ${j}`), value: `c${j}` }, 'eceg_sums')),
    ],
  };
}

export function distributionPart(ctx: SqlContext): SqlPart {
  const { d } = ctx;
  const B = Number(ctx.settings.distribution_bins);
  const idx = Array.from({ length: B + 1 }, (_, j) => `SELECT ${j} AS j`).join(' UNION ALL ');
  const range =
    ctx.config.task === 'binary'
      ? `SELECT ${d.double('0')} AS lo, ${d.double('1')} AS hi`
      : `SELECT CASE WHEN hi = lo THEN lo - 0.5e0 ELSE lo END AS lo, CASE WHEN hi = lo THEN hi + 0.5e0 ELSE hi END AS hi\nFROM (SELECT MIN(LEAST(sb, sc)) AS lo, MAX(GREATEST(sb, sc)) AS hi FROM gate_pairs) t`;
  const bin = (s: string) => d.int(`LEAST(GREATEST(FLOOR(((${s} - r.lo) * ${B}) / (r.hi - r.lo)), 0), ${B - 1})`);
  const counts = (m: 'b' | 'c') => `SELECT ${bin(`p.s${m}`)} AS bin, COUNT(*) AS n FROM gate_pairs p CROSS JOIN dist_range r GROUP BY ${bin(`p.s${m}`)}`;
  const empty = d.str('');
  const countSelect = (m: 'b' | 'c', o: number) =>
    recordSelect(d, { segment: empty, kind: 'distribution', key: keyOf(d, `${o} + i.j`), value: 'COALESCE(n.n, 0)' }, `dist_idx i LEFT JOIN dist_${m} n ON n.bin = i.j WHERE i.j < ${B}`);
  return {
    ctes: [
      { name: 'dist_idx', sql: idx },
      { name: 'dist_range', sql: range },
      { name: 'dist_b', sql: counts('b') },
      { name: 'dist_c', sql: counts('c') },
    ],
    selects: [
      recordSelect(
        d,
        { segment: empty, kind: 'distribution', key: keyOf(d, 'i.j'), value: `CASE WHEN i.j = ${B} THEN r.hi ELSE r.lo + (i.j * (r.hi - r.lo)) / ${B} END` },
        'dist_idx i CROSS JOIN dist_range r',
      ),
      countSelect('b', B + 1),
      countSelect('c', 2 * B + 1),
    ],
  };
}
