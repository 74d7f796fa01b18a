// The optional check run (`check-run: true`): the gate's result published as a
// named check on the tested commit, with a summary and the failing checks.
// `checkRunRequest` is pure (report in, request body out); `createCheckRun` posts it.

import { escapeText } from '../report/index.js';
import { overrideMarkdown } from '../report/index.js';
import type { Report, Verdict } from '../report/index.js';
import { toGitHubError } from './errors.js';
import type { GitHubClient } from './octokit.js';

/** GitHub refuses a check run's `output.summary` longer than this (characters). */
export const MAX_CHECK_SUMMARY_CHARS = 65_535;
/** Failing checks listed by name in the summary; the rest are counted. */
export const LISTED_FAILURES = 50;
const MAX_TITLE_CHARS = 255;

export type CheckConclusion = 'success' | 'failure' | 'neutral';

export interface CheckRunRequest {
  name: string;
  head_sha: string;
  status: 'completed';
  conclusion: CheckConclusion;
  details_url?: string;
  output: { title: string; summary: string };
}

/**
 * The conclusion that matches the step: `failure` when the step fails (under
 * `fail-on`), `success` for a clean pass, `neutral` otherwise (warnings, an
 * override, or a failure reported under `fail-on: never`). Branch protection
 * counts `neutral` as passing, as it does the step.
 */
export function checkConclusion(verdict: Verdict, stepFails: boolean): CheckConclusion {
  if (stepFails) return 'failure';
  return verdict === 'pass' ? 'success' : 'neutral';
}

const HEADLINE: Record<Verdict, string> = {
  pass: 'may ship',
  warn: 'may ship, with warnings',
  fail: 'blocked',
  overridden: 'failed, overridden',
};

const plural = (n: number, one: string): string => `${n.toLocaleString('en-US')} ${one}${n === 1 ? '' : 's'}`;

/** The check run for `report` on commit `headSha`. Its name is `model gate: <name>`, so each gate of a matrix has its own. */
export function checkRunRequest(report: Report, headSha: string, conclusion: CheckConclusion, detailsUrl: string | null): CheckRunRequest {
  const { counts } = report;
  const total = counts.pass + counts.warn + counts.fail + counts.insufficient;
  const title = `${HEADLINE[report.verdict]}: ${counts.fail} of ${plural(total, 'check')} failed, ${plural(counts.warn + counts.insufficient, 'warning')}`.slice(0, MAX_TITLE_CHARS);

  const head = [
    `**Model gate ${escapeText(report.name)}: ${HEADLINE[report.verdict]}.** ${plural(counts.fail, 'check')} failed · ${plural(counts.warn, 'warning')} · ` +
      `${counts.pass.toLocaleString('en-US')} passed · ${counts.insufficient.toLocaleString('en-US')} insufficient.`,
  ];
  const override = overrideMarkdown(report);
  if (override) head.push(override);
  const failed = report.checks.filter((c) => c.status === 'fail');
  const lines = failed.slice(0, LISTED_FAILURES).map((c) => `- **${escapeText(c.segment)} · ${escapeText(c.metric)}**: ${escapeText(c.message)}`);
  const more = (n: number) => `- …and ${plural(n, 'more failed check')}: the PR comment, the job summary and \`report.json\` have them all.`;

  let summary = head.join('\n\n');
  if (failed.length) {
    summary += '\n\n**Failed checks**\n\n';
    let listed = 0;
    for (const line of lines) {
      // Keep room for the closing line however many are cut.
      if (summary.length + line.length + 1 + more(failed.length).length + 1 > MAX_CHECK_SUMMARY_CHARS) break;
      summary += `${line}\n`;
      listed++;
    }
    if (listed < failed.length) summary += `${more(failed.length - listed)}\n`;
  }
  summary = summary.slice(0, MAX_CHECK_SUMMARY_CHARS);
  return {
    name: `model gate: ${report.name}`,
    head_sha: headSha,
    status: 'completed',
    conclusion,
    ...(detailsUrl ? { details_url: detailsUrl } : {}),
    output: { title, summary },
  };
}

/**
 * Create the check run. Needs `checks: write`; throws `GitHubApiError` when GitHub
 * refuses (403 without that permission) or cannot be reached after retries.
 */
export async function createCheckRun(client: GitHubClient, owner: string, repo: string, request: CheckRunRequest): Promise<{ id: number; url: string }> {
  try {
    const { data } = await client.rest.checks.create({ owner, repo, ...request });
    return { id: data.id, url: data.html_url ?? '' };
  } catch (e) {
    throw toGitHubError(e, false);
  }
}
