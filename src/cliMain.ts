// The CLI: argv -> the same runGate the action uses -> report on stdout.
// Exit 0 pass or warn, 1 fail, 2 usage, config or data error. Never imports @actions/*.
import { parseArgs } from 'node:util';
import { loadConfig } from './config/load.js';
import { describeUnexpected, isUserError, ConfigError, UsageError } from './errors.js';
import { runGate, type StageTimings } from './pipeline.js';
import { renderMarkdown, SUMMARY_CHARS } from './report/markdown.js';
import { reportJson, writeReportFiles } from './reportFiles.js';
import { didYouMean } from './text/suggest.js';

const USAGE = `Usage: model-gate [--config gate.yml] [--baseline-eval a.csv --candidate-eval b.csv]
                  [--shadow s.csv] [--labels l.csv] [--name N] [--report-dir DIR] [--format md|json]

Compares a candidate model with the production baseline per segment and prints the report.
Give the offline eval pair, a shadow log, or both.
Exit status: 0 pass or warn, 1 fail, 2 usage, config or data error.`;

const OPTIONS = {
  config: { type: 'string' },
  'baseline-eval': { type: 'string' },
  'candidate-eval': { type: 'string' },
  shadow: { type: 'string' },
  labels: { type: 'string' },
  name: { type: 'string' },
  'report-dir': { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function main(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false });
    } catch (e) {
      const message = (e as Error).message.replace(/\. To specify.*$/s, '');
      const unknown = /Unknown option '--([^']+)'/.exec(message)?.[1];
      const hint = unknown ? didYouMean(unknown, Object.keys(OPTIONS)) : null;
      throw new UsageError(`${message}${hint ? ` (did you mean --${hint}?)` : ''}. Flags: ${Object.keys(OPTIONS).map((k) => `--${k}`).join(' ')}`);
    }
    const v = parsed.values;
    if (v.help) {
      out(`${USAGE}\n`);
      return 0;
    }
    const format = v.format ?? 'md';
    if (format !== 'md' && format !== 'json') throw new UsageError(`--format ${format}: use md or json.`);
    const config = loadConfig({ inline: null, file: v.config ?? null, inlineName: 'defaults', fileName: '--config' });
    const timings: StageTimings = {};
    const report = await runGate({
      name: v.name ?? 'model',
      config,
      baselineEval: v['baseline-eval'] ?? null,
      candidateEval: v['candidate-eval'] ?? null,
      shadow: v.shadow ?? null,
      labels: v.labels ?? null,
      run: { repository: null, commit: null, pull_request: null, url: null },
    }, timings);
    // A debugging aid for the bench: stage timings as one JSON line on stderr.
    if (process.env.MODEL_GATE_TIMINGS === '1') err(`model-gate timings ${JSON.stringify(timings)}\n`);
    // A terminal and report.md take the whole report (up to the job summary's size), not the PR comment's cut.
    const markdown = renderMarkdown(report, { maxChars: SUMMARY_CHARS });
    if (v['report-dir'] !== undefined) writeReportFiles(v['report-dir'], report, markdown);
    out(format === 'json' ? reportJson(report) : markdown);
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
