// The gate from its summaries (model-release-gate/summaries@1) equals the gate
// from the rows: binary with segments and a cross (every offline binary metric,
// each paired test), multiclass and regression with mean[X]; the summaries read
// back from JSON Lines, CSV and Parquet (written by DuckDB); and a foreign-config,
// tampered or malformed file refused with one line naming what is wrong.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { parseConfig } from '../../../src/config/parse.js';
import { DataError } from '../../../src/errors/index.js';
import { runGate } from '../../../src/pipeline/index.js';
import { renderMarkdown } from '../../../src/report/index.js';
import type { Report } from '../../../src/report/types.js';
import { encodeSummaries, readSummaries, summariesFromRows, type SummaryRecord } from '../../../src/sources/index.js';
import { mulberry32, writeEvalPair } from '../../../scripts/lib/generate.mjs';
import { writeParquet } from '../../io/columnar.fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'mrg-summaries-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);
const RUN = { repository: null, commit: null, pull_request: null, url: null };
const now = () => new Date('2026-01-01T00:00:00Z');

const BINARY_CONFIG = `task: binary
threshold: 0.5
columns: { segments: [region, device] }
segments: { min_samples: 150, cross: [[region, device]] }
statistics: { seed: 7, resamples: 300 }
metrics:
  recall: { max_drop: 2pp }
  precision: { max_drop: 2pp }
  accuracy: { max_drop: 1pp }
  balanced_accuracy: { max_drop: 1pp }
  mcc: { max_drop: 0.02 }
  expected_cost: { max_increase: 5%, costs: { tp: 0, fp: 1, tn: 0, fn: 5 } }
  auc: { max_drop: 0.01, min: 0.7 }
  pr_auc: { max_drop: 0.01 }
  ece: { max_increase: 1pp }
  log_loss: { max_increase: 5% }
  brier: { max_increase: 5% }
`;
const BINARY_SPEC = {
  n: 4000,
  seed: 5,
  segments: { region: ['BR', 'DE', 'US'], device: ['ios', 'web'] },
  baseRate: 0.3,
  effects: [{ where: { region: 'BR' }, positiveShift: -0.6 }],
};

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

/** Writes the summaries of an eval pair as JSON Lines, as `model-gate summaries` prints them. */
async function writeSummaries(yaml: string, b: string, c: string, path: string): Promise<SummaryRecord[]> {
  const records = encodeSummaries(await summariesFromRows({ baseline: b, candidate: c }, parseConfig(yaml, 'gate.yml')));
  writeFileSync(path, records.map((r) => JSON.stringify(r)).join('\n'));
  return records;
}

