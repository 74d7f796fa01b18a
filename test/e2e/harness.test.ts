// Proves the e2e harness itself: runAction hands a script exactly what the runner
// hands an action and parses back what it wrote; the fake API records its calls.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pushEvent, pullRequestEvent, HEAD_SHA, MERGE_SHA } from './harness/events.js';
import { ACTIONS_BOT, FAKE_TOKEN, startFakeGithub, type FakeGithub } from './harness/fakeGithub.js';
import { availableNodes, inputEnvName, parseFileCommands, parseWorkflowCommands, REPO_ROOT, runAction } from './harness/runAction.js';

const ECHO = join(REPO_ROOT, 'test/e2e/harness/fixtures/echo-action.mjs');

describe('FakeGithub', () => {
  let gh: FakeGithub;
  beforeAll(async () => {
    gh = await startFakeGithub();
    gh.seedComments(
      3,
      Array.from({ length: 5 }, (_, i) => ({ user: 'someone', body: `c${i}` })),
    );
  });
  afterAll(() => gh.close());
  const call = (path: string, init: RequestInit = {}, auth: string | null = `Bearer ${FAKE_TOKEN}`) =>
    fetch(`${gh.url}${path}`, { ...init, headers: { ...(auth ? { authorization: auth } : {}), 'content-type': 'application/json' } });

  it('paginates like GitHub: per_page, page, and a Link header with prev, next, last and first', async () => {
    const res = await call('/repos/octo-org/models/issues/3/comments?per_page=2&page=2');
    expect(((await res.json()) as Array<{ body: string }>).map((c) => c.body)).toEqual(['c2', 'c3']);
    const u = (p: number) => `${gh.url}/repos/octo-org/models/issues/3/comments?per_page=2&page=${p}`;
    expect(res.headers.get('link')).toBe(`<${u(1)}>; rel="prev", <${u(3)}>; rel="next", <${u(3)}>; rel="last", <${u(1)}>; rel="first"`);
    const last = await call('/repos/octo-org/models/issues/3/comments?per_page=2&page=3');
    expect(last.headers.get('link')).toBe(`<${u(2)}>; rel="prev", <${u(1)}>; rel="first"`);
    const only = await call('/repos/octo-org/models/issues/3/comments?per_page=100');
    expect(only.headers.get('link')).toBe(null);
  });

  it.each([
    [null, 401, 'Requires authentication'],
    ['Basic dXNlcjpwYXNz', 401, 'Bad credentials'],
    ['token ghs_unknown', 401, 'Bad credentials'],
    [`token ${FAKE_TOKEN}`, 200, null],
    [`Bearer ${FAKE_TOKEN}`, 200, null],
  ])('Authorization %s -> %i', async (auth, status, message) => {
    const res = await call('/repos/octo-org/models/issues/3/labels', {}, auth);
    expect(res.status).toBe(status);
    if (message) expect(await res.json()).toMatchObject({ message, documentation_url: 'https://docs.github.com/rest' });
  });

  it('answers 422 Validation Failed for a comment body over 65,536 characters, as GitHub does', async () => {
    const res = await call('/repos/octo-org/models/issues/3/comments', { method: 'POST', body: JSON.stringify({ body: 'x'.repeat(65_537) }) });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
    });
  });

  it('records unknown routes as unhandled (404) and other repositories as not found', async () => {
    const before = gh.unhandled.length;
    expect((await call('/repos/octo-org/models/check-runs')).status).toBe(404);
    expect((await call('/repos/other/repo/issues/3/comments')).status).toBe(404);
    expect(gh.unhandled.slice(before).map((r) => r.path)).toEqual(['/repos/octo-org/models/check-runs', '/repos/other/repo/issues/3/comments']);
  });
});

describe('availableNodes', () => {
  it("offers the runner's Node 24 and a second, different Node", () => {
    const nodes = availableNodes();
    expect(nodes[0]).toMatchObject({ label: 'node24 (runner)', major: 24 });
    expect(nodes.length).toBeGreaterThanOrEqual(2);
    expect(new Set(nodes.map((n) => n.major)).size).toBeGreaterThanOrEqual(2);
  });
});

describe('inputEnvName', () => {
  it.each([
    ['baseline-eval', 'INPUT_BASELINE-EVAL'],
    ['github-token', 'INPUT_GITHUB-TOKEN'],
    ['with space', 'INPUT_WITH_SPACE'],
    ['name', 'INPUT_NAME'],
  ])('%s -> %s', (name, env) => expect(inputEnvName(name)).toBe(env));
});

