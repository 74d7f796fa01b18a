// What the warehouse query and `model-gate sql` refuse: rows the local reader
// refuses are counted in the query's `invalid:` records and the summaries
// reader refuses a file with any, as the local reader refuses the same rows;
// the CLI refuses a missing flag, an unknown dialect, metrics SQL cannot make,
// two queries at once, and a current-profile query without the reference's profile.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseConfig } from '../../src/config/parse.js';
import { DataError } from '../../src/errors/index.js';
import { readSummaries, summariesFromRows } from '../../src/sources/index.js';
import { dialect, offlineQuery, profileQuery, shadowQuery } from '../../src/sql/index.js';
import { duck } from '../io/columnar.fixtures.js';
import { exportTo, q, runRecords } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'mrg-sqlref-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);

const YAML = `task: binary
columns: { segments: [region] }
metrics:
  recall: { max_drop: 2pp }
  brier: { max_increase: 5% }
`;
const T = { prediction: false, weight: false };

/** A DuckDB table and the same rows as a CSV. */
async function table(name: string, rows: Array<[string | null, string | null, number | null, string]>): Promise<string> {
  const lit = (v: string | number | null) => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : q(v));
  const values = rows.map((r) => `(${r.map(lit).join(', ')})`).join(', ');
  await (await duck()).run(`CREATE OR REPLACE TABLE ${name} AS SELECT * FROM (VALUES ${values}) t(id, label, score, region)`);
  const path = at(`${name}.csv`);
  writeFileSync(path, ['id,label,score,region', ...rows.map((r) => r.map((v) => v ?? '').join(','))].join('\n'));
  return path;
}

describe('rows the local reader refuses', () => {
  it('are counted per kind, and the summaries reader refuses the export naming the count', async () => {
    const b = await table('bad_b', [
      ['a', '1', 0.9, 'BR'],
      ['b', '0', 0.2, 'BR'],
      ['c', '2', 0.5, 'US'],
      ['d', 'true', 1.5, 'US'],
      ['e', null, 0.3, 'US'],
      [null, '1', 0.5, 'US'],
      ['a', '1', 0.9, 'BR'],
    ]);
    const c = await table('bad_c', [
      ['a', '1', 0.8, 'BR'],
      ['b', '1', 0.3, 'BR'],
      ['c', '2', 0.5, 'US'],
      ['d', '1', 0.5, 'US'],
      ['e', null, 0.3, 'US'],
    ]);
    const config = parseConfig(YAML, 'gate.yml');
    const sql = offlineQuery('duckdb', config, { baseline: 'bad_b', candidate: 'bad_c', ...T });
    const counts = Object.fromEntries((await runRecords(sql)).filter((r) => r.kind === 'count').map((r) => [r.key, r.value]));
    expect(counts).toMatchObject({
      'invalid:id': 1,
      'invalid:label': 4,
      'invalid:score': 1,
      'invalid:duplicate_id': 1,
      'invalid:label_disagrees': 1,
      baseline_rows: 7,
      candidate_rows: 5,
    });
    await exportTo(sql, at('bad.jsonl'), 'json');
    const e = await readSummaries(at('bad.jsonl'), config).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DataError);
    expect((e as Error).message).toMatch(/count invalid:\w+ is [1-4]: the tables hold rows the gate refuses/);
    expect((e as Error).message).not.toContain('\n');
    // The local reader refuses the same rows.
    await expect(summariesFromRows({ baseline: b, candidate: c }, config)).rejects.toBeInstanceOf(DataError);
  });

  it('a clean table has every invalid count 0, and no id in common is refused', async () => {
    await table('ok_b', [
      ['a', '1', 0.9, 'BR'],
      ['b', '0', 0.2, 'US'],
    ]);
    await table('ok_c', [
      ['x', '1', 0.8, 'BR'],
      ['y', '0', 0.3, 'US'],
    ]);
    const config = parseConfig(YAML, 'gate.yml');
    const sql = offlineQuery('duckdb', config, { baseline: 'ok_b', candidate: 'ok_c', ...T });
    const records = await runRecords(sql);
    expect(records.filter((r) => r.key.startsWith('invalid:')).every((r) => r.value === 0)).toBe(true);
    expect(records.filter((r) => r.kind === 'only_id').map((r) => [r.key, r.text])).toEqual([
      ['baseline', 'a'],
      ['baseline', 'b'],
      ['candidate', 'x'],
      ['candidate', 'y'],
    ]);
    await exportTo(sql, at('disjoint.csv'), 'csv');
    await expect(readSummaries(at('disjoint.csv'), config)).rejects.toThrow(/count matched is 0: no id is in both tables/);
  });
});

