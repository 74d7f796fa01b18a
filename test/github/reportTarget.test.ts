// Where a downloaded report may be posted, judged without GitHub: the run's own
// event says which commit was tested, and the report must name exactly that.
import { describe, expect, it } from 'vitest';
import { readContext } from '../../src/github/context.js';
import { reportTarget } from '../../src/github/reportTarget.js';
import type { Report } from '../../src/report/types.js';
import { HEAD_SHA, pullRequestEvent, pushEvent, workflowDispatchEvent, workflowRunEvent, type GitHubEvent } from '../e2e/harness/events.js';
import { DataError } from '../../src/errors/index.js';

const OTHER = '0123456789abcdef0123456789abcdef01234567';
const ctxOf = (event: GitHubEvent) => readContext({ GITHUB_REPOSITORY: 'octo-org/models', GITHUB_EVENT_NAME: event.name, GITHUB_SHA: OTHER }, event.payload);
const report = (run: Partial<Report['run']> = {}): Report => ({ run: { repository: 'octo-org/models', commit: HEAD_SHA, pull_request: 7, url: null, ...run } }) as Report;

describe('reportTarget', () => {
  it.each<[string, GitHubEvent]>([
    ['workflow_run of a fork PR (no pull_requests)', workflowRunEvent({ prNumber: null, headRepo: 'someone/models' })],
    ['workflow_run of a same-repo PR', workflowRunEvent({ prNumber: 7 })],
    ['a second job of the pull_request workflow', pullRequestEvent({ number: 7 })],
  ])('%s: the PR and the tested commit', (_w, event) => {
    expect(reportTarget(report(), ctxOf(event), 'r.json')).toEqual({ pullNumber: 7, headSha: HEAD_SHA });
  });

  it('a report naming no PR has no target, whatever the event', () => {
    expect(reportTarget(report({ pull_request: null }), ctxOf(pushEvent()), 'r.json')).toBe(null);
  });

  it('the repository is compared case-insensitively, as GitHub does', () => {
    expect(reportTarget(report({ repository: 'Octo-Org/Models' }), ctxOf(workflowRunEvent()), 'r.json')).not.toBe(null);
  });

  it.each<[string, Partial<Report['run']>, GitHubEvent, string]>([
    ['another repository', { repository: 'evil/models' }, workflowRunEvent(), 'names PR #7, but it ran in evil/models, not octo-org/models; not commenting'],
    ['no repository', { repository: null }, workflowRunEvent(), 'names PR #7, but it ran in an unnamed repository, not octo-org/models; not commenting'],
    ['another commit', { commit: OTHER }, workflowRunEvent(), 'names PR #7, but it says it tested 0123456 while the triggering run tested 3f78685; not commenting'],
    ['no commit', { commit: null }, workflowRunEvent(), 'names PR #7, but it says it tested no commit while the triggering run tested 3f78685; not commenting'],
    ["a PR other than the event's", { pull_request: 8 }, workflowRunEvent({ prNumber: 7 }), 'names PR #8, but the triggering run was for PR #7; not commenting'],
    [
      'an event that tested nothing',
      {},
      workflowDispatchEvent(),
      'names PR #7, but this workflow_dispatch event does not say which commit was tested: run from-report on workflow_run (see the README, "Pull requests from forks"); not commenting',
    ],
    ['a push event', {}, pushEvent({ after: HEAD_SHA }), 'names PR #7, but this push event does not say which commit was tested'],
  ])('refuses %s', (_w, run, event, message) => {
    const go = () => reportTarget(report(run), ctxOf(event), 'r.json');
    expect(go).toThrow(DataError);
    expect(go).toThrow(`r.json: ${message}`);
  });
});
