// Per-example costs in expected_cost (issue 14): a cost naming a numeric column of
// the eval files, negative costs as gains, against a direct computation; the paired
// mean test; and the fraud case the fixed cost matrix cannot see: a candidate that
// misses the largest frauds (not more frauds) fails on cost while recall passes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import { measureOffline, setDisplayUnits, summarizeChanges } from '../../src/metrics/index.js';
import { runGate } from '../../src/pipeline/index.js';
import { renderMarkdown } from '../../src/report/index.js';
import { buildSegmentation } from '../../src/segments/index.js';
import { estimateChanges } from '../../src/stats/index.js';
import { RowCache } from '../../src/summaries/index.js';
import { evalData, rng } from '../metrics/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'gate-costs-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  setDisplayUnits({});
});

/** Direct: sum over rows of w * cost(outcome) / sum w, with column costs read per row. */
function direct(y: number[], d: number[], w: number[] | null, cost: (o: 'tp' | 'fp' | 'tn' | 'fn', r: number) => number): number {
  let num = 0;
  let den = 0;
  y.forEach((yy, r) => {
    const o = yy === 1 ? (d[r] === 1 ? 'tp' : 'fn') : d[r] === 1 ? 'fp' : 'tn';
    const ww = w ? w[r] : 1;
    num += ww * cost(o, r);
    den += ww;
  });
  return num / den;
}

describe('expected_cost with a cost column', () => {
  const rand = rng(14);
  const n = 400;
  const label = Array.from({ length: n }, () => (rand() < 0.3 ? 1 : 0));
  const amount = Array.from({ length: n }, () => Math.round(rand() * 50000) / 100);
  const value = Array.from({ length: n }, () => Math.round(rand() * 3000) / 100);
  const dB = label.map((y) => (rand() < (y ? 0.8 : 0.1) ? 1 : 0));
  const dC = label.map((y) => (rand() < (y ? 0.75 : 0.08) ? 1 : 0));
  const weight = Array.from({ length: n }, () => 0.5 + rand());
  const region = label.map((_, r) => (r % 3 === 0 ? 'BR' : 'US'));
  const data = evalData({
    label,
    weight,
    baseline: { score: dB, decision: dB },
    candidate: { score: dC, decision: dC },
    segments: { region },
    numeric: { amount: { baseline: amount, candidate: amount }, value: { baseline: value, candidate: value } },
  });
  const seg = buildSegmentation(n, data.segments, []);
  // fn loses the amount, fp loses the customer's value, tp gains 2 (a fee), tn 0.
  const spec = { direction: 'lower' as const, costs: { tp: -2, fp: 0, tn: 0, fn: 0 }, costColumns: { fn: 'amount', fp: 'value' }, costUnit: 'usd' as const };
  const cost = (o: 'tp' | 'fp' | 'tn' | 'fn', r: number) => (o === 'fn' ? amount[r] : o === 'fp' ? value[r] : o === 'tp' ? -2 : 0);
  const measured = measureOffline(data, seg, { expected_cost: spec }, 'binary');

  it('is the weighted mean of each example cost, overall and per segment (negative tp cost a gain)', () => {
    expect(measured[0].values.expected_cost.baseline).toBeCloseTo(direct(label, dB, weight, cost), 10);
    expect(measured[0].values.expected_cost.candidate).toBeCloseTo(direct(label, dC, weight, cost), 10);
    const s = seg.segments.findIndex((x) => x.id === 'region=BR');
    const rows = label.map((_, r) => r).filter((r) => region[r] === 'BR');
    const pick = <T>(a: T[]) => rows.map((r) => a[r]);
    const costBR = (o: 'tp' | 'fp' | 'tn' | 'fn', i: number) => cost(o, rows[i]);
    expect(measured[s].values.expected_cost.candidate).toBeCloseTo(direct(pick(label), pick(dC), pick(weight), costBR), 10);
  });

  it('with only numbers and negative costs equals the cost-matrix formula', () => {
    const numeric = { direction: 'lower' as const, costs: { tp: -3, fp: 1.5, tn: -0.25, fn: 7 } };
    const m = measureOffline(data, seg, { expected_cost: numeric }, 'binary');
    const c = numeric.costs;
    expect(m[0].values.expected_cost.baseline).toBeCloseTo(
      direct(label, dB, weight, (o) => c[o]),
      12,
    );
  });

  it('is tested as a paired mean per example (t interval, df = n - 1)', () => {
    const config = parseConfig('task: binary\nmetrics:\n  expected_cost: { costs: { tp: -2, fp: value, fn: amount }, max_increase: 5% }\ncolumns: { segments: [region] }\n', 'gate.yml');
    const rows = new RowCache(data, seg);
    const sums = summarizeChanges(data, seg, measured, config.metrics, 'binary', 1, rows);
    expect(sums.moments.has('expected_cost')).toBe(true);
    const est = estimateChanges(sums, measured, config)[0].get('expected_cost')!;
    expect(est.method).toBe('paired-mean');
    expect(est.df).toBe(n - 1);
    // Unweighted check of the standard error would need equal weights: the direct paired t on weighted influences.
    const tB = label.map((_, r) => cost(label[r] === 1 ? (dB[r] ? 'tp' : 'fn') : dB[r] ? 'fp' : 'tn', r));
    const tC = label.map((_, r) => cost(label[r] === 1 ? (dC[r] ? 'tp' : 'fn') : dC[r] ? 'fp' : 'tn', r));
    const W = weight.reduce((a, b) => a + b, 0);
    const muB = tB.reduce((a, t, r) => a + weight[r] * t, 0) / W;
    const muC = tC.reduce((a, t, r) => a + weight[r] * t, 0) / W;
    let v = 0;
    for (let r = 0; r < n; r++) v += ((weight[r] * (tC[r] - muC - (tB[r] - muB))) / W) ** 2;
    expect(est.se).toBeCloseTo(Math.sqrt((v * n) / (n - 1)), 10);
  });
});

