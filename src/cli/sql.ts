// `model-gate sql`: prints the warehouse query whose result is one summaries file
// (model-release-gate/summaries@1), for one dialect: the offline comparison's over
// the baseline and candidate tables, the shadow log's over its table, or the data
// checks' profile of the reference or the current table. The user runs it where
// the rows live, exports the result and gives it to `model-gate --summaries`
// (profiles: `--reference` / `--current`).
import { loadConfig } from '../config/index.js';
import { UsageError } from '../errors/index.js';
import { readFeatureInput, type Profile } from '../sources/index.js';
import { DIALECTS, dialect as dialectOf, offlineQuery, profileQuery, shadowQuery } from '../sql/index.js';
import { subcommandArgs } from './summaries.js';

export const SQL_USAGE = `Usage: model-gate sql --dialect ${DIALECTS.join('|')} --config gate.yml WHAT > summaries.sql
WHAT, one per query (each result is one summaries file):
  --baseline-table T --candidate-table T [--prediction] [--weight]   the offline comparison (for --summaries)
  --shadow-table T --columns a,b,...                                  the shadow log (for --summaries)
  --reference-table T                                                 the data checks' reference profile (for --reference)
  --current-table T --reference-profile P                             the current profile on the reference's bins (for --current)

Prints one SQL statement whose result is what the gate decides from (model-release-gate/summaries@1).
Run it in the warehouse, export the result (Parquet, CSV or JSON Lines), then e.g.:
  model-gate --config gate.yml --summaries summaries.parquet
--prediction: the eval tables carry columns.prediction (binary: the decisions, instead of score >= threshold;
  regression: the predictions, instead of columns.score). Multiclass always reads columns.prediction.
--weight: the baseline table carries columns.weight. Segment and weight columns are read from the baseline table.
--columns: the shadow table's columns; the optional ones (cost or tokens, error, score, prediction) are read only
  when listed, and a listed label column makes the gate refuse the export if any row is labelled (the online
  metrics need the log itself).
--reference-profile: the reference's profile (the exported result of the --reference-table query, or a
  model-gate profile JSON): the current table is cut on its bins.`;

const OPTIONS = {
  dialect: { type: 'string' },
  config: { type: 'string' },
  'baseline-table': { type: 'string' },
  'candidate-table': { type: 'string' },
  'shadow-table': { type: 'string' },
  'labels-table': { type: 'string' },
  'reference-table': { type: 'string' },
  'current-table': { type: 'string' },
  'reference-profile': { type: 'string' },
  columns: { type: 'string' },
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
  const shadow = tableFlag(v, 'shadow-table');
  const labels = tableFlag(v, 'labels-table');
  const reference = tableFlag(v, 'reference-table');
  const current = tableFlag(v, 'current-table');
  if (labels !== null && shadow === null) throw new UsageError('model-gate sql: --labels-table is given without --shadow-table.');
  const asked = [
    baseline !== null || candidate !== null ? 'the eval tables' : null,
    shadow !== null ? '--shadow-table' : null,
    reference !== null ? '--reference-table' : null,
    current !== null ? '--current-table' : null,
  ].filter((x) => x !== null);
  if (asked.length !== 1) {
    throw new UsageError(
      `model-gate sql: ${asked.length === 0 ? 'nothing to query' : `${asked.join(' and ')} together`}: give one of --baseline-table with --candidate-table, --shadow-table, --reference-table, or --current-table with --reference-profile (each query's result is one summaries file).`,
    );
  }
  if (v['reference-profile'] !== undefined && current === null)
    throw new UsageError('model-gate sql: --reference-profile goes with --current-table (the current profile is cut on its bins).');
  if (v.columns !== undefined && shadow === null) throw new UsageError("model-gate sql: --columns lists the shadow table's columns; it goes with --shadow-table.");
  if ((v.prediction === true || v.weight === true) && baseline === null && candidate === null) {
    throw new UsageError('model-gate sql: --prediction and --weight describe the eval tables; they go with --baseline-table and --candidate-table.');
  }
  const config = loadConfig({ inline: null, file: v.config, inlineName: 'defaults', fileName: '--config' });
  const d = dialectOf(dialect);
  if (shadow !== null) {
    if (typeof v.columns !== 'string') {
      throw new UsageError(
        "model-gate sql: --shadow-table needs --columns, the table's column names (e.g. from its information_schema.columns): the query reads the optional columns (cost or tokens, error, score, prediction, label) only where the table has them.",
      );
    }
    const columns = v.columns
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean);
    const c = config.columns;
    const missing = [c.request_id, c.model, c.latency_ms, ...c.segments].filter((name) => !columns.includes(name));
    if (missing.length > 0) {
      throw new UsageError(
        `model-gate sql: --columns lists no ${missing.join(', ')}, which the shadow log must have (columns.request_id, model, latency_ms and the segment columns of the config).`,
      );
    }
    out(`${shadowQuery(d, config, shadow, labels ?? undefined, { columns })};\n`);
    return 0;
  }
  if (reference !== null) {
    out(`${profileQuery(d, config, reference)};\n`);
    return 0;
  }
  if (current !== null) {
    const path = v['reference-profile'];
    if (typeof path !== 'string') throw new UsageError('model-gate sql: --current-table needs --reference-profile (the reference profile whose bins the current table is cut on).');
    const ref = await readFeatureInput(path, config, '--reference-profile');
    if ((ref as Profile).kind !== 'model-gate/profile') {
      throw new UsageError(`model-gate sql: --reference-profile ${path} holds rows, not a profile: give the exported result of the --reference-table query or a model-gate profile JSON.`);
    }
    out(`${profileQuery(d, config, current, ref as Profile)};\n`);
    return 0;
  }
  if (baseline === null || candidate === null) {
    throw new UsageError(`model-gate sql needs --baseline-table and --candidate-table (${baseline === null ? 'no --baseline-table' : 'no --candidate-table'}).`);
  }
  out(offlineQuery(dialect, config, { baseline, candidate, prediction: v.prediction === true, weight: v.weight === true }));
  return 0;
}
