// profileRecords.ts: a profile exported from a warehouse as records
// (profileFormat.ts; Parquet, CSV or JSON Lines) -> the Profile the data checks
// compare, checked as the summaries reader checks its files: one header of the
// known format, a fingerprint that matches its settings, this config's
// settings (a refusal names the one that differs), known kinds, features and
// segments, indices inside the bins, no record twice, and counts that add up
// (n = nulls + sentinels + below + above + the bins or categories).
import type { GateConfig } from '../../config/index.js';
import { expandInput, peekHeader, rowLocation, type Table } from '../../io/index.js';
import { compareText, segmentId } from '../../segments/index.js';
import { PROFILE_KIND } from './profile.js';
import { RECORDS_FORMAT, checkProfileSettings, profileSettings, type ProfileSettings } from './profileFormat.js';
import type { FeatureProfile, Profile, SegmentProfile } from './types.js';
import { readHeader, readRecords, recordsOf } from '../../summaries/index.js';

const RECORD_COLUMNS = ['segment', 'kind', 'key', 'value', 'text'];

/** Whether the first file of `input` is a table of records (its columns are exactly segment, kind, key, value, text). */
export async function isProfileRecords(input: string): Promise<boolean> {
  const h = await peekHeader(expandInput(input)[0]);
  return h !== null && h.length === RECORD_COLUMNS.length && RECORD_COLUMNS.every((c) => h.includes(c));
}

/**
 * Reads and checks the profile records at `input` (a path or glob) for `config`.
 * @throws DataError naming the file and line of the first bad record, or the setting that differs
 */
export async function readProfileRecords(input: string, config: GateConfig): Promise<Profile> {
  const t = await readRecords(expandInput(input));
  return decodeProfile(t, profileSettings(config));
}

const SEGMENT_FIELDS = new Set(['n', 'nulls', 'sentinels', 'below', 'above', 'min', 'max', 'sum']);
const COUNT_FIELDS = new Set(['n', 'nulls', 'sentinels', 'below', 'above', 'bin', 'category', 'rows', 'group']);

