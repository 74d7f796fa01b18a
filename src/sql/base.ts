// base.ts: the base CTEs of the offline query, the only SQL that reads the
// user's tables. gate_b / gate_c: each table's rows with the values parsed as
// the local reader parses them (src/io/eval.ts) and 0/1 flags for the values it
// refuses; gate_joined: the join on the id; gate_pairs: one row per matched id
// (id, grp, y, w, sb, sc, db, dc, the segment values g<i>, the mean[X] columns
// xb<i>/xc<i>, binary ECE bins ebb/ebc); gate_rows: gate_pairs once per
// dimension with its segment id `seg`; gate_segs: each segment's id and keys.
import { MAX_WEIGHT_TOTAL, MIN_WEIGHT_TOTAL, MISSING_SEGMENT } from '../io/index.js';
import { ECE_BINS } from '../metrics/index.js';
import { meanColumns, num, type SqlContext, type SqlCte } from './context.js';

/** One dimension of the segmentation: its segment id and keys JSON as SQL over gate_pairs' g<i>. */
export interface Dimension {
  /** Indexes into columns.segments (empty: overall). */
  cols: number[];
  id: string;
  keys: string;
}

/** overall, each segment column, each cross: as buildSegmentation orders them. */
export function dimensions(ctx: SqlContext): Dimension[] {
  const { d } = ctx;
  const names = ctx.config.columns.segments;
  const dims: number[][] = [[], ...names.map((_, i) => [i]), ...ctx.config.segments.cross.map((c) => c.map((n) => names.indexOf(n)))];
  return dims.map((cols) => {
    if (cols.length === 0) return { cols, id: d.str('overall'), keys: d.str('[]') };
    const id = d.concat(...cols.flatMap((c, k) => [d.str(`${k ? '&' : ''}${names[c]}=`), `g${c}`]));
    const keys = d.concat(...cols.flatMap((c, k) => [d.str(`${k ? '],[' : '[['}${JSON.stringify(names[c])},`), d.jsonString(`g${c}`)]), d.str(']]'));
    return { cols, id, keys };
  });
}

const FLAG = (cond: string) => `CASE WHEN ${cond} THEN 0 ELSE 1 END`;

/** A binary label as the local reader parses one (0/1, true/false, 1.0; case and spaces ignored), else NULL. */
export function binaryLabel(ctx: SqlContext, expr: string): string {
  const { d } = ctx;
  const t = `LOWER(TRIM(${d.text(expr)}))`;
  const set = (xs: string[]) => xs.map((x) => d.str(x)).join(', ');
  return `CASE WHEN ${t} IN (${set(['1', 'true', '1.0', '1.0e0'])}) THEN ${d.double('1')} WHEN ${t} IN (${set(['0', 'false', '0.0', '0.0e0'])}) THEN ${d.double('0')} END`;
}

/** A finite double (not NULL, NaN or infinite). */
const finite = (x: string) => `${x} >= ${num(-Number.MAX_VALUE)} AND ${x} <= ${num(Number.MAX_VALUE)}`;

