// The edge of the data checks: reads feature inputs (a path or glob of CSV/TSV/
// JSONL files, or a profile JSON) into FeatureTables, and `model-gate profile`.
// An adapter over src/io's readTable: every column is read as text
// (dictionary-encoded, empty allowed) and typed later (features.ts), so one
// pass serves type inference, health counts and drift.
// TODO(coordinator): switch to io's generic table read (and Parquet) once it exists.
import { readFileSync } from 'node:fs';
import { loadConfig } from '../../config/index.js';
import { dataConfigOf } from '../../config/index.js';
import type { GateConfig } from '../../config/index.js';
import { DataError } from '../../errors/index.js';
import { expandInput, peekHeader, readTable } from '../../io/index.js';
import type { CategoricalColumn, ColumnSpec } from '../../io/index.js';
import { inferType, resolveFeatures } from './features.js';
import { parseProfile, profileTable } from './profile.js';
import type { FeatureColumn, FeatureTable, Profile } from './types.js';

const SEGMENT = '\u0000segment:';
const REQUEST = '\u0000request_id';

/** Reads one feature input (files of a path or glob, concatenated) as text columns. */
export async function readFeatureTable(input: string, config: GateConfig, label = input): Promise<FeatureTable> {
  const files = expandInput(input);
  const header = await peekHeader(files[0]);
  if (header === null) throw new DataError(files[0], 'cannot read the header; expected a header row (CSV/TSV) or a JSON object per line');
  const specs: ColumnSpec[] = header.map((name) => ({ name, kind: 'category', required: true, ifEmpty: '' }));
  for (const s of config.columns.segments) if (header.includes(s)) specs.push({ name: s, key: SEGMENT + s, kind: 'category', required: true, ifEmpty: '' });
  if (header.includes(config.columns.request_id)) specs.push({ name: config.columns.request_id, key: REQUEST, kind: 'string', required: true });
  const t = await readTable(files, specs);
  const columns = new Map<string, FeatureColumn>();
  const segments: CategoricalColumn[] = [];
  for (const name of header) {
    const c = t.columns[name];
    if (c && c.kind === 'category') columns.set(name, { kind: 'text', codes: c.codes, values: c.values });
  }
  for (const s of config.columns.segments) {
    const c = t.columns[SEGMENT + s];
    if (c && c.kind === 'category') segments.push({ name: s, codes: c.codes, values: c.values.map((v) => (v === '' ? '(empty)' : v)) });
  }
  const rid = t.columns[REQUEST];
  return { n: t.n, label, columns, segments, requestIds: rid && rid.kind === 'string' ? rid.values : null };
}

/** A `reference` input: a profile (`.json`) or rows. */
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
