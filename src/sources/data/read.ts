// The edge of the data checks: reads feature inputs (a path or glob in any
// format src/io reads: CSV/TSV/JSONL, gzipped or not, Parquet, Arrow; or a
// profile JSON) into FeatureTables, and `model-gate profile`. Through io's
// generic column reader: a column declared categorical, or one whose first
// rows (text files) hold a value that is not a number, is read as text
// (dictionary-encoded); every other column as a number, leniently (a value that
// is not a number reads as empty and is counted). A column that turns out to
// hold text after all (Parquet strings, or text past the first rows) is read
// again as text, so "numeric when every non-empty value parses" holds exactly.
// The `weight` column is not read: data checks count rows unweighted.
import { readFileSync } from 'node:fs';
import { loadConfig } from '../../config/index.js';
import { dataConfigOf } from '../../config/index.js';
import type { GateConfig } from '../../config/index.js';
import { DataError } from '../../errors/index.js';
import { estimateRows, expandInput, parseNumber, peekHeader, peekRows, readColumns } from '../../io/index.js';
import type { CategoricalColumn, ColumnRequest, Table } from '../../io/index.js';
import { inferType, reservedColumns, resolveFeatures } from './features.js';
import { parseProfile, profileTable } from './profile.js';
import { isProfileRecords, readProfileRecords } from './profileRecords.js';
import type { FeatureColumn, FeatureTable, Profile } from './types.js';

const looksText = (values: string[] | undefined): boolean => (values ?? []).some((v) => v.trim() !== '' && Number.isNaN(parseNumber(v)));

/** Reads one feature input (files of a path or glob, concatenated). */
export async function readFeatureTable(input: string, config: GateConfig, label = input): Promise<FeatureTable> {
  const files = expandInput(input);
  const header = await peekHeader(files[0]);
  if (header === null) throw new DataError(files[0], 'cannot read the header; expected a header row (CSV/TSV), a JSON object per line, or a Parquet/Arrow file');
  const cfg = dataConfigOf(config);
  const declared = (name: string) => cfg.features?.[name]?.type ?? null;
  const sample = await peekRows(files[0]);
  const segmentCols = new Set(config.columns.segments);
  const rid = config.columns.request_id;
  const reserved = reservedColumns(config.columns);
  const asText = (name: string) => segmentCols.has(name) || name === rid || declared(name) === 'categorical' || (declared(name) !== 'numeric' && looksText(sample?.get(name)));
  // Reserved columns other than segments and request ids are not features: not read.
  const wanted = header.filter((h) => !reserved.has(h) || segmentCols.has(h) || h === rid);
  const requests: ColumnRequest[] = wanted.map((name) => (asText(name) ? { name, kind: name === rid ? 'string' : 'category' } : { name, kind: 'number', lenient: true }));
  const opts = { initialRows: estimateRows(files) };
  const t = await readColumns(files, requests, opts);
  // Columns read as numbers that held text: read again, as text (exact, and rare for text files).
  const again = requests.filter((r) => r.kind === 'number' && declared(r.name) !== 'numeric' && ((t.columns[r.name] as { invalid?: number } | undefined)?.invalid ?? 0) > 0);
  const t2: Table | null = again.length
    ? await readColumns(
        files,
        again.map((r) => ({ name: r.name, kind: 'category' })),
        opts,
      )
    : null;
  const columns = new Map<string, FeatureColumn>();
  for (const name of header) {
    if (segmentCols.has(name) || name === rid || reserved.has(name)) {
      const c = t.columns[name];
      if (c?.kind === 'category' && !reserved.has(name)) columns.set(name, { kind: 'text', codes: c.codes, values: c.values });
      continue;
    }
    const c = t2?.columns[name] ?? t.columns[name];
    if (c?.kind === 'category') columns.set(name, { kind: 'text', codes: c.codes, values: c.values });
    else if (c?.kind === 'number') columns.set(name, hasValue(c.values) ? { kind: 'numeric', values: c.values } : { kind: 'text', codes: new Int32Array(t.n), values: [''] });
  }
  const segments: CategoricalColumn[] = [];
  for (const s of config.columns.segments) {
    const c = t.columns[s];
    if (c && c.kind === 'category') segments.push({ name: s, codes: c.codes, values: c.values.map((v) => (v === '' ? '(empty)' : v)) });
  }
  const ids = t.columns[rid];
  return { n: t.n, label, columns, segments, requestIds: ids && ids.kind === 'string' ? ids.values : null };
}

/** Whether a column has any number (an all-empty column fits either type: typed as text with no values). */
function hasValue(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) return true;
  return false;
}

/** A `reference` or `current` input: a profile (`.json`, or records exported from a warehouse) or rows. */
export async function readFeatureInput(input: string, config: GateConfig, label = input): Promise<FeatureTable | Profile> {
  if (/\.json$/i.test(input)) {
    let text: string;
    try {
      text = readFileSync(input, 'utf8');
    } catch {
      throw new DataError(input, 'file not found');
    }
    return parseProfile(text, input);
  }
  if (await isProfileRecords(input)) return readProfileRecords(input, config);
  return readFeatureTable(input, config, label);
}

export interface ProfileArgs {
  reference: string;
  config?: string | null;
}

/**
 * `model-gate profile --reference FILE [--config gate.yml]`: the reference's profile as JSON text
 * (the CLI writes it to stdout).
 */
export async function runProfile(args: ProfileArgs): Promise<string> {
  const config = loadConfig({ inline: null, file: args.config ?? null, inlineName: 'config', fileName: '--config' });
  const table = await readFeatureTable(args.reference, config, 'reference');
  const types = new Map([...table.columns].map(([k, c]) => [k, inferType(c)]));
  const { features, problems } = resolveFeatures(dataConfigOf(config), config.columns, { name: 'reference', types }, { name: 'reference', types });
  if (problems.length) throw new DataError(args.reference, problems[0].message);
  return `${JSON.stringify(profileTable(table, features, config.segments.cross))}\n`;
}
