// summariesRead.ts: a summaries file (JSON Lines, CSV or Parquet, as a warehouse
// exports it) -> the offline source's sums, checked: one header of the known
// format whose fingerprint matches its settings and whose settings are this
// config's, known kinds and segments, keys inside each array, no record twice,
// every array the config's metrics need. Every refusal names the file and line.
import type { GateConfig } from '../../config/index.js';
import { DataError } from '../../errors/index.js';
import { expandInput, rowLocation, type Table } from '../../io/index.js';
import { emptySums, type ChangeSummaries, type MeasureSums } from '../../metrics/index.js';
import { compareText, segmentId, type Segment } from '../../segments/index.js';
import { readHeader, readRecords, recordsOf } from '../../summaries/index.js';
import { SUMMARIES_FORMAT, arrayFields, checkSettings, distributionOf, expectedKinds, summarySettings, type OfflineSummaries, type SummarySettings } from './summariesFormat.js';

/** What each `invalid:` count of a warehouse query counts. */
const INVALID: Record<string, string> = {
  'invalid:id': 'empty or NULL ids',
  'invalid:duplicate_id': 'an id given twice in one table',
  'invalid:label': 'empty, NULL or unreadable labels (binary: 0/1 or true/false)',
  'invalid:score': 'scores NULL, not finite, or (binary) outside [0, 1]',
  'invalid:prediction': 'empty, NULL or unreadable predictions',
  'invalid:weight': 'weights NULL, negative or not finite',
  'invalid:weight_total': 'a segment whose weights sum to 0 or beyond 1e150',
  'invalid:mean_column': 'mean[X] column values NULL or not finite',
  'invalid:label_disagrees': 'ids whose label differs between the tables',
};

/**
 * Reads and checks the summaries at `path` (a path or glob, or the files) for `config`.
 * @throws DataError naming the file and line of the first bad record, or the setting that differs
 */
export async function readSummaries(path: string | string[], config: GateConfig): Promise<OfflineSummaries> {
  const t = await readRecords(typeof path === 'string' ? expandInput(path) : path);
  return decodeSummaries(t, summarySettings(config));
}

