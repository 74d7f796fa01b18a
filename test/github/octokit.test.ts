import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubApiError } from '../../src/github/errors.js';
import { createClient } from '../../src/github/octokit.js';
import { ACTIONS_BOT, FAKE_TOKEN, faults, ghError, startFakeGithub, type FakeGithub } from '../e2e/harness/fakeGithub.js';
import { testClient } from './helpers.js';

const PULL = '/repos/octo-org/models/pulls/7';
const getPull = (client: ReturnType<typeof createClient>) => client.rest.pulls.get({ owner: 'octo-org', repo: 'models', pull_number: 7 });
const statusOf = (e: unknown) => (e as { status?: number }).status;

describe('createClient: retries, timeouts and rate limits against a fake GitHub', () => {
  let gh: FakeGithub;
  beforeEach(async () => {
    gh = await startFakeGithub();
    gh.setPull(7, { headSha: 'f'.repeat(40) });
  });
  afterEach(() => gh.close());

  it('sends the token as `token <x>` to baseUrl', async () => {
    const { data } = await getPull(testClient(gh).client);
    expect(data.head.sha).toBe('f'.repeat(40));
    expect(gh.requests.map((r) => [r.method, r.path, r.auth])).toEqual([['GET', PULL, `token ${FAKE_TOKEN}`]]);
  });

  it('retries 5xx three times with growing waits (1, 4, 9 units), then succeeds', async () => {
    gh.fail({ path: PULL }, faults.serverError(502), 3);
    const client = createClient(FAKE_TOKEN, { baseUrl: gh.url, waitUnitMs: 10, spaceWrites: false, log: silent });
    const t0 = performance.now();
    await getPull(client);
    const elapsed = performance.now() - t0;
    expect(gh.requests.map((r) => r.status)).toEqual([502, 502, 502, 200]);
    expect(elapsed).toBeGreaterThanOrEqual(140 - 5); // 10 * (1 + 4 + 9) ms
    expect(elapsed).toBeLessThan(2000);
  });

  it('gives up after 3 retries with the last status', async () => {
    gh.fail({ path: PULL }, faults.serverError(503), 10);
    const err = await getPull(testClient(gh).client).catch((e: unknown) => e);
    expect(statusOf(err)).toBe(503);
    expect(gh.requests).toHaveLength(4);
  });

  it.each([400, 401, 403, 404, 422])('does not retry a %i', async (status) => {
    gh.fail({ path: PULL }, ghError(status, 'nope'), 10);
    const err = await getPull(testClient(gh).client).catch((e: unknown) => e);
    expect(statusOf(err)).toBe(status);
    expect(gh.requests).toHaveLength(1);
  });

  it('retries a dropped connection', async () => {
    gh.fail({ path: PULL }, { reset: true }, 2);
    await getPull(testClient(gh).client);
    expect(gh.requests.map((r) => r.status)).toEqual([0, 0, 200]);
  });

  it('aborts an attempt that does not answer within requestTimeoutMs and retries it', async () => {
    gh.fail({ path: PULL }, { hang: true }, 1);
    const t0 = performance.now();
    await getPull(testClient(gh, FAKE_TOKEN, 300).client);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(290);
    expect(gh.requests.map((r) => r.status)).toEqual([0, 200]);
  });

  it('fails with a clear message when every attempt hangs', async () => {
    gh.fail({ path: PULL }, { hang: true }, 10);
    const err = await getPull(testClient(gh, FAKE_TOKEN, 100).client).catch((e: unknown) => e);
    expect((err as Error).message).toBe('no response within 100 ms');
    expect(gh.requests).toHaveLength(4);
  });

  it('waits out a short secondary rate limit (retry-after) and retries', async () => {
    gh.fail({ path: PULL }, faults.secondaryRateLimit(2), 1);
    const { client, notices } = testClient(gh);
    await getPull(client);
    expect(gh.requests.map((r) => r.status)).toEqual([403, 200]);
    expect(notices).toEqual(['info: GitHub secondary rate limit on GET /repos/{owner}/{repo}/pulls/{pull_number}: retrying in 2 s']);
  });

  it('waits out a primary rate limit that resets soon', async () => {
    gh.fail({ path: PULL }, faults.rateLimit(1), 1);
    await getPull(testClient(gh).client);
    expect(gh.requests.map((r) => r.status)).toEqual([403, 200]);
  });

  it('gives up at once on a rate limit that resets in an hour, and after 3 retries on a repeating one', async () => {
    gh.fail({ path: PULL }, faults.rateLimit(3600), 1);
    const a = testClient(gh);
    expect(statusOf(await getPull(a.client).catch((e: unknown) => e))).toBe(403);
    expect(gh.requests).toHaveLength(1);
    expect(a.notices[0]).toMatch(/^warn: GitHub primary rate limit on GET .*: the reset is 360\d s away \(more than 60 s\), giving up$/);

    gh.fail({ path: PULL }, faults.secondaryRateLimit(1), 10);
    const b = testClient(gh);
    expect(statusOf(await getPull(b.client).catch((e: unknown) => e))).toBe(403);
    expect(gh.requests).toHaveLength(1 + 4);
    expect(b.notices.at(-1)).toMatch(/giving up after 3 retries$/);
  });

  it('stops retrying when the next wait would pass the budget, then fails every call at once', async () => {
    gh.fail({ path: PULL }, faults.serverError(502), 100);
    const notices: string[] = [];
    const log = { ...silent, info: (m: string) => notices.push(m) };
    // Waits would be 100, 400, 900 ms; a 300 ms budget allows the first only.
    const client = createClient(FAKE_TOKEN, { baseUrl: gh.url, waitUnitMs: 100, budgetMs: 300, spaceWrites: false, log });
    const t0 = performance.now();
    const err = await getPull(client).catch((e: unknown) => e);
    const elapsed = performance.now() - t0;
    expect(statusOf(err)).toBe(502);
    expect(gh.requests.map((r) => r.status)).toEqual([502, 502]);
    expect(elapsed).toBeGreaterThanOrEqual(95);
    expect(elapsed).toBeLessThan(300);
    expect(notices).toEqual([expect.stringMatching(/not retrying, the 300 ms budget for GitHub API calls is nearly spent$/)]);

    await new Promise((r) => setTimeout(r, 300 - elapsed + 10));
    const t1 = performance.now();
    const spent = await getPull(client).catch((e: unknown) => e);
    expect(performance.now() - t1).toBeLessThan(50);
    expect(spent).toBeInstanceOf(GitHubApiError);
    expect((spent as Error).message).toMatch(/^GitHub API GET \S+ got no answer: not sent, the 300 ms budget for GitHub API calls is spent$/);
    expect(gh.requests).toHaveLength(2);
  });

  it('cuts the timeout of an attempt to what is left of the budget', async () => {
    gh.fail({ path: PULL }, { hang: true }, 10);
    const client = createClient(FAKE_TOKEN, { baseUrl: gh.url, waitUnitMs: 1, budgetMs: 200, requestTimeoutMs: 10_000, spaceWrites: false, log: silent });
    const t0 = performance.now();
    await getPull(client).catch(() => undefined);
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('by default spaces writes at least 1 s apart, as GitHub asks', async () => {
    // The token's own comment: the fake, like GitHub, refuses edits of anyone else's.
    const [c] = gh.seedComments(7, [{ user: ACTIONS_BOT, body: 'x' }]);
    const client = createClient(FAKE_TOKEN, { baseUrl: gh.url, log: silent });
    const edit = (body: string) => client.rest.issues.updateComment({ owner: 'octo-org', repo: 'models', comment_id: c.id, body });
    await edit('one');
    const t0 = performance.now();
    await edit('two');
    expect(performance.now() - t0).toBeGreaterThanOrEqual(900);
  });
});

const silent = { debug() {}, info() {}, warn() {}, error() {} };
