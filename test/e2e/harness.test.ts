// Proves the e2e harness itself: runAction hands a script exactly what the runner
// hands an action and parses back what it wrote; the fake API records its calls.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pushEvent, pullRequestEvent, HEAD_SHA, MERGE_SHA } from './harness/events.js';
import { FAKE_TOKEN, startFakeGithub, type FakeGithub } from './harness/fakeGithub.js';
import {
  availableNodes,
  inputEnvName,
  parseFileCommands,
  parseWorkflowCommands,
  REPO_ROOT,
  runAction,
} from './harness/runAction.js';

const ECHO = join(REPO_ROOT, 'test/e2e/harness/fixtures/echo-action.mjs');

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
    const text =
      'a<<ghadelimiter_1\nx=1\ny<<z\nghadelimiter_1\n' + 'b=plain=value\n' + 'empty<<EOF\n\nEOF\n' + 'b<<D\nsecond\nD\n';
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
        'node-major': node.path === process.execPath ? process.versions.node.split('.')[0] : '24',
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
