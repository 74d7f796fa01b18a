// The `summaries` input through the bundled action, as the runner runs it: the
// examples' eval pair and a shadow log reduced to summaries files (one per line of
// the input, each routed by its header's source) give the verdict and checks the
// rows give; summaries made for another config fail the step with one line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeShadowLog } from '../../scripts/lib/generateShadow.mjs';
import { parseConfig } from '../../src/config/parse.js';
import { encodeShadowSummaries, encodeSummaries, shadowSummariesFromLog, summariesFromRows } from '../../src/sources/index.js';
import { fixtureDir } from '../io/fixtures.js';
import { availableNodes, REPO_ROOT } from './harness/runAction.js';
import { e2eSession, example, expectNoStack } from './harness/session.js';

const { fake, run } = e2eSession();

const CONFIG = `${example('gate.yml')}
shadow:
  envelope:
    latency_p99_ms: { max: 400, max_increase: 10% }
    error_rate: { max_increase: 1pp }
`;
const jsonl = (records: unknown[]) => `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
let files: Record<string, string> = {};

beforeAll(async () => {
  const config = parseConfig(CONFIG, 'gate.yml');
  const dir = fixtureDir({});
  await writeShadowLog({ n: 2000, seed: 4, segments: { region: ['US', 'BR'], device: ['ios', 'web'] }, candidate: { latencyFactor: 1.3 } }, join(dir, 's.csv'));
  const offline = encodeSummaries(await summariesFromRows({ baseline: join(REPO_ROOT, 'examples/baseline.csv'), candidate: join(REPO_ROOT, 'examples/candidate.csv') }, config));
  const shadow = encodeShadowSummaries(await shadowSummariesFromLog({ shadow: join(dir, 's.csv') }, config));
  files = {
    'gate.yml': CONFIG,
    'eval/baseline.csv': example('baseline.csv'),
    'eval/candidate.csv': example('candidate.csv'),
    'shadow/requests.csv': readFileSync(join(dir, 's.csv'), 'utf8'),
    'summaries/offline.jsonl': jsonl(offline),
    'summaries/shadow.jsonl': jsonl(shadow),
  };
}, 120_000);

describe('the summaries input through the action', () => {
  const node = availableNodes()[0];
  const base = { name: 'fraud-scorer', 'config-file': 'gate.yml', artifact: 'false' };

  it('offline and shadow summaries on two lines give the verdict and checks of the eval files and the log', async () => {
    const gh = await fake();
    const fromRows = await run({
      node: node.path,
      github: gh,
      files,
      inputs: { ...base, 'baseline-eval': 'eval/baseline.csv', 'candidate-eval': 'eval/candidate.csv', shadow: 'shadow/requests.csv' },
    });
    const fromSummaries = await run({ node: node.path, github: gh, files, inputs: { ...base, summaries: 'summaries/offline.jsonl\nsummaries/shadow.jsonl' } });
    expectNoStack(fromSummaries);
    const a = JSON.parse(readFileSync(fromRows.outputs['report-json'], 'utf8'));
    const b = JSON.parse(readFileSync(fromSummaries.outputs['report-json'], 'utf8'));
    expect(fromSummaries.outputs.verdict).toBe(fromRows.outputs.verdict);
    expect(fromSummaries.code).toBe(fromRows.code);
    // Every offline and shadow check, with the same status and value; output skew needs the rows and says so.
    const judged = (r: { checks: Array<{ id: string; source: string; status: string; candidate: number | null }> }) =>
      r.checks.filter((c) => c.source === 'offline' || c.source === 'shadow').map((c) => [c.id, c.status, c.candidate]);
    expect(judged(b).length).toBeGreaterThan(20);
    expect(judged(b)).toEqual(judged(a));
    expect(b.checks.find((c: { id: string }) => c.id === 'skew/output_psi/overall').status).toBe('insufficient');
  });

  it('summaries made for another config fail the step with one line naming the setting', async () => {
    const gh = await fake();
    const other = { ...files, 'gate.yml': CONFIG.replace(/threshold: [\d.]+/, 'threshold: 0.42') };
    const r = await run({ node: node.path, github: gh, files: other, inputs: { ...base, summaries: 'summaries/offline.jsonl' } });
    expect(r.code).toBe(1);
    expect(r.errors.join('\n')).toMatch(/made for another config: threshold is [\d.]+ there, 0\.42 in this config/);
    expectNoStack(r);
  });
});
