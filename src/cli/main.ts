// The CLI: argv -> the same runGate the action uses -> report on stdout.
// Exit 0 pass or warn, 1 fail, 2 usage, config or data error. Never imports @actions/*.
import { loadConfig } from '../config/index.js';
import { describeUnexpected, isUserError, ConfigError, UsageError } from '../errors/index.js';
import { reportJson, runGate, writeReportFiles, type StageTimings } from '../pipeline/index.js';
import { renderMarkdown, SUMMARY_CHARS } from '../report/index.js';
import { parseCliArgs, USAGE } from './args.js';

export async function main(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    if (args.help) {
      out(`${USAGE}\n`);
      return 0;
    }
    const config = loadConfig({ inline: null, file: args.config, inlineName: 'defaults', fileName: '--config' });
    for (const w of config.warnings ?? []) err(`model-gate: config warning: ${w.path ? `${w.path}: ` : ''}${w.message}\n`);
    const timings: StageTimings = {};
    const report = await runGate({
      name: args.name,
      config,
      baselineEval: args.baselineEval,
      candidateEval: args.candidateEval,
      shadow: args.shadow,
      labels: args.labels,
      run: { repository: null, commit: null, pull_request: null, url: null },
    }, timings);
    // A debugging aid for the bench: stage timings as one JSON line on stderr.
    if (process.env.MODEL_GATE_TIMINGS === '1') err(`model-gate timings ${JSON.stringify(timings)}\n`);
    // A terminal and report.md take the whole report (up to the job summary's size), not the PR comment's cut.
    const markdown = renderMarkdown(report, { maxChars: SUMMARY_CHARS });
    if (args.reportDir !== null) writeReportFiles(args.reportDir, report, markdown, '--report-dir');
    out(args.format === 'json' ? reportJson(report) : markdown);
    return report.verdict === 'fail' ? 1 : 0;
  } catch (e) {
    if (e instanceof ConfigError) {
      for (const issue of e.issues) err(`model-gate: config error: ${e.source}: ${issue.path ? `${issue.path}: ` : ''}${issue.message}\n`);
      return 2;
    }
    if (isUserError(e)) {
      err(`model-gate: ${e instanceof UsageError ? 'usage' : 'data'} error: ${e.message}\n`);
      if (e instanceof UsageError) err(`Run model-gate --help for usage.\n`);
      return 2;
    }
    err(`model-gate: ${describeUnexpected(e)}\n${e instanceof Error && e.stack ? e.stack : ''}\n`);
    return 2;
  }
}