/** The summaries in a table of records, checked against this config's settings. */
export function decodeSummaries(t: Table, ours: SummarySettings): OfflineSummaries {
  const records = recordsOf(t);
  const { seg, kind, key, text, value, fail } = records;

  // The header: the format, the fingerprint of the settings, this config's settings.
  const { row: h, settings } = readHeader(records, SUMMARIES_FORMAT);
  const theirs = settings as SummarySettings;
  checkSettings(rowLocation(t, h).file, theirs, ours);

  // Counts, ids in one file only, classes, segments, declared arrays.
  const counts = new Map<string, number>();
  const only: { baseline: string[]; candidate: string[] } = { baseline: [], candidate: [] };
  const classes: string[] = [];
  const segments: Segment[] = [];
  const segIndex = new Map<string, number>();
  const widths = new Map<string, number>();
  let distribution: number[] | null = null;
  // A header-side record (count, class, array, distribution) given twice is refused, whatever its value.
  const metaSeen = new Set<string>();
  for (let r = 0; r < t.n; r++) {
    const k = kind[r];
    if (k === 'count' || k === 'class' || k === 'array' || k === 'distribution') {
      const id = `${k}\u0000${key[r]}`;
      if (metaSeen.has(id)) fail(r, 'key', `${k} record ${JSON.stringify(key[r])} is given twice`);
      metaSeen.add(id);
    }
    if (k === 'count') {
      // The warehouse query counts the rows the local reader would refuse (`invalid:<what>`): any is a refusal.
      if (key[r].startsWith('invalid:') && value[r] !== 0)
        fail(r, 'value', `count ${key[r]} is ${value[r]}: the tables hold rows the gate refuses (${INVALID[key[r]] ?? 'see the key'}); fix them and rerun the query`);
      counts.set(key[r], value[r]);
    } else if (k === 'only_id' && (key[r] === 'baseline' || key[r] === 'candidate')) only[key[r] as 'baseline'].push(text[r]);
    else if (k === 'class') classes[Number(key[r])] = text[r];
    else if (k === 'array') widths.set(key[r], value[r]);
    else if (k === 'distribution') (distribution ??= [])[Number(key[r])] = value[r];
    else if (k === 'segment') {
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
  for (const name of ['baseline_rows', 'candidate_rows', 'matched', 'only_baseline', 'only_candidate']) {
    if (!(counts.get(name)! >= 0)) fail(-1, 'key', `no count record ${name}`);
  }
  if (counts.get('matched') === 0) fail(-1, 'key', 'count matched is 0: no id is in both tables; both must score the same test set');
  if (!segIndex.has('overall')) fail(-1, 'segment', 'no segment record for overall');
  orderSegments(segments, ours);
  segments.forEach((s, i) => segIndex.set(s.id, i));
  const S = segments.length;
  const task = String(ours.task) as MeasureSums['task'];
  const K = task === 'binary' ? 2 : classes.length;
  for (const need of expectedKinds(ours)) if (!widths.has(need)) fail(-1, 'kind', `no ${need} summaries, which this config's metrics need`);

  const x: OfflineSummaries = {
    settings: theirs,
    classes: task === 'multiclass' ? classes : [],
    integrity: integrityOf(counts, only),
    segments,
    sums: emptySums(task, task === 'multiclass' ? classes : [], S),
    changes: emptyChanges(task, classes, segments, Number(ours.jackknife_groups)),
    distribution: distribution
      ? distributionOf(
          Float64Array.from(distribution as number[], (v) => v ?? 0),
          task,
        )
      : null,
  };
  const fields = arrayFields(ours, K);
  const byKind = new Map(fields.map((f) => [f.kind, f]));
  const arrays = new Map<string, Float64Array>();
  for (const [k, w] of widths) {
    const f = byKind.get(k);
    if (!f) fail(-1, 'key', `unknown summaries kind ${JSON.stringify(k)}`);
    if (f!.width !== w) fail(-1, 'value', `${k} has width ${w}; this config's is ${f!.width}`);
    arrays.set(k, new Float64Array(S * w));
  }
  const seen = new Set<string>();
  const META = new Set(['header', 'count', 'only_id', 'class', 'array', 'distribution', 'segment']);
  for (let r = 0; r < t.n; r++) {
    const k = kind[r];
    if (META.has(k)) continue;
    const a = arrays.get(k);
    if (!a) fail(r, 'kind', `kind ${JSON.stringify(k)} is not declared by an array record`);
    const s = segIndex.get(seg[r]);
    if (s === undefined) fail(r, 'segment', `segment ${JSON.stringify(seg[r])} has no segment record`);
    const w = byKind.get(k)!.width;
    const j = Number(key[r]);
    if (!(Number.isInteger(j) && j >= 0 && j < w) || key[r].trim() === '') fail(r, 'key', `key ${JSON.stringify(key[r])} is outside ${k}'s 0..${w - 1}`);
    const id = `${s}\u0000${k}\u0000${j}`;
    if (seen.has(id)) fail(r, 'key', `${k}[${j}] of segment ${seg[r]} is given twice`);
    seen.add(id);
    a![s! * w + j] = value[r];
  }
  // In arrayFields' order: rows before multiclass, walk before delong and ap_group.
  for (const f of fields) {
    const a = arrays.get(f.kind);
    if (a) f.set(x, a);
  }
  return x;
}

function integrityOf(counts: Map<string, number>, only: { baseline: string[]; candidate: string[] }): OfflineSummaries['integrity'] {
  const b = counts.get('baseline_rows')!;
  const c = counts.get('candidate_rows')!;
  const matched = counts.get('matched')!;
  return {
    baselineRows: b,
    candidateRows: c,
    matched,
    onlyBaseline: counts.get('only_baseline')!,
    onlyCandidate: counts.get('only_candidate')!,
    coverage: Math.max(b, c) > 0 ? matched / Math.max(b, c) : 0,
    // The smallest first, whatever order an engine exported them in.
    examplesOnlyBaseline: [...only.baseline].sort(compareText).slice(0, 5),
    examplesOnlyCandidate: [...only.candidate].sort(compareText).slice(0, 5),
  };
}

function emptyChanges(task: ChangeSummaries['task'], classes: string[], segments: Segment[], groups: number): ChangeSummaries {
  return {
    task,
    classes,
    segmentIds: segments.map((s) => s.id),
    tables: null,
    walk: null,
    shift: new Float64Array(segments.length),
    ece: null,
    moments: new Map(),
    jackknifeGroups: groups,
  };
}

/**
 * Puts segments in the order buildSegmentation gives them: overall, each segment column's
 * values (config order, values sorted), then each cross's observed combinations.
 */
export function orderSegments(segments: Segment[], settings: SummarySettings): void {
  const cols = settings.segments as string[];
  const cross = settings.cross as string[][];
  const dim = (s: Segment): number => {
    if (s.keys.length === 0) return 0;
    const names = s.keys.map(([c]) => c);
    if (names.length === 1) {
      const i = cols.indexOf(names[0]);
      if (i >= 0) return 1 + i;
    }
    const j = cross.findIndex((x) => x.length === names.length && x.every((c, k) => c === names[k]));
    if (j >= 0) return 1 + cols.length + j;
    throw new DataError('(summaries)', `segment ${s.id} is not a segment of this config (segments ${JSON.stringify(cols)}, cross ${JSON.stringify(cross)})`, { column: 'segment' });
  };
  const d = new Map(segments.map((s) => [s, dim(s)]));
  segments.sort((a, b) => {
    const da = d.get(a)!;
    const db = d.get(b)!;
    if (da !== db) return da - db;
    for (let k = 0; k < a.keys.length; k++) {
      const c = compareText(a.keys[k][1], b.keys[k][1]);
      if (c !== 0) return c;
    }
    return 0;
  });
}
