// The offline gate end to end: the bundled dist/index.js, run as the GitHub
// runner runs it, against a GitHub REST API played on 127.0.0.1 by FakeGithub
// (the real Octokit client over real HTTP). On the runner's Node 24 and on the
// system's Node.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pullRequestEvent, pushEvent, workflowDispatchEvent } from './harness/events.js';
import { ACTIONS_BOT } from './harness/fakeGithub.js';
import { availableNodes } from './harness/runAction.js';
import { e2eSession, example, expectNoStack } from './harness/session.js';

const { fake, run } = e2eSession();

const FILES = {
  'eval/baseline.csv': example('baseline.csv'),
  'eval/candidate.csv': example('candidate.csv'),
  'gate.yml': example('gate.yml'),
};
const INPUTS = {
  name: 'fraud-scorer',
  'baseline-eval': 'eval/baseline.csv',
  'candidate-eval': 'eval/candidate.csv',
  'config-file': 'gate.yml',
  artifact: 'false',
};
const MARKER = '<!-- model-release-gate:fraud-scorer -->';

describe.each(availableNodes())('the offline gate on $label', (node) => {
  it('fails the step on the planted regression, names the segment, comments, writes outputs and summary', async () => {
    const gh = await fake();
    const r = await run({ node: node.path, github: gh, event: pullRequestEvent({ number: 7 }), files: FILES, inputs: INPUTS });

    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    // recall in BR drops 13.3 pp (significant); auc in BR drops 0.018 against a 0.01
    // tolerance, which DeLong's test cannot tell from noise at n=1,477: a warning.
    expect(r.outputs.failures).toBe('1');
    // Issue 12: the demo's auc in region=BR (p=0.15) is an inconclusive pass now, not a warning.
    expect(r.outputs.warnings).toBe('0');
    expect(r.outputs['report-json']).toBe(join(r.workspace, 'model-gate-report/report.json'));
    expect(r.outputs['report-markdown']).toBe(join(r.workspace, 'model-gate-report/report.md'));
    // The failure line names the segment and metric.
    expect(r.errors.some((e) => e.includes('region=BR') && e.includes('recall'))).toBe(true);
    expectNoStack(r);

    const comments = gh.commentsOn(7);
    expect(comments).toHaveLength(1);
    expect(comments[0].body.startsWith(MARKER)).toBe(true);
    expect(comments[0].body).toContain('❌ blocked');
    expect(comments[0].body).toMatch(/region\\?=BR \| recall \| 1,477 \| 76\.0% \| 62\.7% \| −13\.3 pp/);
    expect(r.outputs['comment-url']).toMatch(/^https:\/\/github\.com\/octo-org\/models\/pull\/7#issuecomment-\d+$/);

    expect(r.summary).toContain('❌ blocked');
    expect(r.summary).toContain('recall');
    const report = JSON.parse(readFileSync(r.outputs['report-json'], 'utf8'));
    expect(report).toMatchObject({ schema: 'model-release-gate/report@1', name: 'fraud-scorer', verdict: 'fail' });
    expect(report.run).toMatchObject({ repository: 'octo-org/models', pull_request: 7 });
    expect(report.checks.filter((c: { status: string }) => c.status === 'fail').map((c: { id: string }) => c.id)).toEqual(['offline/recall/region=BR']);
    const auc = report.checks.find((c: { id: string }) => c.id === 'offline/auc/region=BR');
    // Issue 12: beyond the tolerance without evidence is an inconclusive pass, not a warning.
    expect(auc).toMatchObject({ status: 'pass', inconclusive: true });
    expect(auc.message).toContain('Not significant');
    // Every change check carries its interval and p-values.
    for (const c of report.checks.filter((x: { rule: string | null; status: string }) => /^max_/.test(x.rule ?? '') && x.status !== 'insufficient')) {
      expect(c.ci).toHaveLength(2);
      expect(c.p_value).toBeGreaterThanOrEqual(0);
      expect(c.p_adjusted).toBeGreaterThanOrEqual(c.p_value);
    }
  });

  it('a rerun updates the same comment instead of adding one', async () => {
    const gh = await fake();
    const first = await run({ node: node.path, github: gh, files: FILES, inputs: INPUTS });
    const id = gh.commentsOn(7)[0].id;
    const second = await run({ node: node.path, github: gh, files: FILES, inputs: INPUTS });
    expect(first.code).toBe(1);
    expect(second.code).toBe(1);
    expect(gh.commentsOn(7).map((c) => c.id)).toEqual([id]);
    expect(second.requests.filter((q) => q.method === 'PATCH' && q.path.endsWith(`/issues/comments/${id}`))).toHaveLength(1);
    expect(second.requests.filter((q) => q.method === 'POST')).toHaveLength(0);
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
  });

  it('finds its comment on a PR with 150 other comments', async () => {
    const gh = await fake();
    gh.seedComments(
      7,
      Array.from({ length: 150 }, (_, i) => ({ user: i % 3 ? 'reviewer' : ACTIONS_BOT, body: `comment ${i} ${i === 5 ? `quoting ${MARKER}` : ''}` })),
    );
    const first = await run({ node: node.path, github: gh, files: FILES, inputs: INPUTS });
    expect(first.code).toBe(1);
    const ours = gh.commentsOn(7).filter((c) => c.body.startsWith(MARKER));
    expect(ours).toHaveLength(1);
    // The rerun pages past the first 100 comments to find it, and edits nothing else.
    const second = await run({ node: node.path, github: gh, files: FILES, inputs: INPUTS });
    expect(second.code).toBe(1);
    expect(gh.commentsOn(7)).toHaveLength(151);
    expect(second.requests.filter((q) => q.method === 'GET' && /\/issues\/7\/comments/.test(q.path)).length).toBeGreaterThanOrEqual(2);
    expect(second.requests.filter((q) => q.method === 'PATCH').map((q) => q.path)).toEqual([`/repos/octo-org/models/issues/comments/${ours[0].id}`]);
  });

  it('a candidate no worse than the baseline passes, with a comment saying so', async () => {
    const gh = await fake();
    const files = { ...FILES, 'eval/candidate.csv': FILES['eval/baseline.csv'] };
    const r = await run({ node: node.path, github: gh, files, inputs: INPUTS });
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    expect(r.outputs.failures).toBe('0');
    expect(r.errors).toEqual([]);
    expect(gh.commentsOn(7)[0].body).toContain('✅ may ship');
  });

  it('push and workflow_dispatch run the gate and write the summary without commenting', async () => {
    for (const event of [pushEvent(), workflowDispatchEvent()]) {
      const gh = await fake();
      const r = await run({ node: node.path, github: gh, event, files: FILES, inputs: INPUTS });
      expect(r.code).toBe(1);
      expect(r.outputs.verdict).toBe('fail');
      expect(r.outputs['comment-url']).toBe('');
      expect(r.summary).toContain('❌ blocked');
      expect(r.requests).toEqual([]);
    }
  });

  it('fail-on: never reports without failing the step', async () => {
    const gh = await fake();
    const r = await run({ node: node.path, github: gh, files: FILES, inputs: { ...INPUTS, 'fail-on': 'never' } });
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe('fail');
  });
});

describe('failing closed, as the runner shows it', () => {
  const node = availableNodes()[0];

  it.each([
    ['a config error names the key and what is valid', { config: 'metrics:\n  recall: { max_increase: 1pp }\n', 'config-file': '' }, /metrics\.recall.*max_drop/],
    ['a missing file names the input and the path', { 'baseline-eval': 'eval/nope.csv' }, /eval\/nope\.csv/],
    ['config and config-file together', { config: 'task: binary' }, /config and config-file/],
    ['a bad boolean input', { comment: 'yes' }, /input comment is "yes": use true or false/],
    ['one eval file without the other', { 'candidate-eval': '' }, /baseline-eval is given without candidate-eval/],
  ])('%s', async (_what, inputs, message) => {
    const gh = await fake();
    const r = await run({ node: node.path, github: gh, files: FILES, inputs: { ...INPUTS, ...inputs } });
    expect(r.code).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(message);
    // Issue 13: the gate that could not run says so (contract section 1): verdict `error`, and on the PR
    // a comment saying why (none where the inputs themselves could not be read: no name, no token).
    expect(r.outputs.verdict).toBe('error');
    expect(gh.commentsOn(7).every((c) => c.body.includes('could not run'))).toBe(true);
    expect(r.summary).toContain('could not run');
    expectNoStack(r);
  });

  it('a data error names file, line and column', async () => {
    const gh = await fake();
    const broken = FILES['eval/candidate.csv'].replace(/\nex-0000002,(\d),[0-9.]+,/, '\nex-0000002,$1,1.7,');
    const r = await run({ node: node.path, github: gh, files: { ...FILES, 'eval/candidate.csv': broken }, inputs: INPUTS });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([expect.stringMatching(/^eval\/candidate\.csv:4 \(column "score"\): 1\.7 /)]);
  });

  it('never leaves a stale verdict: run 1 passes and posts, run 2 has a NaN score and the comment says it could not run', async () => {
    const gh = await fake();
    const same = { ...FILES, 'eval/candidate.csv': FILES['eval/baseline.csv'] };
    const first = await run({ node: node.path, github: gh, files: same, inputs: INPUTS });
    expect(first.code).toBe(0);
    expect(first.outputs.verdict).toBe('pass');
    const [posted] = gh.commentsOn(7);
    expect(posted.body).toContain('✅ may ship');

    const nan = same['eval/candidate.csv'].replace(/\nex-0000002,(\d),[0-9.]+,/, '\nex-0000002,$1,NaN,');
    const second = await run({ node: node.path, github: gh, files: { ...same, 'eval/candidate.csv': nan }, inputs: INPUTS });
    expect(second.code).toBe(1);
    expect(second.outputs).toMatchObject({ verdict: 'error', failures: '', warnings: '', 'report-json': '', 'report-markdown': '' });
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
    const after = gh.commentsOn(7);
    expect(after.map((c) => c.id)).toEqual([posted.id]);
    expect(after[0].body.split('\n').slice(0, 2)).toEqual([MARKER, '### Model gate fraud\\-scorer: ❌ could not run']);
    expect(after[0].body).not.toContain('may ship');
    expect(after[0].body).toContain('- eval/candidate.csv:4 \\(column &quot;score&quot;\\): &quot;NaN&quot; is not a number');
    expect(second.errors).toEqual([expect.stringMatching(/^eval\/candidate\.csv:4 \(column "score"\): "NaN" is not a number/)]);
    expectNoStack(second);
  });

  it("edits only its own comment: another app's comment with the marker and a github-actions[bot] echo stay untouched", async () => {
    const gh = await fake();
    const [app, echo] = gh.seedComments(7, [
      { user: gh.user('other-app[bot]', 'Bot'), body: `${MARKER}\n### Model gate fraud\\-scorer: ✅ may ship` },
      { user: ACTIONS_BOT, body: `Release notes bot:\n> ${MARKER}\n> ### Model gate fraud\\-scorer: ✅ may ship` },
    ]);
    const first = await run({ node: node.path, github: gh, files: FILES, inputs: INPUTS });
    expect(first.code).toBe(1);
    expect(first.warnings).toEqual([]);
    const after = gh.commentsOn(7);
    expect(after.slice(0, 2)).toEqual([app, echo]);
    expect(after).toHaveLength(3);
    expect(after[2]).toMatchObject({ user: ACTIONS_BOT });
    expect(after[2].body).toContain('❌ blocked');
    const second = await run({ node: node.path, github: gh, files: FILES, inputs: INPUTS });
    expect(second.requests.filter((q) => q.method === 'PATCH' || q.method === 'DELETE').map((q) => q.path)).toEqual([`/repos/octo-org/models/issues/comments/${after[2].id}`]);
    expect(gh.commentsOn(7).slice(0, 2)).toEqual([app, echo]);
  });
});
