// `model-gate summaries`: the eval pair's summaries (model-release-gate/summaries@1)
// as JSON Lines on stdout, for `model-gate --summaries` (or to check a warehouse's
// export against): computed from the rows here, as the warehouse query computes them.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/index.js';
import { UsageError } from '../errors/index.js';
import { didYouMean } from '../text/index.js';
import { encodeShadowSummaries, encodeSummaries, shadowSummariesFromLog, summariesFromRows } from '../sources/index.js';

export const SUMMARIES_USAGE = `Usage: model-gate summaries --config gate.yml --baseline-eval a.csv --candidate-eval b.csv > s.jsonl
       model-gate summaries --config gate.yml --shadow log.csv > shadow.jsonl

Prints the per-segment summaries the gate decides from (model-release-gate/summaries@1) as JSON Lines:
of the eval pair, or of the shadow log (one of them per file).
Then: model-gate --config gate.yml --summaries s.jsonl (several files: one per line, or a glob)`;

/** Parses a subcommand's flags, refusing unknown ones with the valid list. */
export function subcommandArgs<T extends Record<string, { type: 'string' | 'boolean' }>>(argv: string[], options: T, command: string) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values as unknown as Record<keyof T, string | boolean | undefined>;
  } catch (e) {
    const message = (e as Error).message.replace(/\. To specify.*$/s, '');
    const unknown = /Unknown option '--([^']+)'/.exec(message)?.[1];
    const hint = unknown ? didYouMean(unknown, Object.keys(options)) : null;
    throw new UsageError(
      `model-gate ${command}: ${message}${hint ? ` (did you mean --${hint}?)` : ''}. Flags: ${Object.keys(options)
        .map((k) => `--${k}`)
        .join(' ')}`,
    );
  }
}

/** Runs `model-gate summaries`; returns the exit status. */
export async function summariesCommand(argv: string[], out: (s: string) => void): Promise<number> {
  const v = subcommandArgs(
    argv,
    { config: { type: 'string' }, 'baseline-eval': { type: 'string' }, 'candidate-eval': { type: 'string' }, shadow: { type: 'string' }, help: { type: 'boolean' } },
    'summaries',
  );
  if (v.help) {
    out(`${SUMMARIES_USAGE}\n`);
    return 0;
  }
  const baseline = v['baseline-eval'];
  const candidate = v['candidate-eval'];
  const shadow = v.shadow;
  const pair = typeof baseline === 'string' && typeof candidate === 'string';
  if (typeof shadow === 'string' && (baseline !== undefined || candidate !== undefined)) {
    throw new UsageError('model-gate summaries takes --shadow or --baseline-eval and --candidate-eval, not both: one summaries file per source.');
  }
  if (!pair && typeof shadow !== 'string') throw new UsageError('model-gate summaries needs --baseline-eval and --candidate-eval, or --shadow.');
  const config = loadConfig({ inline: null, file: (v.config as string | undefined) ?? null, inlineName: 'defaults', fileName: '--config' });
  const records =
    typeof shadow === 'string'
      ? encodeShadowSummaries(await shadowSummariesFromLog({ shadow }, config))
      : encodeSummaries(await summariesFromRows({ baseline: baseline as string, candidate: candidate as string }, config));
  // One write per chunk of records: the ECE groups alone are ~1000 records per segment.
  let buf = '';
  for (const r of records) {
    buf += `${JSON.stringify(r)}\n`;
    if (buf.length > 1 << 16) {
      out(buf);
      buf = '';
    }
  }
  out(buf);
  return 0;
}
