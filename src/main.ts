// The action: inputs -> runGate (or, with from-report, an earlier run's report)
// -> publish (files, summary, comment, check run, outputs, step result).
// The only place that calls setFailed or setOutput. Fails closed: a user's
// mistake is one clear ::error:: line; anything unexpected fails the step too.
// A failure to talk to GitHub never loses the verdict, the files or the summary.
import * as core from '@actions/core';
import { loadConfig } from './config/load.js';
import { ConfigError, describeUnexpected, isUserError } from './errors.js';
import {
  artifactName,
  checkConclusion,
  checkOverride,
  checkRunRequest,
  commentMarker,
  CommentForbiddenError,
  confirmPull,
  createCheckRun,
  createClient,
  GitHubApiError,
  loadContext,
  MAX_COMMENT_CHARS,
  reportTarget,
  upsertComment,
  uploadReportArtifact,
  writeJobSummary,
  type ClientOptions,
  type GateContext,
  type GitHubClient,
  type ReportTarget,
} from './github/index.js';
import { readInputs, stepFails, type ActionInputs } from './inputs.js';
import { runGate } from './pipeline.js';
import { escapeText } from './report/escape.js';
import { renderMarkdown, SUMMARY_CHARS } from './report/markdown.js';
import { applyOverride, withoutOverride } from './report/override.js';
import type { Report } from './report/types.js';
import { loadReport } from './report/validate.js';
import { writeReportFiles, type ReportPaths } from './reportFiles.js';

/** Where the README explains the fork-safe two-workflow setup. */
const FORK_DOCS = 'README: "Pull requests from forks"';

/** What every step of a run shares: its inputs, where it runs, and the GitHub client (made on first use). */
interface ActionRun {
  inputs: ActionInputs;
  ctx: GateContext;
  /** The client, or null without a token. */
  api(): GitHubClient | null;
}

/** The PR and commit a run publishes to; null where there is none. */
interface Destination {
  prNumber: number | null;
  headSha: string | null;
}

/**
 * Test and debug aid, not a user input: MODEL_GATE_RETRY_UNIT_MS (ms) sets the time
 * unit of the client's retry and rate-limit waits, normally 1000 (retries after
 * 1 s, 4 s, 9 s), and turns off the spacing of writes (1 s apart) that GitHub asks
 * of real clients. The e2e tests set it to a few ms so scripted 5xx answers and
 * consecutive writes cost no seconds; the total budget for API calls (2 min) stays.
 */
function clientOptions(ctx: GateContext): ClientOptions {
  const unit = Number(process.env.MODEL_GATE_RETRY_UNIT_MS);
  if (!(Number.isFinite(unit) && unit > 0)) return { baseUrl: ctx.apiUrl };
  return { baseUrl: ctx.apiUrl, waitUnitMs: unit, spaceWrites: false };
}

function actionRun(inputs: ActionInputs, ctx: GateContext): ActionRun {
  let client: GitHubClient | null = null;
  return {
    inputs,
    ctx,
    api: () => {
      if (inputs.token === '') return null;
      client ??= createClient(inputs.token, clientOptions(ctx));
      return client;
    },
  };
}

/** One warning for events that run untrusted code with a write token. */
function warnAboutEvent(ctx: GateContext): void {
  if (ctx.eventName === 'pull_request_target') {
    core.warning(
      'This workflow runs on pull_request_target: it has a write token and the repository\'s secrets while the pull request\'s files ' +
        '(eval data, scoring code) are untrusted. Run the gate on pull_request and post its comment from a workflow_run workflow with ' +
        `from-report (${FORK_DOCS}).`,
    );
  }
}

/**
 * The report with the override label applied: checked only when the gate failed on
 * a pull request. Fails closed: when GitHub cannot say whether the label counts, the
 * verdict stays `fail` and the report says why.
 */
async function resolveOverride(run: ActionRun, report: Report, prNumber: number | null): Promise<Report> {
  if (report.verdict !== 'fail' || prNumber === null) return report;
  const label = run.inputs.overrideLabel;
  const client = run.api();
  if (!client) {
    core.info(`The override label "${label}" was not checked: there is no github-token.`);
    return report;
  }
  try {
    const r = await checkOverride(client, {
      owner: run.ctx.owner,
      repo: run.ctx.repo,
      issueNumber: prNumber,
      label,
      minPermission: run.inputs.overridePermission,
    });
    if (!r.applied) return report;
    if (r.granted && r.by !== null && r.permission !== null && r.permission !== 'none') {
      core.info(`The gate failed; ${r.reason}.`);
      return applyOverride(report, { kind: 'granted', label, actor: r.by, permission: r.permission });
    }
    core.warning(`The override label "${label}" does not count: ${r.reason}. The gate stays failed.`);
    return applyOverride(report, { kind: 'refused', label, actor: r.by, permission: r.permission, reason: r.reason });
  } catch (e) {
    if (!(e instanceof GitHubApiError)) throw e;
    core.warning(`Could not check the override label "${label}": ${e.message}. The gate stays failed; re-run the job to check again.`);
    const reason = `it could not be checked (GitHub API ${e.method} ${e.path} ${e.status === 0 ? 'gave no answer' : `answered ${e.status}`}); re-run the job to check again`;
    return applyOverride(report, { kind: 'refused', label, actor: null, permission: null, reason });
  }
}

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

