// profileFormat.ts: a profile as flat records, the shape a warehouse exports
// (model-gate sql's profile query; CSV, JSON Lines or Parquet), the same
// { segment, kind, key, value, text } records as the summaries file
// (`model-release-gate/summaries@1`), told apart by `source: 'data'` in the
// header's settings:
//   header     segment '', key = the format, text = JSON { fingerprint, settings }
//   rows       segment '', value = rows profiled
//   feature    segment '', key = feature, text = numeric | categorical
//   edge       segment '', key = feature, text = fine edge index k, value = edges[k]
//   group      segment '', key = feature, text = fine bin k, value = its PSI bin
//   range_min, range_max   segment '', key = feature, value: the reference range a
//              current profile was cut against (below/above count outside it)
//   segment    segment = id, key = a segment column, text = its value (one per column of the id)
//   n, nulls, sentinels, below, above, min, max, sum
//              segment = id, key = feature, value
//   bin        segment = id, key = feature, text = fine bin k, value = count
//   category   segment = id, key = feature, text = the value, value = count
// Missing count records are 0 (n is always there); min/max absent: no values.
// The settings are what shapes a profile (segment columns, crosses, each
// feature's type and sentinels, the bin counts); a file made for other
// settings is refused naming the first setting that differs.
import { dataConfigOf, type GateConfig } from '../../config/index.js';
import { ConfigError, DataError } from '../../errors/index.js';
import { md5Hex } from '../../summaries/index.js';
import { firstDifference } from '../../text/index.js';
import { FINE_BINS, PSI_BINS } from './bins.js';
import type { Profile } from './types.js';

/** The format key of the header (the summaries' record format; settings.source tells them apart). */
export const RECORDS_FORMAT = 'model-release-gate/summaries@1';

export interface ProfileRecord {
  segment: string;
  kind: string;
  key: string;
  value: number | null;
  text: string | null;
}

export type ProfileSettings = Record<string, unknown>;

/**
 * The settings a config's profiles depend on. Only declared features with a declared
 * type can be profiled in a warehouse (there is no first pass there to infer them).
 * @throws ConfigError naming `data.features` (or a feature's `type`) when the config does not declare them
 */
export function profileSettings(config: GateConfig): ProfileSettings {
  const cfg = dataConfigOf(config);
  const issue = (path: string, message: string) => new ConfigError('config', [{ path, message }]);
  if (cfg.features === null) throw issue('data.features', 'list the features (each with its type) to profile them in a warehouse: there is no first pass there to infer them');
  const features: Record<string, { type: string; sentinels: Array<number | string> }> = {};
  for (const [name, f] of Object.entries(cfg.features)) {
    if (f.type === null) throw issue(`data.features.${name}.type`, 'declare numeric or categorical: a warehouse query cannot infer the type');
    features[name] = { type: f.type, sentinels: f.sentinels };
  }
  return {
    source: 'data',
    segments: config.columns.segments,
    cross: config.segments.cross,
    features,
    fine_bins: FINE_BINS,
    psi_bins: PSI_BINS,
  };
}

const canon = (v: unknown): string => JSON.stringify(v);

/** md5 of the settings' canonical JSON. */
export function profileFingerprint(settings: ProfileSettings): string {
  return md5Hex(canon(settings));
}

/** The header record's text. */
export function headerText(settings: ProfileSettings): string {
  return canon({ fingerprint: profileFingerprint(settings), settings });
}

/**
 * Refuses a profile made for other settings, naming the first that differs.
 * @throws DataError `made for another config: features is {...} there, {...} in this config`
 */
export function checkProfileSettings(file: string, line: number | null, theirs: ProfileSettings, ours: ProfileSettings): void {
  if (theirs.source !== 'data') {
    throw new DataError(file, `these are the offline source's summaries (settings.source is ${canon(theirs.source) ?? 'absent'}), not a data profile; give them as --summaries`, {
      line,
      column: 'text',
    });
  }
  const d = firstDifference(theirs, ours);
  if (d) throw new DataError(file, `profile made for another config: ${d.path} is ${d.theirs} there, ${d.ours} in this config`, { line, column: 'text' });
}

/**
 * A profile as records, header first (what the warehouse query yields for the same rows).
 * @example encodeProfile(p, profileSettings(config))[0].kind // 'header'
 */
export function encodeProfile(p: Profile, settings: ProfileSettings): ProfileRecord[] {
  const out: ProfileRecord[] = [];
  const rec = (segment: string, kind: string, key: string, value: number | null, text: string | null = null) => out.push({ segment, kind, key, value, text });
  rec('', 'header', RECORDS_FORMAT, null, headerText(settings));
  rec('', 'rows', '', p.rows);
  const segKeys = new Map<string, Array<[string, string]>>();
  for (const [name, f] of Object.entries(p.features)) {
    rec('', 'feature', name, null, f.type);
    if (f.bins) {
      f.bins.edges.forEach((e, k) => rec('', 'edge', name, e, String(k)));
      f.bins.group.forEach((g, k) => rec('', 'group', name, g, String(k)));
    }
    if (f.range) {
      rec('', 'range_min', name, f.range[0]);
      rec('', 'range_max', name, f.range[1]);
    }
    for (const [id, s] of Object.entries(f.segments)) {
      if (id !== 'overall') segKeys.set(id, keysOf(id, settings));
      rec(id, 'n', name, s.n);
      for (const k of ['nulls', 'sentinels', 'below', 'above'] as const) if ((s[k] ?? 0) > 0) rec(id, k, name, s[k]!);
      if (s.min != null) rec(id, 'min', name, s.min);
      if (s.max != null) rec(id, 'max', name, s.max);
      if (s.min != null) rec(id, 'sum', name, s.sum ?? 0);
      s.counts?.forEach((c, k) => c > 0 && rec(id, 'bin', name, c, String(k)));
      for (const [v, c] of Object.entries(s.categories ?? {})) if (c > 0) rec(id, 'category', name, c, v);
    }
  }
  for (const [id, keys] of segKeys) for (const [c, v] of keys) rec(id, 'segment', c, null, v);
  return out;
}

/** The (column, value) keys of a segment id of these settings (for encoding; ids from profileTable). */
function keysOf(id: string, settings: ProfileSettings): Array<[string, string]> {
  const dims = [...(settings.cross as string[][])].sort((a, b) => b.length - a.length).concat((settings.segments as string[]).map((c) => [c]));
  for (const cols of dims) {
    const keys = splitId(id, cols);
    if (keys) return keys;
  }
  throw new Error(`segment ${id} is not one of the settings' segments`);
}

/** Splits `a=x&b=y` by the dimension's columns; null when it does not fit. */
function splitId(id: string, cols: string[]): Array<[string, string]> | null {
  if (!id.startsWith(`${cols[0]}=`)) return null;
  const keys: Array<[string, string]> = [];
  let rest = id.slice(cols[0].length + 1);
  for (let i = 1; i < cols.length; i++) {
    const sep = rest.indexOf(`&${cols[i]}=`);
    if (sep < 0) return null;
    keys.push([cols[i - 1], rest.slice(0, sep)]);
    rest = rest.slice(sep + cols[i].length + 2);
  }
  keys.push([cols[cols.length - 1], rest]);
  return keys;
}
