// meta.ts: the records around the arrays: the header (fingerprint and settings,
// computed here and emitted as a literal), the row counts and the counts of rows
// the local reader would refuse (`count` records `invalid:<what>`; the reader
// refuses a file where any is above 0), up to 5 ids in one table only (the
// smallest, as the local writer picks them), the classes and the segments.
import { fingerprintOf, SUMMARIES_FORMAT } from '../sources/index.js';
import { flagsOf } from './base.js';
import { litKey, recordSelect, type SqlContext, type SqlPart } from './context.js';

/** What each flag counts, as the count record's key. */
const FLAG_KEYS: Record<string, string> = {
  fi: 'invalid:id',
  fl: 'invalid:label',
  fs: 'invalid:score',
  fp: 'invalid:prediction',
  fw: 'invalid:weight',
  fx: 'invalid:mean_column',
};

export function metaPart(ctx: SqlContext): SqlPart {
  const { d } = ctx;
  const empty = d.str('');
  const header = JSON.stringify({ fingerprint: fingerprintOf(ctx.settings), settings: ctx.settings });
  const selects = [recordSelect(d, { segment: empty, kind: 'header', key: d.str(SUMMARIES_FORMAT), value: 'NULL', text: d.str(header) })];

  // One row of every count: the tables' rows, the matches, the refused values.
  const sums = (side: 'b' | 'c') => flagsOf(ctx, side).map((f) => `SUM(${f}) AS ${f}${side}`);
  const counts: Array<[string, string]> = [
    ['baseline_rows', 'cb.n'],
    ['candidate_rows', 'cc.n'],
    ['matched', 'cj.n'],
    ['only_baseline', 'cb.n - cj.n'],
    ['only_candidate', 'cc.n - cj.n'],
  ];
  const invalid = new Map<string, string[]>();
  for (const side of ['b', 'c'] as const) for (const f of flagsOf(ctx, side)) invalid.set(FLAG_KEYS[f], [...(invalid.get(FLAG_KEYS[f]) ?? []), `COALESCE(c${side}.${f}${side}, 0)`]);
  invalid.set('invalid:duplicate_id', ['(cb.nid - cb.nd)', '(cc.nid - cc.nd)']);
  invalid.set('invalid:label_disagrees', ['cj.dis']);
  if (ctx.tables.weight) invalid.set('invalid:weight_total', ['COALESCE(cw.bad, 0)']);
  for (const [k, parts] of invalid) counts.push([k, parts.join(' + ')]);
  const disagree = ctx.config.task === 'multiclass' ? 'y <> yc OR (y IS NULL) <> (yc IS NULL)' : 'y <> yc';
  const side = (s: 'b' | 'c') => `(SELECT COUNT(*) AS n, COUNT(id) AS nid, COUNT(DISTINCT id) AS nd, ${sums(s).join(', ')} FROM gate_${s}) c${s}`;
  const sources = [side('b'), side('c'), `(SELECT COUNT(*) AS n, SUM(CASE WHEN ${disagree} THEN 1 ELSE 0 END) AS dis FROM gate_joined) cj`, ...(ctx.tables.weight ? ['gate_wtot cw'] : [])];
  const ctes = [{ name: 'meta_counts', sql: `SELECT ${counts.map(([, v], i) => `${v} AS n${i}`).join(', ')}\nFROM ${sources.join('\nCROSS JOIN ')}` }];
  counts.forEach(([k], i) => selects.push(recordSelect(d, { segment: empty, kind: 'count', key: d.str(k), value: `COALESCE(n${i}, 0)` }, 'meta_counts')));

  // Up to 5 ids of each table missing from the other, the smallest first.
  for (const [key, a, b] of [
    ['baseline', 'gate_b', 'gate_c'],
    ['candidate', 'gate_c', 'gate_b'],
  ] as const) {
    const name = `meta_only_${key}`;
    ctes.push({
      name,
      sql: `SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS r\nFROM (SELECT DISTINCT x.id AS id FROM ${a} x LEFT JOIN ${b} y ON x.id = y.id WHERE y.id IS NULL AND x.id IS NOT NULL) o`,
    });
    selects.push(recordSelect(d, { segment: empty, kind: 'only_id', key: d.str(key), value: 'NULL', text: 'id' }, `${name} WHERE r <= 5`));
  }
  if (ctx.config.task === 'multiclass') selects.push(recordSelect(d, { segment: empty, kind: 'class', key: d.text('code'), value: 'NULL', text: 'name' }, 'gate_classes'));
  selects.push(recordSelect(d, { segment: 'seg', kind: 'segment', key: empty, value: 'NULL', text: 'segkeys' }, 'gate_segs'));
  return { ctes, selects };
}

/** The `array` record declaring `kind` with width `width` (an SQL number; `from` for one computed in SQL). */
export function declare(ctx: SqlContext, kind: string, width: string, from?: string): string {
  return recordSelect(ctx.d, { segment: ctx.d.str(''), kind: 'array', key: ctx.d.str(kind), value: width }, from);
}

export { litKey };
