// Publishing a verdict: the job summary, the PR comment, the check run, the
// report artifact, the step's outputs and result. The only code that calls
// setOutput or setFailed. A failure to talk to GitHub is a warning, never a lost verdict.
import * as core from '@actions/core';
import { ConfigError, describeUnexpected, isUserError } from '../errors/index.js';
import {
  checkConclusion,
  checkRunRequest,
  commentMarker,
  CommentForbiddenError,
  createCheckRun,
  GitHubApiError,
  MAX_COMMENT_CHARS,
  upsertComment,
  uploadReportArtifact,
  writeJobSummary,
} from '../github/index.js';
import type { ReportPaths } from '../pipeline/index.js';
import { groupChecks, groupSummary, renderErrorMarkdown, renderMarkdown, SUMMARY_CHARS } from '../report/index.js';
import type { Report } from '../report/index.js';
import { stepFails, type ActionInputs } from './inputs.js';
import { FORK_DOCS, type ActionRun, type Destination } from './run.js';

interface CommentResult {
  url: string;
  /** GitHub refused the write (403): the token is read-only. */
  forbidden: boolean;
}

/** Why there is no comment after a 403, and how to get one. */
function forbiddenWarning(run: ActionRun, e: CommentForbiddenError, prNumber: number): string {
  if (run.ctx.isFork && run.ctx.eventName === 'pull_request') {
    return (
      `No PR comment: this pull_request run comes from a fork, so its token is read-only (${e.method} ${e.path} answered 403). ` +
      'The verdict, the job summary and report.json stand. To get the comment, add a second workflow on workflow_run ' +
      `that posts this run's report with from-report (${FORK_DOCS}).`
    );
  }
  return (
    `No comment on PR #${prNumber}: the token may not write comments (${e.method} ${e.path} answered 403: ${e.detail}). ` +
    'Give the job `permissions: pull-requests: write`. The verdict and the job summary stand.'
  );
}

/** The start of the line after the marker in every comment the gate writes (its heading): how it tells its own comment from one quoting it. */
export const GATE_HEADING = '### Model gate ';

/** Comment on the PR; a failure to comment is one warning, never a lost verdict. */
async function publishComment(run: ActionRun, prNumber: number | null, name: string, markdown: string): Promise<CommentResult> {
  const none = { url: '', forbidden: false };
  if (!run.inputs.comment) return none;
  if (prNumber === null) {
    core.info(`No pull request in this ${run.ctx.eventName || 'run'} event: the report is in the job summary, no comment.`);
    return none;
  }
  const client = run.api();
  if (!client) {
    core.warning('No github-token: the gate ran but did not comment. Pass github-token (the default is the workflow token).');
    return none;
  }
  try {
    const res = await upsertComment(client, {
      owner: run.ctx.owner,
      repo: run.ctx.repo,
      issueNumber: prNumber,
      marker: commentMarker(name),
      body: markdown,
      heading: GATE_HEADING,
    });
    core.info(`${res.action === 'created' ? 'Created' : 'Updated'} the PR comment: ${res.url}`);
    return { url: res.url, forbidden: false };
  } catch (e) {
    if (e instanceof CommentForbiddenError) {
      core.warning(forbiddenWarning(run, e, prNumber));
      return { url: '', forbidden: true };
    }
    if (e instanceof GitHubApiError) {
      core.warning(`Could not comment on PR #${prNumber}: ${e.message}. The verdict and the job summary stand.`);
      return none;
    }
    throw e;
  }
}

/** The optional check run on the tested commit; failures are warnings. */
async function publishCheckRun(run: ActionRun, report: Report, headSha: string | null, readOnly: boolean): Promise<void> {
  if (!run.inputs.checkRun) return;
  const name = `model gate: ${report.name}`;
  if (headSha === null) {
    core.warning(`No check run "${name}": this run has no commit to attach it to.`);
    return;
  }
  if (readOnly) {
    core.info(`No check run "${name}": the token is read-only here (the comment was refused too).`);
    return;
  }
  const client = run.api();
  if (!client) {
    core.warning(`No check run "${name}": there is no github-token.`);
    return;
  }
  const conclusion = checkConclusion(report.verdict, stepFails(report.verdict, run.inputs.failOn));
  try {
    const res = await createCheckRun(client, run.ctx.owner, run.ctx.repo, checkRunRequest(report, headSha, conclusion, run.ctx.runUrl));
    core.info(`Created the check run "${name}" (${conclusion}): ${res.url}`);
  } catch (e) {
    if (!(e instanceof GitHubApiError)) throw e;
    const hint = e.status === 403 ? ' Give the job `permissions: checks: write`.' : '';
    core.warning(`Could not create the check run "${name}": ${e.message}.${hint} The verdict and the job summary stand.`);
  }
}

function setOutputs(report: Report, paths: ReportPaths, commentUrl: string): void {
  const counts = report.counts;
  core.setOutput('verdict', report.verdict);
  core.setOutput('failures', counts.fail);
  core.setOutput('warnings', counts.warn + counts.insufficient);
  core.setOutput('report-json', paths.json);
  core.setOutput('report-markdown', paths.markdown);
  core.setOutput('comment-url', commentUrl);
}

function failureLine(report: Report): string {
  const failed = report.checks.filter((c) => c.status === 'fail');
  const first = failed[0];
  const head = `Model gate "${report.name}": ${failed.length} check${failed.length === 1 ? '' : 's'} failed`;
  return first ? `${head}; first: ${first.segment} · ${first.metric}: ${first.message}` : `${head}.`;
}

