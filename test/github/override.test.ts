import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubApiError } from '../../src/github/errors.js';
import { checkOverride, type OverrideArgs, type RepoRole } from '../../src/github/override.js';
import { ACTIONS_BOT, faults, startFakeGithub, type FakeGithub } from '../e2e/harness/fakeGithub.js';
import { testClient } from './helpers.js';

const LABEL = 'model-gate/override';
const args = (minPermission: RepoRole = 'maintain', label = LABEL): OverrideArgs => ({
  owner: 'octo-org',
  repo: 'models',
  issueNumber: 7,
  label,
  minPermission,
});

describe('checkOverride against a fake GitHub', () => {
  let gh: FakeGithub;
  beforeEach(async () => {
    gh = await startFakeGithub();
    gh.setPull(7);
    gh.setPermission('release-owner', 'maintain');
    gh.setPermission('admin-alice', 'admin');
    gh.setPermission('dev-bob', 'write');
    gh.setPermission('model-author', 'read');
  });
  afterEach(() => gh.close());

  it('no label: not applied, and the events are not even read', async () => {
    gh.addLabel(7, 'needs-review', 'dev-bob');
    const r = await checkOverride(testClient(gh).client, args());
    expect(r).toEqual({ applied: false, granted: false, by: null, permission: null, reason: 'label "model-gate/override" is not on the pull request' });
    expect(gh.requestsTo('GET', /\/events$/)).toEqual([]);
  });

  it.each([
    { who: 'release-owner', min: 'maintain', granted: true, permission: 'maintain' },
    { who: 'admin-alice', min: 'maintain', granted: true, permission: 'admin' },
    { who: 'dev-bob', min: 'maintain', granted: false, permission: 'write' },
    { who: 'dev-bob', min: 'write', granted: true, permission: 'write' },
    { who: 'model-author', min: 'triage', granted: false, permission: 'read' },
    { who: 'drive-by', min: 'read', granted: false, permission: 'none' },
  ] as const)('applied by $who ($permission), required $min: granted=$granted', async ({ who, min, granted, permission }) => {
    gh.addLabel(7, LABEL, who);
    const r = await checkOverride(testClient(gh).client, args(min));
    expect(r).toMatchObject({ applied: true, granted, by: who, permission });
    expect(r.reason).toBe(
      granted ? `overridden by @${who} (${permission}) with label "${LABEL}"` : `label "${LABEL}" was applied by @${who}, whose role (${permission}) is below the required ${min}`,
    );
  });

  it('judges whoever applied the label last', async () => {
    gh.addLabel(7, LABEL, 'release-owner');
    gh.removeLabel(7, LABEL, 'model-author');
    gh.addLabel(7, LABEL, 'model-author');
    expect(await checkOverride(testClient(gh).client, args())).toMatchObject({ granted: false, by: 'model-author' });

    gh.removeLabel(7, LABEL, 'release-owner');
    gh.addLabel(7, LABEL, 'release-owner');
    expect(await checkOverride(testClient(gh).client, args())).toMatchObject({ granted: true, by: 'release-owner' });
  });

  it('reads every page of events (the labeling on page 3 of 250 events)', async () => {
    for (let i = 0; i < 230; i++) gh.addEvent(7, i % 2 ? 'head_ref_force_pushed' : 'review_requested', 'model-author');
    gh.addLabel(7, LABEL, 'release-owner');
    for (let i = 0; i < 19; i++) gh.addEvent(7, 'assigned', 'dev-bob');
    const r = await checkOverride(testClient(gh).client, args());
    expect(r).toMatchObject({ granted: true, by: 'release-owner' });
    expect(gh.requestsTo('GET', /\/events$/).map((q) => q.query.page ?? '1')).toEqual(['1', '2', '3']);
  });

  it('matches the label name case-insensitively, as GitHub does', async () => {
    gh.addLabel(7, 'Model-Gate/Override', 'release-owner');
    expect(await checkOverride(testClient(gh).client, args())).toMatchObject({ applied: true, granted: true });
  });

  it('a label applied by a bot (GitHub answers 404 for its permission) does not count', async () => {
    gh.addLabel(7, LABEL, ACTIONS_BOT);
    expect(await checkOverride(testClient(gh).client, args('read'))).toMatchObject({ granted: false, by: 'github-actions[bot]', permission: 'none' });
  });

  it('a custom role counts as the legacy permission it is based on, never more', async () => {
    gh.setPermission('ml-lead', 'ml-release-lead', 'write');
    gh.addLabel(7, LABEL, 'ml-lead');
    expect(await checkOverride(testClient(gh).client, args('maintain'))).toMatchObject({ granted: false, permission: 'write' });
    expect(await checkOverride(testClient(gh).client, args('write'))).toMatchObject({ granted: true, permission: 'write' });
  });

  it('retries a 502 while reading events; a persistent failure is a GitHubApiError', async () => {
    gh.addLabel(7, LABEL, 'release-owner');
    gh.fail({ path: /\/events$/ }, faults.serverError(502), 1);
    expect(await checkOverride(testClient(gh).client, args())).toMatchObject({ granted: true });

    gh.fail({ path: /\/permission$/ }, faults.serverError(500), 10);
    const err = await checkOverride(testClient(gh).client, args()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubApiError);
    expect((err as Error).message).toBe('GitHub API GET /repos/octo-org/models/collaborators/release-owner/permission answered 500: Internal Server Error');
  });
});
