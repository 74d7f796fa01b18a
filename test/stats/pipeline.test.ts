// The statistics through the whole pipeline (files in, report out): every change
// check carries its interval and p-values for every task, and the report is the
// same byte for byte on a rerun (timestamps aside), whatever the candidate's row order.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import { runGate, type StageTimings } from '../../src/pipeline/index.js';
import { reportJson } from '../../src/pipeline/index.js';
import type { Report } from '../../src/report/types.js';
import { writeEvalPair } from '../../scripts/lib/generate.mjs';
import { rng } from '../metrics/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'gate-stats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RUN = { repository: null, commit: null, pull_request: null, url: null };
const NOW = () => new Date('2026-01-01T00:00:00Z');

async function gate(yaml: string, baseline: string, candidate: string, timings?: StageTimings): Promise<Report> {
  return runGate({ name: 'm', config: parseConfig(yaml, 'gate.yml'), baselineEval: baseline, candidateEval: candidate, shadow: null, labels: null, run: RUN, now: NOW }, timings);
}

const BINARY = `task: binary
columns: { segments: [region, device] }
segments: { min_samples: 200, cross: [[region, device]] }
statistics: { seed: 7, resamples: 500 }
metrics:
  accuracy: { max_drop: 1pp }
  precision: { max_drop: 1pp }
  recall: { max_drop: 1pp }
  f1: { max_drop: 1pp }
  fpr: { max_increase: 1pp }
  positive_rate: { max_increase: 2pp }
  expected_cost: { costs: { fp: 1, fn: 5 }, max_increase: 3% }
  auc: { max_drop: 0.005, min: 0.7 }
  pr_auc: { max_drop: 0.01 }
  log_loss: { max_increase: 2% }
  brier: { max_increase: 2% }
  ece: { max_increase: 1pp }
`;

/** Change checks that were judged. */
const changeChecks = (r: Report) => r.checks.filter((c) => /^max_(drop|increase)/.test(c.rule ?? '') && c.status !== 'insufficient');

describe('binary, end to end', async () => {
  const spec = {
    n: 12_000,
    seed: 3,
    segments: { region: ['BR', 'DE', 'US'], device: ['ios', 'web'] },
    baseRate: 0.2,
    effects: [{ where: { region: 'BR' }, positiveShift: -0.8 }],
  };
  const b = join(dir, 'b.csv');
  const c = join(dir, 'c.csv');
  const shuffled = join(dir, 'c-shuffled.csv');
  await writeEvalPair(spec, b, c);
  await writeEvalPair(spec, join(dir, 'b-copy.csv'), shuffled, 5);
  const timings: StageTimings = {};
  const first = await gate(BINARY, b, c, timings);
  const second = await gate(BINARY, b, c);

  it('every change check carries its interval, p-value, adjusted p-value and detectable size', () => {
    const checks = changeChecks(first);
    expect(checks.length).toBe(12 * 12);
    for (const ch of checks) {
      expect(ch.ci, ch.id).toHaveLength(2);
      expect(ch.ci![0]).toBeLessThanOrEqual(ch.ci![1]);
      expect(ch.p_value, ch.id).not.toBeNull();
      expect(ch.p_adjusted!, ch.id).toBeGreaterThanOrEqual(ch.p_value!);
      expect(ch.detectable!, ch.id).toBeGreaterThanOrEqual(ch.tolerance!);
    }
    // Limits are judged on the point estimate: no test there.
    expect(first.checks.filter((ch) => ch.id.endsWith('/min')).every((ch) => ch.p_value === null && ch.ci === null)).toBe(true);
  });

  it('the planted drop fails, significantly; intervals cover the observed change', () => {
    const recall = first.checks.find((ch) => ch.id === 'offline/recall/region=BR')!;
    expect(recall.status).toBe('fail');
    expect(recall.p_adjusted!).toBeLessThan(0.05);
    expect(recall.ci![1]).toBeLessThan(-0.01);
    for (const ch of changeChecks(first)) {
      expect(ch.ci![0] - 1e-12, ch.id).toBeLessThanOrEqual(ch.delta!);
      expect(ch.ci![1] + 1e-12, ch.id).toBeGreaterThanOrEqual(ch.delta!);
    }
  });

  it('the same inputs give the same report.json, byte for byte', () => {
    expect(reportJson(second)).toBe(reportJson(first));
  });

  it("the candidate file's row order does not matter", async () => {
    const other = await gate(BINARY, b, shuffled);
    expect(JSON.stringify(other.checks)).toBe(JSON.stringify(first.checks));
  });

  it('another seed moves the bootstrap intervals a little, and nothing else', async () => {
    const other = await gate(BINARY.replace('seed: 7', 'seed: 8'), b, c);
    const recall = (r: Report) => r.checks.find((ch) => ch.id === 'offline/recall/overall')!;
    const auc = (r: Report) => r.checks.find((ch) => ch.id === 'offline/auc/overall')!;
    expect(recall(other).ci).not.toEqual(recall(first).ci);
    expect(Math.abs(recall(other).ci![0] - recall(first).ci![0])).toBeLessThan(0.01);
    // DeLong involves no randomness.
    expect(auc(other).ci).toEqual(auc(first).ci);
    expect(other.verdict).toBe(first.verdict);
  });

  it('the pipeline times the statistics as a stage of its own', () => {
    expect(timings.stats).toBeGreaterThan(0);
  });
});