/** gate_b / gate_c: one table's rows, parsed, with flags (1 = refused by the local reader). */
function tableCte(ctx: SqlContext, side: 'b' | 'c'): SqlCte {
  const { d, config } = ctx;
  const c = config.columns;
  const alias = side === 'b' ? 'baseline_table' : 'candidate_table';
  const col = (n: string) => `${alias}.${d.ident(n)}`;
  const cols: string[] = [`${d.text(col(c.id))} AS id`];
  const flags: Record<string, string> = {};
  const task = config.task;
  if (task === 'binary') {
    cols.push(`${binaryLabel(ctx, col(c.label))} AS y`, `${d.double(col(c.score))} AS s`);
    flags.fl = FLAG(`${binaryLabel(ctx, col(c.label))} IS NOT NULL`);
    flags.fs = FLAG(`${d.double(col(c.score))} >= 0 AND ${d.double(col(c.score))} <= 1`);
    if (ctx.tables.prediction) {
      cols.push(`${binaryLabel(ctx, col(c.prediction))} AS dd`);
      flags.fp = FLAG(`${binaryLabel(ctx, col(c.prediction))} IS NOT NULL`);
    } else cols.push(`CASE WHEN ${d.double(col(c.score))} >= ${num(config.threshold)} THEN ${d.double('1')} ELSE ${d.double('0')} END AS dd`);
  } else if (task === 'multiclass') {
    cols.push(`NULLIF(${d.text(col(c.label))}, '') AS y`, `NULLIF(${d.text(col(c.prediction))}, '') AS dd`);
    flags.fl = FLAG(`NULLIF(${d.text(col(c.label))}, '') IS NOT NULL`);
    flags.fp = FLAG(`NULLIF(${d.text(col(c.prediction))}, '') IS NOT NULL`);
  } else {
    const s = d.double(col(ctx.tables.prediction ? c.prediction : c.score));
    cols.push(`${d.double(col(c.label))} AS y`, `${s} AS s`);
    flags.fl = FLAG(finite(d.double(col(c.label))));
    flags.fs = FLAG(finite(s));
  }
  flags.fi = FLAG(`NULLIF(${d.text(col(c.id))}, '') IS NOT NULL`);
  if (side === 'b') {
    if (ctx.tables.weight) {
      const w = d.double(col(c.weight));
      cols.push(`${w} AS w`);
      flags.fw = FLAG(`${w} >= 0 AND ${w} <= ${num(Number.MAX_VALUE)}`);
    } else cols.push(`${d.double('1')} AS w`);
    c.segments.forEach((s, i) => cols.push(`COALESCE(NULLIF(${d.text(col(s))}, ''), ${d.str(MISSING_SEGMENT)}) AS g${i}`));
  }
  const xs = meanColumns(config);
  xs.forEach((x, i) => cols.push(`${d.double(col(x))} AS x${i}`));
  if (xs.length) flags.fx = xs.map((x) => FLAG(finite(d.double(col(x))))).join(' + ');
  for (const [k, v] of Object.entries(flags)) cols.push(`${v} AS ${k}`);
  // Aliased by its role, so an engine's "no column named X" error says which table lacks it.
  return { name: `gate_${side}`, sql: `SELECT ${cols.join(',\n  ')}\nFROM ${d.table(side === 'b' ? ctx.tables.baseline : ctx.tables.candidate)} ${alias}` };
}

/** The flags a side's CTE carries. */
export function flagsOf(ctx: SqlContext, side: 'b' | 'c'): string[] {
  const t = ctx.config.task;
  const out = ['fi', 'fl'];
  if (t !== 'multiclass') out.push('fs');
  if (t === 'multiclass' || (ctx.tables.prediction && t === 'binary')) out.push('fp');
  if (side === 'b' && ctx.tables.weight) out.push('fw');
  if (meanColumns(ctx.config).length) out.push('fx');
  return out;
}

/** The ECE bin of a score (eceBin: floor(10 s), clamped to 0..9). */
export const eceBinSql = (ctx: SqlContext, s: string) => ctx.d.int(`LEAST(GREATEST(FLOOR(${s} * ${ECE_BINS}), 0), ${ECE_BINS - 1})`);

