// shadow.ts: the shadow log's summaries (src/sources/shadow/summariesFormat.ts)
// as one SQL statement: counts and integrity, per-segment sums (sums.ts),
// exact type-7 latency percentiles from row numbers, PSI counts on the
// baseline's deciles (edges as the local reader's quantiles, repeated edges
// merged), and the latency bands the change rules' bootstraps are drawn from
// (stats/quantileBootstrap.ts: each model's value range between the ranks
// quantileBand gives, the distinct (baseline, candidate) pairs in either range,
// the requests outside both per group). Every number is computed with the
// same double operations as the local code, so the records match it.
// Not computed here: labels (the online metrics need the log itself).
import { defaultShadowConfig, type GateConfig, type Rule } from '../config/index.js';
import { changeTolerance } from '../gate/index.js';
import { UsageError } from '../errors/index.js';
import { LATENCY_QUANTILES, PERCENTILES, PSI_BINS, SUMMARIES_FORMAT, fingerprintOf, shadowSummarySettings } from '../sources/index.js';
import { BAND_SD } from '../stats/index.js';
import type { Dialect } from './dialect.js';
import { num, shadowBase, shadowColumns, type ShadowSqlContext, type ShadowSqlPart } from './shadowBase.js';

export type { ShadowSqlContext, ShadowSqlPart } from './shadowBase.js';

/** The record columns (quoted: `key`, `value` and `text` are reserved words in some engines). */
const COLUMNS = ['segment', 'kind', 'key', 'value', 'text'];

/** One record select: the five columns, typed alike in every branch. */
function record(d: Dialect, segment: string, kind: string, key: string, value: string, text = 'NULL', from = ''): string {
  const [s, k, y, v, t] = COLUMNS.map((c) => d.ident(c));
  return `SELECT ${d.text(segment)} AS ${s}, ${d.text(d.str(kind))} AS ${k}, ${d.text(key)} AS ${y}, ${d.double(value)} AS ${v}, ${d.text(text)} AS ${t}${from ? ` FROM ${from}` : ''}`;
}

/** SELECT j, p over a literal list, portable (no VALUES lists: BigQuery has none). */
const list = (d: Dialect, items: Array<[string, number]>, a: string, b: string) => items.map(([k, p]) => `SELECT ${d.text(d.str(k))} AS ${a}, ${num(d, p)} AS ${b}`).join(' UNION ALL ');

/** The type-7 quantile from the values at the lower rank (x0) and the next (x1): as quantileOfOrder. */
const type7 = (h: string, lo: string, m: string, x0: string, x1: string) => `CASE WHEN ${lo} >= ${m} - 1 OR ${h} - ${lo} = 0 THEN ${x0} ELSE ${x0} + (${h} - ${lo}) * (${x1} - ${x0}) END`;

/** The latency metrics whose change rules (envelope or overrides) need a bootstrap somewhere. */
function bandMetrics(config: GateConfig): string[] {
  const shadow = config.shadow ?? defaultShadowConfig();
  const change = (r: Rule | undefined) => r !== undefined && changeTolerance(r) !== null;
  return Object.keys(LATENCY_QUANTILES).filter((m) => m in shadow.envelope && (change(shadow.envelope[m]) || Object.values(config.overrides).some((o) => change(o[m]))));
}

/**
 * The shadow summaries' CTEs and record selects.
 * @example shadowParts({ d: dialect('duckdb'), config, table: 'shadow_log' }).ctes[0].name // 'shadow_log'
 */