describe('config: costs naming columns', () => {
  it('reads column names, numbers and the unit; usd is the default with a column', () => {
    const c = parseConfig('task: binary\nmetrics:\n  expected_cost: { costs: { fp: 5, fn: amount } }\n', 'g.yml');
    expect(c.metrics.expected_cost.costs).toEqual({ tp: 0, fp: 5, tn: 0, fn: 0 });
    expect(c.metrics.expected_cost.costColumns).toEqual({ fn: 'amount' });
    expect(c.metrics.expected_cost.costUnit).toBe('usd');
    const plain = parseConfig('task: binary\nmetrics:\n  expected_cost: { costs: { fp: 1, fn: 5 } }\n', 'g.yml');
    expect(plain.metrics.expected_cost.costUnit).toBeUndefined();
    const none = parseConfig('task: binary\nmetrics:\n  expected_cost: { costs: { fp: 1, fn: amount, unit: none } }\n', 'g.yml');
    expect(none.metrics.expected_cost.costUnit).toBe('none');
  });

  it('rejects a bad unit and a cost that is neither a number nor a name', () => {
    expect(() => parseConfig('task: binary\nmetrics:\n  expected_cost: { costs: { fp: 1, fn: 5, unit: eur } }\n', 'g.yml')).toThrow(/costs\.unit.*usd/);
    expect(() => parseConfig('task: binary\nmetrics:\n  expected_cost: { costs: { fp: [1], fn: 5 } }\n', 'g.yml')).toThrow(/costs\.fp.*column/);
    expect(() => parseConfig('task: binary\nmetrics:\n  expected_cost: { costs: { fp: 1, fn: 5, tp: fee } }\n', 'g.yml')).toThrow(/costs\.tp: expected a number/);
  });
});

describe('the fraud case, end to end', () => {
  // 40 frauds. Both models catch 30 (recall 75% each); the baseline misses the 10
  // smallest, the candidate the 10 largest. Same false positives.
  const rows: string[] = ['id,label,score,prediction,amount'];
  const cand: string[] = ['id,label,score,prediction,amount'];
  for (let i = 0; i < 400; i++) {
    const fraud = i < 40;
    const amount = fraud ? 50 + i * 25 : 20 + (i % 7);
    const missB = fraud && i < 10;
    const missC = fraud && i >= 30;
    const fp = !fraud && i % 20 === 0;
    const pB = fraud ? (missB ? 0 : 1) : fp ? 1 : 0;
    const pC = fraud ? (missC ? 0 : 1) : fp ? 1 : 0;
    rows.push(`e${i},${fraud ? 1 : 0},${pB ? 0.9 : 0.1},${pB},${amount}`);
    cand.push(`e${i},${fraud ? 1 : 0},${pC ? 0.9 : 0.1},${pC},${amount}`);
  }
  const b = join(dir, 'b.csv');
  const c = join(dir, 'c.csv');
  writeFileSync(b, `${rows.join('\n')}\n`);
  writeFileSync(c, `${cand.join('\n')}\n`);
  const yaml = 'task: binary\nmetrics:\n  recall: { max_drop: 1pp }\n  expected_cost: { costs: { fp: 5, fn: amount }, max_increase: 5% }\n';

  it('fails on cost while recall passes, and the comment reads in money', async () => {
    const report = await runGate({
      name: 'fraud',
      config: parseConfig(yaml, 'gate.yml'),
      baselineEval: b,
      candidateEval: c,
      shadow: null,
      labels: null,
      run: { repository: null, commit: null, pull_request: null, url: null },
      now: () => new Date('2026-01-01T00:00:00Z'),
    });
    const check = (m: string) => report.checks.find((x) => x.metric === m && x.segment === 'overall')!;
    expect(check('recall').status).toBe('pass');
    expect(check('recall').baseline).toBe(0.75);
    expect(check('expected_cost').status).toBe('fail');
    // Baseline misses frauds 0..9: sum(50 + 25 i) = 500 + 1125; candidate 30..39: 500 + 25 * 345; fp 18 x 5 = 90.
    expect(check('expected_cost').baseline).toBeCloseTo((1625 + 90) / 400, 10);
    expect(check('expected_cost').candidate).toBeCloseTo((500 + 8625 + 90) / 400, 10);
    expect(check('expected_cost').message).toContain('$4.29 → $23');
    const md = renderMarkdown(report);
    expect(md).toMatch(/\$4\.29/);
    expect(md).not.toMatch(/\$4\.29\/1k/);
  });
});
