// summariesRead.ts: shadow summaries (JSON Lines, CSV or Parquet, as a warehouse
// exports them) -> the shadow source's parts, checked: one header of the known
// format whose fingerprint matches its settings and whose settings are this
// config's, known kinds and segments, keys inside each kind, no record twice,
// every band complete. Every refusal names the file and line.
import type { GateConfig } from '../../config/index.js';
import { rowLocation, type Table } from '../../io/index.js';
import { formatCount } from '../../metrics/index.js';
import { segmentId, type Segment } from '../../segments/index.js';
import type { QuantileBand } from '../../stats/index.js';
import { SUMMARIES_FORMAT, checkSettings, orderSegments, type SummarySettings } from '../offline/index.js';
import { LATENCY_QUANTILES, PERCENTILES } from './latency.js';
import { SUM } from './sums.js';
import { BAND_FIELDS, COUNT_FIELDS, COUNT_KEYS, LATENCY_WIDTH, PSI_WIDTH, bandKey, shadowSummarySettings, type ShadowSummaries } from './summariesFormat.js';
import { readHeader, readRecords, recordsOf } from '../../summaries/index.js';

/**
 * Reads and checks the shadow summaries in `files` for `config`.
 * @throws DataError naming the file and line of the first bad record, or the setting that differs
 */
export async function readShadowSummaries(files: string[], config: GateConfig): Promise<ShadowSummaries> {
  const t = await readRecords(files);
  return decodeShadowSummaries(t, shadowSummarySettings(config));
}

/** Counts the warehouse query adds for what the local reader refuses outright (it cannot stop on a row). */
const REFUSED: Record<string, (n: string) => string> = {
  other_model_rows: (n) => `the shadow log behind these summaries is malformed: ${n} of its rows name neither model of shadow.models (or no model); each row must be one of the two models`,
  duplicate_requests: (n) => `the shadow log behind these summaries is malformed: ${n} of its requests have more than one row for the same model; each request has one row per model`,
  labelled_rows: (n) =>
    `the shadow log behind these summaries has ${n} labelled rows: shadow summaries carry the serving envelope only, and the online metrics on labelled requests need the log itself (give --shadow)`,
};

const KINDS = new Set(['header', 'count', 'only_id', 'info', 'segment', 'sums', 'latency', 'psi', 'band', 'band_unit']);

