// dialect.ts: what differs between the warehouses the generated SQL runs on:
// identifier and string quoting, text and double casts, string concatenation,
// the jackknife group hash (summaries/idHash.ts: first 32 bits of
// md5(`${seed}:${id}`) mod groups), and JSON string literals built in SQL.
// Everything else the queries use (CTEs, GROUP BY, window sums, UNION ALL,
// CASE, COALESCE) is common SQL all five accept.
import { UsageError } from '../errors/index.js';

export const DIALECTS = ['duckdb', 'bigquery', 'spark', 'snowflake', 'trino'] as const;
export type DialectName = (typeof DIALECTS)[number];

export interface Dialect {
  name: DialectName;
  /** A quoted identifier (one name: a column, or one part of a table name). */
  ident(name: string): string;
  /** An always-quoted identifier, spelled exactly (the result's column names: lower case in every engine). */
  quote(name: string): string;
  /** A table reference as the user wrote it (`project.dataset.table`), each part quoted. */
  table(ref: string): string;
  /** A string literal. */
  str(s: string): string;
  /** `expr` as text (VARCHAR / STRING). */
  text(expr: string): string;
  /** `expr` as a double. */
  double(expr: string): string;
  /** `expr` as a 64-bit integer. */
  int(expr: string): string;
  /** The text expressions concatenated. */
  concat(...parts: string[]): string;
  /** The jackknife group of the id text `idText`: md5 of `${seed}:${id}`, first 32 bits, mod `groups`. */
  group(idText: string, seed: number, groups: number): string;
  /** The keyword that makes the engine compute a CTE once however often it is read ('' where there is none). */
  materialized: string;
  /** The JSON string literal (with quotes) of the text `expr`: `"` and `\` escaped. */
  jsonString(expr: string): string;
}

/** A simple identifier: letters, digits, underscores, not starting with a digit. */
const SIMPLE = /^[A-Za-z_][A-Za-z0-9_]*$/;

function quoteWith(q: string): (name: string) => string {
  return (name) => `${q}${name.split(q).join(q + q)}${q}`;
}

/** Standard SQL string literal: quotes doubled, backslash literal (DuckDB, Trino). */
const standardStr = (s: string): string => `'${s.split("'").join("''")}'`;
/** Backslash-escaping string literal (BigQuery, Spark, Snowflake). */
const backslashStr = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function make(
  name: DialectName,
  parts: {
    ident: (n: string) => string;
    quote: (n: string) => string;
    str: (s: string) => string;
    textType: string;
    doubleType: string;
    intType: string;
    concat?: (xs: string[]) => string;
    hash32: (t: string) => string;
    materialized?: string;
    mod: (a: string, b: number) => string;
  },
): Dialect {
  const d: Dialect = {
    name,
    ident: parts.ident,
    quote: parts.quote,
    materialized: parts.materialized ?? '',
    table: (ref) =>
      ref
        .split('.')
        .map((p) => parts.ident(p))
        .join('.'),
    str: parts.str,
    text: (e) => `CAST(${e} AS ${parts.textType})`,
    double: (e) => `CAST(${e} AS ${parts.doubleType})`,
    int: (e) => `CAST(${e} AS ${parts.intType})`,
    concat: (...xs) => (parts.concat ? parts.concat(xs) : `(${xs.join(' || ')})`),
    group: (idText, seed, groups) => parts.mod(parts.hash32(d.concat(parts.str(`${seed}:`), idText)), groups),
    jsonString: (e) => {
      // A backslash as chr(92) where string literals keep backslashes as they are
      // (DuckDB, Trino): parsers of those dialects read '\' as an escape.
      const bs = parts.str === standardStr ? 'chr(92)' : parts.str('\\');
      const q = parts.str('"');
      const pair = parts.str === standardStr ? d.concat(bs, bs) : parts.str('\\\\');
      const quoted = parts.str === standardStr ? d.concat(bs, q) : parts.str('\\"');
      const escaped = `REPLACE(REPLACE(${e}, ${bs}, ${pair}), ${q}, ${quoted})`;
      return d.concat(q, escaped, q);
    },
  };
  return d;
}

const DEFS: Record<DialectName, Dialect> = {
  duckdb: make('duckdb', {
    ident: quoteWith('"'),
    quote: quoteWith('"'),
    str: standardStr,
    textType: 'VARCHAR',
    doubleType: 'DOUBLE',
    intType: 'BIGINT',
    hash32: (t) => `CAST(('0x' || SUBSTR(MD5(${t}), 1, 8)) AS UBIGINT)`,
    // gate_pairs (the join and an md5 per pair) is read by every part: computed once.
    materialized: 'MATERIALIZED',
    mod: (a, b) => `(${a} % ${b})`,
  }),
  bigquery: make('bigquery', {
    ident: quoteWith('`'),
    quote: quoteWith('`'),
    str: backslashStr,
    textType: 'STRING',
    doubleType: 'FLOAT64',
    intType: 'INT64',
    concat: (xs) => `CONCAT(${xs.join(', ')})`,
    hash32: (t) => `CAST(CONCAT('0x', SUBSTR(TO_HEX(MD5(${t})), 1, 8)) AS INT64)`,
    mod: (a, b) => `MOD(${a}, ${b})`,
  }),
  spark: make('spark', {
    ident: quoteWith('`'),
    quote: quoteWith('`'),
    str: backslashStr,
    textType: 'STRING',
    doubleType: 'DOUBLE',
    intType: 'BIGINT',
    concat: (xs) => `concat(${xs.join(', ')})`,
    hash32: (t) => `CAST(conv(substr(md5(${t}), 1, 8), 16, 10) AS BIGINT)`,
    mod: (a, b) => `pmod(${a}, ${b})`,
  }),
  snowflake: make('snowflake', {
    // Unquoted simple names resolve case-insensitively (Snowflake stores them upper-case);
    // anything else is quoted and then matches exactly.
    ident: (n) => (SIMPLE.test(n) ? n : quoteWith('"')(n)),
    quote: quoteWith('"'),
    str: backslashStr,
    textType: 'VARCHAR',
    doubleType: 'DOUBLE',
    intType: 'BIGINT',
    hash32: (t) => `TO_NUMBER(SUBSTR(MD5(${t}), 1, 8), 'XXXXXXXX')`,
    mod: (a, b) => `MOD(${a}, ${b})`,
  }),
  trino: make('trino', {
    ident: quoteWith('"'),
    quote: quoteWith('"'),
    str: standardStr,
    textType: 'VARCHAR',
    doubleType: 'DOUBLE',
    intType: 'BIGINT',
    hash32: (t) => `from_base(substr(to_hex(md5(to_utf8(${t}))), 1, 8), 16)`,
    mod: (a, b) => `(${a} % ${b})`,
  }),
};

/**
 * The dialect named `name`.
 * @throws UsageError naming the valid dialects
 * @example dialect('duckdb').ident('my col') // '"my col"'
 */
export function dialect(name: string): Dialect {
  if (!Object.hasOwn(DEFS, name)) throw new UsageError(`--dialect ${JSON.stringify(name)} is not one of ${DIALECTS.join(', ')}`);
  return DEFS[name as DialectName];
}