export function shadowParts(ctx: ShadowSqlContext, bandSd = BAND_SD): ShadowSqlPart {
  const { d, config } = ctx;
  const shadow = config.shadow ?? defaultShadowConfig();
  const cols = shadowColumns(ctx);
  const ctes = shadowBase(ctx, cols);
  const settings = shadowSummarySettings(config);
  const header = JSON.stringify({ fingerprint: fingerprintOf(settings), settings });
  const B = d.str(shadow.models.baseline);
  const C = d.str(shadow.models.candidate);
  const E = "''";
  const sel: string[] = [record(d, E, 'header', d.str(SUMMARIES_FORMAT), 'NULL', d.str(header))];

  // Counts and integrity.
  ctes.push({
    name: 'shadow_counts',
    sql: `SELECT COUNT(*) AS rows_n, SUM(CASE WHEN model = ${B} THEN 1 ELSE 0 END) AS b_rows, SUM(CASE WHEN model = ${C} THEN 1 ELSE 0 END) AS c_rows,
    SUM(CASE WHEN model IS NULL OR model NOT IN (${B}, ${C}) THEN 1 ELSE 0 END) AS other_rows, SUM(labelled) AS labelled_rows FROM shadow_log`,
  });
  ctes.push({
    name: 'shadow_reqs',
    sql: `SELECT COUNT(*) AS requests, SUM(CASE WHEN nb > 0 AND nc > 0 THEN 1 ELSE 0 END) AS paired, SUM(CASE WHEN nc = 0 THEN 1 ELSE 0 END) AS only_b,
    SUM(CASE WHEN nb = 0 THEN 1 ELSE 0 END) AS only_c, SUM(CASE WHEN nb > 1 OR nc > 1 THEN 1 ELSE 0 END) AS dup FROM shadow_req`,
  });
  for (const [key, col, from] of [
    ['rows', 'rows_n', 'shadow_counts'],
    ['baseline_rows', 'b_rows', 'shadow_counts'],
    ['candidate_rows', 'c_rows', 'shadow_counts'],
    ['other_model_rows', 'other_rows', 'shadow_counts'],
    ['labelled_rows', 'labelled_rows', 'shadow_counts'],
    ['requests', 'requests', 'shadow_reqs'],
    ['paired', 'paired', 'shadow_reqs'],
    ['only_baseline', 'only_b', 'shadow_reqs'],
    ['only_candidate', 'only_c', 'shadow_reqs'],
    ['duplicate_requests', 'dup', 'shadow_reqs'],
  ]) {
    sel.push(record(d, E, 'count', d.str(key), `COALESCE(${col}, 0)`, 'NULL', from));
  }
  ctes.push({
    name: 'shadow_only',
    sql: `SELECT rid, side, ROW_NUMBER() OVER (PARTITION BY side ORDER BY rid) - 1 AS j
  FROM (SELECT rid, CASE WHEN nc = 0 THEN 'baseline' ELSE 'candidate' END AS side FROM shadow_req WHERE nb = 0 OR nc = 0) x`,
  });
  // As the reader shows them (io showValue): JSON, cut to 37 characters and '...' past 40.
  const shown = d.jsonString(`CASE WHEN LENGTH(rid) > 40 THEN ${d.concat('SUBSTR(rid, 1, 37)', d.str('...'))} ELSE rid END`);
  sel.push(record(d, E, 'only_id', d.concat(d.text('side'), d.str('/'), d.text('j')), 'NULL', shown, 'shadow_only WHERE j < 5'));
  sel.push(record(d, E, 'info', d.str('has_cost'), cols.cost ? '1' : '0'));
  sel.push(record(d, E, 'info', d.str('has_error'), cols.error ? '1' : '0'));
  if (cols.cost) sel.push(record(d, E, 'info', d.str('cost_source'), 'NULL', d.str(cols.cost)));

  // Segments and their sums (layout SUM of sources/shadow/sums.ts).
  sel.push(record(d, 'seg', 'segment', E, 'NULL', 'seg_keys', '(SELECT DISTINCT seg, seg_keys FROM shadow_rows) x'));
  const agree = 'agreement' in shadow.envelope;
  const both = 'err_b = 0 AND err_c = 0 AND db IS NOT NULL AND dc IS NOT NULL';
  const sums = [
    'COUNT(*)',
    'SUM(cost_b)',
    'SUM(cost_c)',
    'SUM(cost_c - cost_b)',
    'SUM((cost_c - cost_b) * (cost_c - cost_b))',
    'SUM(err_b)',
    'SUM(err_c)',
    'SUM(err_c * (1 - err_b))',
    'SUM(err_b * (1 - err_c))',
    agree ? `SUM(CASE WHEN ${both} THEN 1 ELSE 0 END)` : '0',
    agree ? `SUM(CASE WHEN ${both} AND db = dc THEN 1 ELSE 0 END)` : '0',
  ];
  ctes.push({ name: 'shadow_sums', sql: `SELECT seg, ${sums.map((s, j) => `${s} AS v${j}`).join(', ')} FROM shadow_rows GROUP BY seg` });
  sums.forEach((_, j) => sel.push(record(d, 'seg', 'sums', d.str(String(j)), `v${j}`, 'NULL', 'shadow_sums')));

  // Latency: requests with both latencies, ranked by each model's.
  ctes.push({
    name: 'shadow_lat',
    sql: `SELECT seg, lat_b, lat_c, ROW_NUMBER() OVER (PARTITION BY seg ORDER BY lat_b) - 1 AS rb, ROW_NUMBER() OVER (PARTITION BY seg ORDER BY lat_c) - 1 AS rc,
    COUNT(*) OVER (PARTITION BY seg) AS m FROM shadow_rows WHERE lat_b IS NOT NULL AND lat_c IS NOT NULL`,
  });
  ctes.push({ name: 'shadow_latm', sql: 'SELECT DISTINCT seg, m FROM shadow_lat' });
  ctes.push({
    name: 'shadow_latq',
    sql: `SELECT s.seg, s.m, q.j, q.p, q.p * ${d.double('s.m - 1')} AS h, FLOOR(q.p * ${d.double('s.m - 1')}) AS lo
  FROM shadow_latm s CROSS JOIN (${list(
    d,
    PERCENTILES.map((p, j) => [String(j), p]),
    'j',
    'p',
  )}) q`,
  });
  ctes.push({
    name: 'shadow_latv',
    sql: `SELECT q.seg, q.j, q.m, q.h, q.lo,
    MAX(CASE WHEN l.rb = q.lo THEN l.lat_b END) AS b0, MAX(CASE WHEN l.rb = q.lo + 1 THEN l.lat_b END) AS b1,
    MAX(CASE WHEN l.rc = q.lo THEN l.lat_c END) AS c0, MAX(CASE WHEN l.rc = q.lo + 1 THEN l.lat_c END) AS c1
  FROM shadow_latq q JOIN shadow_lat l ON l.seg = q.seg AND ((l.rb >= q.lo AND l.rb <= q.lo + 1) OR (l.rc >= q.lo AND l.rc <= q.lo + 1))
  GROUP BY q.seg, q.j, q.m, q.h, q.lo`,
  });
  const P = PERCENTILES.length;
  sel.push(record(d, 'seg', 'latency', d.str('0'), 'm', 'NULL', 'shadow_latm'));
  sel.push(record(d, 'seg', 'latency', d.text(`${d.int('j')} + 1`), type7('h', 'lo', 'm', 'b0', 'b1'), 'NULL', 'shadow_latv'));
  sel.push(record(d, 'seg', 'latency', d.text(`${d.int('j')} + ${1 + P}`), type7('h', 'lo', 'm', 'c0', 'c1'), 'NULL', 'shadow_latv'));

  if ('score_psi' in shadow.envelope && cols.score) psiPart(d, ctes, sel);
  const metrics = bandMetrics(config);
  if (metrics.length > 0) bandPart(d, config, ctes, sel, metrics, bandSd);
  return { ctes, selects: sel };
}

