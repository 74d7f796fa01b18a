// The shadow gate end to end: the bundled dist/index.js run as the GitHub runner runs it,
// with only a shadow log, with the eval files and a shadow log together, and with delayed
// labels; the envelope checks in report.json, the table and chart in the comment, and the
// step failing on a breach.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeShadowLog } from '../../scripts/lib/generateShadow.mjs';
import type { ShadowSpec } from '../../scripts/lib/generateShadow.d.mts';
import { fixtureDir } from '../io/fixtures.js';
import { availableNodes } from './harness/runAction.js';
import { e2eSession, example } from './harness/session.js';

const { fake, run } = e2eSession();

const SEGMENTS = { region: ['US', 'BR', 'DE', 'IN'], device: ['ios', 'android', 'web'] };
const CONFIG = `columns: { segments: [region, device] }
metrics: { recall: { max_drop: 2pp } }
shadow:
  envelope:
    latency_p99_ms: { max: 400, max_increase: 10% }
    cost_per_1k: { max_increase: 5% }
    error_rate: { max_increase: 1pp }
`;

async function shadowLog(spec: ShadowSpec, withLabels = false): Promise<{ log: string; labels: string | null }> {
  const dir = fixtureDir({});
  await writeShadowLog(spec, join(dir, 's.csv'), withLabels ? join(dir, 'l.csv') : null);
  return { log: readFileSync(join(dir, 's.csv'), 'utf8'), labels: withLabels ? readFileSync(join(dir, 'l.csv'), 'utf8') : null };
}

let slower = '';
let same = '';
beforeAll(async () => {
  slower = (await shadowLog({ n: 3000, seed: 1, segments: SEGMENTS, candidate: { latencyFactor: 1.5 } })).log;
  same = (await shadowLog({ n: 3000, seed: 2, segments: SEGMENTS })).log;
});

const INPUTS = { name: 'ranker', shadow: 'shadow/requests.csv', config: CONFIG, artifact: 'false' };

