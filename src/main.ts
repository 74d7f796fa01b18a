// The action: inputs -> runGate -> publish (files, summary, comment, outputs).
// The only place that calls setFailed or setOutput. Fails closed: a user's
// mistake is one clear ::error:: line; anything unexpected fails the step too.
import * as core from '@actions/core';
import { loadConfig } from './config/load.js';
import { ConfigError, describeUnexpected, isUserError } from './errors.js';
import {
  artifactName,
  commentMarker,
  createClient,
  GitHubApiError,
  loadContext,
  MAX_COMMENT_CHARS,
  upsertComment,
  uploadReportArtifact,
  writeJobSummary,
  type GateContext,
} from './github/index.js';
import { readInputs, stepFails, type ActionInputs } from './inputs.js';
import { runGate } from './pipeline.js';
import { escapeText } from './report/escape.js';
import { renderMarkdown, SUMMARY_CHARS } from './report/markdown.js';
import type { Report } from './report/types.js';
import { writeReportFiles, type ReportPaths } from './reportFiles.js';

/**
 * Upload report-dir as the gate's artifact. Where that cannot happen, one warning
 * line and carry on: the verdict never depends on it. Returns the report as the
 * comment and summary show it (with the artifact's link, or without the artifact).
 */
async function publishArtifact(inputs: ActionInputs, ctx: GateContext, report: Report, paths: ReportPaths): Promise<Report> {
  if (!report.artifact) return report;
  const up = await uploadReportArtifact({
    name: report.artifact.name,
    dir: paths.dir,
    files: [paths.json, paths.markdown, paths.html],
    runUrl: ctx.runUrl,
  });
  if (up.uploaded) {
    core.info(`Uploaded the report as artifact ${up.name}${up.url ? `: ${up.url}` : ''}.`);
    return { ...report, artifact: { name: up.name, url: up.url } };
  }
  core.warning(`Report artifact not uploaded: ${up.reason}. The verdict, job summary and comment stand; the files are in ${inputs.reportDir}.`);
  return { ...report, artifact: null };
}

/** Comment on the PR; a failure to comment is a warning, never a lost verdict. */
async function publishComment(inputs: ActionInputs, ctx: GateContext, markdown: string): Promise<string> {
  if (!inputs.comment) return '';
  if (ctx.prNumber === null) {
    core.info(`No pull request in this ${ctx.eventName || 'run'} event: the report is in the job summary, no comment.`);
    return '';
  }
  if (inputs.token === '') {
    core.warning('No github-token: the gate ran but did not comment. Pass github-token (the default is the workflow token).');
    return '';
  }
  try {
    const client = createClient(inputs.token, { baseUrl: ctx.apiUrl });
    const res = await upsertComment(client, {
      owner: ctx.owner,
      repo: ctx.repo,
      issueNumber: ctx.prNumber,
      marker: commentMarker(inputs.name),
      body: markdown,
    });
    core.info(`${res.action === 'created' ? 'Created' : 'Updated'} the PR comment: ${res.url}`);
    return res.url;
  } catch (e) {
    if (e instanceof GitHubApiError) {
      core.warning(`Could not comment on PR #${ctx.prNumber}: ${e.message}. The verdict and the job summary stand.`);
      return '';
    }
    throw e;
  }
}

function failureLine(report: Report): string {
  const failed = report.checks.filter((c) => c.status === 'fail');
  const first = failed[0];
  const head = `Model gate "${report.name}": ${failed.length} check${failed.length === 1 ? '' : 's'} failed`;
  return first ? `${head}; first: ${first.segment} · ${first.metric}: ${first.message}` : `${head}.`;
}

export async function run(): Promise<void> {
  let inputs: ActionInputs | null = null;
  try {
    inputs = readInputs((name) => core.getInput(name));
    if (inputs.token) core.setSecret(inputs.token);
    const ctx = loadContext();
    const config = loadConfig({ inline: inputs.config, file: inputs.configFile, inlineName: 'config', fileName: 'config-file' });
    const report = await runGate({
      name: inputs.name,
      config,
      baselineEval: inputs.baselineEval,
      candidateEval: inputs.candidateEval,
      shadow: inputs.shadow,
      labels: inputs.labels,
      run: { repository: `${ctx.owner}/${ctx.repo}`, commit: ctx.headSha, pull_request: ctx.prNumber, url: ctx.runUrl },
    });
    report.artifact = inputs.artifact ? { name: artifactName(inputs.name), url: null } : null;
    const paths = writeReportFiles(inputs.reportDir, report, renderMarkdown(report, { maxChars: SUMMARY_CHARS }));
    const published = await publishArtifact(inputs, ctx, report, paths);
    await writeJobSummary(renderMarkdown(published, { maxChars: SUMMARY_CHARS }));
    const marker = commentMarker(inputs.name);
    const commentUrl = await publishComment(inputs, ctx, renderMarkdown(published, { maxChars: MAX_COMMENT_CHARS - marker.length - 1 }));

    const counts = report.counts;
    core.setOutput('verdict', report.verdict);
    core.setOutput('failures', counts.fail);
    core.setOutput('warnings', counts.warn + counts.insufficient);
    core.setOutput('report-json', paths.json);
    core.setOutput('report-markdown', paths.markdown);
    core.setOutput('comment-url', commentUrl);

    for (const c of report.checks.filter((x) => x.status === 'fail').slice(0, 10)) {
      core.error(`${c.segment} · ${c.metric}: ${c.message}`, { title: `Model gate ${report.name}: ${c.id}` });
    }
    core.info(`Verdict: ${report.verdict} (${counts.fail} failed, ${counts.warn} warnings, ${counts.insufficient} insufficient, ${counts.pass} passed).`);
    if (stepFails(report.verdict, inputs.failOn)) {
      core.setFailed(report.verdict === 'fail' ? failureLine(report) : `Model gate "${report.name}": verdict warn with fail-on: warn.`);
    }
  } catch (e) {
    await failClosed(e, inputs);
  }
}

/** Every error fails the step: users' mistakes as one line each, anything else with its stack in the debug log. */
async function failClosed(e: unknown, inputs: ActionInputs | null): Promise<void> {
  let lines: string[];
  if (e instanceof ConfigError) {
    lines = e.issues.map((i) => `config error in ${e.source}: ${i.path ? `${i.path}: ` : ''}${i.message}`);
  } else if (isUserError(e)) {
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
