// Profiles: per feature and segment, the counts the data checks need (rows,
// nulls, sentinels, counts on fixed bins or per category, range). A profile of
// the reference stands in for its rows; the current side is profiled on the
// reference's bins, so both are compared bucket by bucket.
//
// Merging. Every count adds up over disjoint row sets, min/max combine, and the
// bins are fixed before counting (from the reference's first pass, or taken
// from an earlier profile with `bins`), so
//   profile(A, bins) + profile(B, bins) = profile(A + B, bins)
// exactly. Two profiles with different bins do not merge (an error).
import { DataError } from '../../errors/index.js';
import { parseNumber } from '../../io/index.js';
import { buildSegmentation } from '../../segments/index.js';
import { chooseBins, fineBinOf } from './bins.js';
import type { ResolvedFeature } from './features.js';
import type { FeatureColumn, FeatureProfile, FeatureTable, NumericBins, Profile, SegmentProfile } from './types.js';

export const PROFILE_KIND = 'model-gate/profile';

/** A row's value of a numeric feature: the number, NaN when empty or unparsable. */
function numericReader(col: FeatureColumn): (row: number) => number {
  if (col.kind === 'numeric') return (r) => col.values[r];
  const parsed = Float64Array.from(col.values, (v) => (v.trim() === '' ? NaN : parseNumber(v)));
  return (r) => parsed[col.codes[r]];
}

/** A row's value of a categorical feature: its text, null when empty. */
function textReader(col: FeatureColumn): (row: number) => string | null {
  if (col.kind === 'numeric') return (r) => (Number.isNaN(col.values[r]) ? null : String(col.values[r]));
  return (r) => {
    const v = col.values[col.codes[r]];
    return v.trim() === '' ? null : v;
  };
}

function emptySegment(f: ResolvedFeature, bins: NumericBins | null): SegmentProfile {
  if (f.type === 'categorical') return { n: 0, nulls: 0, sentinels: 0, categories: {} };
  return { n: 0, nulls: 0, sentinels: 0, counts: new Array(bins ? bins.edges.length + 1 : 0).fill(0), min: null, max: null, sum: 0 };
}

/**
 * The profile of `table`'s features, per segment (overall, each segment column's values, each cross).
 * @param bins fixed bins per numeric feature (from the reference's profile); absent: chosen from this table
 */
export function profileTable(
  table: FeatureTable,
  features: ResolvedFeature[],
  cross: string[][],
  bins: Record<string, NumericBins | undefined> = {},
  ranges: Record<string, [number, number] | undefined> = {},
): Profile {
  const seg = buildSegmentation(
    table.n,
    table.segments,
    cross.filter((c) => c.every((name) => table.segments.some((s) => s.name === name))),
  );
  const out: Profile = { kind: PROFILE_KIND, version: 1, rows: table.n, segmentColumns: table.segments.map((s) => s.name), features: {} };
  for (const f of features) {
    const col = table.columns.get(f.name);
    if (!col) continue;
    const fp: FeatureProfile = { type: f.type, sentinels: [...f.sentinels], segments: {} };
    const segs = seg.segments.map(() => null as SegmentProfile | null);
    const at = (s: number, b: NumericBins | null): SegmentProfile => (segs[s] ??= emptySegment(f, b));
    if (f.type === 'numeric') {
      const read = numericReader(col);
      const sentinel = new Set(f.sentinels.map(Number));
      let b = bins[f.name] ?? null;
      if (b === null) {
        const valid: number[] = [];
        for (let r = 0; r < table.n; r++) {
          const x = read(r);
          if (!Number.isNaN(x) && !sentinel.has(x)) valid.push(x);
        }
        b = chooseBins(Float64Array.from(valid)) ?? { edges: [], group: [0] };
      }
      fp.bins = b;
      const edges = b.edges;
      const range = ranges[f.name];
      if (range) fp.range = [range[0], range[1]];
      const lo = range ? range[0] : -Infinity;
      const hi = range ? range[1] : Infinity;
      for (let r = 0; r < table.n; r++) {
        const x = read(r);
        const kind = Number.isNaN(x) ? 1 : sentinel.has(x) ? 2 : x < lo ? 3 : x > hi ? 4 : 0;
        const bin = kind === 0 ? fineBinOf(edges, x) : -1;
        for (const d of seg.dimensions) {
          const p = at(d.rowSegment[r], b);
          p.n++;
          if (kind === 1) p.nulls++;
          else if (kind === 2) p.sentinels++;
          else if (kind === 3) p.below = (p.below ?? 0) + 1;
          else if (kind === 4) p.above = (p.above ?? 0) + 1;
          else {
            p.counts![bin]++;
            p.sum! += x;
            if (p.min === null || x < p.min!) p.min = x;
            if (p.max === null || x > p.max!) p.max = x;
          }
        }
      }
    } else {
      const read = textReader(col);
      const sentinel = new Set(f.sentinels.map(String));
      for (let r = 0; r < table.n; r++) {
        const v = read(r);
        for (const d of seg.dimensions) {
          const p = at(d.rowSegment[r], null);
          p.n++;
          if (v === null) p.nulls++;
          else if (sentinel.has(v)) p.sentinels++;
          else p.categories![v] = (p.categories![v] ?? 0) + 1;
        }
      }
    }
    seg.segments.forEach((s, i) => {
      fp.segments[s.id] = segs[i] ?? emptySegment(f, fp.bins ?? null);
    });
    out.features[f.name] = fp;
  }
  return out;
}