/** The profile in a table of records, checked against this config's settings. */
export function decodeProfile(t: Table, ours: ProfileSettings): Profile {
  const records = recordsOf(t, { name: '(profile)', prefix: 'not a valid profile: ' });
  const { seg, kind, key, text, value, fail } = records;

  const { row: h, settings } = readHeader(records, RECORDS_FORMAT);
  const theirs = settings as ProfileSettings;
  const at = rowLocation(t, h);
  checkProfileSettings(at.file, at.line, theirs, ours);

  const declared = ours.features as Record<string, { type: 'numeric' | 'categorical'; sentinels: Array<number | string> }>;
  const segCols = ours.segments as string[];
  const dims: string[][] = [...segCols.map((c) => [c]), ...(ours.cross as string[][])];
  let rows: number | null = null;
  const features = new Map<string, FeatureProfile>();
  const edges = new Map<string, number[]>();
  const groups = new Map<string, number[]>();
  const ranges = new Map<string, [number, number]>();
  const segKeys = new Map<string, Array<[string, string]>>();
  const seen = new Set<string>();
  const once = (r: number, id: string) => {
    if (seen.has(id)) fail(r, 'key', `${kind[r]} ${key[r]}${text[r] ? ` [${text[r]}]` : ''} of segment ${JSON.stringify(seg[r])} is given twice`);
    seen.add(id);
  };
  const index = (r: number, max: number): number => {
    const k = Number(text[r]);
    if (text[r].trim() === '' || !Number.isInteger(k) || k < 0 || k > max) fail(r, 'text', `index ${JSON.stringify(text[r])} is outside 0..${max}`);
    return k;
  };
  const featureOf = (r: number): { name: string; type: 'numeric' | 'categorical' } => {
    const d = Object.hasOwn(declared, key[r]) ? declared[key[r]] : null;
    if (!d) fail(r, 'key', `feature ${JSON.stringify(key[r])} is not one of this config's data.features`);
    return { name: key[r], type: d!.type };
  };

  // Pass 1: the global records (rows, features, bins, ranges, segments).
  for (let r = 0; r < t.n; r++) {
    const k = kind[r];
    if (COUNT_FIELDS.has(k) && !(Number.isInteger(value[r]) && value[r] >= 0)) fail(r, 'value', `${k} must be a count, got ${value[r]}`);
    if (k === 'rows') {
      once(r, 'rows');
      rows = value[r];
    } else if (k === 'feature') {
      const f = featureOf(r);
      once(r, `feature\u0000${f.name}`);
      if (text[r] !== f.type) fail(r, 'text', `feature ${f.name} is ${text[r]} here, ${f.type} in this config`);
      features.set(f.name, { type: f.type, sentinels: [...declared[f.name].sentinels], segments: {} });
    } else if (k === 'edge' || k === 'group') {
      const f = featureOf(r);
      if (f.type !== 'numeric') fail(r, 'key', `feature ${f.name} is categorical: it has no bins`);
      const j = index(r, 10_000);
      once(r, `${k}\u0000${f.name}\u0000${j}`);
      const m = k === 'edge' ? edges : groups;
      if (!m.has(f.name)) m.set(f.name, []);
      m.get(f.name)![j] = value[r];
    } else if (k === 'range_min' || k === 'range_max') {
      const f = featureOf(r);
      once(r, `${k}\u0000${f.name}`);
      const x = ranges.get(f.name) ?? [NaN, NaN];
      x[k === 'range_min' ? 0 : 1] = value[r];
      ranges.set(f.name, x);
    } else if (k === 'segment') {
      if (!segCols.includes(key[r])) fail(r, 'key', `segment column ${JSON.stringify(key[r])} is not one of this config's columns.segments`);
      once(r, `segment\u0000${seg[r]}\u0000${key[r]}`);
      if (!segKeys.has(seg[r])) segKeys.set(seg[r], []);
      segKeys.get(seg[r])!.push([key[r], text[r]]);
    } else if (k !== 'header' && !SEGMENT_FIELDS.has(k) && k !== 'bin' && k !== 'category') fail(r, 'kind', `unknown kind ${JSON.stringify(k)}`);
  }
  if (rows === null) fail(-1, 'kind', 'no rows record');
  for (const name of Object.keys(declared)) if (!features.has(name)) fail(-1, 'key', `no feature record for ${name}, which this config declares`);

  // The segments: each id's keys (in its dimension's column order) must spell the id.
  const segOrder = new Map<string, number[]>();
  for (const [id, keys] of segKeys) {
    const d = dims.findIndex((cols) => cols.length === keys.length && cols.every((c) => keys.some(([k]) => k === c)));
    if (d < 0) fail(-1, 'segment', `segment ${JSON.stringify(id)} is not a segment of this config (segments ${JSON.stringify(segCols)}, cross ${JSON.stringify(ours.cross)})`);
    const ordered = dims[d].map((c) => keys.find(([k]) => k === c)!);
    if (segmentId(ordered) !== id) fail(-1, 'segment', `segment ${JSON.stringify(id)} does not match its keys ${JSON.stringify(ordered)}`);
    segKeys.set(id, ordered);
    segOrder.set(id, [d]);
  }
  const ids = ['overall', ...[...segKeys.keys()].sort((a, b) => segOrder.get(a)![0] - segOrder.get(b)![0] || compareKeys(segKeys.get(a)!, segKeys.get(b)!))];

  // The bins of each numeric feature.
  for (const [name, f] of features) {
    if (f.type !== 'numeric') continue;
    const e = edges.get(name) ?? [];
    const g = groups.get(name) ?? [];
    if (e.length + 1 !== g.length || [...g.keys()].some((j) => g[j] === undefined) || [...e.keys()].some((j) => e[j] === undefined))
      fail(-1, 'key', `feature ${name}'s bins are incomplete: ${e.length} edges and ${g.length} groups (want one group per bin, edges + 1)`);
    if (!e.every((x, j) => Number.isFinite(x) && (j === 0 || x > e[j - 1]))) fail(-1, 'value', `feature ${name}'s edges are not ascending numbers`);
    f.bins = { edges: e, group: g };
    const range = ranges.get(name);
    if (range) {
      if (!(range[0] <= range[1])) fail(-1, 'value', `feature ${name}'s range_min and range_max do not form a range`);
      f.range = range;
    }
  }

  // Pass 2: the per-segment records.
  const known = new Set(ids);
  for (let r = 0; r < t.n; r++) {
    const k = kind[r];
    if (!SEGMENT_FIELDS.has(k) && k !== 'bin' && k !== 'category') continue;
    const { name } = featureOf(r);
    const f = features.get(name)!;
    if (!known.has(seg[r])) fail(r, 'segment', `segment ${JSON.stringify(seg[r])} has no segment record`);
    const s = (f.segments[seg[r]] ??= emptySegment(f));
    if (k === 'bin') {
      if (f.type !== 'numeric') fail(r, 'kind', `feature ${name} is categorical: it has no bins`);
      const j = index(r, f.bins!.edges.length);
      once(r, `bin\u0000${seg[r]}\u0000${name}\u0000${j}`);
      s.counts![j] = value[r];
    } else if (k === 'category') {
      if (f.type !== 'categorical') fail(r, 'kind', `feature ${name} is numeric: it has no categories`);
      once(r, `category\u0000${seg[r]}\u0000${name}\u0000${text[r]}`);
      s.categories![text[r]] = value[r];
    } else {
      once(r, `${k}\u0000${seg[r]}\u0000${name}`);
      if (f.type === 'categorical' && k !== 'n' && k !== 'nulls' && k !== 'sentinels') fail(r, 'kind', `feature ${name} is categorical: it has no ${k}`);
      if ((k === 'min' || k === 'max' || k === 'sum') && !Number.isFinite(value[r])) fail(r, 'value', `${k} must be a number`);
      if ((k === 'below' || k === 'above') && !f.range) fail(r, 'kind', `feature ${name} has ${k} but no range it was cut against`);
      (s as unknown as Record<string, number>)[k] = value[r];
    }
  }

  // Every feature has every segment, in segmentation order, and its counts add up.
  const out: Profile = { kind: PROFILE_KIND, version: 1, rows: rows!, segmentColumns: [...segCols], features: {} };
  for (const [name, f] of features) {
    const segments: Record<string, SegmentProfile> = {};
    for (const id of ids) {
      const s = f.segments[id];
      if (!s || !seen.has(`n\u0000${id}\u0000${name}`)) fail(-1, 'segment', `feature ${name} has no n record for segment ${id}`);
      const parts = s!.nulls + s!.sentinels + (s!.below ?? 0) + (s!.above ?? 0) + (s!.counts ?? Object.values(s!.categories!)).reduce((a, b) => a + b, 0);
      if (parts !== s!.n) fail(-1, 'value', `feature ${name}, segment ${id}: n is ${s!.n} but its nulls, sentinels and values add up to ${parts}`);
      if (s!.counts && (s!.min == null) !== (s!.max == null)) fail(-1, 'kind', `feature ${name}, segment ${id}: min and max come together`);
      if (s!.categories) s!.categories = Object.fromEntries(Object.entries(s!.categories).sort((a, b) => compareText(a[0], b[0])));
      segments[id] = s!;
    }
    if (rows !== f.segments.overall.n) fail(-1, 'value', `feature ${name}: overall n is ${f.segments.overall.n}, rows ${rows}`);
    out.features[name] = { type: f.type, sentinels: f.sentinels, ...(f.bins ? { bins: f.bins } : {}), ...(f.range ? { range: f.range } : {}), segments };
  }
  return out;
}

function emptySegment(f: FeatureProfile): SegmentProfile {
  if (f.type === 'categorical') return { n: 0, nulls: 0, sentinels: 0, categories: {} };
  return { n: 0, nulls: 0, sentinels: 0, counts: new Array(f.bins!.edges.length + 1).fill(0), min: null, max: null, sum: 0 };
}

function compareKeys(a: Array<[string, string]>, b: Array<[string, string]>): number {
  for (let k = 0; k < a.length; k++) {
    const c = compareText(a[k][1], b[k][1]);
    if (c !== 0) return c;
  }
  return 0;
}
