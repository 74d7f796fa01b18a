// The warehouse query run in DuckDB over tables loaded from seeded CSVs: its
// records equal the local writer's (summariesFromRows) within 1e-9 relative, and
// the gate from its exported result (Parquet, CSV, JSON Lines) through the
// `summaries` input gives the report the rows give. Binary (decision metrics,
// brier, log_loss, ece, mean[X], weights, a prediction column), multiclass and
// regression, each with two segment columns and their cross, and ids in one
// table only.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import { runGate } from '../../src/pipeline/index.js';
import type { Report } from '../../src/report/types.js';
import { encodeSummaries, summariesFromRows } from '../../src/sources/index.js';
import { offlineQuery } from '../../src/sql/index.js';
import { expectSameRecords, exportTo, load, runRecords, writeTables, type TableSpec } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'mrg-sql-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);
const RUN = { repository: null, commit: null, pull_request: null, url: null };
const now = () => new Date('2026-01-01T00:00:00Z');

const gate = (yaml: string, inputs: { b?: string; c?: string; s?: string }): Promise<Report> =>
  runGate({
    name: 'm',
    config: parseConfig(yaml, 'gate.yml'),
    baselineEval: inputs.b ?? null,
    candidateEval: inputs.c ?? null,
    summaries: inputs.s ?? null,
    shadow: null,
    labels: null,
    run: RUN,
    now,
  });

