// profile.ts: the data checks' profile of one feature table, computed in the
// warehouse: one SQL statement whose result is the profile as records
// (src/sources/data/profileFormat.ts: { segment, kind, key, value, text }, the
// summaries' record shape, header settings with `source: 'data'`), equal to
// profileTable of the same rows: per declared feature and segment (overall, each
// segment column's values, each cross) the rows, nulls, sentinels, counts per
// fine bin or per category, min, max and sum of the other values.
//   reference (no `reference` argument): the bins are chosen in SQL as bins.ts
//     chooses them (profileBins.ts);
//   current (the reference's profile given): its bins and overall range are
//     literals; values outside the range count as below / above, as profileTable
//     counts them against a reference.
// What the warehouse reads: a numeric feature is CAST to DOUBLE (NULL = empty), a
// categorical one to text (NULL or blank = empty); a segment value is its text,
// NULL or '' as `(empty)`. Numeric columns held as text in the warehouse must
// hold numbers (the cast fails in the warehouse otherwise; locally they are
// read leniently); a categorical or segment column of DOUBLEs prints as the
// engine prints doubles (`12.0`), unlike the CSV's `12`.
// CTE names start with `prof_`.
import type { GateConfig } from '../config/index.js';
import { DataError } from '../errors/index.js';
import { RECORDS_FORMAT, headerText, profileSettings, rangeOf, type Profile } from '../sources/index.js';
import type { Dialect } from './dialect.js';
import { binOfValueCtes, chosenBinsCtes, featureList, type Cte } from './profileBins.js';

/** An output column's name, quoted so every engine exports it lower-case as written (Snowflake would upper-case a bare name). */
const outName = (d: Dialect, n: string): string => (d.name === 'snowflake' ? `"${n}"` : d.ident(n));

interface Feature {
  name: string;
  type: 'numeric' | 'categorical';
  sentinels: Array<number | string>;
  /** Internal column alias in prof_rows. */
  col: string;
}

/**
 * The profile query of `table` for `config`'s declared features.
 * @param reference absent: profile a reference (bins chosen in SQL); given: profile the current side on its bins and range
 * @throws ConfigError when the config does not declare its features with types; DataError when the reference lacks a feature or its bins
 * @example profileQuery(dialect('duckdb'), config, 'features.reference') // 'WITH prof_rows AS (...) SELECT segment, kind, key, value, text FROM ...'
 */