describe('parseFileCommands', () => {
  it('reads heredocs (multi-line, with = and << inside) and name=value lines; the last value wins', () => {
    const text = 'a<<ghadelimiter_1\nx=1\ny<<z\nghadelimiter_1\n' + 'b=plain=value\n' + 'empty<<EOF\n\nEOF\n' + 'b<<D\nsecond\nD\n';
    expect(parseFileCommands(text)).toEqual({ a: 'x=1\ny<<z', b: 'second', empty: '' });
  });
  it('throws on an unclosed heredoc', () => {
    expect(() => parseFileCommands('a<<D\nvalue\n')).toThrow(/never closed/);
  });
});

describe('parseWorkflowCommands', () => {
  it('unescapes messages and properties as @actions/core escapes them', () => {
    const cmds = parseWorkflowCommands('plain log\n::warning file=a%2Cb.csv,line=3::50%25 off%0Anext\n::error::boom\n');
    expect(cmds).toEqual([
      { command: 'warning', properties: { file: 'a,b.csv', line: '3' }, message: '50% off\nnext' },
      { command: 'error', properties: {}, message: 'boom' },
    ]);
  });
});

describe.each(availableNodes())('runAction on $label', (node) => {
  let gh: FakeGithub;
  beforeAll(async () => {
    gh = await startFakeGithub();
    gh.setPull(7, { headSha: HEAD_SHA });
  });
  afterAll(() => gh.close());

  it('passes inputs, event, workspace and API URL as the runner does, and parses outputs, summary and annotations', async () => {
    const r = await runAction({
      entry: ECHO,
      node: node.path,
      github: gh,
      actionYml: null,
      inputs: { name: 'fraud-scorer', 'baseline-eval': 'eval/base.csv', 'with space': 'ok', 'github-token': FAKE_TOKEN, pr: '7' },
    });
    try {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.outputs).toEqual({
        greeting: 'hello fraud-scorer',
        baseline: 'eval/base.csv',
        spaced: 'ok',
        multiline: 'line one\nline two\n  indented',
        'node-major': String(node.major),
        cwd: r.workspace,
        'event-name': 'pull_request',
        'head-sha': HEAD_SHA,
      });
      expect(r.exportedEnv).toEqual({ GATE_SEEN: 'yes' });
      expect(r.summary).toBe('<h1>Echo</h1>\nbaseline: eval/base.csv\n');
      expect(r.warnings).toEqual(['first line\nsecond line, with 100% of a comma']);
      expect(r.errors).toEqual([]);
      expect(r.env.GITHUB_SHA).toBe(MERGE_SHA);
      expect(r.env.GITHUB_REF).toBe('refs/pull/7/merge');
      expect(r.requests).toHaveLength(1);
      expect(r.requests[0]).toMatchObject({ method: 'GET', path: '/repos/octo-org/models/pulls/7', auth: `token ${FAKE_TOKEN}`, status: 200 });
    } finally {
      await r.cleanup();
    }
  });

  it('reports a failed step: exit code 1 and the ::error:: message', async () => {
    const r = await runAction({
      entry: ECHO,
      node: node.path,
      actionYml: null,
      event: pushEvent(),
      inputs: { 'baseline-eval': 'b.csv', fail: 'true' },
    });
    await r.cleanup();
    expect(r.code).toBe(1);
    expect(r.errors).toEqual(['asked to fail: see the summary']);
    expect(r.outputs['event-name']).toBe('push');
    expect(r.env.GITHUB_API_URL).toBe('http://127.0.0.1:9');
  });
});

