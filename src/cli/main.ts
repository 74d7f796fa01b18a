// The CLI: argv -> the same runGate the action uses -> report on stdout.
// Exit 0 pass or warn, 1 fail, 2 usage, config or data error. Never imports @actions/*.
import { loadConfig } from '../config/index.js';
import { describeUnexpected, isUserError, ConfigError, UsageError } from '../errors/index.js';
import { reportJson, runGate, writeReportFiles, type StageTimings } from '../pipeline/index.js';
import { renderMarkdown, SUMMARY_CHARS } from '../report/index.js';
import { writeFileSync } from 'node:fs';
import { runProfile } from '../sources/index.js';
import { parseCliArgs, parseProfileArgs, USAGE, type CliArgs } from './args.js';
import { subcommand } from './subcommands.js';

/** `model-gate profile`: the reference's profile to stdout or --out. */
async function profile(argv: string[], out: (s: string) => void): Promise<number> {
  const args = parseProfileArgs(argv);
  if (args.help) {
    out(`${USAGE}\n`);
    return 0;
  }
  const text = await runProfile({ reference: args.reference, config: args.config });
  if (args.out !== null) writeFileSync(args.out, text);
  else out(text);
  return 0;
}
import { renderText } from './text.js';

declare const __MODEL_GATE_VERSION__: string | undefined;
/** The package's version, baked into the bundle at build time (scripts/bundle.mjs). */
export const VERSION = typeof __MODEL_GATE_VERSION__ === 'string' ? __MODEL_GATE_VERSION__ : '0.0.0-dev';

/** Where the CLI prints: whether stdout is a terminal, and the environment (NO_COLOR). */
export interface Terminal {
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/** The exit status for a verdict under `--fail-on`. */
function exitFor(verdict: string, failOn: CliArgs['failOn']): number {
  if (failOn === 'never') return 0;
  if (verdict === 'fail') return 1;
  return failOn === 'warn' && verdict === 'warn' ? 1 : 0;
}

export async function main(argv: string[], out: (s: string) => void, err: (s: string) => void, term: Terminal = { isTTY: false, env: {} }): Promise<number> {
  try {
    if (argv[0] === 'profile') return await profile(argv.slice(1), out);
    const sub = subcommand(argv[0]);
    if (sub) return await sub(argv.slice(1), out);
    const args = parseCliArgs(argv);
    if (args.help) {
      out(`${USAGE}\n`);
      return 0;
    }
    if (args.version) {
      out(`model-gate ${VERSION}\n`);
      return 0;
    }
    const format = args.format ?? (term.isTTY ? 'text' : 'md');
    const config = loadConfig({ inline: null, file: args.config, inlineName: 'defaults', fileName: '--config' });
    for (const w of config.warnings ?? []) err(`model-gate: config warning: ${w.path ? `${w.path}: ` : ''}${w.message}\n`);
    const timings: StageTimings = {};
    const report = await runGate(
      {
        name: args.name,
        config,
        baselineEval: args.baselineEval,
        candidateEval: args.candidateEval,
        shadow: args.shadow,
        labels: args.labels,
        reference: args.reference,
        current: args.current,
        batchFeatures: args.batchFeatures,
        onlineFeatures: args.onlineFeatures,
        summaries: args.summaries,
        run: { repository: null, commit: null, pull_request: null, url: null },
      },
      timings,
    );
    // A debugging aid for the bench: stage timings as one JSON line on stderr.
    if (process.env.MODEL_GATE_TIMINGS === '1') err(`model-gate timings ${JSON.stringify(timings)}\n`);
    // A terminal and report.md take the whole report (up to the job summary's size), not the PR comment's cut.
    const markdown = renderMarkdown(report, { maxChars: SUMMARY_CHARS, files: args.reportDir !== null });
    const paths = args.reportDir !== null ? writeReportFiles(args.reportDir, report, markdown, '--report-dir') : null;
    if (format === 'json') out(reportJson(report));
    else if (format === 'md') out(markdown);
    else {
      const color = term.isTTY && !('NO_COLOR' in term.env && term.env.NO_COLOR !== '');
      out(renderText(report, { color, files: paths ? [paths.json, paths.markdown, paths.html] : [] }));
    }
    return exitFor(report.verdict, args.failOn);
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
