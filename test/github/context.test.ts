import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContext, readContext, type Env } from '../../src/github/context.js';
import { UsageError } from '../../src/errors/index.js';
import { HEAD_SHA, MERGE_SHA, mergeGroupEvent, pullRequestEvent, pushEvent, workflowDispatchEvent, workflowRunEvent, type GitHubEvent } from '../e2e/harness/events.js';

const DEFAULT_BRANCH_SHA = 'c3499c2729730a7f807efb8676a92dcb6f8a3f8f';

function envFor(event: GitHubEvent, extra: Env = {}): Env {
  return {
    GITHUB_EVENT_NAME: event.name,
    GITHUB_REPOSITORY: 'octo-org/models',
    GITHUB_SHA: event.name.startsWith('pull_request') ? MERGE_SHA : DEFAULT_BRANCH_SHA,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_RUN_ID: '9876543210',
    ...extra,
  };
}

const OTHER = '0123456789abcdef0123456789abcdef01234567';

describe('readContext', () => {
  it.each([
    { what: 'pull_request: the PR head, not the test merge commit', event: pullRequestEvent({ number: 7 }), pr: 7, sha: HEAD_SHA, fork: false },
    { what: 'pull_request from a fork', event: pullRequestEvent({ number: 8, headRepo: 'someone/models' }), pr: 8, sha: HEAD_SHA, fork: true },
    { what: 'pull_request whose fork was deleted', event: pullRequestEvent({ number: 9, headRepo: null }), pr: 9, sha: HEAD_SHA, fork: true },
    { what: 'pull_request_target', event: pullRequestEvent({ number: 10, target: true, headSha: OTHER }), pr: 10, sha: OTHER, fork: false },
    { what: 'push: the pushed commit', event: pushEvent({ after: OTHER }), pr: null, sha: OTHER, fork: false },
    { what: 'push deleting a branch (after is all zeros)', event: pushEvent({ after: '0'.repeat(40) }), pr: null, sha: DEFAULT_BRANCH_SHA, fork: false },
    { what: 'workflow_dispatch: GITHUB_SHA', event: workflowDispatchEvent(), pr: null, sha: DEFAULT_BRANCH_SHA, fork: false },
    { what: 'merge_group: the queue head, no PR', event: mergeGroupEvent({ headSha: OTHER, prNumber: 12 }), pr: null, sha: OTHER, fork: false },
    { what: 'workflow_run of a same-repo PR', event: workflowRunEvent({ prNumber: 13, headSha: OTHER }), pr: 13, sha: OTHER, fork: false },
    {
      what: 'workflow_run of a fork PR (GitHub sends no pull_requests)',
      event: workflowRunEvent({ prNumber: null, headRepo: 'someone/models' }),
      pr: null,
      sha: HEAD_SHA,
      fork: true,
    },
  ])('$what', ({ event, pr, sha, fork }) => {
    const ctx = readContext(envFor(event), event.payload);
    expect(ctx).toEqual({
      eventName: event.name,
      owner: 'octo-org',
      repo: 'models',
      prNumber: pr,
      headSha: sha,
      isFork: fork,
      runId: '9876543210',
      runUrl: 'https://github.com/octo-org/models/actions/runs/9876543210',
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      triggerRun: event.name === 'workflow_run' ? { id: 30433642, event: 'pull_request', url: 'https://github.com/octo-org/models/actions/runs/30433642' } : null,
    });
  });

  it('does not take a PR number from a non-PR event that happens to carry one', () => {
    const event = pushEvent();
    const ctx = readContext(envFor(event), { ...event.payload, number: 5, pull_request: { number: 5 } });
    expect(ctx.prNumber).toBe(null);
  });

  it('falls back to GITHUB_SHA and null PR when the payload is empty', () => {
    const ctx = readContext(envFor(pullRequestEvent()), {});
    expect(ctx.prNumber).toBe(null);
    expect(ctx.headSha).toBe(MERGE_SHA);
  });

  it('uses GitHub Enterprise URLs without doubling slashes, and the defaults when unset', () => {
    const event = pushEvent();
    const ghes = readContext(envFor(event, { GITHUB_SERVER_URL: 'https://ghe.example.com/', GITHUB_API_URL: 'https://ghe.example.com/api/v3/' }), event.payload);
    expect(ghes.runUrl).toBe('https://ghe.example.com/octo-org/models/actions/runs/9876543210');
    expect(ghes.apiUrl).toBe('https://ghe.example.com/api/v3');
    const bare = readContext({ GITHUB_REPOSITORY: 'a/b', GITHUB_EVENT_NAME: 'push' }, {});
    expect(bare).toMatchObject({ serverUrl: 'https://github.com', apiUrl: 'https://api.github.com', runUrl: null, runId: null, headSha: null });
  });

  it.each([
    [undefined, /GITHUB_REPOSITORY is not set; expected "owner\/name"/],
    ['just-a-name', /GITHUB_REPOSITORY is "just-a-name"; expected "owner\/name"/],
    ['a/b/c', /GITHUB_REPOSITORY is "a\/b\/c"/],
  ])('GITHUB_REPOSITORY=%s is a UsageError', (repo, message) => {
    const run = () => readContext({ GITHUB_REPOSITORY: repo }, {});
    expect(run).toThrow(UsageError);
    expect(run).toThrow(message);
  });
});

describe('loadContext', () => {
  it('reads the event file named by GITHUB_EVENT_PATH', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mrg-ctx-'));
    const path = join(dir, 'event.json');
    const event = pullRequestEvent({ number: 42 });
    await writeFile(path, JSON.stringify(event.payload));
    expect(loadContext(envFor(event, { GITHUB_EVENT_PATH: path })).prNumber).toBe(42);
  });

  it('treats a missing event file as an empty payload', () => {
    const ctx = loadContext(envFor(pullRequestEvent(), { GITHUB_EVENT_PATH: '/nonexistent/event.json' }));
    expect(ctx.prNumber).toBe(null);
  });

  it('names the file when the event JSON is broken', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mrg-ctx-'));
    const path = join(dir, 'event.json');
    await writeFile(path, '{"pull_request": ');
    expect(() => loadContext(envFor(pullRequestEvent(), { GITHUB_EVENT_PATH: path }))).toThrow(`GITHUB_EVENT_PATH ${path} is not valid JSON`);
  });
});
