// Where a downloaded report.json may be posted (the fork-safe `from-report` mode).
// The report came from a run of untrusted code, so the pull request it names is
// only believed when GitHub confirms it: the report's commit must be the commit the
// triggering run tested (from the event, which GitHub writes), and the PR must be
// open with exactly that commit as its head. Anything else refuses the comment.

import { DataError } from '../errors/index.js';
import type { Report } from '../report/index.js';
import type { GateContext } from './context.js';
import { toGitHubError } from './errors.js';
import type { GitHubClient } from './octokit.js';

/** A pull request the report may be posted to, once `confirmPull` agrees. */
export interface ReportTarget {
  pullNumber: number;
  /** The commit the triggering run tested, which the report also names. */
  headSha: string;
}

const short = (sha: string): string => sha.slice(0, 7);

/**
 * The pull request a report names, checked against this run's context without
 * calling GitHub; null when the report names none (a push or scheduled run: outputs
 * only, no comment). Throws `DataError` (naming `file`) when the report may not be
 * posted: another repository, an event that does not say which commit was tested,
 * a PR other than the one the event names, or a commit other than the one tested.
 */
export function reportTarget(report: Report, ctx: GateContext, file: string): ReportTarget | null {
  const pr = report.run.pull_request;
  if (pr === null) return null;
  const refuse = (why: string): DataError => new DataError(file, `names PR #${pr}, but ${why}; not commenting`);
  const here = `${ctx.owner}/${ctx.repo}`;
  if (report.run.repository === null || report.run.repository.toLowerCase() !== here.toLowerCase()) {
    throw refuse(`it ran in ${report.run.repository ?? 'an unnamed repository'}, not ${here}`);
  }
  const tested = ctx.eventName === 'workflow_run' || ctx.eventName.startsWith('pull_request') ? ctx.headSha : null;
  if (tested === null) {
    throw refuse(`this ${ctx.eventName || 'unknown'} event does not say which commit was tested: run from-report on workflow_run (see the README, "Pull requests from forks")`);
  }
  if (ctx.prNumber !== null && ctx.prNumber !== pr) throw refuse(`the triggering run was for PR #${ctx.prNumber}`);
  if (report.run.commit !== tested) {
    throw refuse(`it says it tested ${report.run.commit === null ? 'no commit' : short(report.run.commit)} while the triggering run tested ${short(tested)}`);
  }
  return { pullNumber: pr, headSha: tested };
}

/**
 * Ask GitHub that the target PR exists, is open, and has the tested commit as its
 * head. Throws `DataError` (naming `file`) when it does not, and `GitHubApiError`
 * when GitHub cannot be asked.
 */
export async function confirmPull(client: GitHubClient, ctx: GateContext, target: ReportTarget, file: string): Promise<void> {
  const pr = target.pullNumber;
  let pull: { state: string; head: { sha: string } };
  try {
    ({ data: pull } = await client.rest.pulls.get({ owner: ctx.owner, repo: ctx.repo, pull_number: pr }));
  } catch (e) {
    if ((e as { status?: unknown }).status === 404) throw new DataError(file, `names PR #${pr}, which does not exist in ${ctx.owner}/${ctx.repo}; not commenting`);
    throw toGitHubError(e, false);
  }
  if (pull.state !== 'open') throw new DataError(file, `names PR #${pr}, which is ${pull.state}; not commenting`);
  if (pull.head.sha !== target.headSha) {
    throw new DataError(
      file,
      `names PR #${pr}, whose head is ${short(pull.head.sha)}, but the triggering run tested ${short(target.headSha)}: ` +
        'the report names another pull request, or the PR has new commits (their run will comment); not commenting',
    );
  }
}
