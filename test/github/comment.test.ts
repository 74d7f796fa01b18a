import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commentMarker, MAX_COMMENT_CHARS, upsertComment, type UpsertCommentArgs } from '../../src/github/comment.js';
import { CommentForbiddenError, GitHubApiError } from '../../src/github/errors.js';
import { ACTIONS_BOT, faults, startFakeGithub, type FakeGithub } from '../e2e/harness/fakeGithub.js';
import { testClient } from './helpers.js';

describe('commentMarker', () => {
  it.each([
    ['fraud-scorer', '<!-- model-release-gate:fraud-scorer -->'],
    ['model', '<!-- model-release-gate:model -->'],
    ['fraud scorer (EU)', '<!-- model-release-gate:fraud%20scorer%20(EU) -->'],
    ['modèle', '<!-- model-release-gate:mod%C3%A8le -->'],
    ['a-->b', '<!-- model-release-gate:a%2D%2D%3Eb -->'],
    ['x --!> y', '<!-- model-release-gate:x%20%2D%2D!%3E%20y -->'],
    ['<!-- nested', '<!-- model-release-gate:%3C!%2D%2D%20nested -->'],
    ['a---b', '<!-- model-release-gate:a%2D%2D%2Db -->'],
    ['50%2D', '<!-- model-release-gate:50%252D -->'],
  ])('%j -> %s', (name, marker) => expect(commentMarker(name)).toBe(marker));

  it('never lets a name close or nest the comment, and never maps two names to one marker', () => {
    const names = ['a-', '-a', 'a--', 'a-b', 'a%2Db', 'a--b', 'a-%2D-b', '--', '-->', '>', '<', 'a\n-->', 'x'.repeat(300)];
    const markers = names.map(commentMarker);
    for (const m of markers) {
      const inner = m.slice('<!--'.length, -'-->'.length);
      expect(inner).not.toMatch(/--|<|>/);
    }
    expect(new Set(markers).size).toBe(names.length);
  });

  it('no marker is a prefix of another one (a gate named "fraud" never takes "fraud-scorer"\'s comment)', () => {
    expect(commentMarker('fraud-scorer').startsWith(commentMarker('fraud'))).toBe(false);
  });
});