describe('weighted rows, end to end', () => {
  it('every binary method runs with example weights', async () => {
    const rand = rng(9);
    const head = 'id,label,score,weight,region';
    const lines = { b: [head], c: [head] };
    for (let i = 0; i < 4000; i++) {
      const y = rand() < 0.3 ? 1 : 0;
      const shared = rand();
      const w = (0.5 + rand() * 2).toFixed(3);
      const region = rand() < 0.5 ? 'A' : 'B';
      const sb = Math.min(1, Math.max(0, 0.25 + 0.35 * y + 0.3 * shared + 0.1 * rand()));
      const sc = Math.min(1, Math.max(0, 0.25 + 0.33 * y + 0.3 * shared + 0.12 * rand()));
      lines.b.push(`e${i},${y},${sb.toFixed(4)},${w},${region}`);
      lines.c.push(`e${i},${y},${sc.toFixed(4)},${w},${region}`);
    }
    writeFileSync(join(dir, 'wb.csv'), lines.b.join('\n'));
    writeFileSync(join(dir, 'wc.csv'), lines.c.join('\n'));
    const r = await gate(
      BINARY.replace('columns: { segments: [region, device] }', 'columns: { segments: [region] }').replace('cross: [[region, device]]', 'cross: []'),
      join(dir, 'wb.csv'),
      join(dir, 'wc.csv'),
    );
    const checks = changeChecks(r);
    expect(checks.length).toBe(12 * 3);
    for (const ch of checks) {
      expect(ch.ci, ch.id).toHaveLength(2);
      expect(Number.isFinite(ch.p_value!), ch.id).toBe(true);
    }
  });
});

describe('multiclass and regression, end to end', () => {
  it('multiclass: decision metrics get the joint-table bootstrap', async () => {
    const rand = rng(4);
    const classes = ['bird', 'cat', 'dog'];
    const lines = { b: ['id,label,prediction,region,judge'], c: ['id,label,prediction,region,judge'] };
    for (let i = 0; i < 3000; i++) {
      const y = Math.floor(rand() * 3);
      const pb = rand() < 0.8 ? y : Math.floor(rand() * 3);
      const pc = rand() < 0.85 ? pb : rand() < 0.5 ? y : Math.floor(rand() * 3);
      const region = rand() < 0.5 ? 'A' : 'B';
      lines.b.push(`e${i},${classes[y]},${classes[pb]},${region},${(rand() * 5).toFixed(2)}`);
      lines.c.push(`e${i},${classes[y]},${classes[pc]},${region},${(rand() * 5 + 0.1).toFixed(2)}`);
    }
    writeFileSync(join(dir, 'mb.csv'), lines.b.join('\n'));
    writeFileSync(join(dir, 'mc.csv'), lines.c.join('\n'));
    const yaml = `task: multiclass
columns: { segments: [region] }
metrics:
  accuracy: { max_drop: 1pp }
  macro_f1: { max_drop: 1pp }
  macro_recall: { max_drop: 1pp }
  recall[cat]: { max_drop: 2pp }
  mean[judge]: { direction: higher, max_drop: 0.05 }
`;
    const r = await gate(yaml, join(dir, 'mb.csv'), join(dir, 'mc.csv'));
    const checks = changeChecks(r);
    expect(checks.length).toBe(5 * 3);
    for (const ch of checks) {
      expect(ch.ci, ch.id).toHaveLength(2);
      expect(ch.p_value, ch.id).not.toBeNull();
    }
    expect(reportJson(await gate(yaml, join(dir, 'mb.csv'), join(dir, 'mc.csv')))).toBe(reportJson(r));
  });

  it('regression: mae, rmse, mape and bias get paired mean tests', async () => {
    const rand = rng(6);
    const lines = { b: ['id,label,score,region'], c: ['id,label,score,region'] };
    for (let i = 0; i < 2000; i++) {
      const y = 50 + rand() * 100;
      const e = (rand() - 0.5) * 10;
      lines.b.push(`e${i},${y.toFixed(3)},${(y + e).toFixed(3)},${rand() < 0.5 ? 'A' : 'B'}`);
      lines.c.push(`e${i},${y.toFixed(3)},${(y + 1.3 * e + 0.5).toFixed(3)},${lines.b[i + 1].split(',')[3]}`);
    }
    writeFileSync(join(dir, 'rb.csv'), lines.b.join('\n'));
    writeFileSync(join(dir, 'rc.csv'), lines.c.join('\n'));
    const yaml = `task: regression
columns: { segments: [region] }
metrics:
  mae: { max_increase: 2% }
  rmse: { max_increase: 2% }
  mape: { max_increase: 2% }
  bias: { max_increase: 0.1 }
`;
    const r = await gate(yaml, join(dir, 'rb.csv'), join(dir, 'rc.csv'));
    const checks = changeChecks(r);
    expect(checks.length).toBe(4 * 3);
    for (const ch of checks) expect(ch.p_value, ch.id).not.toBeNull();
    // Errors 30% larger: mae, rmse and mape fail everywhere, significantly.
    for (const m of ['mae', 'rmse', 'mape']) expect(r.checks.find((ch) => ch.id === `offline/${m}/overall`)!.status).toBe('fail');
  });
});