/** The shadow summaries in a table of records, checked against this config's settings. */
export function decodeShadowSummaries(t: Table, ours: SummarySettings): ShadowSummaries {
  const records = recordsOf(t);
  const { seg, kind, key, text, value, fail } = records;

  const { row: h, settings } = readHeader(records, SUMMARIES_FORMAT);
  const theirs = settings as SummarySettings;
  checkSettings(rowLocation(t, h).file, theirs, ours);

  // Meta records first: counts, ids, info, segments.
  const counts = new Map<string, number>();
  const only: { baseline: string[]; candidate: string[] } = { baseline: [], candidate: [] };
  const info = new Map<string, { value: number; text: string }>();
  const segments: Segment[] = [];
  const segIndex = new Map<string, number>();
  for (let r = 0; r < t.n; r++) {
    const k = kind[r];
    if (!KINDS.has(k)) fail(r, 'kind', `unknown shadow summaries kind ${JSON.stringify(k)}`);
    if (k === 'count') {
      if (!(COUNT_KEYS as readonly string[]).includes(key[r]) && !Object.hasOwn(REFUSED, key[r])) fail(r, 'key', `unknown count ${JSON.stringify(key[r])}`);
      if (Object.hasOwn(REFUSED, key[r]) && value[r] > 0) fail(r, 'value', REFUSED[key[r]](formatCount(value[r])));
      if (counts.has(key[r])) fail(r, 'key', `count ${key[r]} is given twice`);
      if (!(Number.isInteger(value[r]) && value[r] >= 0)) fail(r, 'value', `count ${key[r]} is ${value[r]}; expected a whole number`);
      counts.set(key[r], value[r]);
    } else if (k === 'only_id') {
      const m = /^(baseline|candidate)\/([0-4])$/.exec(key[r]);
      if (!m) return fail(r, 'key', `only_id key ${JSON.stringify(key[r])} is not baseline/J or candidate/J (J 0-4)`);
      const list = only[m[1] as 'baseline'];
      if (list[Number(m[2])] !== undefined) fail(r, 'key', `only_id ${key[r]} is given twice`);
      list[Number(m[2])] = text[r];
    } else if (k === 'info') {
      if (info.has(key[r])) fail(r, 'key', `info ${key[r]} is given twice`);
      info.set(key[r], { value: value[r], text: text[r] });
    } else if (k === 'segment') {
      let keys: Array<[string, string]>;
      try {
        keys = JSON.parse(text[r]);
      } catch {
        return fail(r, 'text', "a segment record's text is not JSON");
      }
      if (segmentId(keys) !== seg[r]) fail(r, 'segment', `segment ${JSON.stringify(seg[r])} does not match its keys ${text[r]}`);
      if (segIndex.has(seg[r])) fail(r, 'segment', `segment ${JSON.stringify(seg[r])} is listed twice`);
      segIndex.set(seg[r], segments.length);
      segments.push({ id: seg[r], keys });
    }
  }
  for (const name of COUNT_KEYS) if (!counts.has(name)) fail(-1, 'key', `no count record ${name}`);
  if (!segIndex.has('overall')) fail(-1, 'segment', 'no segment record for overall');
  orderSegments(segments, ours);
  segments.forEach((s, i) => segIndex.set(s.id, i));
  const S = segments.length;
  const P = PERCENTILES.length;
  const costSource = info.get('cost_source')?.text ?? null;
  if (costSource !== null && costSource !== 'cost_usd' && costSource !== 'tokens') fail(-1, 'text', `cost_source ${JSON.stringify(costSource)} is not cost_usd or tokens`);
  const flag = (name: string): boolean => {
    const v = info.get(name)?.value;
    if (v !== 0 && v !== 1) fail(-1, 'key', `no info record ${name} of 0 or 1`);
    return v === 1;
  };

  const x: ShadowSummaries = {
    settings: theirs,
    integrity: integrityOf(counts, only),
    costSource: costSource as ShadowSummaries['costSource'],
    hasCost: flag('has_cost'),
    hasError: flag('has_error'),
    segments,
    sums: new Float64Array(S * SUM.WIDTH),
    latencyCount: new Float64Array(S),
    latencyBaseline: new Float64Array(S * P).fill(NaN),
    latencyCandidate: new Float64Array(S * P).fill(NaN),
    psiCounts: (ours.envelope as string[]).includes('score_psi') ? new Float64Array(S * PSI_WIDTH) : null,
    bands: new Map(),
  };
  const latency = new Float64Array(S * LATENCY_WIDTH).fill(NaN);
  const bandFields = new Map<string, Map<string, number>>();
  const units = new Map<string, Map<number, [number, number, number]>>();
  const seen = new Set<string>();
  const index = (r: number, width: number): number => {
    const j = Number(key[r]);
    if (key[r].trim() === '' || !(Number.isInteger(j) && j >= 0 && j < width)) fail(r, 'key', `key ${JSON.stringify(key[r])} is outside ${kind[r]}'s 0..${width - 1}`);
    return j;
  };
  const metricOf = (r: number, m: string): string => {
    if (!Object.hasOwn(LATENCY_QUANTILES, m)) fail(r, 'key', `key ${JSON.stringify(key[r])} names no latency percentile (${Object.keys(LATENCY_QUANTILES).join(', ')})`);
    return m;
  };
  for (let r = 0; r < t.n; r++) {
    const k = kind[r];
    if (k !== 'sums' && k !== 'latency' && k !== 'psi' && k !== 'band' && k !== 'band_unit') continue;
    const s = segIndex.get(seg[r]);
    if (s === undefined) return fail(r, 'segment', `segment ${JSON.stringify(seg[r])} has no segment record`);
    const id = `${s}\u0000${k}\u0000${key[r]}`;
    if (seen.has(id)) fail(r, 'key', `${k} ${key[r]} of segment ${seg[r]} is given twice`);
    seen.add(id);
    const v = value[r];
    if (!Number.isFinite(v)) fail(r, 'value', `${k} ${key[r]} of segment ${seg[r]} is not a number`);
    if (k === 'sums') x.sums[s * SUM.WIDTH + index(r, SUM.WIDTH)] = v;
    else if (k === 'latency') latency[s * LATENCY_WIDTH + index(r, LATENCY_WIDTH)] = v;
    else if (k === 'psi') {
      if (!x.psiCounts) fail(r, 'kind', "psi counts, but score_psi is not in this config's envelope");
      x.psiCounts![s * PSI_WIDTH + index(r, PSI_WIDTH)] = v;
    } else if (k === 'band') {
      const [m, f, extra] = key[r].split('/');
      metricOf(r, m);
      if (extra !== undefined || !(BAND_FIELDS as readonly string[]).includes(f)) fail(r, 'key', `band key ${JSON.stringify(key[r])} is not METRIC/${BAND_FIELDS.join('|')}`);
      const bk = bandKey(seg[r], m);
      if (!bandFields.has(bk)) bandFields.set(bk, new Map());
      bandFields.get(bk)!.set(f, v);
    } else {
      const [m, js, f, extra] = key[r].split('/');
      metricOf(r, m);
      const j = Number(js);
      if (extra !== undefined || !(Number.isInteger(j) && j >= 0 && js.trim() !== '') || !['a', 'b', 'n'].includes(f))
        fail(r, 'key', `band_unit key ${JSON.stringify(key[r])} is not METRIC/J/a|b|n`);
      if (f === 'n' && !(Number.isInteger(v) && v > 0)) fail(r, 'value', `band_unit ${key[r]} of segment ${seg[r]} is ${v}; expected a whole number above 0`);
      const bk = bandKey(seg[r], m);
      if (!units.has(bk)) units.set(bk, new Map());
      const u = units.get(bk)!;
      if (!u.has(j)) u.set(j, [NaN, NaN, NaN]);
      u.get(j)!['abn'.indexOf(f)] = v;
    }
  }
  for (let s = 0; s < S; s++) {
    const o = s * LATENCY_WIDTH;
    const given = Array.from({ length: LATENCY_WIDTH }, (_, j) => latency[o + j] === latency[o + j]).filter(Boolean).length;
    if (given === 0) continue;
    if (given !== LATENCY_WIDTH || !(latency[o] > 0)) fail(-1, 'key', `latency of segment ${segments[s].id}: expected keys 0..${LATENCY_WIDTH - 1} with requests above 0`);
    x.latencyCount[s] = latency[o];
    for (let j = 0; j < P; j++) {
      x.latencyBaseline[s * P + j] = latency[o + 1 + j];
      x.latencyCandidate[s * P + j] = latency[o + 1 + P + j];
    }
  }
  for (const [bk, fields] of bandFields) {
    const where = bk.replace('\u0000', ' ');
    for (const f of BAND_FIELDS) if (!fields.has(f)) fail(-1, 'key', `band ${where} has no ${f}`);
    const list = [...(units.get(bk) ?? new Map<number, [number, number, number]>()).entries()].sort((p, q) => p[0] - q[0]);
    const a: number[] = [];
    const b: number[] = [];
    list.forEach(([j, [ua, ub, n]], i) => {
      if (j !== i) fail(-1, 'key', `band ${where} has no unit ${i}`);
      if (ua !== ua || ub !== ub || n !== n) fail(-1, 'key', `band ${where} unit ${j} lacks its a, b or n`);
      for (let c = 0; c < n; c++) {
        a.push(ua);
        b.push(ub);
      }
    });
    // The canonical order, whatever order the units came in: by (a, b).
    const order = a.map((_, i) => i).sort((i, j) => a[i] - a[j] || b[i] - b[j]);
    const g = (f: string) => fields.get(f)!;
    const band: QuantileBand = {
      loA: g('loA'),
      hiA: g('hiA'),
      loB: g('loB'),
      hiB: g('hiB'),
      groups: Float64Array.of(g('g0'), g('g1'), g('g2'), g('g3')),
      a: Float64Array.from(order, (i) => a[i]),
      b: Float64Array.from(order, (i) => b[i]),
    };
    x.bands.set(bk, band);
  }
  for (const bk of units.keys()) if (!bandFields.has(bk)) fail(-1, 'key', `band units of ${bk.replace('\u0000', ' ')} without its band record`);
  return x;
}

function integrityOf(counts: Map<string, number>, only: { baseline: string[]; candidate: string[] }): ShadowSummaries['integrity'] {
  const out = Object.fromEntries(COUNT_KEYS.map((k, i) => [COUNT_FIELDS[i], counts.get(k)!])) as Record<(typeof COUNT_FIELDS)[number], number>;
  return {
    ...out,
    coverage: out.requests > 0 ? out.paired / out.requests : 0,
    examplesOnlyBaseline: only.baseline.filter((id) => id !== undefined),
    examplesOnlyCandidate: only.candidate.filter((id) => id !== undefined),
  };
}