describe('upsertComment against a fake GitHub over HTTP', () => {
  let gh: FakeGithub;
  const marker = commentMarker('fraud-scorer');
  const args = (body: string, issueNumber = 7): UpsertCommentArgs => ({ owner: 'octo-org', repo: 'models', issueNumber, marker, body });

  beforeEach(async () => {
    gh = await startFakeGithub();
    gh.setPull(7);
  });
  afterEach(() => gh.close());

  it('creates the comment, marker first, when there is none', async () => {
    const { client } = testClient(gh);
    const r = await upsertComment(client, args('## Gate: pass'));
    const [c] = gh.commentsOn(7);
    expect(gh.commentsOn(7)).toHaveLength(1);
    expect(c.body).toBe(`${marker}\n## Gate: pass`);
    expect(c.user.login).toBe('github-actions[bot]');
    expect(r).toEqual({ action: 'created', id: c.id, url: `https://github.com/octo-org/models/pull/7#issuecomment-${c.id}` });
    expect(gh.unhandled).toEqual([]);
  });

  it('updates the same comment in place on a second run, and does not prefix a body that already has the marker', async () => {
    const first = await upsertComment(testClient(gh).client, args('## Gate: fail'));
    const second = await upsertComment(testClient(gh).client, args(`${marker}\n## Gate: pass`));
    expect(second).toEqual({ ...first, action: 'updated' });
    expect(gh.commentsOn(7).map((c) => c.body)).toEqual([`${marker}\n## Gate: pass`]);
    expect(gh.requestsTo('PATCH', `/repos/octo-org/models/issues/comments/${first.id}`)).toHaveLength(1);
  });

  it('finds its comment on page 2 among 150 other comments, reading every page 100 at a time', async () => {
    gh.seedComments(
      7,
      Array.from({ length: 120 }, (_, i) => ({ user: `reviewer${i % 7}`, body: `LGTM ${i}` })),
    );
    const [ours] = gh.seedComments(7, [{ user: ACTIONS_BOT, body: `${marker}\nold report` }]);
    gh.seedComments(
      7,
      Array.from({ length: 29 }, (_, i) => ({ user: 'someone', body: `comment ${i}` })),
    );

    const r = await upsertComment(testClient(gh).client, args('new report'));
    expect(r).toMatchObject({ action: 'updated', id: ours.id });
    const lists = gh.requestsTo('GET', '/repos/octo-org/models/issues/7/comments');
    expect(lists.map((q) => q.query)).toEqual([{ per_page: '100' }, { per_page: '100', page: '2' }]);
    expect(gh.requestsTo('POST', /comments$/)).toEqual([]);
    expect(gh.commentsOn(7)).toHaveLength(150);
    expect(gh.commentsOn(7).find((c) => c.id === ours.id)?.body).toBe(`${marker}\nnew report`);
  });

  it("never takes over a person's comment that quotes the marker or even starts with it", async () => {
    const people = gh.seedComments(7, [
      { user: 'reviewer', body: `Why did the bot say this?\n> ${marker}\n> ## Gate: fail` },
      { user: 'prankster', body: `${marker}\nI am the gate now` },
    ]);
    const r = await upsertComment(testClient(gh).client, args('## Gate: pass'));
    expect(r.action).toBe('created');
    const after = gh.commentsOn(7);
    expect(after.slice(0, 2)).toEqual(people);
    expect(after[2]).toMatchObject({ id: r.id, user: ACTIONS_BOT, body: `${marker}\n## Gate: pass` });
  });

  it('ignores a Bot comment that carries the marker anywhere but at its start (e.g. a digest bot quoting it)', async () => {
    const digest = gh.user('digest-bot[bot]', 'Bot');
    const [quoted] = gh.seedComments(7, [{ user: digest, body: `Daily digest:\n${marker}\n## Gate: fail` }]);
    const r = await upsertComment(testClient(gh).client, args('## Gate: pass'));
    expect(r.action).toBe('created');
    expect(gh.commentsOn(7)[0]).toEqual(quoted);
  });

  it('leaves the comment of another gate name alone', async () => {
    const [other] = gh.seedComments(7, [{ user: ACTIONS_BOT, body: `${commentMarker('fraud')}\nother gate` }]);
    const r = await upsertComment(testClient(gh).client, args('mine'));
    expect(r.action).toBe('created');
    expect(gh.commentsOn(7)[0]).toEqual(other);
  });

  it('with a personal token, updates the comment its own user wrote, not an older bot one', async () => {
    const alice = gh.user('alice');
    gh.addToken('ghp_alice', { user: alice });
    const [botOld, aliceOld] = gh.seedComments(7, [
      { user: ACTIONS_BOT, body: `${marker}\nfrom the actions token` },
      { user: alice, body: `${marker}\nfrom alice's token` },
    ]);
    const r = await upsertComment(testClient(gh, 'ghp_alice').client, args('new'));
    expect(r).toMatchObject({ action: 'updated', id: aliceOld.id });
    expect(gh.commentsOn(7)[0]).toEqual(botOld);
    expect(gh.requestsTo('GET', '/user')[0].status).toBe(200);
  });

  it('cleans up duplicates an earlier crash left: keeps the oldest, deletes the rest', async () => {
    const [a, , c] = gh.seedComments(7, [
      { user: ACTIONS_BOT, body: `${marker}\none` },
      { user: 'reviewer', body: 'nice' },
      { user: ACTIONS_BOT, body: `${marker}\ntwo` },
    ]);
    const r = await upsertComment(testClient(gh).client, args('three'));
    expect(r).toMatchObject({ action: 'updated', id: a.id });
    expect(gh.commentsOn(7).map((x) => [x.user.login, x.body])).toEqual([
      ['github-actions[bot]', `${marker}\nthree`],
      ['reviewer', 'nice'],
    ]);
    expect(gh.requestsTo('DELETE', `/repos/octo-org/models/issues/comments/${c.id}`)).toHaveLength(1);
  });

  it('retries a 502 on listing and on creating, then succeeds', async () => {
    gh.fail({ method: 'GET', path: /\/comments$/ }, faults.serverError(502), 2);
    gh.fail({ method: 'POST', path: /\/comments$/ }, faults.serverError(503), 1);
    const r = await upsertComment(testClient(gh).client, args('body'));
    expect(r.action).toBe('created');
    expect(gh.commentsOn(7)).toHaveLength(1);
    expect(gh.requestsTo('POST', /\/comments$/).map((q) => q.status)).toEqual([503, 201]);
    // 2 failed lists + the good one, then the re-list after creating
    expect(gh.requestsTo('GET', /\/comments$/).map((q) => q.status)).toEqual([502, 502, 200, 200]);
  });

  it('three runs racing (all list before any creates) leave exactly one comment', async () => {
    gh.fail({ method: 'GET', path: '/repos/octo-org/models/issues/7/comments' }, { barrier: 3 }, 3);
    const results = await Promise.all(['run A', 'run B', 'run C'].map((body) => upsertComment(testClient(gh).client, args(body))));
    expect(gh.requestsTo('POST', /\/comments$/)).toHaveLength(3); // the race really happened
    const left = gh.commentsOn(7);
    expect(left).toHaveLength(1);
    expect(new Set(results.map((r) => r.id))).toEqual(new Set([left[0].id]));
    expect(results.filter((r) => r.action === 'created')).toHaveLength(1);
    expect(['run A', 'run B', 'run C'].map((b) => `${marker}\n${b}`)).toContain(left[0].body);
    // the oldest of the three survived
    const created = gh.requestsTo('POST', /\/comments$/);
    expect(created).toHaveLength(3);
    expect(left[0].id).toBe(Math.min(...results.map((r) => r.id)));
  });

  it("a 403 on writing (a fork PR's read-only token) is a CommentForbiddenError naming the fix", async () => {
    gh.addToken('ghs_fork', { user: ACTIONS_BOT, readOnly: true });
    const err = await upsertComment(testClient(gh, 'ghs_fork').client, args('x')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CommentForbiddenError);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect(err).toMatchObject({ status: 403, method: 'POST', path: '/repos/octo-org/models/issues/7/comments' });
    expect((err as Error).message).toBe(
      'GitHub API POST /repos/octo-org/models/issues/7/comments answered 403: Resource not accessible by integration. ' +
        'The token cannot write PR comments: give the job `permissions: pull-requests: write`; on pull requests from forks ' +
        'the token is read-only, so post from a `workflow_run` workflow with `from-report`',
    );
    expect(gh.requestsTo('POST', /comments$/)).toHaveLength(1); // a 403 is not retried
  });

  it('a secondary rate limit longer than the bound is a rate-limited GitHubApiError, not a CommentForbiddenError', async () => {
    gh.fail({ method: 'POST' }, faults.secondaryRateLimit(120), 1);
    const { client, notices } = testClient(gh);
    const err = await upsertComment(client, args('x')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect(err).not.toBeInstanceOf(CommentForbiddenError);
    expect(err).toMatchObject({ status: 403, rateLimited: true });
    expect(notices.some((n) => n.startsWith('warn: GitHub secondary rate limit') && n.includes('120 s away'))).toBe(true);
  });

  it('refuses a body over 65,536 characters before calling GitHub', async () => {
    const err = await upsertComment(testClient(gh).client, args('x'.repeat(MAX_COMMENT_CHARS))).catch((e: unknown) => e);
    expect((err as Error).message).toBe(`comment body is ${MAX_COMMENT_CHARS + marker.length + 1} characters with its marker; GitHub allows at most 65536`);
    expect(gh.requests).toEqual([]);
  });

  describe("ownership: edits only its own identity's comments in the gate's shape", () => {
    const HEADING = '### Model gate ';
    const own = (body: string): UpsertCommentArgs => ({ ...args(body), heading: HEADING });

    it("leaves another app's comment carrying the marker (in the gate's shape) untouched, and creates its own", async () => {
      const otherApp = gh.user('other-app[bot]', 'Bot');
      const [theirs] = gh.seedComments(7, [{ user: otherApp, body: `${marker}\n### Model gate fraud-scorer: ✅ may ship` }]);
      const r = await upsertComment(testClient(gh).client, own('### Model gate fraud-scorer: ❌ blocked'));
      expect(r.action).toBe('created');
      expect(gh.commentsOn(7)[0]).toEqual(theirs);
      expect(gh.commentsOn(7)[1]).toMatchObject({ user: ACTIONS_BOT, body: `${marker}\n### Model gate fraud-scorer: ❌ blocked` });
      expect(gh.requests.filter((q) => q.method === 'PATCH' || q.method === 'DELETE')).toEqual([]);
    });

    it('leaves a github-actions[bot] comment that only quotes the marker untouched, and updates its own', async () => {
      const [quoting, mine, echo] = gh.seedComments(7, [
        { user: ACTIONS_BOT, body: `Another workflow's digest:\n> ${marker}\n> ### Model gate fraud-scorer: ❌ blocked` },
        { user: ACTIONS_BOT, body: `${marker}\n### Model gate fraud-scorer: ❌ blocked\n\nold` },
        { user: ACTIONS_BOT, body: `${marker} echoed by a linter\n### Model gate fraud-scorer: ✅ may ship` },
      ]);
      const r = await upsertComment(testClient(gh).client, own('### Model gate fraud-scorer: ✅ may ship'));
      expect(r).toMatchObject({ action: 'updated', id: mine.id });
      const after = gh.commentsOn(7);
      expect(after.map((c) => c.id)).toEqual([quoting.id, mine.id, echo.id]);
      expect(after[0]).toEqual(quoting);
      expect(after[2]).toEqual(echo);
      expect(after[1].body).toBe(`${marker}\n### Model gate fraud-scorer: ✅ may ship`);
    });

    it("takes a github-actions[bot] comment with the marker but not the gate's heading as someone else's", async () => {
      const [notOurs] = gh.seedComments(7, [{ user: ACTIONS_BOT, body: `${marker}\nsome other tool's text` }]);
      const r = await upsertComment(testClient(gh).client, own('### Model gate fraud-scorer: ✅ may ship'));
      expect(r.action).toBe('created');
      expect(gh.commentsOn(7)[0]).toEqual(notOurs);
    });

    it('the fake refuses, as GitHub does, an edit or delete of a comment the token did not write', async () => {
      const [theirs] = gh.seedComments(7, [{ user: 'reviewer', body: 'LGTM' }]);
      const { client } = testClient(gh);
      const patch = await client.rest.issues.updateComment({ owner: 'octo-org', repo: 'models', comment_id: theirs.id, body: 'x' }).catch((e) => e);
      const del = await client.rest.issues.deleteComment({ owner: 'octo-org', repo: 'models', comment_id: theirs.id }).catch((e) => e);
      expect([patch.status, del.status]).toEqual([403, 403]);
      expect(gh.commentsOn(7)[0]).toEqual(theirs);
    });
  });

  it('an unreachable API, after its retries, is a GitHubApiError with status 0 saying so', async () => {
    const { client } = testClient(gh);
    await gh.close();
    const err = await upsertComment(client, args('x')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect(err).toMatchObject({ status: 0, method: 'GET', path: '/user' });
    expect((err as Error).message).toMatch(/^GitHub API GET \/user got no answer: .*ECONNREFUSED/);
    gh = await startFakeGithub(); // for afterEach
  });

  it('a missing pull request or unknown repository is a GitHubApiError with the path', async () => {
    const err = await upsertComment(testClient(gh).client, { ...args('x'), repo: 'nope' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect((err as Error).message).toBe('GitHub API GET /repos/octo-org/nope/issues/7/comments answered 404: Not Found');
  });
});