/** Comment on the PR; a failure to comment is one warning, never a lost verdict. */
async function publishComment(run: ActionRun, prNumber: number | null, report: Report, markdown: string): Promise<CommentResult> {
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
      marker: commentMarker(report.name),
      body: markdown,
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
  for (const c of report.checks.filter((x) => x.status === 'fail').slice(0, 10)) {
    const annotate = report.verdict === 'overridden' ? core.notice : core.error;
    annotate(`${c.segment} · ${c.metric}: ${c.message}`, { title: `Model gate ${report.name}: ${c.id}` });
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
async function publishArtifact(run: ActionRun, report: Report, paths: ReportPaths): Promise<Report> {
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
async function publish(run: ActionRun, report: Report, paths: ReportPaths, to: Destination): Promise<void> {
  await writeJobSummary(renderMarkdown(report, { maxChars: SUMMARY_CHARS }));
  const marker = commentMarker(report.name);
  const markdown = renderMarkdown(report, { maxChars: MAX_COMMENT_CHARS - marker.length - 1 });
  const comment = await publishComment(run, to.prNumber, report, markdown);
  await publishCheckRun(run, report, to.headSha, comment.forbidden);
  setOutputs(report, paths, comment.url);
  concludeStep(report, run.inputs.failOn);
}

/** The gate: data in, verdict out, published to this run's PR and commit. */
async function gateMode(run: ActionRun): Promise<void> {
  const { inputs, ctx } = run;
  const config = loadConfig({ inline: inputs.config, file: inputs.configFile, inlineName: 'config', fileName: 'config-file' });
  const gated = await runGate({
    name: inputs.name,
    config,
    baselineEval: inputs.baselineEval,
    candidateEval: inputs.candidateEval,
    shadow: inputs.shadow,
    labels: inputs.labels,
    run: { repository: `${ctx.owner}/${ctx.repo}`, commit: ctx.headSha, pull_request: ctx.prNumber, url: ctx.runUrl },
  });
  const report = await resolveOverride(run, gated, ctx.prNumber);
  report.artifact = inputs.artifact ? { name: artifactName(inputs.name), url: null } : null;
  const paths = writeReportFiles(inputs.reportDir, report, renderMarkdown(report, { maxChars: SUMMARY_CHARS }));
  const published = await publishArtifact(run, report, paths);
  await publish(run, published, paths, { prNumber: ctx.prNumber, headSha: ctx.headSha });
}

/**
 * The PR a downloaded report may be posted to, confirmed with GitHub; null when it
 * names none or GitHub cannot be asked (a warning). Throws `DataError` when the
 * report may not be posted (tampered, stale, or naming another PR).
 */
async function confirmedTarget(run: ActionRun, report: Report, file: string): Promise<ReportTarget | null> {
  const target = reportTarget(report, run.ctx, file);
  if (target === null) {
    core.info(`${file} names no pull request (its run was not for one): outputs and summary only, no comment.`);
    return null;
  }
  const client = run.api();
  if (!client) {
    core.warning(`No github-token: cannot confirm PR #${target.pullNumber} with GitHub, so no comment.`);
    return null;
  }
  try {
    await confirmPull(client, run.ctx, target, file);
    return target;
  } catch (e) {
    if (!(e instanceof GitHubApiError)) throw e;
    core.warning(`Could not confirm PR #${target.pullNumber} with GitHub (${e.message}), so no comment. The report's verdict stands.`);
    return null;
  }
}

/**
 * The fork-safe second workflow: an earlier run's report.json, validated strictly,
 * its PR confirmed, its override re-checked (a claimed override never counts by
 * itself), re-rendered from the data (its stored text is never posted) and posted.
 */
async function fromReportMode(run: ActionRun, file: string): Promise<void> {
  const claimed = loadReport(file);
  const target = await confirmedTarget(run, claimed, file);
  const report = await resolveOverride(run, withoutOverride(claimed), target?.pullNumber ?? null);
  if (claimed.verdict !== report.verdict) {
    core.info(`${file} says "${claimed.verdict}"; checked again here, the verdict is "${report.verdict}".`);
  }
  // Links go to the run that produced the report as GitHub names it (never the URL the report itself carries).
  report.run = { ...report.run, url: run.ctx.triggerRun?.url ?? null };
  const paths = writeReportFiles(run.inputs.reportDir, report, renderMarkdown(report, { maxChars: SUMMARY_CHARS }));
  await publish(run, report, paths, { prNumber: target?.pullNumber ?? null, headSha: target?.headSha ?? null });
}

export async function run(): Promise<void> {
  let inputs: ActionInputs | null = null;
  try {
    inputs = readInputs((name) => core.getInput(name));
    if (inputs.token) core.setSecret(inputs.token);
    const ctx = loadContext();
    warnAboutEvent(ctx);
    const r = actionRun(inputs, ctx);
    if (inputs.fromReport !== null) await fromReportMode(r, inputs.fromReport);
    else await gateMode(r);
  } catch (e) {
    await failClosed(e, inputs);
  }
}

/** Every error fails the step: users' mistakes as one line each, anything else with its stack in the debug log. */
async function failClosed(e: unknown, inputs: ActionInputs | null): Promise<void> {
  let lines: string[];
  if (e instanceof ConfigError) {
    lines = e.issues.map((i) => `config error in ${e.source}: ${i.path ? `${i.path}: ` : ''}${i.message}`);
  } else if (isUserError(e) || e instanceof GitHubApiError) {
    lines = [e.message];
  } else {
    lines = [describeUnexpected(e)];
    if (e instanceof Error && e.stack) core.debug(e.stack);
  }
  if (lines.length === 1) {
    core.setFailed(lines[0]);
  } else {
    for (const line of lines) core.error(line);
    core.setFailed(`${lines.length} errors (each listed above); the gate did not run.`);
  }
  try {
    const name = escapeText(inputs?.name ?? 'model');
    await writeJobSummary(`### Model gate ${name}: ❌ could not run\n\n${lines.map((l) => `- ${escapeText(l)}`).join('\n')}\n`);
  } catch {
    // The step has already failed with the reason; a summary that cannot be written adds nothing.
  }
}