describe('runAction', () => {
  it('applies action.yml defaults (github.token included) under explicit inputs', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mrg-yml-'));
    const yml = join(dir, 'action.yml');
    await writeFile(
      yml,
      [
        'name: echo',
        'inputs:',
        '  name: { default: model }',
        '  baseline-eval: { required: true }',
        "  github-token: { default: '${{ github.token }}' }",
        '  pr: { default: "7" }',
        '  fail: { default: "false" }',
        'runs: { using: node24, main: dist/index.js }',
      ].join('\n'),
    );
    const gh = await startFakeGithub();
    gh.setPull(7);
    try {
      const r = await runAction({ entry: ECHO, actionYml: yml, github: gh, inputs: { 'baseline-eval': 'x.csv' } });
      await r.cleanup();
      expect(r.code).toBe(0);
      expect(r.env['INPUT_NAME']).toBe('model');
      expect(r.env['INPUT_GITHUB-TOKEN']).toBe(FAKE_TOKEN);
      expect(r.env['INPUT_FAIL']).toBe('false');
      expect(r.outputs.greeting).toBe('hello model');
      expect(r.requests.map((q) => q.auth)).toEqual([`token ${FAKE_TOKEN}`]);
    } finally {
      await gh.close();
    }
  });

  it('writes the event file and workspace files, and kills a run that outlives its timeout', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mrg-hang-'));
    const script = join(dir, 'hang.mjs');
    await writeFile(
      script,
      "import { readFileSync } from 'node:fs';\n" +
        "const e = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'));\n" +
        "console.log('pr', e.pull_request.number, readFileSync('data/a.csv', 'utf8'));\n" +
        'setInterval(() => {}, 1000);\n',
    );
    const r = await runAction({
      entry: script,
      actionYml: null,
      event: pullRequestEvent({ number: 31 }),
      files: { 'data/a.csv': 'id,label\n' },
      timeoutMs: 1500,
    });
    await r.cleanup();
    expect(r.timedOut).toBe(true);
    expect(r.code).toBe(null);
    expect(r.stdout).toBe('pr 31 id,label\n\n');
  });

  it('refuses to run a missing entry with a hint to bundle', async () => {
    await expect(runAction({ entry: '/nonexistent/dist/index.js' })).rejects.toThrow(/npm run bundle/);
  });
});

describe.each(availableNodes())('src/github bundled like dist/index.js, run on $label', (node) => {
  let probe: string;
  let gh: FakeGithub;
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mrg-probe-'));
    probe = join(dir, 'probe.js');
    await build({
      entryPoints: [join(REPO_ROOT, 'test/e2e/harness/fixtures/github-probe.ts')],
      outfile: probe,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
      banner: { js: "import { createRequire as __mrgCreateRequire } from 'node:module';\nconst require = __mrgCreateRequire(import.meta.url);" },
    });
    gh = await startFakeGithub();
    gh.setPull(7, { headSha: HEAD_SHA });
  });
  afterAll(() => gh.close());

  it('creates, then updates, the sticky comment and writes the summary', async () => {
    const inputs = { name: 'fraud-scorer', 'github-token': FAKE_TOKEN };
    const first = await runAction({ entry: probe, node: node.path, github: gh, actionYml: null, inputs });
    const second = await runAction({ entry: probe, node: node.path, github: gh, actionYml: null, inputs });
    await Promise.all([first.cleanup(), second.cleanup()]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.outputs['comment-action']).toBe('created');
    expect(second.outputs['comment-action']).toBe('updated');
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);
    expect(first.outputs['head-sha']).toBe(HEAD_SHA);
    expect(first.summary).toBe('## probe of octo-org/models\n');
    expect(gh.commentsOn(7).map((c) => c.body)).toEqual([`<!-- model-release-gate:fraud-scorer -->\nprobe at ${HEAD_SHA}`]);
    expect(first.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      'GET /user 403',
      'GET /repos/octo-org/models/issues/7/comments 200',
      'POST /repos/octo-org/models/issues/7/comments 201',
      'GET /repos/octo-org/models/issues/7/comments 200',
    ]);
  });

  it("turns a fork token's 403 into a warning and an empty comment-url", async () => {
    const fork = await startFakeGithub({ tokens: { [FAKE_TOKEN]: { user: ACTIONS_BOT, readOnly: true } } });
    try {
      const r = await runAction({
        entry: probe,
        node: node.path,
        github: fork,
        actionYml: null,
        event: pullRequestEvent({ number: 7, headRepo: 'someone/models' }),
        inputs: { name: 'fraud-scorer', 'github-token': FAKE_TOKEN },
      });
      await r.cleanup();
      expect(r.code).toBe(0);
      expect(r.outputs['comment-url']).toBe('');
      expect(r.warnings).toHaveLength(1);
      expect(r.warnings[0]).toMatch(/^GitHub API POST \/repos\/octo-org\/models\/issues\/7\/comments answered 403: Resource not accessible by integration\. /);
    } finally {
      await fork.close();
    }
  });
});
