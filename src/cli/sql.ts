// `model-gate sql`: prints the warehouse query whose result is the offline
// comparison's summaries (model-release-gate/summaries@1), for one dialect, over
// the baseline and candidate tables; the user runs it where the rows live,
// exports the result and gives it to `model-gate --summaries`.
import { loadConfig } from '../config/index.js';
import { UsageError } from '../errors/index.js';
import { DIALECTS, offlineQuery } from '../sql/index.js';
import { subcommandArgs } from './summaries.js';

export const SQL_USAGE = `Usage: model-gate sql --dialect ${DIALECTS.join('|')} --config gate.yml --baseline-table T --candidate-table T
                     [--prediction] [--weight] > summaries.sql

Prints one SQL statement whose result is the summaries the gate decides from (model-release-gate/summaries@1).
Run it in the warehouse, export the result (Parquet, CSV or JSON Lines), then:
  model-gate --config gate.yml --summaries summaries.parquet
--prediction: the tables carry columns.prediction (binary: the decisions, instead of score >= threshold;
  regression: the predictions, instead of columns.score). Multiclass always reads columns.prediction.
--weight: the baseline table carries columns.weight. Segment and weight columns are read from the baseline table.`;

const OPTIONS = {
  dialect: { type: 'string' },
  config: { type: 'string' },
  'baseline-table': { type: 'string' },
  'candidate-table': { type: 'string' },
  'shadow-table': { type: 'string' },
  'labels-table': { type: 'string' },
  'reference-table': { type: 'string' },
  'current-table': { type: 'string' },
  prediction: { type: 'boolean' },
  weight: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

/** A table reference: dot-separated non-empty parts. */
function tableFlag(v: Record<string, string | boolean | undefined>, flag: string): string | null {
  const t = v[flag];
  if (t === undefined) return null;
  if (typeof t !== 'string' || t.split('.').some((p) => p.trim() === ''))
    throw new UsageError(`model-gate sql: --${flag} ${JSON.stringify(t)} is not a table name (such as project.dataset.table)`);
  return t;
}

/** Runs `model-gate sql`; returns the exit status. */
export async function sqlCommand(argv: string[], out: (s: string) => void): Promise<number> {
  const v = subcommandArgs(argv, OPTIONS, 'sql');
  if (v.help) {
    out(`${SQL_USAGE}\n`);
    return 0;
  }
  const dialect = v.dialect;
  if (typeof dialect !== 'string') throw new UsageError(`model-gate sql needs --dialect (${DIALECTS.join(', ')}).`);
  if (!(DIALECTS as readonly string[]).includes(dialect)) throw new UsageError(`model-gate sql: --dialect ${JSON.stringify(dialect)} is not one of ${DIALECTS.join(', ')}`);
  if (typeof v.config !== 'string') throw new UsageError('model-gate sql needs --config: the summaries are made for one config (its metrics, segments, seed).');
  const baseline = tableFlag(v, 'baseline-table');
  const candidate = tableFlag(v, 'candidate-table');
  const others = ['shadow-table', 'labels-table', 'reference-table', 'current-table'].filter((f) => tableFlag(v, f) !== null);
  if ((v['reference-table'] === undefined) !== (v['current-table'] === undefined)) {
    throw new UsageError('model-gate sql: --reference-table and --current-table go together (the data checks compare them).');
  }
  if (v['labels-table'] !== undefined && v['shadow-table'] === undefined) throw new UsageError('model-gate sql: --labels-table is given without --shadow-table.');
  if (others.length > 0)
    throw new UsageError(
      `model-gate sql: ${others.map((f) => `--${f}`).join(', ')}: not built yet (the shadow and data-check queries come next); give --baseline-table and --candidate-table`,
    );
  if (baseline === null || candidate === null) {
    throw new UsageError(`model-gate sql needs --baseline-table and --candidate-table (${baseline === null ? 'no --baseline-table' : 'no --candidate-table'}).`);
  }
  const config = loadConfig({ inline: null, file: v.config, inlineName: 'defaults', fileName: '--config' });
  out(offlineQuery(dialect, config, { baseline, candidate, prediction: v.prediction === true, weight: v.weight === true }));
  return 0;
}