describe.each(availableNodes())('the shadow gate on $label', (node) => {
  it('with only a shadow log: envelope checks in report.json, table and chart in the comment, the step fails on a breach', async () => {
    const gh = await fake();
    const r = await run({ node: node.path, github: gh, files: { 'shadow/requests.csv': slower }, inputs: INPUTS });
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    const report = JSON.parse(readFileSync(r.outputs['report-json'], 'utf8'));
    expect(report.inputs).toMatchObject({ requests: 3000, examples: null, shadow: { files: ['shadow/requests.csv'], rows: 6000 } });
    const p99 = report.checks.find((c: { id: string }) => c.id === 'shadow/latency_p99_ms/overall');
    expect(p99).toMatchObject({ source: 'shadow', status: 'fail', rule: 'max_increase 10%' });
    expect(p99.ci[0]).toBeGreaterThan(0);
    expect(report.shadow.latency.candidate.p99).toBeGreaterThan(report.shadow.latency.baseline.p99);
    expect(r.errors.some((e) => e.includes('latency_p99_ms') && e.includes('overall'))).toBe(true);

    const body = gh.commentsOn(7)[0].body;
    expect(body).toContain('#### Serving envelope');
    expect(body).toContain('| segment | metric | budget | baseline | candidate | delta | interval | status |');
    expect(body).toMatch(/\| overall \| latency\\_p99\\_ms \| max\\_increase 10% \| [\d.]+ ms \| [\d.]+ ms \| \+\d+% \| \[\+\d+%, \+\d+%\] \| ❌ fail \|/);
    expect(body).toMatch(/```mermaid\nxychart-beta\n/);
    // Issue 13: the failures first, then the envelope.
    expect(body.indexOf('#### Serving envelope')).toBeGreaterThan(body.search(/^#### ❌ \d+ failed check/m));
    expect(r.summary).toContain('#### Serving envelope');
  });
});

describe('the shadow gate, other inputs', () => {
  const node = availableNodes()[0];

  it('an unchanged candidate passes with only a shadow log', async () => {
    const gh = await fake();
    const r = await run({ node: node.path, github: gh, files: { 'shadow/requests.csv': same }, inputs: INPUTS });
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    expect(gh.commentsOn(7)[0].body).toContain('✅ may ship');
  });

  it('eval files and a shadow log together: both in one report and one comment', async () => {
    const gh = await fake();
    const files = { 'eval/baseline.csv': example('baseline.csv'), 'eval/candidate.csv': example('candidate.csv'), 'shadow/requests.csv': same };
    const r = await run({
      node: node.path,
      github: gh,
      files,
      inputs: { ...INPUTS, 'baseline-eval': 'eval/baseline.csv', 'candidate-eval': 'eval/candidate.csv' },
    });
    // The examples' candidate loses recall in BR: the offline check fails; the shadow run is clean.
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(r.outputs['report-json'], 'utf8'));
    expect(report.inputs).toMatchObject({ examples: 6000, requests: 3000 });
    const failedIds = report.checks.filter((c: { status: string }) => c.status === 'fail').map((c: { id: string }) => c.id);
    expect(failedIds).toContain('offline/recall/region=BR');
    expect(failedIds.some((id: string) => id.startsWith('shadow/'))).toBe(false);
    expect(report.shadow.value_for_money).toMatchObject({ metric: 'recall', source: 'offline' });
    const body = gh.commentsOn(7)[0].body;
    expect(body).toContain('#### Serving envelope');
    expect(body).toMatch(/\*\*Value for money:\*\* .*recall \\\(offline\\\) for/);
    expect(body).toContain('in shadow');
  });

  it('delayed labels: online checks on the labelled requests and the label coverage in the comment', async () => {
    const gh = await fake();
    const { log, labels } = await shadowLog({ n: 3000, seed: 3, segments: SEGMENTS, labelShare: 0.4 }, true);
    const r = await run({
      node: node.path,
      github: gh,
      files: { 'shadow/requests.csv': log, 'shadow/labels.csv': labels! },
      inputs: { ...INPUTS, labels: 'shadow/labels.csv' },
    });
    const report = JSON.parse(readFileSync(r.outputs['report-json'], 'utf8'));
    expect(report.checks.some((c: { id: string; source: string }) => c.id === 'online/recall/overall' && c.source === 'online')).toBe(true);
    expect(report.shadow.labels.coverage).toBeGreaterThan(0.35);
    expect(gh.commentsOn(7)[0].body).toMatch(/\*\*Labels:\*\* [\d,]+ of 3,000 requests labelled \(\d+\.\d%\); [\d,]+ of them from the labels file/);
  });

  it('few labels on an unchanged candidate: the online checks are tested, so noise neither blocks nor warns', async () => {
    // 1,000 requests, 30% labelled: about 300 labelled, 70 to 110 per region or device. Judged on
    // the point estimate, the recall drops below would each fail the step; since issue 12 a drop
    // beyond the tolerance without evidence is an inconclusive pass, listed with what the test could detect.
    const gh = await fake();
    const { log, labels } = await shadowLog({ n: 1000, seed: 5, segments: SEGMENTS, labelShare: 0.3 }, true);
    const r = await run({
      node: node.path,
      github: gh,
      files: { 'shadow/requests.csv': log, 'shadow/labels.csv': labels! },
      inputs: { ...INPUTS, config: `${CONFIG}segments: { min_samples: 50 }\n`, labels: 'shadow/labels.csv' },
    });
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    const report = JSON.parse(readFileSync(r.outputs['report-json'], 'utf8'));
    type C = {
      id: string;
      source: string;
      status: string;
      delta: number;
      tolerance: number | null;
      ci: [number, number] | null;
      p_value: number | null;
      p_adjusted: number | null;
      inconclusive?: boolean;
      segment: string;
    };
    const online: C[] = report.checks.filter((c: C) => c.source === 'online' && c.tolerance !== null && c.status !== 'insufficient');
    expect(online.length).toBeGreaterThanOrEqual(4);
    for (const c of online) {
      expect(c.ci![0]).toBeLessThanOrEqual(c.delta);
      expect(c.ci![1]).toBeGreaterThanOrEqual(c.delta);
      expect(c.p_adjusted!).toBeGreaterThanOrEqual(c.p_value!);
    }
    const inconclusive = online.filter((c) => c.inconclusive === true);
    expect(inconclusive.length).toBeGreaterThanOrEqual(2);
    for (const c of inconclusive) {
      expect(c.status).toBe('pass');
      expect(-c.delta).toBeGreaterThan(c.tolerance!);
    }
    // The comment passes, and lists each inconclusive segment among those too small to rule out a regression.
    const body = gh.commentsOn(7)[0].body;
    expect(body).toContain('**0 checks failed**');
    expect(body).toContain('too small to rule out a regression');
    for (const c of inconclusive) expect(body).toContain(c.segment.replace('=', '\\='));
  });

  it('a broken shadow log fails closed with file, line and column', async () => {
    const gh = await fake();
    const broken = same.replace(/\nreq-0000001,candidate,([^,]*),[^,]*,/, '\nreq-0000001,candidate,$1,slow,');
    const r = await run({ node: node.path, github: gh, files: { 'shadow/requests.csv': broken }, inputs: INPUTS });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([expect.stringMatching(/^shadow\/requests\.csv:5 \(column "latency_ms"\): "slow" is not a number$/)]);
    // Issue 13: the PR is told the gate could not run (no verdict), never left with none or a stale one.
    expect(gh.commentsOn(7).map((c) => c.body.split('\n')[1])).toEqual(['### Model gate ranker: ❌ could not run']);
    expect(r.outputs.verdict).toBe('error');
  });
});
