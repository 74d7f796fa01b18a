// context.ts: what every builder of the warehouse query reads (SqlContext), what
// it returns (SqlPart: CTEs under its own name prefix and record selects), and
// the assembly of parts into one statement whose result is a summaries@1 file:
//   WITH <ctes> SELECT segment, kind, key, value, text FROM (<s1> UNION ALL ...) u
//   WHERE <meta kinds, or non-zero values> ORDER BY kind, segment, key
// Every select yields those five columns, cast per dialect, so the UNION ALL types
// agree in every engine. Zero array values are dropped (the reader takes missing as 0).
import type { GateConfig } from '../config/index.js';
import type { SummarySettings } from '../sources/index.js';
import { splitMetricName } from '../metrics/index.js';
import type { Dialect } from './dialect.js';

/** The numeric columns `mean[X]` metrics read, in config order (as the local writer reads them). */
export function meanColumns(config: GateConfig): string[] {
  return Object.keys(config.metrics)
    .map(splitMetricName)
    .filter((m) => m.base === 'mean' && m.arg !== null)
    .map((m) => m.arg!);
}

/** The tables of the offline comparison and which optional columns they carry. */
export interface OfflineTables {
  baseline: string;
  candidate: string;
  /** Decisions (binary) / predictions (regression) from `columns.prediction` instead of the threshold / `columns.score`. */
  prediction: boolean;
  /** The baseline table carries `columns.weight`. */
  weight: boolean;
}

export interface SqlContext {
  d: Dialect;
  config: GateConfig;
  /** summarySettings(config): the header's settings. */
  settings: SummarySettings;
  tables: OfflineTables;
}

export interface SqlCte {
  name: string;
  sql: string;
  /** Read by many parts: computed once where the dialect can say so (DuckDB's MATERIALIZED). */
  materialize?: boolean;
}

/** A builder's contribution: CTEs (names under its own prefix) and record selects. */
export interface SqlPart {
  ctes: SqlCte[];
  selects: string[];
}

/** The kinds whose records are kept whatever their value (the rest drop zeros). */
export const META_KINDS = ['header', 'count', 'only_id', 'class', 'segment', 'array', 'distribution'];

/** A double literal every engine reads as a double (exponent form; integers as they are). */
export function num(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`num: ${x} is not finite`);
  return Number.isInteger(x) && Math.abs(x) < 1e15 ? String(x) : x.toExponential();
}

/** One record's select list: the five columns, cast. `key`, `segment`, `text` are SQL text expressions; `value` a numeric one. */
export function recordColumns(d: Dialect, r: { segment: string; kind: string; key: string; value: string; text?: string }): string {
  const q = d.quote;
  return [
    `${d.text(r.segment)} AS ${q('segment')}`,
    `${d.text(d.str(r.kind))} AS ${q('kind')}`,
    `${d.text(r.key)} AS ${q('key')}`,
    `${d.double(r.value)} AS ${q('value')}`,
    `${d.text(r.text ?? 'NULL')} AS ${q('text')}`,
  ].join(', ');
}

/** A record select: `SELECT <record> FROM <from>` (from may carry WHERE / GROUP BY). */
export function recordSelect(d: Dialect, r: { segment: string; kind: string; key: string; value: string; text?: string }, from?: string): string {
  return `SELECT ${recordColumns(d, r)}${from ? ` FROM ${from}` : ''}`;
}

/** The key text of an integer expression. */
export function keyOf(d: Dialect, intExpr: string): string {
  return d.text(d.int(intExpr));
}

/**
 * Records from a small wide CTE: one select per (key, column) of `columns`
 * (`columns[j]` is the value at key `offset + j`), each read from `cte` (with `seg`).
 */
export function unpivot(d: Dialect, cte: string, kind: string, columns: Array<{ key: string; value: string }>): string[] {
  return columns.map((c) => recordSelect(d, { segment: 'seg', kind, key: c.key, value: c.value }, cte));
}

/** An integer-literal key as SQL text. */
export const litKey = (d: Dialect, j: number): string => d.str(String(j));

/** Joins parts into one statement. @throws Error on two CTEs of one name */
export function assemble(d: Dialect, parts: SqlPart[]): string {
  const ctes = parts.flatMap((p) => p.ctes);
  const seen = new Set<string>();
  for (const c of ctes) {
    if (seen.has(c.name)) throw new Error(`assemble: two CTEs named ${c.name}`);
    seen.add(c.name);
  }
  const selects = parts.flatMap((p) => p.selects);
  const q = d.quote;
  const cols = ['segment', 'kind', 'key', 'value', 'text'].map((c) => `u.${q(c)}`).join(', ');
  const meta = META_KINDS.map((k) => d.str(k)).join(', ');
  return [
    'WITH',
    ctes.map((c) => `${c.name} AS ${c.materialize && d.materialized ? `${d.materialized} ` : ''}(\n${c.sql}\n)`).join(',\n'),
    `SELECT ${cols}`,
    `FROM (\n${selects.join('\nUNION ALL\n')}\n) u`,
    `WHERE u.${q('kind')} IN (${meta}) OR u.${q('value')} IS NULL OR u.${q('value')} <> 0`,
    `ORDER BY u.${q('kind')}, u.${q('segment')}, u.${q('key')}, u.${q('text')}`,
  ].join('\n');
}