/** Annotations for the failed checks (notices when overridden), the verdict line, and the step's result under fail-on. */
function concludeStep(report: Report, failOn: ActionInputs['failOn']): void {
  const counts = report.counts;
  // One annotation per cause: a check failing the same way in overall and every segment is annotated once.
  for (const g of groupChecks(
    report.checks.filter((x) => x.status === 'fail'),
    report.checks,
  ).slice(0, 10)) {
    const annotate = report.verdict === 'overridden' ? core.notice : core.error;
    const c = g.lead;
    if (g.uniform) annotate(`${groupSummary(g)}: ${c.message}`, { title: `Model gate ${report.name}: ${c.id} and ${g.members.length - 1} segments` });
    else annotate(`${c.segment} · ${c.metric}: ${c.message}`, { title: `Model gate ${report.name}: ${c.id}` });
  }
  const override = report.override ? `, overridden by @${report.override.actor} with "${report.override.label}"` : '';
  core.info(`Verdict: ${report.verdict} (${counts.fail} failed, ${counts.warn} warnings, ${counts.insufficient} insufficient, ${counts.pass} passed${override}).`);
  if (stepFails(report.verdict, failOn)) {
    core.setFailed(report.verdict === 'fail' ? failureLine(report) : `Model gate "${report.name}": verdict warn with fail-on: warn.`);
  }
}

/**
 * Upload report-dir as the gate's artifact. Where that cannot happen, one warning
 * line and carry on: the verdict never depends on it. Returns the report as the
 * comment and summary show it (with the artifact's link, or without the artifact).
 */
export async function publishArtifact(run: ActionRun, report: Report, paths: ReportPaths): Promise<Report> {
  if (!report.artifact) return report;
  const up = await uploadReportArtifact({
    name: report.artifact.name,
    dir: paths.dir,
    files: [paths.json, paths.markdown, paths.html],
    runUrl: run.ctx.runUrl,
  });
  if (up.uploaded) {
    core.info(`Uploaded the report as artifact ${up.name}${up.url ? `: ${up.url}` : ''}.`);
    return { ...report, artifact: { name: up.name, url: up.url } };
  }
  core.warning(`Report artifact not uploaded: ${up.reason}. The verdict, job summary and comment stand; the files are in ${run.inputs.reportDir}.`);
  return { ...report, artifact: null };
}

/** Everything after the verdict is known, the same in both modes: summary, comment (each built to its size limit), check run, outputs. */
export async function publish(run: ActionRun, report: Report, paths: ReportPaths, to: Destination): Promise<void> {
  await writeJobSummary(renderMarkdown(report, { maxChars: SUMMARY_CHARS }));
  const marker = commentMarker(report.name);
  const markdown = renderMarkdown(report, { maxChars: MAX_COMMENT_CHARS - marker.length - 1 });
  const comment = await publishComment(run, to.prNumber, report.name, markdown);
  await publishCheckRun(run, report, to.headSha, comment.forbidden);
  setOutputs(report, paths, comment.url);
  concludeStep(report, run.inputs.failOn);
}

/** The outputs when the gate could not run: verdict `error`, no counts (nothing was judged), no report files. */
function setErrorOutputs(commentUrl: string): void {
  core.setOutput('verdict', 'error');
  core.setOutput('failures', '');
  core.setOutput('warnings', '');
  core.setOutput('report-json', '');
  core.setOutput('report-markdown', '');
  core.setOutput('comment-url', commentUrl);
}

/** The one-line reasons for an error, as the step prints them. */
function errorLines(e: unknown): string[] {
  if (e instanceof ConfigError) return e.issues.map((i) => `config error in ${e.source}: ${i.path ? `${i.path}: ` : ''}${i.message}`);
  if (isUserError(e) || e instanceof GitHubApiError) return [e.message];
  if (e instanceof Error && e.stack) core.debug(e.stack);
  return [describeUnexpected(e)];
}

/**
 * Every error fails the step: users' mistakes as one line each, anything else with
 * its stack in the debug log. The outputs say `error`; the job summary and, on a
 * pull request, the sticky comment (an earlier run's verdict would be stale) say
 * the gate could not run and why. `comment: false` (the from-report mode, whose
 * refused report names a PR nobody vouched for) posts nothing.
 */
export async function failClosed(e: unknown, inputs: ActionInputs | null, run: ActionRun | null = null, comment = true): Promise<void> {
  const lines = errorLines(e);
  if (lines.length === 1) {
    core.setFailed(lines[0]);
  } else {
    for (const line of lines) core.error(line);
    core.setFailed(`${lines.length} errors (each listed above); the gate did not run.`);
  }
  const markdown = renderErrorMarkdown({
    name: inputs?.name ?? 'model',
    lines,
    runUrl: run?.ctx.runUrl ?? null,
    commit: run?.ctx.headSha ?? null,
  });
  let commentUrl = '';
  if (run && inputs && comment) {
    try {
      commentUrl = (await publishComment(run, run.ctx.prNumber, inputs.name, markdown)).url;
    } catch (err) {
      core.warning(`Could not say on the PR that the gate could not run: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  setErrorOutputs(commentUrl);
  try {
    await writeJobSummary(markdown);
  } catch {
    // The step has already failed with the reason; a summary that cannot be written adds nothing.
  }
}
