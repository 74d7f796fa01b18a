// The data checks end to end through the bundled dist/index.js (rebuild it with
// `npm run bundle`): reference and current inputs alone, a planted drift fails
// the step, and the PR comment carries the data section (valid GFM); an
// unchanged current passes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Random } from '../../src/stats/random.js';
import { normalQuantile } from '../../src/stats/distributions.js';
import { renderGfm, tables } from '../report/gfm.js';
import { pullRequestEvent } from './harness/events.js';
import { RUNNER_NODE } from './harness/runAction.js';
import { e2eSession } from './harness/session.js';

const { fake, run } = e2eSession();

/** request_id, region, amount (normal, +shift sd in BR), plan (categorical; `unseen` on 3% of rows when `fresh`). */
function features(n: number, seed: string, shiftBR = 0, fresh = false): string {
  const rng = new Random(seed);
  const lines = ['request_id,region,amount,plan'];
  for (let r = 0; r < n; r++) {
    const g = ['BR', 'MX', 'US'][r % 3];
    const amount = normalQuantile(rng.uniform()) + (g === 'BR' ? shiftBR : 0);
    const plan = fresh && rng.uniform() < 0.03 ? 'unseen' : ['free', 'pro', 'team'][Math.floor(rng.uniform() * 3)];
    lines.push(`r${r},${g},${amount.toFixed(5)},${plan}`);
  }
  return `${lines.join('\n')}\n`;
}

const CONFIG = 'columns: { segments: [region] }\nsegments: { min_samples: 200 }\ndata: { rules: { psi: { max: 0.1 } } }\n';
const INPUTS = { name: 'features', reference: 'data/reference.csv', current: 'data/current.csv', config: CONFIG, artifact: 'false' };

describe('the data checks from the action', () => {
  it('a planted drift in one region and an unseen category fail the step; the comment shows the data section', async () => {
    const gh = await fake();
    const files = { 'data/reference.csv': features(6000, 'ref'), 'data/current.csv': features(6000, 'cur', 0.5, true) };
    const r = await run({ node: RUNNER_NODE, github: gh, event: pullRequestEvent({ number: 7 }), files, inputs: INPUTS });
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    const report = JSON.parse(readFileSync(r.outputs['report-json'], 'utf8'));
    const failed = report.checks.filter((c: { status: string }) => c.status === 'fail').map((c: { id: string }) => c.id);
    expect(failed).toContain('data/psi[amount]/region=BR');
    expect(failed).toContain('data/new_category_rate[plan]/overall');
    expect(failed.some((id: string) => /amount\]\/region=(MX|US)/.test(id))).toBe(false);
    const body = gh.commentsOn(7)[0].body;
    expect(body).toContain('### Data checks');
    expect(body).toContain('**Most drifted features**');
    const t = tables(renderGfm(body)).find((x) => x.head.includes('no drift up to'))!;
    expect(t.rows.map((row) => row[1])).toEqual(expect.arrayContaining(['data/psi[amount]/region=BR', 'data/new_category_rate[plan]/overall']));
    expect(readFileSync(r.outputs['report-markdown'], 'utf8')).toContain('### Data checks');
    expect(readFileSync(r.outputs['report-json'].replace(/report\.json$/, 'report.html'), 'utf8')).toContain('<section class="data-checks">');
  });

  it('an unchanged current passes', async () => {
    const gh = await fake();
    const files = { 'data/reference.csv': features(6000, 'ref'), 'data/current.csv': features(6000, 'same') };
    const r = await run({ node: RUNNER_NODE, github: gh, event: pullRequestEvent({ number: 7 }), files, inputs: INPUTS });
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
  });
});