function sameBins(a: NumericBins | undefined, b: NumericBins | undefined): boolean {
  if (!a || !b) return a === b;
  return a.edges.length === b.edges.length && a.edges.every((e, i) => e === b.edges[i]) && a.group.every((g, i) => g === b.group[i]);
}

function mergeSegment(a: SegmentProfile, b: SegmentProfile): SegmentProfile {
  const out: SegmentProfile = { n: a.n + b.n, nulls: a.nulls + b.nulls, sentinels: a.sentinels + b.sentinels };
  if (a.counts || b.counts) {
    const ca = a.counts ?? [];
    const cb = b.counts ?? [];
    out.counts = Array.from({ length: Math.max(ca.length, cb.length) }, (_, i) => (ca[i] ?? 0) + (cb[i] ?? 0));
    const mins = [a.min, b.min].filter((x): x is number => x !== null && x !== undefined);
    const maxs = [a.max, b.max].filter((x): x is number => x !== null && x !== undefined);
    out.min = mins.length ? Math.min(...mins) : null;
    out.max = maxs.length ? Math.max(...maxs) : null;
    out.sum = (a.sum ?? 0) + (b.sum ?? 0);
    if (a.below !== undefined || b.below !== undefined) out.below = (a.below ?? 0) + (b.below ?? 0);
    if (a.above !== undefined || b.above !== undefined) out.above = (a.above ?? 0) + (b.above ?? 0);
  }
  if (a.categories || b.categories) {
    const cats: Record<string, number> = { ...(a.categories ?? {}) };
    for (const [k, v] of Object.entries(b.categories ?? {})) cats[k] = (cats[k] ?? 0) + v;
    out.categories = cats;
  }
  return out;
}

/**
 * Two profiles of disjoint rows merged by adding counts.
 * @throws DataError when they profile different features, segment columns, types, sentinels or bins
 */
export function mergeProfiles(a: Profile, b: Profile, label = 'profiles'): Profile {
  if (a.segmentColumns.join('\u0000') !== b.segmentColumns.join('\u0000')) {
    throw new DataError(label, `cannot merge profiles cut by different segment columns (${a.segmentColumns.join(', ') || 'none'} vs ${b.segmentColumns.join(', ') || 'none'})`);
  }
  const out: Profile = { kind: PROFILE_KIND, version: 1, rows: a.rows + b.rows, segmentColumns: [...a.segmentColumns], features: {} };
  const names = [...new Set([...Object.keys(a.features), ...Object.keys(b.features)])];
  for (const name of names) {
    const fa = a.features[name];
    const fb = b.features[name];
    if (!fa || !fb) throw new DataError(label, `cannot merge: feature ${name} is in one profile only`);
    if (fa.type !== fb.type) throw new DataError(label, `cannot merge: feature ${name} is ${fa.type} in one profile and ${fb.type} in the other`);
    if (!sameBins(fa.bins, fb.bins)) {
      throw new DataError(label, `cannot merge: feature ${name} has different bins in the two profiles; profile every part with the bins of one (profileTable's bins) so counts add up`);
    }
    const segments: Record<string, SegmentProfile> = {};
    for (const id of [...new Set([...Object.keys(fa.segments), ...Object.keys(fb.segments)])]) {
      const sa = fa.segments[id];
      const sb = fb.segments[id];
      segments[id] = sa && sb ? mergeSegment(sa, sb) : structuredClone(sa ?? sb);
    }
    out.features[name] = { type: fa.type, sentinels: [...fa.sentinels], ...(fa.bins ? { bins: fa.bins } : {}), segments };
  }
  return out;
}

