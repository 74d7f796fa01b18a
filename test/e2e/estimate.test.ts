// shadow.estimate through the bundled action, as the runner runs it: the eval
// files calibrate each model, the shadow log's unlabelled requests get estimated
// recall per segment, and report.json and the comment carry them as estimates.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OFFLINE, worldFiles } from '../sources/estimated/sim.js';
import { availableNodes } from './harness/runAction.js';
import { e2eSession } from './harness/session.js';

const { fake, run } = e2eSession();

const CONFIG = `columns: { segments: [region] }
segments: { min_samples: 100 }
statistics: { resamples: 300 }
metrics: { recall: { max_drop: 5pp } }
shadow:
  envelope: { latency_p99_ms: { max: 1000 } }
  estimate: [recall]
`;
const INPUTS = { name: 'scorer', config: CONFIG, 'baseline-eval': 'eval/baseline.csv', 'candidate-eval': 'eval/candidate.csv', shadow: 'shadow/requests.csv', artifact: 'false' };

function filesOf(seed: number, live: typeof OFFLINE) {
  const w = worldFiles(seed, live, { labelledShare: 0 });
  return { 'eval/baseline.csv': w['baseline.csv'], 'eval/candidate.csv': w['candidate.csv'], 'shadow/requests.csv': w['shadow.csv'] };
}

describe('estimated performance through the action', () => {
  const node = availableNodes()[0];

  it('estimates recall on the unlabelled shadow requests, overall and per region, with both models intervals, in report.json and the comment', async () => {
    const gh = await fake();
    const r = await run({ node: node.path, github: gh, files: filesOf(1, { ...OFFLINE, mean: 0.2 }), inputs: INPUTS });
    expect(r.stderr).not.toMatch(/^\s+at /m);
    const report = JSON.parse(readFileSync(r.outputs['report-json'], 'utf8'));
    const ids = report.checks.filter((c: { source: string }) => c.source === 'estimated').map((c: { id: string }) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['estimated/recall/overall', 'estimated/recall/region=BR', 'estimated/recall/region=US']));
    const c = report.checks.find((x: { id: string }) => x.id === 'estimated/recall/overall');
    expect(c).toMatchObject({ source: 'estimated', rule: 'max_drop 5pp', n: 2000 });
    expect(c.baseline_ci[0]).toBeLessThanOrEqual(c.baseline);
    expect(c.baseline_ci[1]).toBeGreaterThanOrEqual(c.baseline);
    expect(c.candidate_ci[0]).toBeLessThanOrEqual(c.candidate);
    expect(report.shadow.estimate).toMatchObject({ metrics: ['recall'], requests: 2000, calibration_examples: 2000 });
    const body = gh.commentsOn(7)[0].body;
    expect(body).toContain('**Estimated without labels** on 2,000 requests');
    expect(body).toContain('Estimates, not measurements');
    expect(r.outputs.verdict).toBe(report.verdict);
  });

  it('shadow.estimate without the eval files fails the step with one line, no stack trace', async () => {
    const gh = await fake();
    const f = filesOf(2, OFFLINE);
    const r = await run({ node: node.path, github: gh, files: { 'shadow/requests.csv': f['shadow/requests.csv'] }, inputs: { ...INPUTS, 'baseline-eval': '', 'candidate-eval': '' } });
    expect(r.code).toBe(1);
    expect(r.errors.join('\n')).toContain('shadow.estimate is set but baseline-eval and candidate-eval');
    expect(`${r.stdout}\n${r.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});