/** Every number of two reports equal within 1e-9 relative, every other field equal, except the input files. */
function expectSameReport(fromSummaries: Report, fromRows: Report): void {
  const strip = (r: Report) => ({ ...r, inputs: { ...r.inputs, baseline_eval: r.inputs.baseline_eval?.rows, candidate_eval: r.inputs.candidate_eval?.rows } });
  const walk = (a: unknown, b: unknown, path: string): void => {
    if (typeof a === 'number' && typeof b === 'number') expect(Math.abs(a - b), `${path}: ${a} vs ${b}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
    else if (a && b && typeof a === 'object' && typeof b === 'object') {
      expect(Object.keys(a), path).toEqual(Object.keys(b));
      for (const k of Object.keys(a)) walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    } else expect(a, path).toEqual(b);
  };
  walk(strip(fromSummaries), strip(fromRows), 'report');
}

interface Case {
  name: string;
  spec: TableSpec;
  yaml: string;
  format: 'parquet' | 'csv' | 'json';
}

const CASES: Case[] = [
  {
    name: 'binary: decision metrics, brier, log_loss, ece, auc, pr_auc, mean[judge], weights, a prediction column',
    spec: { task: 'binary', n: 3000, seed: 11, onlyBaseline: 3, onlyCandidate: 2, weight: true, prediction: true, mean: 'judge' },
    format: 'parquet',
    yaml: `task: binary
columns: { segments: [region, device] }
segments: { min_samples: 100, cross: [[region, device]] }
statistics: { seed: 7, resamples: 200 }
metrics:
  recall: { max_drop: 2pp }
  precision: { max_drop: 2pp }
  accuracy: { max_drop: 1pp }
  mcc: { max_drop: 0.02 }
  expected_cost: { max_increase: 5%, costs: { tp: 0, fp: 1, tn: 0, fn: 5 } }
  ece: { max_increase: 1pp }
  log_loss: { max_increase: 5% }
  brier: { max_increase: 5% }
  auc: { max_drop: 0.01 }
  pr_auc: { max_drop: 0.02 }
  mean[judge]: { direction: higher, max_drop: 0.05 }
`,
  },
  {
    name: 'binary: decisions from the threshold, auc and pr_auc, no weights',
    spec: { task: 'binary', n: 2000, seed: 12 },
    format: 'json',
    yaml: `task: binary
threshold: 0.35
columns: { segments: [region, device] }
segments: { min_samples: 100, cross: [[region, device]] }
statistics: { seed: 3, resamples: 200 }
metrics:
  recall: { max_drop: 2pp }
  f1: { max_drop: 2pp }
  brier: { max_increase: 5% }
  auc: { max_drop: 0.01 }
  pr_auc: { max_drop: 0.02 }
`,
  },
  {
    name: 'multiclass: accuracy, macro_f1, recall[cat], with weights',
    spec: { task: 'multiclass', n: 3000, seed: 13, onlyCandidate: 4, weight: true },
    format: 'csv',
    yaml: `task: multiclass
columns: { segments: [region, device] }
segments: { min_samples: 100, cross: [[region, device]] }
statistics: { seed: 5, resamples: 200 }
metrics:
  accuracy: { max_drop: 2pp }
  macro_f1: { max_drop: 0.02 }
  recall[cat]: { max_drop: 3pp }
  balanced_accuracy: { max_drop: 2pp }
`,
  },
  {
    name: 'regression: mae, rmse, mape, bias, mean[judge]',
    spec: { task: 'regression', n: 2500, seed: 14, onlyBaseline: 2, mean: 'judge' },
    format: 'parquet',
    yaml: `task: regression
columns: { segments: [region, device] }
segments: { min_samples: 100, cross: [[region, device]] }
statistics: { seed: 9, resamples: 200 }
metrics:
  mae: { max_increase: 5% }
  rmse: { max_increase: 5% }
  mape: { max_increase: 5% }
  bias: { max_increase: 0.1 }
  mean[judge]: { direction: higher, max_drop: 0.05 }
`,
  },
];

const sizes: string[] = [];
afterAll(() => console.log(`summaries from SQL: ${sizes.join('; ')}`));

describe.each(CASES)('$name', (c) => {
  it('the SQL records equal the local writer records, and the gate from them equals the gate from the rows', async () => {
    const tag = c.spec.task + c.spec.seed;
    const b = at(`${tag}-b.csv`);
    const cand = at(`${tag}-c.csv`);
    const types = writeTables(c.spec, b, cand);
    await load(`t_${tag}_b`, b, types);
    await load(`t_${tag}_c`, cand, types);
    const config = parseConfig(c.yaml, 'gate.yml');
    const sql = offlineQuery('duckdb', config, { baseline: `t_${tag}_b`, candidate: `t_${tag}_c`, prediction: c.spec.prediction ?? false, weight: c.spec.weight ?? false });
    const records = await runRecords(sql);
    const local = encodeSummaries(await summariesFromRows({ baseline: b, candidate: cand }, config));
    expectSameRecords(records, local);
    const out = at(`${tag}.${c.format === 'json' ? 'jsonl' : c.format}`);
    await exportTo(sql, out, c.format);
    sizes.push(`${c.name.split(':')[0]} n=${c.spec.n}: ${records.length} records, ${new Set(records.map((r) => r.segment)).size - 1} segments, ${statSync(out).size} bytes of ${c.format}`);
    const rows = await gate(c.yaml, { b, c: cand });
    const fromSql = await gate(c.yaml, { s: out });
    expect(fromSql.checks.length).toBeGreaterThan(20);
    expectSameReport(fromSql, rows);
  }, 120_000);
});

describe('ids in one table only', () => {
  it('the 5 smallest of each table, in the SQL and in the local writer, whatever the file order', async () => {
    const spec: TableSpec = { task: 'binary', n: 1500, seed: 21, onlyBaseline: 9, onlyCandidate: 8, shuffle: true };
    const b = at('only-b.csv');
    const cand = at('only-c.csv');
    const types = writeTables(spec, b, cand);
    await load('only_b', b, types);
    await load('only_c', cand, types);
    const config = parseConfig(CASES[1].yaml, 'gate.yml');
    const records = await runRecords(offlineQuery('duckdb', config, { baseline: 'only_b', candidate: 'only_c', prediction: false, weight: false }));
    const local = encodeSummaries(await summariesFromRows({ baseline: b, candidate: cand }, config));
    expectSameRecords(records, local);
    const only = (key: string) => local.filter((r) => r.kind === 'only_id' && r.key === key).map((r) => r.text);
    expect(only('baseline')).toEqual(['ex-000000', 'ex-000001', 'ex-000002', 'ex-000003', 'ex-000004']);
    expect(only('candidate')).toEqual(['ex-001500', 'ex-001501', 'ex-001502', 'ex-001503', 'ex-001504']);
    const counts = Object.fromEntries(records.filter((r) => r.kind === 'count').map((r) => [r.key, r.value]));
    expect(counts).toMatchObject({ baseline_rows: 1500, candidate_rows: 1499, matched: 1491, only_baseline: 9, only_candidate: 8 });
  }, 60_000);
});
