// Skew by request id, model output offline vs online, schema problems.
import { describe, expect, test } from 'vitest';
import { parseConfig } from '../../../src/config/parse.js';
import { runDataChecks } from '../../../src/sources/data/index.js';
import { Random } from '../../../src/stats/random.js';
import { makeTable, normal, pick } from './gen.js';

const config = parseConfig('columns: { segments: [region] }', 'gate.yml');
const N = 20_000;

describe('training-serving skew', () => {
  const batch = makeTable(N, 'batch', [
    { name: 'amount', numeric: (_r, _g, i) => 100 + (i % 97) },
    { name: 'score2', numeric: (_r, _g, i) => Math.sqrt(i + 1) },
    { name: 'country', text: (_r, _g, i) => ['BR', 'US', 'MX'][i % 3] },
  ]);
  const flip = new Random('flip');
  const off = Array.from({ length: N }, () => flip.uniform() < 0.1);
  const online = makeTable(N, 'online', [
    { name: 'amount', numeric: (_r, _g, i) => 100 + (i % 97) + (off[i] ? 1 : 0) },
    { name: 'score2', numeric: (_r, _g, i) => Math.sqrt(i + 1) * (1 + 1e-12) + 1e-9 * ((i % 3) - 1) * 1e-3 },
    { name: 'country', text: (_r, _g, i) => ['BR', 'US', 'MX'][i % 3] },
  ]);
  const { checks, section } = runDataChecks({ config, batchFeatures: batch, onlineFeatures: online });
  const c = new Map(checks.map((x) => [x.id, x as any]));

  test('a feature off by one unit on 10% of requests fails, its mismatch rate within 0.5 pp of the truth', () => {
    const ch = c.get('skew/mismatch_rate[amount]/overall');
    const truth = off.filter(Boolean).length / N;
    expect(ch.status).toBe('fail');
    expect(Math.abs(ch.candidate - truth)).toBeLessThan(0.005);
    expect(ch.extra.mean_difference).toBeCloseTo(truth, 3);
    expect(ch.extra.examples).toHaveLength(5);
    expect(ch.extra.examples.every((id: string) => off[Number(id.slice(4))])).toBe(true);
    expect(ch.message).toContain('e.g. request req-');
  });

  test('a feature equal up to float noise passes; an identical category passes', () => {
    expect(c.get('skew/mismatch_rate[score2]/overall').status).toBe('pass');
    expect(c.get('skew/mismatch_rate[score2]/overall').candidate).toBe(0);
    expect(c.get('skew/mismatch_rate[country]/region=BR').status).toBe('pass');
  });

  test('full coverage passes; one-sided requests are counted', () => {
    expect(c.get('integrity/skew_coverage/overall').status).toBe('pass');
    const short = {
      ...online,
      n: N - 500,
      requestIds: online.requestIds!.slice(500),
      columns: new Map([...online.columns].map(([k, v]) => [k, v.kind === 'numeric' ? { kind: 'numeric' as const, values: v.values.slice(500) } : { ...v, codes: v.codes.slice(500) }])),
      segments: online.segments.map((s) => ({ ...s, codes: s.codes.slice(500) })),
    };
    const r = runDataChecks({ config, batchFeatures: batch, onlineFeatures: short });
    const cov = r.checks.find((x) => x.id === 'integrity/skew_coverage/overall')!;
    expect(cov.status).toBe('fail');
    expect(cov.message).toMatch(/^Only 97\.5% of request ids are in both the batch and the online features; 500 only in the batch features \(e\.g\. req-0, req-1, req-2, req-3, req-4\)/);
    expect(r.section.coverage).toEqual({ batch: N, online: N - 500, matched: N - 500 });
  });

  test('the section has a skew view per feature and segment', () => {
    expect(section.skew.length).toBe(3 * 4);
  });
});

describe('model output offline vs online', () => {
  const rng = new Random('scores');
  const draw = (n: number, shift: number) => Float64Array.from({ length: n }, () => 1 / (1 + Math.exp(-(normal(rng) + shift))));
  test('a candidate whose shadow scores shifted while its eval scores did not fails skew/output_psi', () => {
    const { checks } = runDataChecks({
      config,
      outputScores: { baseline: { offline: draw(5000, 0), online: draw(5000, 0) }, candidate: { offline: draw(5000, 0), online: draw(5000, 0.8) } },
    });
    const ch = checks.find((x) => x.id === 'skew/output_psi/overall')! as any;
    expect(ch.status).toBe('fail');
    expect(ch.candidate).toBeGreaterThan(0.3);
    expect(ch.baseline).toBeLessThan(0.02);
    expect(ch.rule).toBe('max_increase 0.1');
  });
  test('both unshifted: passes', () => {
    const { checks } = runDataChecks({
      config,
      outputScores: { baseline: { offline: draw(5000, 0), online: draw(5000, 0) }, candidate: { offline: draw(5000, 0.3), online: draw(5000, 0.3) } },
    });
    expect(checks.find((x) => x.id === 'skew/output_psi/overall')!.status).toBe('pass');
  });
});

describe('schema', () => {
  const ref = makeTable(500, 'r', [
    { name: 'amount', numeric: (r) => normal(r) },
    { name: 'plan', text: (r) => pick(r) },
    { name: 'gone', numeric: (r) => normal(r) },
  ]);
  const cur = makeTable(500, 'c', [
    { name: 'amount', text: (r) => (r.uniform() < 0.5 ? 'n/a' : String(normal(r))) },
    { name: 'plan', text: (r) => pick(r) },
  ]);
  test('numeric on one side and text on the other, and a column the current lacks, fail integrity/schema with one line each', () => {
    const { checks } = runDataChecks({ config, reference: ref, current: cur });
    const schema = checks.filter((x) => x.metric.startsWith('schema['));
    expect(schema.map((x) => [x.id, x.status, x.message])).toEqual([
      ['integrity/schema[amount]/overall', 'fail', 'feature amount is numeric in the reference but text in the current; fix the pipeline or declare its type under data.features.'],
      ['integrity/schema[gone]/overall', 'fail', 'feature gone is a column of the reference but the current has no such column.'],
    ]);
    expect(checks.some((x) => x.id === 'data/psi[plan]/overall')).toBe(true);
  });
  test('declared numeric: unparsable values count as empty, the null-rate check sees them', () => {
    const cfg = parseConfig('data: { features: { amount: { type: numeric } } }', 'x');
    const { checks } = runDataChecks({ config: cfg, reference: ref, current: cur });
    const ch = checks.find((x) => x.id === 'data/null_rate[amount]/overall')!;
    expect(ch.status).toBe('fail');
    expect(ch.candidate!).toBeGreaterThan(0.4);
  });
});
