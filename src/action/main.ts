// The action: inputs -> runGate (or, with from-report, an earlier run's report)
// -> publish (publish.ts: files, summary, comment, check run, outputs, step
// result; the only setFailed/setOutput). Fails closed: a user's mistake is one
// clear ::error:: line; anything unexpected fails the step too. A failure to
// talk to GitHub never loses the verdict, the files or the summary.
import * as core from '@actions/core';
import { loadConfig } from '../config/index.js';
import { artifactName, checkOverride, confirmPull, GitHubApiError, loadContext, reportTarget, type GateContext, type ReportTarget } from '../github/index.js';
import { runGate, writeReportFiles } from '../pipeline/index.js';
import { renderMarkdown, SUMMARY_CHARS } from '../report/index.js';
import { applyOverride, withoutOverride } from '../report/index.js';
import type { Report } from '../report/index.js';
import { loadReport } from '../report/index.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { failClosed, publish, publishArtifact } from './publish.js';
import { actionRun, FORK_DOCS, type ActionRun } from './run.js';

/** One warning for events that run untrusted code with a write token. */
function warnAboutEvent(ctx: GateContext): void {
  if (ctx.eventName === 'pull_request_target') {
    core.warning(
      "This workflow runs on pull_request_target: it has a write token and the repository's secrets while the pull request's files " +
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

/** The gate: data in, verdict out, published to this run's PR and commit. */
async function gateMode(run: ActionRun): Promise<void> {
  const { inputs, ctx } = run;
  const config = loadConfig({ inline: inputs.config, file: inputs.configFile, inlineName: 'config', fileName: 'config-file' });
  for (const w of config.warnings ?? []) core.warning(`config: ${w.path ? `${w.path}: ` : ''}${w.message}`);
  const gated = await runGate({
    name: inputs.name,
    config,
    baselineEval: inputs.baselineEval,
    candidateEval: inputs.candidateEval,
    shadow: inputs.shadow,
    labels: inputs.labels,
    reference: inputs.reference,
    current: inputs.current,
    batchFeatures: inputs.batchFeatures,
    onlineFeatures: inputs.onlineFeatures,
    summaries: inputs.summaries,
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
  let r: ActionRun | null = null;
  try {
    inputs = readInputs((name) => core.getInput(name));
    if (inputs.token) core.setSecret(inputs.token);
    const ctx = loadContext();
    warnAboutEvent(ctx);
    r = actionRun(inputs, ctx);
    if (inputs.fromReport !== null) await fromReportMode(r, inputs.fromReport);
    else await gateMode(r);
  } catch (e) {
    // From-report: a refused report names a PR nobody vouched for, so nothing is posted.
    await failClosed(e, inputs, r, inputs?.fromReport === null);
  }
}