/** Every base CTE, in dependency order. */
export function baseCtes(ctx: SqlContext): SqlCte[] {
  const { d, config } = ctx;
  const task = config.task;
  const S = config.columns.segments.length;
  const xs = meanColumns(config);
  const segCols = Array.from({ length: S }, (_, i) => `b.g${i} AS g${i}`);
  const xCols = xs.flatMap((_, i) => [`b.x${i} AS xb${i}`, `c.x${i} AS xc${i}`]);
  const joined = [
    `b.id AS id`,
    `b.y AS y`,
    `c.y AS yc`,
    `b.w AS w`,
    ...(task === 'multiclass' ? [] : ['b.s AS sb', 'c.s AS sc']),
    ...(task === 'regression' ? [] : ['b.dd AS db', 'c.dd AS dc']),
    ...segCols,
    ...xCols,
  ];
  const ctes: SqlCte[] = [tableCte(ctx, 'b'), tableCte(ctx, 'c'), { name: 'gate_joined', sql: `SELECT ${joined.join(', ')}\nFROM gate_b b JOIN gate_c c ON b.id = c.id` }];
  const grp = d.group('j.id', config.statistics.seed, Number(ctx.settings.jackknife_groups));
  const rest = [...Array.from({ length: S }, (_, i) => `j.g${i} AS g${i}`), ...xs.flatMap((_, i) => [`j.xb${i} AS xb${i}`, `j.xc${i} AS xc${i}`])];
  if (task === 'multiclass') {
    ctes.push({
      name: 'gate_classes',
      sql: `SELECT name, ROW_NUMBER() OVER (ORDER BY name) - 1 AS code\nFROM (SELECT DISTINCT name FROM (SELECT y AS name FROM gate_joined UNION ALL SELECT db AS name FROM gate_joined UNION ALL SELECT dc AS name FROM gate_joined) a WHERE name IS NOT NULL) n`,
    });
    ctes.push({ name: 'gate_k', sql: 'SELECT COUNT(*) AS k FROM gate_classes' });
    const cols = [
      'j.id AS id',
      `${grp} AS grp`,
      `${d.int('ky.code')} AS y`,
      'j.w AS w',
      `${d.double('NULL')} AS sb`,
      `${d.double('NULL')} AS sc`,
      `${d.int('kb.code')} AS db`,
      `${d.int('kc.code')} AS dc`,
      ...rest,
    ];
    ctes.push({
      name: 'gate_pairs',
      materialize: true,
      sql: `SELECT ${cols.join(', ')}\nFROM gate_joined j\nJOIN gate_classes ky ON ky.name = j.y\nJOIN gate_classes kb ON kb.name = j.db\nJOIN gate_classes kc ON kc.name = j.dc`,
    });
  } else {
    const bins = task === 'binary' ? [`${eceBinSql(ctx, 'j.sb')} AS ebb`, `${eceBinSql(ctx, 'j.sc')} AS ebc`] : [];
    const dd = task === 'binary' ? ['j.db AS db', 'j.dc AS dc'] : [`${d.double('NULL')} AS db`, `${d.double('NULL')} AS dc`];
    const cols = ['j.id AS id', `${grp} AS grp`, 'j.y AS y', 'j.w AS w', 'j.sb AS sb', 'j.sc AS sc', ...dd, ...bins, ...rest];
    ctes.push({ name: 'gate_pairs', materialize: true, sql: `SELECT ${cols.join(', ')}\nFROM gate_joined j` });
  }
  const dims = dimensions(ctx);
  ctes.push({ name: 'gate_rows', sql: dims.map((x) => `SELECT ${x.id} AS seg, p.* FROM gate_pairs p`).join('\nUNION ALL\n') });
  ctes.push({
    name: 'gate_segs',
    sql: dims.map((x) => `SELECT ${x.id} AS seg, ${x.keys} AS segkeys${x.cols.length ? ` FROM gate_pairs GROUP BY ${x.cols.map((c) => `g${c}`).join(', ')}` : ''}`).join('\nUNION ALL\n'),
  });
  if (ctx.tables.weight) {
    // checkWeights: overall and every value of every segment column totals within [MIN, MAX] (crosses are not checked).
    const totals = dims
      .filter((x) => x.cols.length <= 1)
      .map((x) => `SELECT SUM(w) AS tw FROM gate_pairs${x.cols.length ? ` GROUP BY g${x.cols[0]}` : ''}`)
      .join('\nUNION ALL\n');
    ctes.push({ name: 'gate_wtot', sql: `SELECT SUM(CASE WHEN tw >= ${num(MIN_WEIGHT_TOTAL)} AND tw <= ${num(MAX_WEIGHT_TOTAL)} THEN 0 ELSE 1 END) AS bad\nFROM (\n${totals}\n) t` });
  }
  return ctes;
}