/**
 * A current profile checked against the reference it is compared with: every numeric
 * feature cut on the reference's bins and against its overall range (so buckets match).
 * @throws DataError naming the feature whose bins or range differ
 */
export function checkCurrentProfile(cur: Profile, ref: Profile, label = 'current'): Profile {
  for (const [name, cf] of Object.entries(cur.features)) {
    const rf = ref.features[name];
    if (!rf || rf.type !== 'numeric' || cf.type !== 'numeric') continue;
    const how = 'profile the current rows with the reference profile (model-gate sql with its bins)';
    if (!sameBins(cf.bins, rf.bins)) throw new DataError(label, `feature ${name} was profiled on other bins than the reference's; ${how}`);
    const o = rf.segments.overall;
    const range = o && o.min != null && o.max != null ? [o.min, o.max] : undefined;
    if ((cf.range?.[0] ?? null) !== (range?.[0] ?? null) || (cf.range?.[1] ?? null) !== (range?.[1] ?? null))
      throw new DataError(label, `feature ${name} was profiled against the range ${JSON.stringify(cf.range ?? null)}, the reference's is ${JSON.stringify(range ?? null)}; ${how}`);
  }
  return cur;
}

/** The bins of every numeric feature of a profile, to profile other rows on them. */
export function binsOf(p: Profile): Record<string, NumericBins | undefined> {
  return Object.fromEntries(Object.entries(p.features).map(([k, f]) => [k, f.bins]));
}

const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/**
 * A profile from its JSON text, checked field by field.
 * @throws DataError naming the file and the first bad field
 */
export function parseProfile(text: string, file: string): Profile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new DataError(file, `not a valid profile: invalid JSON (${(e as Error).message})`);
  }
  const bad = (path: string, what: string): never => {
    throw new DataError(file, `not a valid profile: ${path} ${what}; make it with \`model-gate profile\``);
  };
  const o = raw as Record<string, unknown>;
  if (typeof o !== 'object' || o === null || o.kind !== PROFILE_KIND) bad('kind', `must be "${PROFILE_KIND}"`);
  if (o.version !== 1) bad('version', 'must be 1');
  if (!isCount(o.rows)) bad('rows', 'must be a count');
  if (!Array.isArray(o.segmentColumns) || !o.segmentColumns.every((s) => typeof s === 'string')) bad('segmentColumns', 'must be a list of names');
  if (typeof o.features !== 'object' || o.features === null) bad('features', 'must be a mapping');
  for (const [name, f] of Object.entries(o.features as Record<string, Record<string, unknown>>)) {
    const p = `features.${name}`;
    if (f.type !== 'numeric' && f.type !== 'categorical') bad(`${p}.type`, 'must be numeric or categorical');
    if (!Array.isArray(f.sentinels)) bad(`${p}.sentinels`, 'must be a list');
    const bins = f.bins as NumericBins | undefined;
    if (f.type === 'numeric') {
      if (!bins || !Array.isArray(bins.edges) || !Array.isArray(bins.group) || bins.group.length !== bins.edges.length + 1) bad(`${p}.bins`, 'must have edges and one group per bin');
      if (!bins!.edges.every((e, i) => typeof e === 'number' && (i === 0 || e > bins!.edges[i - 1]))) bad(`${p}.bins.edges`, 'must be ascending numbers');
    }
    if (typeof f.segments !== 'object' || f.segments === null || !('overall' in (f.segments as object))) bad(`${p}.segments`, 'must be a mapping with overall');
    for (const [id, s] of Object.entries(f.segments as Record<string, SegmentProfile>)) {
      const sp = `${p}.segments.${id}`;
      if (!isCount(s.n) || !isCount(s.nulls) || !isCount(s.sentinels)) bad(sp, 'must have counts n, nulls, sentinels');
      if (f.type === 'numeric' && (!Array.isArray(s.counts) || s.counts.length !== bins!.edges.length + 1 || !s.counts.every(isCount))) bad(`${sp}.counts`, 'must be one count per bin');
      if (f.type === 'categorical' && (typeof s.categories !== 'object' || s.categories === null || !Object.values(s.categories).every(isCount)))
        bad(`${sp}.categories`, 'must map values to counts');
    }
  }
  return raw as Profile;
}
