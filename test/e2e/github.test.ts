// The gate on GitHub in hostile conditions, end to end: the bundled dist/index.js
// run as the runner runs it, against FakeGithub on 127.0.0.1 (real Octokit, real
// HTTP). Fork PRs with read-only tokens, flaky API calls, 150 comments, racing
// runs, the override label, the fork-safe from-report mode (valid, tampered, wrong
// PR), non-PR events, pull_request_target and the optional check run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEAD_SHA, mergeGroupEvent, pullRequestEvent, pushEvent, scheduleEvent, workflowDispatchEvent, workflowRunEvent, type GitHubEvent } from './harness/events.js';
import { ACTIONS_BOT, faults, startFakeGithub, type FakeGithub } from './harness/fakeGithub.js';
import { availableNodes, runAction, type ActionResult, type RunActionOptions } from './harness/runAction.js';
import { e2eSession, example, expectNoStack } from './harness/session.js';

const FILES = {
  'eval/baseline.csv': example('baseline.csv'),
  'eval/candidate.csv': example('candidate.csv'),
  'gate.yml': example('gate.yml'),
};
/** The candidate scored like the baseline: every check passes. */
const PASSING_FILES = { ...FILES, 'eval/candidate.csv': FILES['eval/baseline.csv'] };
const INPUTS = {
  name: 'fraud-scorer',
  'baseline-eval': 'eval/baseline.csv',
  'candidate-eval': 'eval/candidate.csv',
  'config-file': 'gate.yml',
  artifact: 'false',
};
const MARKER = '<!-- model-release-gate:fraud-scorer -->';
const LABEL = 'model-gate/override';
const FAILED_IDS = ['offline/recall/region=BR'];
const FORK = 'someone/models';
const FORK_TOKEN = 'ghs_forkReadOnlyToken0000000000000000000';
const OTHER_SHA = '0123456789abcdef0123456789abcdef01234567';
/** Retry waits of 5 ms instead of 1 s (a test aid read by src/main.ts). */
const FAST = { MODEL_GATE_RETRY_UNIT_MS: '5' };
const ZW = '\u200b';
const node = availableNodes()[0];

const session = e2eSession((opts) => ({ node: node.path, files: FILES, inputs: INPUTS, ...opts, env: { ...FAST, ...opts.env } }));
const { run, track } = session;

/** A fake GitHub with PR #7 (head HEAD_SHA), a fork's read-only token, and collaborators of each role. */
async function fake(pull: { headRepo?: string } = {}): Promise<FakeGithub> {
  const gh = await startFakeGithub();
  gh.addToken(FORK_TOKEN, { user: ACTIONS_BOT, readOnly: true });
  gh.setPull(7, { headSha: HEAD_SHA, ...pull });
  gh.setPermission('admin-alice', 'admin');
  gh.setPermission('release-owner', 'maintain');
  gh.setPermission('dev-bob', 'write');
  gh.setPermission('model-author', 'read');
  track(() => gh.close());
  return gh;
}
const ours = (gh: FakeGithub, pr = 7) => gh.commentsOn(pr).filter((c) => c.body.startsWith(MARKER));
const writes = (r: ActionResult) => r.requests.filter((q) => q.method !== 'GET');
const reportOf = (r: ActionResult) => JSON.parse(readFileSync(r.outputs['report-json'], 'utf8'));