/** PSI: each model's scores in the baseline's decile bins per segment (sources/shadow/psi.ts). */
function psiPart(d: Dialect, ctes: ShadowSqlPart['ctes'], sel: string[]): void {
  ctes.push({
    name: 'shadow_psi_rows',
    sql: `SELECT seg, rid, sb, sc, ROW_NUMBER() OVER (PARTITION BY seg ORDER BY sb) - 1 AS r, COUNT(*) OVER (PARTITION BY seg) AS m
  FROM shadow_rows WHERE sb IS NOT NULL AND sc IS NOT NULL AND err_b = 0 AND err_c = 0`,
  });
  const edges: Array<[string, number]> = [];
  for (let j = 1; j < PSI_BINS; j++) edges.push([String(j), j / PSI_BINS]);
  ctes.push({
    name: 'shadow_psi_q',
    sql: `SELECT s.seg, s.m, q.j, q.p * ${d.double('s.m - 1')} AS h, FLOOR(q.p * ${d.double('s.m - 1')}) AS lo
  FROM (SELECT DISTINCT seg, m FROM shadow_psi_rows) s CROSS JOIN (${list(d, edges, 'j', 'p')}) q`,
  });
  ctes.push({
    name: 'shadow_psi_e',
    sql: `SELECT q.seg, q.j, ${type7('q.h', 'q.lo', 'q.m', 'MAX(CASE WHEN r.r = q.lo THEN r.sb END)', 'MAX(CASE WHEN r.r = q.lo + 1 THEN r.sb END)')} AS e
  FROM shadow_psi_q q JOIN shadow_psi_rows r ON r.seg = q.seg AND r.r >= q.lo AND r.r <= q.lo + 1 GROUP BY q.seg, q.j, q.h, q.lo, q.m`,
  });
  // Repeated edges merged: an edge counts once, where it first appears (edges rise with j).
  ctes.push({
    name: 'shadow_psi_d',
    sql: `SELECT seg, e FROM (SELECT seg, e, LAG(e) OVER (PARTITION BY seg ORDER BY ${d.int('j')}) AS prev FROM shadow_psi_e) x WHERE prev IS NULL OR e > prev`,
  });
  ctes.push({
    name: 'shadow_psi_bins',
    sql: `SELECT r.seg, r.rid, SUM(CASE WHEN e.e < r.sb THEN 1 ELSE 0 END) AS kb, SUM(CASE WHEN e.e < r.sc THEN 1 ELSE 0 END) AS kc
  FROM shadow_psi_rows r JOIN shadow_psi_d e ON e.seg = r.seg GROUP BY r.seg, r.rid`,
  });
  sel.push(record(d, 'seg', 'psi', d.text('kb'), 'COUNT(*)', 'NULL', 'shadow_psi_bins GROUP BY seg, kb'));
  sel.push(record(d, 'seg', 'psi', d.text(`kc + ${PSI_BINS}`), 'COUNT(*)', 'NULL', 'shadow_psi_bins GROUP BY seg, kc'));
}

