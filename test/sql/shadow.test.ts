// The shadow query (src/sql/shadow.ts): DuckDB runs it over the shadow log
// loaded from the same CSV the local writer reads; its records match the local
// writer's (values within 1e-9 relative), and the gate from its result,
// exported as Parquet and as JSON Lines, equals the gate from the log. The
// other dialects' text parses with node-sql-parser.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'node-sql-parser';
import { describe, expect, it } from 'vitest';
import { writeShadowLog } from '../../scripts/lib/generateShadow.mjs';
import { parseConfig } from '../../src/config/parse.js';
import { runGate } from '../../src/pipeline/index.js';
import type { Report } from '../../src/report/types.js';
import { encodeShadowSummaries, shadowSummariesFromLog, type SummaryRecord } from '../../src/sources/index.js';
import { dialect } from '../../src/sql/dialect.js';
import { shadowQuery } from '../../src/sql/shadow.js';
import { duck } from '../io/columnar.fixtures.js';
import { fixtureDir } from '../io/fixtures.js';
import { SHADOW_CONFIG, SHADOW_SPEC, expectSameReport } from '../sources/shadow/summaries.fixtures.js';

const dir = fixtureDir({});
const at = (name: string) => join(dir, name);
const q = (p: string) => `'${p.replaceAll("'", "''")}'`;
const RUN = { repository: null, commit: null, pull_request: null, url: null };
const gate = (yaml: string, inputs: { shadow?: string; summaries?: string }): Promise<Report> =>
  runGate({
    name: 'm',
    config: parseConfig(yaml, 'gate.yml'),
    baselineEval: null,
    candidateEval: null,
    summaries: inputs.summaries ?? null,
    shadow: inputs.shadow ?? null,
    labels: null,
    run: RUN,
    now: () => new Date('2026-01-01T00:00:00Z'),
  });

/** Loads a shadow log CSV into a DuckDB table with the reader's types. */
async function load(csv: string, table: string, tokens = false): Promise<void> {
  const c = await duck();
  const cost = tokens ? "input_tokens: 'DOUBLE', output_tokens: 'DOUBLE'" : "cost_usd: 'DOUBLE'";
  await c.run(
    `CREATE OR REPLACE TABLE ${table} AS SELECT * FROM read_csv(${q(csv)}, header = true, columns = {request_id: 'VARCHAR', model: 'VARCHAR', score: 'DOUBLE', latency_ms: 'DOUBLE', ${cost}, error: 'BOOLEAN', region: 'VARCHAR'${csv.includes('seg2') ? ", device: 'VARCHAR'" : ''}})`,
  );
}

/** Runs the query in DuckDB and writes its result as JSON Lines and Parquet. */
async function runQuery(sql: string, name: string): Promise<{ jsonl: string; parquet: string; records: SummaryRecord[] }> {
  const c = await duck();
  const jsonl = at(`${name}.jsonl`);
  const parquet = at(`${name}.parquet`);
  await c.run(`COPY (${sql}) TO ${q(jsonl)} (FORMAT json)`);
  await c.run(`COPY (${sql}) TO ${q(parquet)} (FORMAT parquet)`);
  const records = readFileSync(jsonl, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as SummaryRecord);
  return { jsonl, parquet, records };
}