describe('a pull request from a fork (read-only token: 403 on every write)', () => {
  const forkEvent = () => pullRequestEvent({ number: 7, headRepo: FORK });

  it.each([
    ['a failing candidate still fails the step', FILES, 1, 'fail', '❌ blocked'],
    ['a passing candidate still passes', PASSING_FILES, 0, 'pass', '✅ may ship'],
  ])('%s, writes summary and report, and warns once why there is no comment and how to get one', async (_what, files, code, verdict, headline) => {
    const gh = await fake({ headRepo: FORK });
    const r = await run({ github: gh, token: FORK_TOKEN, event: forkEvent(), files });

    expect(r.code).toBe(code);
    expect(r.outputs.verdict).toBe(verdict);
    expect(r.outputs['comment-url']).toBe('');
    expect(r.summary).toContain(headline);
    expect(reportOf(r)).toMatchObject({ verdict, run: { pull_request: 7, commit: HEAD_SHA } });
    expect(r.warnings).toEqual([
      expect.stringMatching(
        /^No PR comment: this pull_request run comes from a fork, so its token is read-only \(POST \/repos\/octo-org\/models\/issues\/7\/comments answered 403\)\. .*workflow_run.*from-report \(README: "Pull requests from forks"\)\.$/,
      ),
    ]);
    expect(gh.commentsOn(7)).toEqual([]);
    expect(writes(r).map((q) => [q.method, q.path, q.status])).toEqual([['POST', '/repos/octo-org/models/issues/7/comments', 403]]);
    expectNoStack(r);
  });

  it('with check-run: true the single warning stays single (no check run is tried on a read-only token)', async () => {
    const gh = await fake({ headRepo: FORK });
    const r = await run({ github: gh, token: FORK_TOKEN, event: forkEvent(), inputs: { ...INPUTS, 'check-run': 'true' } });
    expect(r.code).toBe(1);
    expect(r.warnings).toHaveLength(1);
    expect(gh.requestsTo('POST', /check-runs/)).toEqual([]);
  });

  it('a same-repo PR whose job lacks pull-requests: write gets a warning that says which permission', async () => {
    const gh = await fake();
    const r = await run({ github: gh, token: FORK_TOKEN });
    expect(r.code).toBe(1);
    expect(r.warnings).toEqual([expect.stringMatching(/^No comment on PR #7: the token may not write comments .*answered 403.*permissions: pull-requests: write/)]);
  });
});

describe('resilience', () => {
  it('502s on the first calls are retried: one comment, no warning, the verdict intact', async () => {
    const gh = await fake();
    gh.fail({}, faults.serverError(502), 3);
    const r = await run({ github: gh });
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(r.requests.slice(0, 4).map((q) => q.status)).toEqual([502, 502, 502, 200]);
    expect(ours(gh)).toHaveLength(1);
    expect(r.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
    expect(r.warnings).toEqual([]);
  });

  it.each([
    ['failing', FILES, 1, 'fail'],
    ['passing', PASSING_FILES, 0, 'pass'],
  ])('GitHub down for good (every call 502): the %s verdict, files and summary stand, with warnings, in bounded time', async (_w, files, code, verdict) => {
    const gh = await fake();
    gh.fail({}, faults.serverError(502), 1000);
    const t0 = Date.now();
    const r = await run({ github: gh, files });
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(r.code).toBe(code);
    expect(r.outputs.verdict).toBe(verdict);
    expect(r.outputs['comment-url']).toBe('');
    expect(r.summary).toContain('Model gate fraud\\-scorer');
    expect(reportOf(r).verdict).toBe(verdict);
    expect(r.warnings.at(-1)).toMatch(/^Could not comment on PR #7: GitHub API GET \S+ answered 502: Server Error\. The verdict and the job summary stand\.$/);
    // Each call tried 4 times (3 retries), none more.
    expect(r.requests.length % 4).toBe(0);
    expectNoStack(r);
  });

  it('finds its comment among 150 others (page 2) through a 502 on that page, and updates it in place', async () => {
    const gh = await fake();
    const seeded = gh.seedComments(
      7,
      Array.from({ length: 150 }, (_, i) => ({
        user: i === 120 ? ACTIONS_BOT : i % 2 ? 'reviewer' : ACTIONS_BOT,
        body: i === 120 ? `${MARKER}\n### Model gate fraud\\-scorer: ✅ may ship\n\nold report` : i === 3 ? `quoting ${MARKER}` : `comment ${i}`,
      })),
    );
    gh.fail({ method: 'GET', path: '/repos/octo-org/models/issues/7/comments' }, faults.serverError(502), 1);
    const r = await run({ github: gh });
    expect(r.code).toBe(1);
    expect(gh.commentsOn(7)).toHaveLength(150);
    expect(writes(r).map((q) => [q.method, q.path])).toEqual([['PATCH', `/repos/octo-org/models/issues/comments/${seeded[120].id}`]]);
    expect(ours(gh)[0].body).toContain('❌ blocked');
    expect(r.warnings).toEqual([]);
  });

  it('two runs of the same gate racing (both find no comment, both create one) leave exactly one', async () => {
    const gh = await fake();
    // Hold both runs' first listing until both have asked: neither sees the other's comment.
    gh.fail({ method: 'GET', path: '/repos/octo-org/models/issues/7/comments' }, { barrier: 2 }, 2);
    const [a, b] = await Promise.all([run({ github: gh }), run({ github: gh })]);
    expect([a.code, b.code]).toEqual([1, 1]);
    expect(gh.requestsTo('POST', '/repos/octo-org/models/issues/7/comments')).toHaveLength(2);
    const left = ours(gh);
    expect(left).toHaveLength(1);
    expect(left[0].body).toContain('❌ blocked');
    expect(a.outputs['comment-url']).toBe(b.outputs['comment-url']);
    expect(a.outputs['comment-url']).toMatch(new RegExp(`#issuecomment-${left[0].id}$`));
    expect([...a.warnings, ...b.warnings]).toEqual([]);
  });
});

describe('non-PR events run the gate and write the summary without commenting', () => {
  it.each<[string, GitHubEvent]>([
    ['push', pushEvent()],
    ['workflow_dispatch', workflowDispatchEvent()],
    ['merge_group', mergeGroupEvent({ prNumber: 7 })],
    ['schedule', scheduleEvent()],
  ])('%s', async (_name, event) => {
    const gh = await fake();
    gh.addLabel(7, LABEL, 'admin-alice'); // a label on the PR does not reach a run that is not about the PR
    const r = await run({ github: gh, event });
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(r.outputs['comment-url']).toBe('');
    expect(r.summary).toContain('❌ blocked');
    expect(r.requests).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('with check-run: true, a push gets a check run on the pushed commit and still no comment', async () => {
    const gh = await fake();
    const r = await run({ github: gh, event: pushEvent({ after: OTHER_SHA }), inputs: { ...INPUTS, 'check-run': 'true' } });
    expect(r.code).toBe(1);
    expect(gh.checkRuns()).toMatchObject([{ name: 'model gate: fraud-scorer', head_sha: OTHER_SHA, conclusion: 'failure' }]);
    expect(r.requests.map((q) => [q.method, q.path])).toEqual([['POST', '/repos/octo-org/models/check-runs']]);
  });
});

describe('pull_request_target', () => {
  it('warns once that it runs untrusted code with a write token, and still gates and comments', async () => {
    const gh = await fake();
    const r = await run({ github: gh, event: pullRequestEvent({ number: 7, target: true, headRepo: FORK }) });
    expect(r.code).toBe(1);
    expect(r.warnings).toEqual([
      expect.stringMatching(/^This workflow runs on pull_request_target: it has a write token .* untrusted\. Run the gate on pull_request .*workflow_run.*from-report/),
    ]);
    expect(ours(gh)).toHaveLength(1);
  });
});

describe('the override label', () => {
  const overrideLine = (actor: string, role: string) =>
    `🔓 **Overridden** by @${ZW}${actor.replace(/-/g, '\\-')} (${role}) with the label model\\-gate/override: it overrode 1 failed check: offline/recall/region\\=BR.`;

  it('applied by an admin: the verdict is overridden, the step passes, the comment says who and which checks; removing it re-blocks', async () => {
    const gh = await fake();
    gh.addLabel(7, LABEL, 'admin-alice');
    const r = await run({ github: gh, event: pullRequestEvent({ number: 7, action: 'labeled', labels: [LABEL] }) });
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe('overridden');
    expect(r.outputs.failures).toBe('1');
    expect(r.errors).toEqual([]);
    expect(reportOf(r).override).toEqual({ label: LABEL, actor: 'admin-alice', permission: 'admin', overridden_checks: FAILED_IDS });
    const [comment] = ours(gh);
    expect(comment.body).toContain('🔓 failed, overridden');
    expect(comment.body).toContain(overrideLine('admin-alice', 'admin'));
    expect(r.summary).toContain(overrideLine('admin-alice', 'admin'));
    expect(r.requests.filter((q) => /collaborators\/admin-alice\/permission$/.test(q.path))).toHaveLength(1);

    gh.removeLabel(7, LABEL, 'admin-alice');
    const again = await run({ github: gh, event: pullRequestEvent({ number: 7, action: 'unlabeled' }) });
    expect(again.code).toBe(1);
    expect(again.outputs.verdict).toBe('fail');
    expect(reportOf(again).override).toBe(null);
    expect(ours(gh).map((c) => c.id)).toEqual([comment.id]);
    expect(ours(gh)[0].body).toContain('❌ blocked');
    expect(ours(gh)[0].body).not.toContain('Overridden');
  });

  it('applied by a maintainer under override-permission: maintain (the default) counts too', async () => {
    const gh = await fake();
    gh.addLabel(7, LABEL, 'release-owner');
    const r = await run({ github: gh, event: pullRequestEvent({ action: 'labeled' }) });
    expect(r.code).toBe(0);
    expect(ours(gh)[0].body).toContain(overrideLine('release-owner', 'maintain'));
  });

  it.each([
    ['a read-only user', 'model-author', 'read', {}],
    ['a writer when admin is required', 'dev-bob', 'write', { 'override-permission': 'admin' }],
  ])('applied by %s: the gate stays failed and the comment says why', async (_w, who, role, extra) => {
    const gh = await fake();
    gh.addLabel(7, LABEL, who);
    const r = await run({ github: gh, event: pullRequestEvent({ action: 'labeled' }), inputs: { ...INPUTS, ...extra } });
    const required = (extra as Record<string, string>)['override-permission'] ?? 'maintain';
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(reportOf(r).override_refused).toEqual({
      label: LABEL,
      actor: who,
      permission: role,
      reason: `label "${LABEL}" was applied by @${who}, whose role (${role}) is below the required ${required}`,
    });
    const body = ours(gh)[0].body;
    expect(body).toContain('❌ blocked');
    expect(body).toContain(
      `⛔ **The override label model\\-gate/override does not count**: label &quot;model\\-gate/override&quot; was applied by @${ZW}${who.replace(/-/g, '\\-')}, whose role \\(${role}\\) is below the required ${required}. The gate stays failed.`,
    );
    expect(r.warnings).toEqual([
      `The override label "${LABEL}" does not count: label "${LABEL}" was applied by @${who}, whose role (${role}) is below the required ${required}. The gate stays failed.`,
    ]);
  });

  it('when GitHub cannot say who applied it, the gate fails closed and says so', async () => {
    const gh = await fake();
    gh.addLabel(7, LABEL, 'admin-alice');
    gh.fail({ path: /\/issues\/7\/labels$/ }, faults.serverError(503), 4);
    const r = await run({ github: gh, event: pullRequestEvent({ action: 'labeled' }) });
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(r.warnings).toEqual([
      expect.stringMatching(/^Could not check the override label "model-gate\/override": GitHub API GET \S+labels answered 503.* The gate stays failed; re-run the job/),
    ]);
    expect(ours(gh)[0].body).toMatch(/does not count\*\*: it could not be checked \\\(GitHub API GET .*answered 503\\\); re\\-run the job to check again\. The gate stays failed\./);
  });

  it('a passing gate never asks about the label', async () => {
    const gh = await fake();
    gh.addLabel(7, LABEL, 'admin-alice');
    const r = await run({ github: gh, files: PASSING_FILES });
    expect(r.outputs.verdict).toBe('pass');
    expect(r.requests.filter((q) => /labels|events|collaborators/.test(q.path))).toEqual([]);
  });
});

/** report.json of the first workflow on a fork's PR, as downloaded from its artifact; made once per data set. */
const forkReports = new Map<object, string>();
async function forkReport(files: Record<string, string> = FILES): Promise<Record<string, any>> {
  if (!forkReports.has(files)) {
    const gh = await fake({ headRepo: FORK });
    const first = await run({ github: gh, token: FORK_TOKEN, event: pullRequestEvent({ number: 7, headRepo: FORK }), files });
    forkReports.set(files, readFileSync(first.outputs['report-json'], 'utf8'));
  }
  return JSON.parse(forkReports.get(files)!);
}
/** The second workflow: workflow_run of the fork's run, posting `report` with from-report. */
function fromReport(gh: FakeGithub, report: Record<string, any> | string, extra: Partial<RunActionOptions> = {}): Promise<ActionResult> {
  return run({
    github: gh,
    event: workflowRunEvent({ prNumber: null, headRepo: FORK }),
    files: { 'gate-report/report.json': typeof report === 'string' ? report : JSON.stringify(report, null, 2) },
    inputs: { 'from-report': 'gate-report/report.json' },
    ...extra,
  });
}

describe('from-report: the fork-safe second workflow', () => {
  it('posts the re-rendered report on the confirmed PR, sets the outputs, and fails as the verdict says', async () => {
    const report = await forkReport();
    const gh = await fake({ headRepo: FORK });
    const r = await fromReport(gh, report);

    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ verdict: 'fail', failures: '1', warnings: '0' });
    expect(r.outputs['report-json']).toBe(join(r.workspace, 'model-gate-report/report.json'));
    expect(r.errors.at(-1)).toMatch(/^Model gate "fraud-scorer": 1 check failed; first: region=BR · recall/);
    expect(r.warnings).toEqual([]);
    const comments = ours(gh);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toMatch(/region\\?=BR \| recall \| 1,477 \| 76\.0% \| 62\.7% \| −13\.3 pp/);
    expect(comments[0].body).toContain('[workflow run](https://github.com/octo-org/models/actions/runs/30433642)');
    expect(r.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
    expect(r.summary).toContain('❌ blocked');
    // It asked GitHub about the PR before writing anything.
    const calls = r.requests.map((q) => `${q.method} ${q.path}`);
    expect(calls.indexOf('GET /repos/octo-org/models/pulls/7')).toBeLessThan(calls.indexOf('POST /repos/octo-org/models/issues/7/comments'));
  });

  it('re-renders from the data, escaping it: text in the report cannot mention, link or inject HTML', async () => {
    const report = await forkReport();
    const i = report.checks.findIndex((c: { status: string }) => c.status === 'fail');
    // The rule text is shown in the failed-checks table.
    report.checks[i].rule = '@everyone <img src=x onerror=alert(1)> [x](https://evil.example)';
    const gh = await fake({ headRepo: FORK });
    const r = await fromReport(gh, report);
    expect(r.code).toBe(1);
    const body = ours(gh)[0].body;
    expect(body).toContain(`@${ZW}everyone &lt;img src\\=x onerror\\=alert\\(1\\)&gt; \\[x\\]\\(https:${ZW}//evil.example\\)`);
    expect(body).not.toMatch(/@everyone|<img|\]\(https:\/\/evil/);
  });

  it('a passing report passes the step and comments', async () => {
    const report = await forkReport(PASSING_FILES);
    const gh = await fake({ headRepo: FORK });
    const r = await fromReport(gh, report);
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe('pass');
    expect(ours(gh)[0].body).toContain('✅ may ship');
  });

  it('updates the comment the first run (or an earlier second run) left, instead of adding one', async () => {
    const report = await forkReport();
    const gh = await fake({ headRepo: FORK });
    const [old] = gh.seedComments(7, [{ user: ACTIONS_BOT, body: `${MARKER}\n### Model gate fraud\\-scorer: ✅ may ship\n\nolder report` }]);
    const r = await fromReport(gh, report);
    expect(r.code).toBe(1);
    expect(gh.commentsOn(7).map((c) => c.id)).toEqual([old.id]);
    expect(gh.commentsOn(7)[0].body).toContain('❌ blocked');
  });

  it('re-checks the override here: a label applied by an admin overrides, a claimed override without the label does not', async () => {
    const report = await forkReport();
    const gh = await fake({ headRepo: FORK });
    gh.addLabel(7, LABEL, 'admin-alice');
    const granted = await fromReport(gh, report);
    expect(granted.code).toBe(0);
    expect(granted.outputs.verdict).toBe('overridden');
    expect(ours(gh)[0].body).toContain('🔓 failed, overridden');

    // A forged override: schema-valid, but no label is on the PR.
    const forged = { ...report, verdict: 'overridden', override: { label: LABEL, actor: 'admin-alice', permission: 'admin', overridden_checks: FAILED_IDS } };
    const gh2 = await fake({ headRepo: FORK });
    const r = await fromReport(gh2, forged);
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(ours(gh2)[0].body).toContain('❌ blocked');
    expect(ours(gh2)[0].body).not.toContain('Overridden');
  });

  it.each<[string, (r: Record<string, any>) => void, RegExp]>([
    ['a verdict flipped to pass', (r) => (r.verdict = 'pass'), /report\.json: \$\.verdict is "pass", but the checks give "fail" \(1 failed/],
    [
      'a failed check turned into a pass',
      (r) => (r.checks.find((c: { status: string }) => c.status === 'fail').status = 'pass'),
      /report\.json: \$\.counts\.pass is \d+, but \d+ checks have status pass$/,
    ],
    ['a field the schema does not have', (r) => (r.comment = '### ✅ all good'), /report\.json: \$\.comment is not a field of model-release-gate\/report@1/],
    ['another schema version', (r) => (r.schema = 'model-release-gate/report@9'), /report\.json: \$\.schema is "model-release-gate\/report@9": expected "model-release-gate\/report@1"$/],
    ['a check id that hides another segment', (r) => (r.checks[1].id = 'offline/recall/region=US'), /report\.json: \$\.checks\[1\]\.id is "offline\/recall\/region=US": expected /],
    [
      'a commit other than the one the triggering run tested',
      (r) => (r.run.commit = OTHER_SHA),
      /report\.json: names PR #7, but it says it tested 0123456 while the triggering run tested 3f78685; not commenting$/,
    ],
    ['another repository', (r) => (r.run.repository = 'other/models'), /report\.json: names PR #7, but it ran in other\/models, not octo-org\/models; not commenting$/],
  ])('a tampered report (%s) is refused: the step fails with one line, nothing is posted', async (_what, tamper, message) => {
    const report = await forkReport();
    tamper(report);
    const gh = await fake({ headRepo: FORK });
    const r = await fromReport(gh, report);
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([expect.stringMatching(message)]);
    expect(writes(r)).toEqual([]);
    expect(gh.commentsOn(7)).toEqual([]);
    // Issue 13: a run that could not judge says `error` (contract section 1).
    expect(r.outputs.verdict).toBe('error');
    expect(r.summary).toContain('could not run');
    expectNoStack(r);
  });

  it('a report that is not JSON is refused with the file named', async () => {
    const gh = await fake({ headRepo: FORK });
    const r = await fromReport(gh, '<html>not a report</html>');
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([expect.stringMatching(/^gate-report\/report\.json: not valid JSON: /)]);
    expect(r.requests).toEqual([]);
  });

  it.each<[string, (gh: FakeGithub, r: Record<string, any>) => void, RegExp]>([
    [
      'another open PR, whose head differs',
      (gh, r) => {
        gh.setPull(8, { headSha: OTHER_SHA });
        r.run.pull_request = 8;
      },
      /^gate-report\/report\.json: names PR #8, whose head is 0123456, but the triggering run tested 3f78685: the report names another pull request, or the PR has new commits \(their run will comment\); not commenting$/,
    ],
    ['a PR that does not exist', (_gh, r) => (r.run.pull_request = 99), /names PR #99, which does not exist in octo-org\/models; not commenting$/],
    ['its own PR, closed since', (gh) => gh.setPull(7, { state: 'closed' }), /names PR #7, which is closed; not commenting$/],
    ['its own PR, with new commits since', (gh) => gh.setPull(7, { headSha: OTHER_SHA }), /names PR #7, whose head is 0123456, but the triggering run tested 3f78685/],
  ])('a report naming the wrong PR (%s) is refused after asking GitHub, and nothing is posted', async (_what, setup, message) => {
    const report = await forkReport();
    const gh = await fake({ headRepo: FORK });
    setup(gh, report);
    const r = await fromReport(gh, report);
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([expect.stringMatching(message)]);
    expect(writes(r)).toEqual([]);
    expect(gh.commentsOn(7)).toEqual([]);
    expect(gh.commentsOn(8)).toEqual([]);
  });

  it('a same-repo workflow_run that names PR #7 refuses a report naming PR #8 without asking GitHub', async () => {
    const report = await forkReport();
    report.run.pull_request = 8;
    const gh = await fake();
    gh.setPull(8, { headSha: HEAD_SHA });
    const r = await fromReport(gh, report, { event: workflowRunEvent({ prNumber: 7 }) });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([expect.stringMatching(/names PR #8, but the triggering run was for PR #7; not commenting$/)]);
    expect(r.requests).toEqual([]);
  });

  it('outside workflow_run (here workflow_dispatch) it refuses to comment: nothing says which commit was tested', async () => {
    const report = await forkReport();
    const gh = await fake({ headRepo: FORK });
    const r = await fromReport(gh, report, { event: workflowDispatchEvent() });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([expect.stringMatching(/names PR #7, but this workflow_dispatch event does not say which commit was tested: run from-report on workflow_run/)]);
    expect(r.requests).toEqual([]);
  });

  it('a report of a run that was not for a PR sets the outputs and comments nowhere', async () => {
    const report = await forkReport();
    report.run.pull_request = null;
    const gh = await fake({ headRepo: FORK });
    const r = await fromReport(gh, report);
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(r.outputs['comment-url']).toBe('');
    expect(r.requests).toEqual([]);
  });

  it('from-report with data inputs is a usage error', async () => {
    const gh = await fake();
    const r = await run({ github: gh, event: workflowRunEvent(), inputs: { ...INPUTS, 'from-report': 'gate-report/report.json' } });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([
      "input from-report is given with config-file, baseline-eval, candidate-eval: from-report only posts an earlier run's report; remove those inputs (the gate itself runs in the first workflow).",
    ]);
  });

  it('with check-run: true, the second workflow attaches the check run to the PR head', async () => {
    const report = await forkReport();
    const gh = await fake({ headRepo: FORK });
    const r = await fromReport(gh, report, { inputs: { 'from-report': 'gate-report/report.json', 'check-run': 'true' } });
    expect(r.code).toBe(1);
    expect(gh.checkRuns()).toMatchObject([{ name: 'model gate: fraud-scorer', head_sha: HEAD_SHA, conclusion: 'failure' }]);
  });
});

describe('the check run (check-run: true)', () => {
  it('is off by default', async () => {
    const gh = await fake();
    await run({ github: gh });
    expect(gh.checkRuns()).toEqual([]);
  });

  it.each<{ what: string; files: Record<string, string>; extra: Record<string, string>; conclusion: string; title: RegExp }>([
    { what: 'a failed gate', files: FILES, extra: {}, conclusion: 'failure', title: /^blocked: 1 of \d+ checks failed, 0 warnings$/ },
    { what: 'a failed gate under fail-on: never', files: FILES, extra: { 'fail-on': 'never' }, conclusion: 'neutral', title: /^blocked: 1 of/ },
    { what: 'a passing gate', files: PASSING_FILES, extra: {}, conclusion: 'success', title: /^may ship: 0 of \d+ checks failed/ },
  ])('$what: conclusion $conclusion', async ({ files, extra, conclusion, title }) => {
    const gh = await fake();
    const r = await run({ github: gh, files, inputs: { ...INPUTS, 'check-run': 'true', ...extra } });
    const [check] = gh.checkRuns();
    expect(check).toMatchObject({
      name: 'model gate: fraud-scorer',
      head_sha: HEAD_SHA,
      status: 'completed',
      conclusion,
      details_url: 'https://github.com/octo-org/models/actions/runs/9876543210',
    });
    expect(check.output.title).toMatch(title);
    if (conclusion !== 'success') {
      expect(check.output.summary).toContain('**Failed checks**');
      expect(check.output.summary).toContain('- **region\\=BR · recall**: ');
      expect(check.output.summary).not.toContain('- **region\\=BR · auc**: ');
    }
    expect(r.warnings).toEqual([]);
  });

  it('an overridden gate is neutral, and the summary says who overrode it', async () => {
    const gh = await fake();
    gh.addLabel(7, LABEL, 'admin-alice');
    const r = await run({ github: gh, inputs: { ...INPUTS, 'check-run': 'true' } });
    expect(r.code).toBe(0);
    const [check] = gh.checkRuns();
    expect(check.conclusion).toBe('neutral');
    expect(check.output.summary).toContain(`🔓 **Overridden** by @${ZW}admin\\-alice (admin)`);
  });

  it('without checks: write (403) it is a warning that names the permission; the comment and verdict stand', async () => {
    const gh = await fake();
    gh.fail({ method: 'POST', path: '/repos/octo-org/models/check-runs' }, faults.forbidden(), 1);
    const r = await run({ github: gh, inputs: { ...INPUTS, 'check-run': 'true' } });
    expect(r.code).toBe(1);
    expect(r.outputs.verdict).toBe('fail');
    expect(ours(gh)).toHaveLength(1);
    expect(r.warnings).toEqual([
      expect.stringMatching(
        /^Could not create the check run "model gate: fraud-scorer": GitHub API POST \S+check-runs answered 403: Resource not accessible by integration\. Give the job `permissions: checks: write`\./,
      ),
    ]);
  });
});

describe.each(availableNodes().slice(1))('the fork round trip on $label', (other) => {
  it('fork run warns and fails as the data says; the second workflow posts its report', async () => {
    const gh = await fake({ headRepo: FORK });
    const first = await runAction({ node: other.path, github: gh, token: FORK_TOKEN, event: pullRequestEvent({ headRepo: FORK }), files: FILES, inputs: INPUTS });
    track(() => first.cleanup());
    expect(first.code).toBe(1);
    expect(first.warnings).toHaveLength(1);
    const second = await runAction({
      node: other.path,
      github: gh,
      event: workflowRunEvent({ prNumber: null, headRepo: FORK }),
      files: { 'r/report.json': readFileSync(first.outputs['report-json'], 'utf8') },
      inputs: { 'from-report': 'r/report.json' },
    });
    track(() => second.cleanup());
    expect(second.code).toBe(1);
    expect(ours(gh)).toHaveLength(1);
  });
});