/** The latency bands (stats/quantileBootstrap.ts quantileBand and bandOf) of each metric a change rule bootstraps. */
function bandPart(d: Dialect, config: GateConfig, ctes: ShadowSqlPart['ctes'], sel: string[], metrics: string[], bandSd: number): void {
  const m = 's.m';
  const h = `(q.p * ${d.double(`${m} - 1`)})`;
  const half = `(${num(d, bandSd)} * SQRT(${d.double(m)} * q.p * (1 - q.p)) + 2)`;
  // Where a change rule judges the metric (envelope/bootstrapWanted): the segment's rule
  // (its override, else the envelope's) has a change tolerance, and the segment is judged.
  const shadow = config.shadow ?? defaultShadowConfig();
  const change = (r: Rule | undefined) => r !== undefined && changeTolerance(r) !== null;
  const wanted = metrics
    .map((metric) => {
      const ids = (yes: boolean) =>
        Object.entries(config.overrides)
          .filter(([, o]) => o[metric] !== undefined && change(o[metric]) === yes)
          .map(([id]) => d.str(id));
      const y = ids(true);
      const n = ids(false);
      const base = change(shadow.envelope[metric]) ? 1 : 0;
      const whens = `${y.length ? ` WHEN s.seg IN (${y.join(', ')}) THEN 1` : ''}${n.length ? ` WHEN s.seg IN (${n.join(', ')}) THEN 0` : ''}`;
      const expr = whens ? `CASE${whens} ELSE ${base} END` : String(base);
      return `WHEN q.metric = ${d.str(metric)} THEN ${expr}`;
    })
    .join(' ');
  ctes.push({
    name: 'shadow_band_r',
    sql: `SELECT s.seg, s.m, q.metric, q.p,
    CASE WHEN FLOOR(${h} - ${half}) < 0 THEN 0 ELSE FLOOR(${h} - ${half}) END AS lo,
    CASE WHEN CEIL(${h} + ${half}) > ${m} - 1 THEN ${m} - 1 ELSE CEIL(${h} + ${half}) END AS hi
  FROM shadow_latm s JOIN shadow_sums u ON u.seg = s.seg CROSS JOIN (${list(
    d,
    metrics.map((x) => [x, LATENCY_QUANTILES[x]]),
    'metric',
    'p',
  )}) q
  WHERE (s.seg = 'overall' OR u.v0 >= ${config.segments.minSamples}) AND (CASE ${wanted} ELSE 0 END) = 1`,
  });
  ctes.push({
    name: 'shadow_band',
    sql: `SELECT q.seg, q.metric,
    MAX(CASE WHEN l.rb = q.lo THEN l.lat_b END) AS lo_a, MAX(CASE WHEN l.rb = q.hi THEN l.lat_b END) AS hi_a,
    MAX(CASE WHEN l.rc = q.lo THEN l.lat_c END) AS lo_b, MAX(CASE WHEN l.rc = q.hi THEN l.lat_c END) AS hi_b
  FROM shadow_band_r q JOIN shadow_lat l ON l.seg = q.seg AND (l.rb = q.lo OR l.rb = q.hi OR l.rc = q.lo OR l.rc = q.hi)
  GROUP BY q.seg, q.metric`,
  });
  const inBand = '((l.lat_b >= b.lo_a AND l.lat_b <= b.hi_a) OR (l.lat_c >= b.lo_b AND l.lat_c <= b.hi_b))';
  ctes.push({
    name: 'shadow_band_g',
    sql: `SELECT b.seg, b.metric, b.lo_a, b.hi_a, b.lo_b, b.hi_b,
    ${[0, 1, 2, 3].map((g) => `SUM(CASE WHEN NOT ${inBand} AND (CASE WHEN l.lat_b > b.hi_a THEN 2 ELSE 0 END) + (CASE WHEN l.lat_c > b.hi_b THEN 1 ELSE 0 END) = ${g} THEN 1 ELSE 0 END) AS g${g}`).join(', ')}
  FROM shadow_band b JOIN shadow_lat l ON l.seg = b.seg GROUP BY b.seg, b.metric, b.lo_a, b.hi_a, b.lo_b, b.hi_b`,
  });
  ctes.push({
    name: 'shadow_band_u',
    sql: `SELECT seg, metric, a, b, n, ROW_NUMBER() OVER (PARTITION BY seg, metric ORDER BY a, b) - 1 AS j FROM (
    SELECT b.seg, b.metric, l.lat_b AS a, l.lat_c AS b, COUNT(*) AS n FROM shadow_band b JOIN shadow_lat l ON l.seg = b.seg AND ${inBand}
    GROUP BY b.seg, b.metric, l.lat_b, l.lat_c) x`,
  });
  for (const [f, col] of [
    ['loA', 'lo_a'],
    ['hiA', 'hi_a'],
    ['loB', 'lo_b'],
    ['hiB', 'hi_b'],
    ['g0', 'g0'],
    ['g1', 'g1'],
    ['g2', 'g2'],
    ['g3', 'g3'],
  ]) {
    sel.push(record(d, 'seg', 'band', d.concat('metric', d.str(`/${f}`)), col, 'NULL', 'shadow_band_g'));
  }
  for (const f of ['a', 'b', 'n']) sel.push(record(d, 'seg', 'band_unit', d.concat('metric', d.str('/'), d.text('j'), d.str(`/${f}`)), f, 'NULL', 'shadow_band_u'));
}

/**
 * One statement whose result is the shadow log's summaries (summaries@1, settings.source 'shadow').
 * @param labelsTable refused: the online metrics on labelled requests need the log itself
 * @example shadowQuery(dialect('duckdb'), config, 'logs.shadow')
 */
export function shadowQuery(d: Dialect, config: GateConfig, table: string, labelsTable?: string, opts: { columns?: string[] | null } = {}): string {
  if (labelsTable)
    throw new UsageError(
      '--labels-table with --shadow-table: the shadow summaries carry the serving envelope only; the online metrics on labelled requests need the shadow log itself (give --shadow).',
    );
  const part = shadowParts({ d, config, table, columns: opts.columns ?? null });
  const cols = COLUMNS.map((c) => d.ident(c));
  return `WITH ${part.ctes.map((c) => `${c.name} AS (\n  ${c.sql}\n)`).join(',\n')}\nSELECT ${cols.join(', ')} FROM (\n${part.selects.join('\nUNION ALL\n')}\n) shadow_records\nORDER BY ${cols[1]}, ${cols[0]}, ${cols[2]}`;
}
