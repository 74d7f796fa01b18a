// The CLI's flags: argv -> typed options, or a UsageError naming the flag
// (with a "did you mean" for a mistyped one) and listing the valid ones.
import { parseArgs } from 'node:util';
import { UsageError } from '../errors/index.js';
import { didYouMean } from '../text/index.js';

export const USAGE = `Usage: model-gate [--config gate.yml] [--baseline-eval a.csv --candidate-eval b.csv]
                  [--shadow s.csv] [--labels l.csv] [--summaries s.jsonl ...] [--reference r.parquet --current c.parquet]
                  [--batch-features b.csv --online-features o.csv]
                  [--name N] [--report-dir DIR] [--format text|md|json] [--fail-on fail|warn|never] [--version]
       model-gate profile --reference FILE [--config gate.yml] [--out profile.json]
       model-gate summaries --config gate.yml (--baseline-eval a.csv --candidate-eval b.csv | --shadow s.csv) > s.jsonl
       model-gate sql --dialect duckdb|bigquery|spark|snowflake|trino --config gate.yml
                      (--baseline-table T --candidate-table T [--prediction] [--weight] | --shadow-table T --columns LIST
                       | --reference-table T | --current-table T --reference-profile P) > summaries.sql

Compares a candidate model with the production baseline per segment and prints the report.
Give the offline eval pair, a shadow log (or their summaries), feature inputs for the data checks, or any of them together.
\`sql\` prints the warehouse query whose exported result --summaries (or --reference/--current) takes, so the rows stay in the warehouse.
\`profile\` writes the reference's profile (JSON, to stdout or --out), which --reference accepts in place of rows.
--format: text (aligned, for people; the default on a terminal), md (the PR comment's
Markdown; the default when piped), json (report.json). Colour only on a terminal; NO_COLOR turns it off.
Exit status: 0 pass or warn, 1 fail (or warn with --fail-on warn; never with --fail-on never),
2 usage, config or data error.`;

const OPTIONS = {
  config: { type: 'string' },
  'baseline-eval': { type: 'string' },
  'candidate-eval': { type: 'string' },
  shadow: { type: 'string' },
  labels: { type: 'string' },
  reference: { type: 'string' },
  current: { type: 'string' },
  'batch-features': { type: 'string' },
  'online-features': { type: 'string' },
  summaries: { type: 'string', multiple: true },
  name: { type: 'string' },
  'report-dir': { type: 'string' },
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  version: { type: 'boolean', short: 'V' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type CliFormat = 'text' | 'md' | 'json';
export type CliFailOn = 'fail' | 'warn' | 'never';

export interface CliArgs {
  help: boolean;
  version: boolean;
  /** null: not given (text on a terminal, md when piped). */
  format: CliFormat | null;
  failOn: CliFailOn;
  config: string | null;
  baselineEval: string | null;
  candidateEval: string | null;
  shadow: string | null;
  labels: string | null;
  reference: string | null;
  current: string | null;
  batchFeatures: string | null;
  onlineFeatures: string | null;
  /** The offline summaries (model-release-gate/summaries@1) in place of the eval pair. */
  summaries: string | null;
  name: string;
  reportDir: string | null;
}

/**
 * The parsed flags.
 * @example parseCliArgs(['--shadow', 's.csv']).shadow // 's.csv'
 */
export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false });
  } catch (e) {
    const message = (e as Error).message.replace(/\. To specify.*$/s, '');
    const unknown = /Unknown option '--([^']+)'/.exec(message)?.[1];
    const hint = unknown ? didYouMean(unknown, Object.keys(OPTIONS)) : null;
    throw new UsageError(
      `${message}${hint ? ` (did you mean --${hint}?)` : ''}. Flags: ${Object.keys(OPTIONS)
        .map((k) => `--${k}`)
        .join(' ')}`,
    );
  }
  const v = parsed.values;
  const quiet = Boolean(v.help || v.version);
  return {
    help: v.help ?? false,
    version: v.version ?? false,
    format: quiet ? null : parseFormat(v.format),
    failOn: quiet ? 'fail' : parseFailOn(v['fail-on']),
    config: v.config ?? null,
    baselineEval: v['baseline-eval'] ?? null,
    candidateEval: v['candidate-eval'] ?? null,
    shadow: v.shadow ?? null,
    labels: v.labels ?? null,
    reference: v.reference ?? null,
    current: v.current ?? null,
    batchFeatures: v['batch-features'] ?? null,
    onlineFeatures: v['online-features'] ?? null,
    // Repeatable (each a path or glob), as the action input takes one per line.
    summaries: v.summaries && v.summaries.length > 0 ? v.summaries.join('\n') : null,
    name: v.name ?? 'model',
    reportDir: v['report-dir'] ?? null,
  };
}

const PROFILE_OPTIONS = {
  reference: { type: 'string' },
  config: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface ProfileCliArgs {
  help: boolean;
  reference: string;
  config: string | null;
  out: string | null;
}

/**
 * The flags of `model-gate profile`.
 * @example parseProfileArgs(['--reference', 'train.parquet']).reference // 'train.parquet'
 */
export function parseProfileArgs(argv: string[]): ProfileCliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: PROFILE_OPTIONS, strict: true, allowPositionals: false });
  } catch (e) {
    const message = (e as Error).message.replace(/\. To specify.*$/s, '');
    const unknown = /Unknown option '--([^']+)'/.exec(message)?.[1];
    const hint = unknown ? didYouMean(unknown, Object.keys(PROFILE_OPTIONS)) : null;
    throw new UsageError(
      `profile: ${message}${hint ? ` (did you mean --${hint}?)` : ''}. Flags: ${Object.keys(PROFILE_OPTIONS)
        .map((k) => `--${k}`)
        .join(' ')}`,
    );
  }
  const v = parsed.values;
  if (!v.help && v.reference === undefined) throw new UsageError('profile needs --reference FILE: the features to profile (a path or glob in any data format).');
  return { help: v.help ?? false, reference: v.reference ?? '', config: v.config ?? null, out: v.out ?? null };
}

/** `--format`: text, md or json; null when not given. */
export function parseFormat(raw: string | undefined): CliFormat | null {
  if (raw === undefined) return null;
  if (raw === 'text' || raw === 'md' || raw === 'json') return raw;
  throw new UsageError(`--format ${raw}: use md or json (or text, for a terminal).`);
}

/** `--fail-on`: which verdicts exit 1 (as the action's fail-on input). */
export function parseFailOn(raw: string | undefined): CliFailOn {
  if (raw === undefined) return 'fail';
  if (raw === 'fail' || raw === 'warn' || raw === 'never') return raw;
  throw new UsageError(`--fail-on ${raw}: use fail, warn or never.`);
}