/** Every number of two reports equal within 1e-9 relative, every other field equal, except the input files. */
function expectSameReport(fromSummaries: Report, fromRows: Report): void {
  const strip = (r: Report) => ({ ...r, inputs: { ...r.inputs, baseline_eval: r.inputs.baseline_eval?.rows, candidate_eval: r.inputs.candidate_eval?.rows } });
  const walk = (a: unknown, b: unknown, path: string): void => {
    if (typeof a === 'number' && typeof b === 'number') {
      expect(Math.abs(a - b), `${path}: ${a} vs ${b}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
    } else if (a && b && typeof a === 'object' && typeof b === 'object') {
      expect(Object.keys(a), path).toEqual(Object.keys(b));
      for (const k of Object.keys(a)) walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    } else expect(a, path).toEqual(b);
  };
  walk(strip(fromSummaries), strip(fromRows), 'report');
}

describe('binary with segments and a cross: the report from summaries equals the report from rows', () => {
  let rows: Report;
  let records: SummaryRecord[];
  beforeAll(async () => {
    await writeEvalPair(BINARY_SPEC, at('b.csv'), at('c.csv'), 3);
    rows = await gate(BINARY_CONFIG, { b: at('b.csv'), c: at('c.csv') });
    records = await writeSummaries(BINARY_CONFIG, at('b.csv'), at('c.csv'), at('s.jsonl'));
  }, 60_000);

  it('from JSON Lines: every check, value, interval and status', async () => {
    const r = await gate(BINARY_CONFIG, { s: at('s.jsonl') });
    // 11 metrics x (overall + 3 regions + 2 devices + 6 crosses) judged, plus coverage.
    expect(r.checks.length).toBeGreaterThan(100);
    expect(r.checks.filter((c) => c.ci !== null).length).toBeGreaterThan(80);
    expect(new Set(r.checks.map((c) => c.status))).toContain('fail');
    expectSameReport(r, rows);
    // The comment names the summaries file once, not as both sides.
    expect(renderMarkdown(r)).toMatch(/Candidate against baseline \(from [^)]*s\.jsonl\) on/);
    expect(r.inputs.baseline_eval?.files).toEqual([at('s.jsonl')]);
  });

  it('from CSV and from Parquet, as a warehouse exports them', async () => {
    const csv = ['segment,kind,key,value,text', ...records.map((x) => [x.segment, x.kind, x.key, x.value ?? '', x.text ?? ''].map((v) => `"${String(v).replaceAll('"', '""')}"`).join(','))];
    writeFileSync(at('s.csv'), csv.join('\n'));
    expectSameReport(await gate(BINARY_CONFIG, { s: at('s.csv') }), rows);
    await writeParquet(
      `SELECT * FROM read_json('${at('s.jsonl')}', columns = {segment: 'VARCHAR', kind: 'VARCHAR', key: 'VARCHAR', value: 'DOUBLE', text: 'VARCHAR'})`,
      at('s.parquet'),
      'zstd',
      4096,
    );
    expectSameReport(await gate(BINARY_CONFIG, { s: at('s.parquet') }), rows);
  });

  it('the CLI: `model-gate summaries` prints the records, `--summaries` gates from them', async () => {
    writeFileSync(at('gate.yml'), BINARY_CONFIG);
    let printed = '';
    const err: string[] = [];
    const status = await main(
      ['summaries', '--config', at('gate.yml'), '--baseline-eval', at('b.csv'), '--candidate-eval', at('c.csv')],
      (s) => (printed += s),
      (s) => err.push(s),
    );
    expect([status, err]).toEqual([0, []]);
    expect(
      printed
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual(records);
    writeFileSync(at('cli.jsonl'), printed);
    let json = '';
    const gateStatus = await main(
      ['--config', at('gate.yml'), '--summaries', at('cli.jsonl'), '--format', 'json'],
      (s) => (json += s),
      (s) => err.push(s),
    );
    expect(gateStatus).toBe(rows.verdict === 'fail' ? 1 : 0);
    expect(JSON.parse(json).checks.map((c: { status: string }) => c.status)).toEqual(rows.checks.map((c) => c.status));
    const both = await main(
      ['--config', at('gate.yml'), '--summaries', at('cli.jsonl'), '--baseline-eval', at('b.csv'), '--candidate-eval', at('c.csv')],
      () => {},
      (s) => err.push(s),
    );
    expect(both).toBe(2);
    expect(err.join('')).toMatch(/summaries is given with the eval files/);
  });

  it('records in any order (an engine exports them unordered)', async () => {
    const rand = mulberry32(9);
    const shuffled = records
      .map((r) => ({ r, k: rand() }))
      .sort((a, b) => a.k - b.k)
      .map((x) => x.r);
    writeFileSync(at('shuffled.jsonl'), shuffled.map((r) => JSON.stringify(r)).join('\n'));
    expectSameReport(await gate(BINARY_CONFIG, { s: at('shuffled.jsonl') }), rows);
  });

  it('the summaries are small: a few hundred numbers per segment plus the jackknife groups', () => {
    // 12 segments; the ECE groups (50 x 21 per segment) dominate.
    expect(records.length).toBeLessThan(12 * (50 * (21 + 4) + 200));
  });

  const refused = async (edit: (r: SummaryRecord[]) => SummaryRecord[], config = BINARY_CONFIG): Promise<string> => {
    const path = at(`bad-${Math.random().toString(36).slice(2)}.jsonl`);
    writeFileSync(
      path,
      edit(structuredClone(records))
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const e = await readSummaries(path, parseConfig(config, 'gate.yml')).then(
      () => null,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(DataError);
    expect((e as Error).message).not.toContain('\n');
    return (e as Error).message;
  };

  it('the same file given twice names both headers; an export without the text column says so', async () => {
    const path = at('twice.jsonl');
    writeFileSync(path, records.map((r) => JSON.stringify(r)).join('\n'));
    const twice = await readSummaries([path, path], parseConfig(BINARY_CONFIG, 'gate.yml')).catch((e: Error) => e);
    expect(twice).toBeInstanceOf(DataError);
    expect((twice as Error).message).toMatch(/2 header records \(.*twice\.jsonl:1, .*twice\.jsonl:1\): one summaries file per source, each given once/);
    const csv = at('notext.csv');
    writeFileSync(csv, `segment,kind,key,value\n${records.map((r) => [r.segment, r.kind, r.key, r.value ?? ''].join(',')).join('\n')}\n`);
    const noText = await readSummaries(csv, parseConfig(BINARY_CONFIG, 'gate.yml')).catch((e: Error) => e);
    expect((noText as Error).message).toMatch(/no text column: a summaries file has the five columns segment, kind, key, value, text/);
  });

  it('refuses summaries made for another config, naming the setting that differs', async () => {
    expect(await refused((r) => r, BINARY_CONFIG.replace('threshold: 0.5', 'threshold: 0.6'))).toMatch(/made for another config: threshold is 0.5 there, 0.6 in this config/);
    // A metric left out is named by its path, not by dumping both metric lists.
    expect(await refused((r) => r, BINARY_CONFIG.replace('  ece: { max_increase: 1pp }\n', ''))).toMatch(/made for another config: metrics\.ece is null there, absent in this config$/m);
    expect(await refused((r) => r, BINARY_CONFIG.replace('seed: 7', 'seed: 8'))).toMatch(/seed is 7 there, 8/);
    expect(await refused((r) => r, BINARY_CONFIG.replace('fn: 5', 'fn: 4'))).toMatch(/made for another config: metrics\.expected_cost\.fn is 5 there, 4 in this config/);
    expect(await refused((r) => r, BINARY_CONFIG.replace(', cross: [[region, device]]', ''))).toMatch(/cross is \[\["region","device"\]\] there, \[\] in/);
  });

  it('refuses a tampered header, a foreign format and malformed records, naming file and line', async () => {
    const setHeader = (f: (h: { fingerprint: string; settings: Record<string, unknown> }) => void) => (r: SummaryRecord[]) => {
      const h = JSON.parse(r[0].text!);
      f(h);
      r[0].text = JSON.stringify(h);
      return r;
    };
    expect(await refused(setHeader((h) => (h.settings.threshold = 0.6)))).toMatch(/s?:1 \(column "text"\): the fingerprint .* does not match the header's settings/);
    expect(await refused((r) => [{ ...r[0], key: 'model-release-gate/summaries@2' }, ...r.slice(1)])).toMatch(/format "model-release-gate\/summaries@2"/);
    expect(await refused((r) => r.slice(1))).toMatch(/expected one header record/);
    expect(await refused((r) => r.filter((x) => x.kind !== 'array' || x.key !== 'delong'))).toMatch(/no delong summaries, which this config's metrics need/);
    const first = records.findIndex((x) => x.kind === 'joint');
    expect(await refused((r) => [...r, r[first]])).toMatch(/:\d+ \(column "key"\): joint\[\d+\] of segment overall is given twice/);
    // A count given twice (here with another value) is refused, not last-one-wins.
    const rows = (r: SummaryRecord[]) => r.findIndex((x) => x.kind === 'count' && x.key === 'baseline_rows');
    expect(await refused((r) => [...r, { ...r[rows(r)], value: 100 }])).toMatch(/:\d+ \(column "key"\): count record "baseline_rows" is given twice/);
    expect(await refused((r) => [...r, { ...r[first], key: '999' }])).toMatch(/key "999" is outside joint's 0\.\.15/);
    expect(await refused((r) => [...r, { ...r[first], segment: 'region=XX' }])).toMatch(/segment "region=XX" has no segment record/);
    expect(await refused((r) => [...r, { ...r[first], kind: 'mystery' }])).toMatch(/kind "mystery" is not declared/);
  });
});

describe('multiclass and regression: the report from summaries equals the report from rows', () => {
  it('multiclass with a segment, recall[CLASS] and mean[X]', async () => {
    const rand = mulberry32(4);
    const classes = ['bird', 'cat', 'dog'];
    const lines = { b: ['id,label,prediction,region,judge'], c: ['id,label,prediction,region,judge'] };
    for (let i = 0; i < 2000; i++) {
      const y = Math.floor(rand() * 3);
      const pb = rand() < 0.8 ? y : Math.floor(rand() * 3);
      const pc = rand() < 0.85 ? pb : rand() < 0.5 ? y : Math.floor(rand() * 3);
      const region = rand() < 0.5 ? 'A' : 'B';
      lines.b.push(`e${i},${classes[y]},${classes[pb]},${region},${(rand() * 5).toFixed(2)}`);
      lines.c.push(`e${i},${classes[y]},${classes[pc]},${region},${(rand() * 5 + 0.1).toFixed(2)}`);
    }
    writeFileSync(at('mb.csv'), lines.b.join('\n'));
    writeFileSync(at('mc.csv'), lines.c.join('\n'));
    const yaml = `task: multiclass
columns: { segments: [region] }
metrics:
  accuracy: { max_drop: 1pp }
  macro_f1: { max_drop: 1pp }
  recall[cat]: { max_drop: 2pp }
  mean[judge]: { direction: higher, max_drop: 0.05 }
`;
    const rows = await gate(yaml, { b: at('mb.csv'), c: at('mc.csv') });
    await writeSummaries(yaml, at('mb.csv'), at('mc.csv'), at('ms.jsonl'));
    const r = await gate(yaml, { s: at('ms.jsonl') });
    expect(r.checks.filter((c) => c.ci !== null).length).toBe(4 * 3);
    expectSameReport(r, rows);
  });

  it('regression with a segment', async () => {
    const rand = mulberry32(6);
    const lines = { b: ['id,label,prediction,region'], c: ['id,label,prediction,region'] };
    for (let i = 0; i < 2000; i++) {
      const y = 10 + rand() * 50;
      const region = rand() < 0.4 ? 'A' : 'B';
      lines.b.push(`e${i},${y.toFixed(3)},${(y + (rand() - 0.5) * 8).toFixed(3)},${region}`);
      lines.c.push(`e${i},${y.toFixed(3)},${(y + (rand() - 0.45) * 7).toFixed(3)},${region}`);
    }
    writeFileSync(at('rb.csv'), lines.b.join('\n'));
    writeFileSync(at('rc.csv'), lines.c.join('\n'));
    const yaml = `task: regression
columns: { segments: [region] }
metrics:
  mae: { max_increase: 5% }
  rmse: { max_increase: 5% }
  mape: { max_increase: 5% }
  bias: { max: 1 }
`;
    const rows = await gate(yaml, { b: at('rb.csv'), c: at('rc.csv') });
    await writeSummaries(yaml, at('rb.csv'), at('rc.csv'), at('rs.jsonl'));
    const r = await gate(yaml, { s: at('rs.jsonl') });
    expect(r.checks.filter((c) => c.ci !== null).length).toBeGreaterThan(6);
    expectSameReport(r, rows);
    expect(r.distributions?.offline).toEqual(rows.distributions?.offline);
  });
});