/** The records agree with the local writer's: same keys (zeros aside), numbers within 1e-9 relative. */
function expectSameRecords(sql: SummaryRecord[], local: SummaryRecord[]): void {
  const keyOf = (r: SummaryRecord) => `${r.segment}|${r.kind}|${r.key}`;
  const zeroOk = new Set(['sums', 'psi', 'count']);
  const a = new Map(sql.map((r) => [keyOf(r), r]));
  const b = new Map(local.map((r) => [keyOf(r), r]));
  for (const [k, r] of a) {
    const o = b.get(k);
    if (!o) {
      expect(zeroOk.has(r.kind) && r.value === 0, `only in the SQL: ${k} = ${r.value}`).toBe(true);
      continue;
    }
    if (r.kind === 'header' || r.kind === 'segment') {
      expect(JSON.parse(r.text!), k).toEqual(JSON.parse(o.text!));
      continue;
    }
    expect(r.text ?? null, k).toEqual(o.text ?? null);
    if (o.value === null) expect(r.value, k).toBeNull();
    else expect(Math.abs(r.value! - o.value), `${k}: ${r.value} vs ${o.value}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(o.value)));
  }
  for (const k of b.keys()) expect(a.has(k), `missing from the SQL: ${k}`).toBe(true);
}

describe('shadowQuery in DuckDB', async () => {
  // Two segment columns and a cross; some requests served by the baseline only.
  const log = at('seg2.csv');
  await writeShadowLog(SHADOW_SPEC, log);
  const lines = readFileSync(log, 'utf8').split('\n');
  // ... and one request without a region (both rows): the segment "region=(missing)".
  const kept = lines.filter((l, i) => !(i > 0 && i % 401 === 0 && l.includes(',candidate,')));
  writeFileSync(log, kept.map((l) => (l.startsWith('req-0000005,') ? l.replace(/,(BR|DE|US),/, ',,') : l)).join('\n'));
  await load(log, 'shadow_log_t');
  const config = parseConfig(SHADOW_CONFIG, 'gate.yml');

  it('its records are the local writer’s: counts, sums, percentiles, PSI counts, bands', async () => {
    const local = encodeShadowSummaries(await shadowSummariesFromLog({ shadow: log }, config));
    const { records } = await runQuery(shadowQuery(dialect('duckdb'), config, 'shadow_log_t'), 'seg2');
    expectSameRecords(records, local);
    expect(records.filter((r) => r.kind === 'band_unit').length).toBeGreaterThan(100);
    expect(records.some((r) => r.kind === 'segment' && r.segment === 'region=(missing)')).toBe(true);
  });

  it('the gate from its result, as Parquet and as JSON Lines, equals the gate from the log', async () => {
    const { jsonl, parquet } = await runQuery(shadowQuery(dialect('duckdb'), config, 'shadow_log_t'), 'seg2b');
    const fromLog = await gate(SHADOW_CONFIG, { shadow: log });
    expectSameReport(await gate(SHADOW_CONFIG, { summaries: jsonl }), fromLog);
    expectSameReport(await gate(SHADOW_CONFIG, { summaries: parquet }), fromLog);
  });

  it('cost from priced tokens, one segment column', async () => {
    const yaml = `columns: { segments: [region] }
statistics: { seed: 2, resamples: 300 }
shadow:
  pricing: { input_per_1k_tokens: 0.0005, output_per_1k_tokens: 0.0015 }
  envelope: { cost_per_1k: { max_increase: 5% }, latency_p99_ms: { max_increase: 10% }, latency_p50_ms: { max_increase: 10% } }
`;
    const tokens = at('tokens.csv');
    await writeShadowLog({ n: 1500, seed: 4, segments: { region: ['BR', 'US'] }, tokens: { input: 800, output: 200 }, candidate: { costFactor: 1.1 } }, tokens);
    await load(tokens, 'shadow_tokens_t', true);
    const cfg = parseConfig(yaml, 'gate.yml');
    const { jsonl, records } = await runQuery(shadowQuery(dialect('duckdb'), cfg, 'shadow_tokens_t'), 'tokens');
    expectSameRecords(records, encodeShadowSummaries(await shadowSummariesFromLog({ shadow: tokens }, cfg)));
    expectSameReport(await gate(yaml, { summaries: jsonl }), await gate(yaml, { shadow: tokens }));
  });

  it('refuses what the local reader refuses: rows of another model, a request twice, labelled rows', async () => {
    const c = await duck();
    await c.run("CREATE OR REPLACE TABLE shadow_bad_t AS SELECT * FROM shadow_log_t UNION ALL (SELECT * REPLACE ('canary' AS model) FROM shadow_log_t LIMIT 3)");
    const { jsonl } = await runQuery(shadowQuery(dialect('duckdb'), config, 'shadow_bad_t'), 'bad');
    await expect(gate(SHADOW_CONFIG, { summaries: jsonl })).rejects.toThrow(/the shadow log behind these summaries is malformed: 3 of its rows name neither model of shadow\.models/);
    await c.run('CREATE OR REPLACE TABLE shadow_dup_t AS SELECT * FROM shadow_log_t UNION ALL (SELECT * FROM shadow_log_t LIMIT 2)');
    const dup = await runQuery(shadowQuery(dialect('duckdb'), config, 'shadow_dup_t'), 'dup');
    await expect(gate(SHADOW_CONFIG, { summaries: dup.jsonl })).rejects.toThrow(
      /dup\.jsonl:\d+ \(column "value"\): the shadow log behind these summaries is malformed: 1 of its requests have more than one row for the same model/,
    );
    // A listed label column: labelled rows are counted and the export refused (the online metrics need the log).
    await c.run("CREATE OR REPLACE TABLE shadow_lab_t AS SELECT *, CASE WHEN row_number() OVER () <= 4 THEN '1' ELSE '' END AS label FROM shadow_log_t");
    const cols = (await (await c.runAndReadAll('DESCRIBE shadow_lab_t')).getRowObjects()).map((r) => String(r.column_name));
    expect(cols).toContain('label');
    const lab = await runQuery(shadowQuery(dialect('duckdb'), config, 'shadow_lab_t', undefined, { columns: cols }), 'lab');
    await expect(gate(SHADOW_CONFIG, { summaries: lab.jsonl })).rejects.toThrow(/lab\.jsonl:\d+ \(column "value"\): the shadow log behind these summaries has 4 labelled rows/);
    // Its unlabelled twin passes: an empty label column is not a labelled log.
    await c.run("CREATE OR REPLACE TABLE shadow_nolab_t AS SELECT *, '' AS label FROM shadow_log_t");
    const nolab = await runQuery(shadowQuery(dialect('duckdb'), config, 'shadow_nolab_t', undefined, { columns: cols }), 'nolab');
    await expect(gate(SHADOW_CONFIG, { summaries: nolab.jsonl })).resolves.toBeTruthy();
  });

  it('golden files pin each dialect’s text (UPDATE_GOLDEN=1 rewrites them)', () => {
    for (const name of ['duckdb', 'bigquery', 'spark', 'snowflake', 'trino'] as const) {
      const path = join(import.meta.dirname, 'golden', `shadow.${name}.sql`);
      const sql = `${shadowQuery(dialect(name), config, name === 'spark' ? 'logs.shadow' : 'proj.logs.shadow')}\n`;
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, sql);
      expect(sql, name).toBe(readFileSync(path, 'utf8'));
    }
  });

  it('parses as BigQuery, Snowflake, Trino and Spark (hive) SQL', () => {
    const parser = new Parser();
    for (const [name, database] of [
      ['bigquery', 'bigquery'],
      ['snowflake', 'snowflake'],
      ['trino', 'trino'],
      ['spark', 'hive'],
    ] as const) {
      // Three-part names for the engines that have catalogs; node-sql-parser's hive takes two.
      let sql = shadowQuery(dialect(name), config, name === 'spark' ? 'logs.shadow' : 'proj.logs.shadow');
      // node-sql-parser reads a backslash in a string literal as an escape in every mode; Trino (standard
      // SQL) does not, so its one-backslash literal (dialect.jsonString) is swapped for the parser only.
      if (name === 'trino') sql = sql.replaceAll("'\\'", "'#'");
      expect(() => parser.astify(sql, { database }), name).not.toThrow();
    }
  });
});