describe('offlineQuery refuses what SQL cannot make', () => {
  it('class probabilities and per-example cost columns; auc and pr_auc are made (ranking.ts)', () => {
    const mc = parseConfig('task: multiclass\nmetrics:\n  log_loss: { max_increase: 5% }\n', 'gate.yml');
    expect(() => offlineQuery('duckdb', mc, { baseline: 'b', candidate: 'c', ...T })).toThrow(/metrics.log_loss needs class probabilities/);
    const cost = parseConfig('task: binary\nmetrics:\n  expected_cost: { max_increase: 5%, costs: { tp: 0, fp: 1, tn: 0, fn: amount } }\n', 'gate.yml');
    expect(() => offlineQuery('duckdb', cost, { baseline: 'b', candidate: 'c', ...T })).toThrow(/per-example cost columns/);
    const auc = parseConfig('task: binary\nmetrics:\n  auc: { max_drop: 0.01 }\n', 'gate.yml');
    expect(offlineQuery('duckdb', auc, { baseline: 'b', candidate: 'c', ...T })).toContain('rank_');
  });
});

describe('model-gate sql', () => {
  const run = async (args: string[]) => {
    let out = '';
    const err: string[] = [];
    const status = await main(
      ['sql', ...args],
      (s) => (out += s),
      (s) => err.push(s),
    );
    return { status, out, err: err.join('') };
  };
  const cfg = at('gate.yml');
  writeFileSync(cfg, YAML);
  const DATA_YAML = `columns: { segments: [region] }
data:
  features:
    amount: { type: numeric }
    country: { type: categorical }
`;
  const dataCfg = at('gate-data.yml');
  writeFileSync(dataCfg, DATA_YAML);
  const rowsFile = at('ref-rows.csv');
  writeFileSync(rowsFile, 'amount,country,region\n1.5,BR,a\n2.5,US,b\n');

  it('prints the shadow query and the reference and current profile queries', async () => {
    const config = parseConfig(YAML, 'gate.yml');
    const shadow = await run(['--dialect', 'trino', '--config', cfg, '--shadow-table', 'hive.logs.shadow', '--columns', 'request_id, model,latency_ms,score,cost_usd,error,region']);
    expect([shadow.status, shadow.err]).toEqual([0, '']);
    const columns = ['request_id', 'model', 'latency_ms', 'score', 'cost_usd', 'error', 'region'];
    expect(shadow.out).toBe(`${shadowQuery(dialect('trino'), config, 'hive.logs.shadow', undefined, { columns })};\n`);
    // Without an error column listed, the query does not read one.
    const noError = await run(['--dialect', 'duckdb', '--config', cfg, '--shadow-table', 's', '--columns', 'request_id,model,latency_ms,score,cost_usd,region']);
    expect(noError.out).not.toContain('WHEN "error"');
    expect(shadow.out).toContain('WHEN "error"');

    const dataConfig = parseConfig(DATA_YAML, 'gate.yml');
    const ref = await run(['--dialect', 'bigquery', '--config', dataCfg, '--reference-table', 'p.ds.train']);
    expect([ref.status, ref.err]).toEqual([0, '']);
    expect(ref.out).toBe(`${profileQuery(dialect('bigquery'), dataConfig, 'p.ds.train')};\n`);
    // The current query from the reference's profile JSON (model-gate profile): its bins as literals.
    const profileJson = at('ref.profile.json');
    let profileOut = '';
    expect(
      await main(
        ['profile', '--reference', rowsFile, '--config', dataCfg, '--out', profileJson],
        (x) => (profileOut += x),
        () => {},
      ),
    ).toBe(0);
    const cur = await run(['--dialect', 'duckdb', '--config', dataCfg, '--current-table', 'live', '--reference-profile', profileJson]);
    expect([cur.status, cur.err]).toEqual([0, '']);
    expect(cur.out).toContain('"live"');
    expect(cur.out).not.toBe(`${profileQuery(dialect('duckdb'), dataConfig, 'live')};\n`);
  });

  it('prints the statement for each dialect', async () => {
    for (const dialect of ['duckdb', 'bigquery', 'spark', 'snowflake', 'trino']) {
      const r = await run(['--dialect', dialect, '--config', cfg, '--baseline-table', 'p.ds.base', '--candidate-table', 'p.ds.cand']);
      expect([r.status, r.err]).toEqual([0, '']);
      expect(r.out).toMatch(/^WITH\n/);
      expect(r.out.trimEnd().endsWith(';')).toBe(true);
    }
    expect((await run(['--help'])).out).toMatch(/Usage: model-gate sql --dialect/);
  });

  it('refuses a missing flag, an unknown dialect, two queries at once, a current query without a profile, in one line each, no stack', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--config', cfg, '--baseline-table', 'b', '--candidate-table', 'c'], /needs --dialect/],
      [['--dialect', 'oracle', '--config', cfg, '--baseline-table', 'b', '--candidate-table', 'c'], /--dialect "oracle" is not one of duckdb, bigquery/],
      [['--dialect', 'duckdb', '--baseline-table', 'b', '--candidate-table', 'c'], /needs --config/],
      [['--dialect', 'duckdb', '--config', cfg, '--baseline-table', 'b'], /needs --baseline-table and --candidate-table \(no --candidate-table\)/],
      [['--dialect', 'duckdb', '--config', cfg, '--baseline-table', 'a..b', '--candidate-table', 'c'], /is not a table name/],
      [['--dialect', 'duckdb', '--config', cfg, '--shadow-table', 's', '--baseline-table', 'b', '--candidate-table', 'c'], /the eval tables and --shadow-table together: give one of/],
      [['--dialect', 'duckdb', '--config', cfg, '--reference-table', 'r', '--current-table', 'c'], /--reference-table and --current-table together/],
      [['--dialect', 'duckdb', '--config', cfg], /nothing to query/],
      [['--dialect', 'duckdb', '--config', dataCfg, '--current-table', 'c'], /--current-table needs --reference-profile/],
      [['--dialect', 'duckdb', '--config', dataCfg, '--current-table', 'c', '--reference-profile', rowsFile], /holds rows, not a profile/],
      [['--dialect', 'duckdb', '--config', cfg, '--reference-table', 'r', '--reference-profile', 'p.json'], /--reference-profile goes with --current-table/],
      [['--dialect', 'duckdb', '--config', cfg, '--baseline-table', 'b', '--candidate-table', 'c', '--columns', 'a'], /--columns lists the shadow table/],
      [['--dialect', 'duckdb', '--config', cfg, '--shadow-table', 's', '--columns', 'request_id,model,latency_ms,region', '--labels-table', 'l'], /--labels-table with --shadow-table/],
      [['--dialect', 'duckdb', '--config', cfg, '--shadow-table', 's'], /--shadow-table needs --columns/],
      [['--dialect', 'duckdb', '--config', cfg, '--shadow-table', 's', '--columns', 'request_id,model,latency_ms,region', '--weight'], /--prediction and --weight describe the eval tables/],
      [['--dialect', 'duckdb', '--config', cfg, '--shadow-table', 's', '--columns', 'request_id,model,latency'], /--columns lists no latency_ms, region, which the shadow log must have/],
      [['--dialect', 'duckdb', '--config', cfg, '--labels-table', 'l'], /without --shadow-table/],
      [['--dialect', 'duckdb', '--bogus'], /Flags: --dialect/],
    ];
    for (const [args, re] of cases) {
      const r = await run(args);
      expect(r.status, args.join(' ')).toBe(2);
      // One line naming the problem (then the CLI's pointer to --help), no stack.
      expect(r.err.split('\n')[0], args.join(' ')).toMatch(re);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });
});
