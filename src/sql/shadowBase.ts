// shadowBase.ts: the shadow log in the warehouse, paired and segmented, as the
// local reader (src/io/shadow.ts) pairs it: one row per request served by both
// models (`shadow_pairs`), then once per segment it falls in (`shadow_rows`:
// overall, each segment column, each cross), with the segment's id and its
// keys as JSON text (segmentId, summaries' segment records). The log's own
// table is read only here.
import { defaultShadowConfig, type GateConfig } from '../config/index.js';
import { MISSING_SEGMENT } from '../io/index.js';
import type { Dialect } from './dialect.js';

/** What a shadow part is built from. */
export interface ShadowSqlContext {
  d: Dialect;
  config: GateConfig;
  /** The shadow log's table, as the user names it (`project.dataset.table`). */
  table: string;
  /** The table's column names when known (e.g. from DESCRIBE); absent: the columns the config needs are assumed present. */
  columns?: string[] | null;
}

/** A part of the query: CTEs (names starting `shadow_`) and the selects of its records. */
export interface ShadowSqlPart {
  ctes: Array<{ name: string; sql: string }>;
  selects: string[];
}

/** Which of the log's optional columns the query reads, decided as the local reader does. */
export interface ShadowColumns {
  cost: 'cost_usd' | 'tokens' | null;
  error: boolean;
  score: boolean;
  prediction: boolean;
  /** The log has a label column (listed in the table's columns): its labelled rows are counted, and refused. */
  label: boolean;
}

/** A double literal that every engine parses to the same double as JavaScript holds. */
export const num = (d: Dialect, x: number): string => d.double(d.str(String(x)));

export function shadowColumns(ctx: ShadowSqlContext): ShadowColumns {
  const c = ctx.config.columns;
  const shadow = ctx.config.shadow ?? defaultShadowConfig();
  const has = (name: string, assumed: boolean) => (ctx.columns ? ctx.columns.includes(name) : assumed);
  const tokens = has(c.input_tokens, shadow.pricing !== null) && has(c.output_tokens, shadow.pricing !== null) && shadow.pricing !== null;
  const cost = has(c.cost_usd, shadow.pricing === null) ? 'cost_usd' : tokens ? 'tokens' : null;
  return { cost, error: has(c.error, true), score: has(c.score, true), prediction: has(c.prediction, ctx.config.task !== 'binary'), label: has(c.label, false) };
}

/** The base CTEs: shadow_log (typed), shadow_req (per request id), shadow_pairs, shadow_rows. */
export function shadowBase(ctx: ShadowSqlContext, cols: ShadowColumns): ShadowSqlPart['ctes'] {
  const { d, config } = ctx;
  const c = config.columns;
  const shadow = config.shadow ?? defaultShadowConfig();
  const id = (name: string) => d.ident(name);
  const segs = c.segments;
  let cost = 'NULL';
  if (cols.cost === 'cost_usd') cost = d.double(id(c.cost_usd));
  else if (cols.cost === 'tokens') {
    const p = shadow.pricing!;
    // As the reader prices them: in x (price / 1000) + out x (price / 1000).
    cost = `(${d.double(id(c.input_tokens))} * ${num(d, p.inputPer1kTokens / 1000)} + ${d.double(id(c.output_tokens))} * ${num(d, p.outputPer1kTokens / 1000)})`;
  }
  const err = cols.error ? `CASE WHEN ${id(c.error)} THEN 1 ELSE 0 END` : '0';
  const score = cols.score ? d.double(id(c.score)) : 'NULL';
  let decision = 'NULL';
  if (config.task === 'regression') decision = cols.score ? score : cols.prediction ? d.double(id(c.prediction)) : 'NULL';
  else if (cols.prediction) {
    const t = `LOWER(TRIM(${d.text(id(c.prediction))}))`;
    decision = config.task === 'binary' ? `CASE WHEN ${t} IN ('1', 'true') THEN 1 WHEN ${t} IN ('0', 'false') THEN 0 END` : `NULLIF(${d.text(id(c.prediction))}, '')`;
  } else if (config.task === 'binary' && cols.score) decision = `CASE WHEN ${score} >= ${num(d, config.threshold)} THEN 1 WHEN ${score} < ${num(d, config.threshold)} THEN 0 END`;
  const decisionType = config.task === 'multiclass' ? d.text(decision) : d.double(decision);
  const labelled = cols.label ? `CASE WHEN ${id(c.label)} IS NOT NULL AND TRIM(${d.text(id(c.label))}) <> '' THEN 1 ELSE 0 END` : '0';
  const log = `SELECT ${d.text(id(c.request_id))} AS rid, ${d.text(id(c.model))} AS model, ${d.double(id(c.latency_ms))} AS lat, ${d.double(cost)} AS cost, ${err} AS err, ${d.double(score)} AS score, ${decisionType} AS dec, ${labelled} AS labelled${segs
    .map((s, i) => `, COALESCE(NULLIF(${d.text(id(s))}, ''), ${d.str(MISSING_SEGMENT)}) AS s${i}`)
    .join('')}
  FROM ${d.table(ctx.table)}`;
  const B = d.str(shadow.models.baseline);
  const C = d.str(shadow.models.candidate);
  const req = `SELECT rid, SUM(CASE WHEN model = ${B} THEN 1 ELSE 0 END) AS nb, SUM(CASE WHEN model = ${C} THEN 1 ELSE 0 END) AS nc
  FROM shadow_log WHERE model IN (${B}, ${C}) GROUP BY rid`;
  const pairs = `SELECT b.rid AS rid, b.lat AS lat_b, c.lat AS lat_c, COALESCE(b.cost, 0) AS cost_b, COALESCE(c.cost, 0) AS cost_c, b.err AS err_b, c.err AS err_c,
    b.score AS sb, c.score AS sc, b.dec AS db, c.dec AS dc${segs.map((_, i) => `, b.s${i} AS s${i}`).join('')}
  FROM shadow_log b JOIN shadow_log c ON b.rid = c.rid AND b.model = ${B} AND c.model = ${C}`;
  // One branch per dimension: overall, each segment column, each cross.
  const dims: number[][] = [[], ...segs.map((_, i) => [i]), ...config.segments.cross.map((x) => x.map((name) => segs.indexOf(name)))];
  const branch = (dim: number[]) => {
    if (dim.length === 0) return `SELECT ${d.str('overall')} AS seg, ${d.str('[]')} AS seg_keys, p.* FROM shadow_pairs p`;
    const idParts = dim.flatMap((i, k) => [d.str(`${k > 0 ? '&' : ''}${segs[i]}=`), `p.s${i}`]);
    const keyParts = dim.flatMap((i, k) => [d.str(`${k > 0 ? ',' : '['}[${JSON.stringify(segs[i])},`), d.jsonString(`p.s${i}`), d.str(']')]);
    return `SELECT ${d.concat(...idParts)} AS seg, ${d.concat(...keyParts, d.str(']'))} AS seg_keys, p.* FROM shadow_pairs p`;
  };
  return [
    { name: 'shadow_log', sql: log },
    { name: 'shadow_req', sql: req },
    { name: 'shadow_pairs', sql: pairs },
    { name: 'shadow_rows', sql: dims.map(branch).join('\n  UNION ALL ') },
  ];
}