export function profileQuery(d: Dialect, config: GateConfig, table: string, reference?: Profile): string {
  const settings = profileSettings(config);
  const declared = settings.features as Record<string, { type: 'numeric' | 'categorical'; sentinels: Array<number | string> }>;
  const features: Feature[] = Object.entries(declared).map(([name, f], i) => ({ name, ...f, col: `f${i}` }));
  const segCols = config.columns.segments;
  const segs = segCols.map((_, i) => `s${i}`);
  const dims = [...segCols.map((c) => [c]), ...config.segments.cross];
  const num = features.filter((f) => f.type === 'numeric');
  const cat = features.filter((f) => f.type === 'categorical');
  const lit = (x: number) => d.double(d.str(String(x)));
  const str = (s: string) => d.text(d.str(s));
  const ctes: Cte[] = [];
  const selects: string[] = [];
  const [SEGMENT, KIND, KEY, VALUE, TEXT] = ['segment', 'kind', 'key', 'value', 'text'].map((n) => outName(d, n));
  const rec = (seg: string, kind: string, key: string, value: string, text: string, rest = '') =>
    selects.push(
      `SELECT ${d.text(seg)} AS ${SEGMENT}, ${str(kind)} AS ${KIND}, ${d.text(key)} AS ${KEY}, ${d.double(value)} AS ${VALUE}, ${d.text(text)} AS ${TEXT}${rest ? ` ${rest}` : ''}`,
    );

  // The table, once: segment values and feature values with their casts.
  const cols = [
    ...segCols.map((c, i) => `COALESCE(NULLIF(${d.text(d.ident(c))}, ''), '(empty)') AS ${segs[i]}`),
    ...features.map((f) => `${f.type === 'numeric' ? d.double(d.ident(f.name)) : d.text(d.ident(f.name))} AS ${f.col}`),
  ];
  ctes.push({ name: 'prof_rows', sql: `SELECT ${cols.join(', ')} FROM ${d.table(table)}` });
  const segIdOf = (names: string[]) => d.concat(...names.flatMap((c, k) => [d.str(`${k ? '&' : ''}${c}=`), segs[segCols.indexOf(c)]]));
  /** Each row once per dimension, with its segment id `seg`. */
  const expand = (from: string, columns: string) =>
    [`SELECT 'overall' AS seg, ${columns} FROM ${from}`, ...dims.map((names) => `SELECT ${segIdOf(names)} AS seg, ${columns} FROM ${from}`)].join('\n  UNION ALL ');
  const s = segs.map((x) => `${x}, `).join('');

  rec("''", 'header', d.str(RECORDS_FORMAT), 'NULL', d.str(headerText(settings)));
  rec("''", 'rows', "''", 'COUNT(*)', 'NULL', 'FROM prof_rows');
  for (const f of features) rec("''", 'feature', d.str(f.name), 'NULL', d.str(f.type));
  if (dims.length) {
    const parts = dims.flatMap((names) => names.map((c) => `SELECT DISTINCT ${segIdOf(names)} AS seg, ${d.str(c)} AS col, ${segs[segCols.indexOf(c)]} AS v FROM prof_rows`));
    ctes.push({ name: 'prof_segs', sql: parts.join('\n  UNION ALL ') });
    rec('seg', 'segment', 'col', 'NULL', 'v', 'FROM prof_segs');
  }

  if (num.length) {
    const ranges = new Map<string, [number, number] | undefined>();
    const binsOf = new Map<string, { edges: number[]; group: number[] }>();
    if (reference) {
      for (const f of num) {
        const rf = reference.features[f.name];
        if (!rf || rf.type !== 'numeric' || !rf.bins)
          throw new DataError('reference', `the reference profile has no numeric feature ${f.name} with bins; profile the reference with this config first`);
        binsOf.set(f.name, rf.bins);
        ranges.set(f.name, rangeOf(rf));
      }
    }
    const numSel = num.map((f) => {
      const x = f.col;
      const sent = f.sentinels.length ? ` WHEN ${x} IN (${f.sentinels.map((v) => lit(Number(v))).join(', ')}) THEN 2` : '';
      const r = ranges.get(f.name);
      const out = r ? ` WHEN ${x} < ${lit(r[0])} THEN 3 WHEN ${x} > ${lit(r[1])} THEN 4` : '';
      const b = binsOf.get(f.name);
      const bin = b ? `, ${b.edges.length ? `CASE ${b.edges.map((e, k) => `WHEN ${x} <= ${lit(e)} THEN ${k}`).join(' ')} ELSE ${b.edges.length} END` : '0'} AS bin` : '';
      return `SELECT ${str(f.name)} AS feature, ${s}${x} AS x, CASE WHEN ${x} IS NULL THEN 1${sent}${out} ELSE 0 END AS cls${bin} FROM prof_rows`;
    });
    ctes.push({ name: 'prof_num', sql: numSel.join('\n  UNION ALL ') });
    ctes.push({
      name: 'prof_nfeat',
      sql: featureList(
        d,
        num.map((f) => f.name),
      ),
    });
    if (reference) {
      const empty = `SELECT ${d.text('NULL')} AS feature, ${d.int('NULL')} AS idx, ${d.double('NULL')} AS e FROM prof_nfeat WHERE 1 = 0`;
      const edges = num.flatMap((f) => binsOf.get(f.name)!.edges.map((e, k) => `SELECT ${str(f.name)} AS feature, ${d.int(String(k))} AS idx, ${lit(e)} AS e`));
      const groups = num.flatMap((f) => binsOf.get(f.name)!.group.map((g, k) => `SELECT ${str(f.name)} AS feature, ${d.int(String(k))} AS idx, ${d.int(String(g))} AS g`));
      ctes.push({ name: 'prof_edge', sql: edges.length ? edges.join('\n  UNION ALL ') : empty });
      ctes.push({ name: 'prof_group', sql: groups.join('\n  UNION ALL ') });
      ctes.push({ name: 'prof_nbin', sql: `SELECT feature, ${s}x, cls, bin FROM prof_num` });
      for (const f of num) {
        const r = ranges.get(f.name);
        if (!r) continue;
        rec("''", 'range_min', d.str(f.name), lit(r[0]), 'NULL');
        rec("''", 'range_max', d.str(f.name), lit(r[1]), 'NULL');
      }
    } else {
      ctes.push(...chosenBinsCtes(d), ...binOfValueCtes(d, segs));
    }
    ctes.push({ name: 'prof_nd', sql: expand('prof_nbin', 'feature, x, cls, bin') });
    const count = (c: number) => `SUM(CASE WHEN cls = ${c} THEN 1 ELSE 0 END)`;
    ctes.push({
      name: 'prof_nstat',
      sql:
        `SELECT seg, feature, COUNT(*) AS n, ${count(1)} AS n_null, ${count(2)} AS n_sent, ${count(3)} AS n_below, ${count(4)} AS n_above,\n` +
        `  MIN(CASE WHEN cls = 0 THEN x END) AS mn, MAX(CASE WHEN cls = 0 THEN x END) AS mx, SUM(CASE WHEN cls = 0 THEN x END) AS sm FROM prof_nd GROUP BY seg, feature`,
    });
    rec("''", 'edge', 'feature', 'e', 'idx', 'FROM prof_edge');
    rec("''", 'group', 'feature', 'g', 'idx', 'FROM prof_group');
    rec('seg', 'n', 'feature', 'n', 'NULL', 'FROM prof_nstat');
    for (const [kind, c] of [
      ['nulls', 'n_null'],
      ['sentinels', 'n_sent'],
      ['below', 'n_below'],
      ['above', 'n_above'],
    ])
      rec('seg', kind, 'feature', c, 'NULL', `FROM prof_nstat WHERE ${c} > 0`);
    rec('seg', 'min', 'feature', 'mn', 'NULL', 'FROM prof_nstat WHERE mn IS NOT NULL');
    rec('seg', 'max', 'feature', 'mx', 'NULL', 'FROM prof_nstat WHERE mn IS NOT NULL');
    rec('seg', 'sum', 'feature', 'sm', 'NULL', 'FROM prof_nstat WHERE mn IS NOT NULL');
    rec('seg', 'bin', 'feature', 'COUNT(*)', 'bin', 'FROM prof_nd WHERE cls = 0 GROUP BY seg, feature, bin');
  }

  if (cat.length) {
    const catSel = cat.map((f) => {
      const v = `CASE WHEN ${f.col} IS NULL OR TRIM(${f.col}) = '' THEN NULL ELSE ${f.col} END`;
      const sent = f.sentinels.length ? ` WHEN ${f.col} IN (${f.sentinels.map((x) => d.str(String(x))).join(', ')}) THEN 2` : '';
      return `SELECT ${str(f.name)} AS feature, ${s}${v} AS v, CASE WHEN ${f.col} IS NULL OR TRIM(${f.col}) = '' THEN 1${sent} ELSE 0 END AS cls FROM prof_rows`;
    });
    ctes.push({ name: 'prof_cat', sql: catSel.join('\n  UNION ALL ') });
    ctes.push({ name: 'prof_cd', sql: expand('prof_cat', 'feature, v, cls') });
    const count = (c: number) => `SUM(CASE WHEN cls = ${c} THEN 1 ELSE 0 END)`;
    ctes.push({ name: 'prof_cstat', sql: `SELECT seg, feature, COUNT(*) AS n, ${count(1)} AS n_null, ${count(2)} AS n_sent FROM prof_cd GROUP BY seg, feature` });
    rec('seg', 'n', 'feature', 'n', 'NULL', 'FROM prof_cstat');
    rec('seg', 'nulls', 'feature', 'n_null', 'NULL', 'FROM prof_cstat WHERE n_null > 0');
    rec('seg', 'sentinels', 'feature', 'n_sent', 'NULL', 'FROM prof_cstat WHERE n_sent > 0');
    rec('seg', 'category', 'feature', 'COUNT(*)', 'v', 'FROM prof_cd WHERE cls = 0 GROUP BY seg, feature, v');
  }

  return (
    `WITH ${ctes.map((c) => `${c.name} AS (\n  ${c.sql}\n)`).join(',\n')}\n` +
    `SELECT ${SEGMENT}, ${KIND}, ${KEY}, ${VALUE}, ${TEXT} FROM (\n  ${selects.join('\n  UNION ALL ')}\n) prof_all\n` +
    `ORDER BY CASE WHEN ${KIND} = 'header' THEN 0 ELSE 1 END, ${KIND}, ${KEY}, ${SEGMENT}, ${TEXT}`
  );
}
