// summariesFormat.ts: the summaries file (`model-release-gate/summaries@1`), the
// gate's offline inputs reduced to per-segment sums, as flat records
//   { segment, kind, key, value, text }
// one number each (so any SQL engine can produce them with UNION ALL of GROUP
// BYs and export them as Parquet, CSV or JSON Lines):
//   header     segment '', key = the format, text = JSON { fingerprint, settings }
//   count      segment '', key = baseline_rows | candidate_rows | matched | only_baseline | only_candidate
//   only_id    segment '', key = baseline | candidate, text = an id present in only one file (up to 5)
//   class      segment '', key = class code, text = the class name (multiclass)
//   segment    segment = its id, text = JSON of its [column, value] keys
//   array      segment '', key = an array's kind, value = its width per segment
//   distribution segment '', key = j: the report's score histogram (edges, baseline, candidate counts)
//   <array>    segment = its id, key = index j in the array's per-segment layout (ARRAYS below)
// Missing array records are 0. The settings are what shapes the sums (task,
// threshold, columns, segments, metrics and costs, seed, groups, bins); a file
// made for other settings is refused naming the first setting that differs.
import type { GateConfig } from '../../config/index.js';
import { DataError } from '../../errors/index.js';
import { firstDifference } from '../../text/index.js';
import { BIN, JACKKNIFE_GROUPS, MEAN, RANK, REG, declarationOf, splitMetricName, type ChangeSummaries, type MeasureSums } from '../../metrics/index.js';
import type { JoinIntegrity } from '../../io/index.js';
import type { ScoreDistribution } from '../../report/index.js';
import type { Segment } from '../../segments/index.js';
import { DELONG, ECE_GROUP_WIDTH, SCORE_BINS, md5Hex } from '../../summaries/index.js';

export const SUMMARIES_FORMAT = 'model-release-gate/summaries@1';
/** Bins of the report's score histogram (report/distribution.ts). */
export const DISTRIBUTION_BINS = 20;

/** One record of a summaries file. */
export interface SummaryRecord {
  segment: string;
  kind: string;
  key: string;
  value: number | null;
  text: string | null;
}

/** The settings that shape the summaries, in the order a mismatch is reported. */
export type SummarySettings = Record<string, unknown>;

/** Everything the offline source reads from a summaries file. */
export interface OfflineSummaries {
  settings: SummarySettings;
  classes: string[];
  integrity: JoinIntegrity;
  segments: Segment[];
  sums: MeasureSums;
  changes: ChangeSummaries;
  distribution: ScoreDistribution | null;
}

/**
 * The settings a config's summaries depend on.
 * @example summarySettings(config).threshold // 0.5
 */
export function summarySettings(config: GateConfig): SummarySettings {
  const c = config.columns;
  return {
    task: config.task,
    threshold: config.threshold,
    columns: { id: c.id, label: c.label, score: c.score, prediction: c.prediction, weight: c.weight },
    segments: c.segments,
    cross: config.segments.cross,
    metrics: Object.fromEntries(Object.entries(config.metrics).map(([name, m]) => [name, m.costs ?? null])),
    seed: config.statistics.seed,
    jackknife_groups: JACKKNIFE_GROUPS,
    score_bins: SCORE_BINS,
    distribution_bins: DISTRIBUTION_BINS,
  };
}

/** Canonical JSON (keys in insertion order, as summarySettings builds them). */
const canon = (v: unknown): string => JSON.stringify(v);

/** The settings' fingerprint: md5 of their canonical JSON. */
export function fingerprintOf(settings: SummarySettings): string {
  return md5Hex(canon(settings));
}

/**
 * Refuses summaries made for other settings, naming the first that differs.
 * @throws DataError `summaries s.jsonl were made for another config: threshold is 0.6 there, 0.5 here`
 */
export function checkSettings(file: string, theirs: SummarySettings, ours: SummarySettings): void {
  const d = firstDifference(theirs, ours);
  if (d) throw new DataError(file, `made for another config: ${d.path} is ${d.theirs} there, ${d.ours} in this config`, { column: 'text' });
}

/** One per-segment array of the summaries: its kind, width per segment, and how to get and set it. */
interface ArrayField {
  kind: string;
  width: number;
  get: (x: OfflineSummaries) => Float64Array | null;
  set: (x: OfflineSummaries, a: Float64Array) => void;
}

/** Interleaves per-segment arrays of equal stride (`parts[i]` has `widths[i]` numbers per segment). */
function pack(parts: ArrayLike<number>[], widths: number[], S: number): Float64Array {
  const W = widths.reduce((a, b) => a + b, 0);
  const out = new Float64Array(S * W);
  for (let s = 0; s < S; s++) {
    let o = s * W;
    parts.forEach((p, i) => {
      for (let j = 0; j < widths[i]; j++) out[o + j] = p[s * widths[i] + j];
      o += widths[i];
    });
  }
  return out;
}

/** The inverse of pack. */
function unpack(a: Float64Array, widths: number[], S: number): Float64Array[] {
  const W = widths.reduce((x, y) => x + y, 0);
  const parts = widths.map((w) => new Float64Array(S * w));
  for (let s = 0; s < S; s++) {
    let o = s * W;
    widths.forEach((w, i) => {
      for (let j = 0; j < w; j++) parts[i][s * w + j] = a[o + j];
      o += w;
    });
  }
  return parts;
}

/** The arrays of a run's summaries (which exist follows the metrics; see expectedKinds). */
export function arrayFields(settings: SummarySettings, K: number): ArrayField[] {
  const G = Number(settings.jackknife_groups);
  const K3 = K * K * K;
  const fields: ArrayField[] = [
    {
      kind: 'rows',
      width: 3,
      get: (x) => pack([x.sums.count, x.sums.weight, x.sums.positives], [1, 1, 1], x.segments.length),
      set: (x, a) => {
        [x.sums.count, x.sums.weight, x.sums.positives] = unpack(a, [1, 1, 1], x.segments.length);
      },
    },
    { kind: 'binary', width: BIN.STRIDE, get: (x) => x.sums.binary, set: (x, a) => void (x.sums.binary = a) },
    {
      kind: 'ranking',
      width: 2 * RANK.STRIDE,
      get: (x) => (x.sums.ranking ? pack(x.sums.ranking, [RANK.STRIDE, RANK.STRIDE], x.segments.length) : null),
      set: (x, a) => {
        const [b, c] = unpack(a, [RANK.STRIDE, RANK.STRIDE], x.segments.length);
        x.sums.ranking = [b, c];
      },
    },
    { kind: 'regression', width: REG.STRIDE, get: (x) => x.sums.regression, set: (x, a) => void (x.sums.regression = a) },
    {
      kind: 'multiclass',
      width: 2 * K + 2 * (1 + 3 * K),
      get: (x) => {
        const m = x.sums.multiclass;
        if (!m) return null;
        const [b, c] = m.models;
        const w = [K, K, 1, K, K, K, 1, K, K, K];
        return pack([m.trueWeight, m.trueCount, b.correct, b.tp, b.predWeight, b.predCount, c.correct, c.tp, c.predWeight, c.predCount], w, x.segments.length);
      },
      set: (x, a) => {
        const [trueWeight, trueCount, bc, btp, bpw, bpc, cc, ctp, cpw, cpc] = unpack(a, [K, K, 1, K, K, K, 1, K, K, K], x.segments.length);
        x.sums.multiclass = {
          count: x.sums.count,
          weight: x.sums.weight,
          trueWeight,
          trueCount,
          models: [
            { correct: bc, tp: btp, predWeight: bpw, predCount: bpc },
            { correct: cc, tp: ctp, predWeight: cpw, predCount: cpc },
          ],
        };
      },
    },
    {
      kind: 'joint',
      width: 2 * K3,
      get: (x) => (x.changes.tables ? pack([x.changes.tables.counts, x.changes.tables.weights], [K3, K3], x.segments.length) : null),
      set: (x, a) => {
        const [counts, weights] = unpack(a, [K3, K3], x.segments.length);
        x.changes.tables = { K, counts, weights };
      },
    },
    {
      kind: 'walk',
      width: 6,
      get: (x) => {
        const w = x.changes.walk;
        return w ? pack([w.posW, w.negW, w.posN, w.negN, w.apSteps[0], w.apSteps[1]], [1, 1, 1, 1, 1, 1], x.segments.length) : null;
      },
      set: (x, a) => {
        const [posW, negW, posN, negN, apB, apC] = unpack(a, [1, 1, 1, 1, 1, 1], x.segments.length);
        x.changes.walk = { posW, negW, posN, negN, delong: null, apSteps: [apB, apC], groupPosW: null, groupNegW: null, apStepsWithout: null };
      },
    },
    {
      kind: 'delong',
      width: DELONG.STRIDE + 1,
      get: (x) => (x.changes.walk?.delong ? pack([x.changes.walk.delong, x.changes.shift], [DELONG.STRIDE, 1], x.segments.length) : null),
      set: (x, a) => {
        const [delong, shift] = unpack(a, [DELONG.STRIDE, 1], x.segments.length);
        if (x.changes.walk) x.changes.walk.delong = delong;
        x.changes.shift = shift;
      },
    },
    {
      kind: 'ap_group',
      width: 4 * G,
      get: (x) => {
        const w = x.changes.walk;
        if (!w?.groupPosW || !w.groupNegW || !w.apStepsWithout) return null;
        const S = x.segments.length;
        const flat = pack([w.groupPosW, w.groupNegW, w.apStepsWithout[0], w.apStepsWithout[1]], [1, 1, 1, 1], S * G);
        return flat;
      },
      set: (x, a) => {
        const [pos, neg, b, c] = unpack(a, [1, 1, 1, 1], x.segments.length * G);
        if (x.changes.walk) {
          x.changes.walk.groupPosW = pos;
          x.changes.walk.groupNegW = neg;
          x.changes.walk.apStepsWithout = [b, c];
        }
      },
    },
    {
      kind: 'ece_group',
      width: G * ECE_GROUP_WIDTH,
      get: (x) => x.changes.ece?.sums ?? null,
      set: (x, a) => void (x.changes.ece = { groups: G, sums: a }),
    },
  ];
  for (const name of Object.keys(settings.metrics as object)) {
    const { base, arg } = splitMetricName(name);
    if (base === 'mean' && arg !== null) {
      fields.push({
        kind: `column:${arg}`,
        width: MEAN.STRIDE,
        get: (x) => x.sums.columns[arg] ?? null,
        set: (x, a) => void (x.sums.columns[arg] = a),
      });
    }
    const d = declarationOf(name);
    if (d && d.tasks !== 'shadow' && (d.summary === 'column' || d.test === 'paired-mean' || d.test === 'delta-method')) {
      fields.push({
        kind: `moments:${name}`,
        width: 6,
        get: (x) => {
          const m = x.changes.moments.get(name);
          return m ? pack([m.muB, m.muC, m.n, m.sBB, m.sCC, m.sBC], [1, 1, 1, 1, 1, 1], x.segments.length) : null;
        },
        set: (x, a) => {
          const [muB, muC, n, sBB, sCC, sBC] = unpack(a, [1, 1, 1, 1, 1, 1], x.segments.length);
          x.changes.moments.set(name, { muB, muC, n, sBB, sCC, sBC });
        },
      });
    }
  }
  return fields;
}

/** The distribution's numbers: edges, then baseline and candidate counts. */
export function distributionArray(d: ScoreDistribution): Float64Array {
  return Float64Array.from([...d.edges, ...d.baseline, ...d.candidate]);
}

export function distributionOf(a: Float64Array, task: string): ScoreDistribution {
  const B = (a.length - 1) / 3;
  const arr = Array.from(a);
  return { kind: task === 'binary' ? 'probability' : 'prediction', edges: arr.slice(0, B + 1), baseline: arr.slice(B + 1, 2 * B + 1), candidate: arr.slice(2 * B + 1) };
}

/**
 * The records of a run's summaries, header first.
 * @example encodeSummaries(x)[0].kind // 'header'
 */
export function encodeSummaries(x: OfflineSummaries): SummaryRecord[] {
  const out: SummaryRecord[] = [];
  const rec = (segment: string, kind: string, key: string, value: number | null, text: string | null = null) =>
    out.push({ segment, kind, key, value: value === null || Number.isNaN(value) ? null : value, text });
  rec('', 'header', SUMMARIES_FORMAT, null, JSON.stringify({ fingerprint: fingerprintOf(x.settings), settings: x.settings }));
  const i = x.integrity;
  for (const [k, v] of [
    ['baseline_rows', i.baselineRows],
    ['candidate_rows', i.candidateRows],
    ['matched', i.matched],
    ['only_baseline', i.onlyBaseline],
    ['only_candidate', i.onlyCandidate],
  ] as const) {
    rec('', 'count', k, v);
  }
  for (const id of i.examplesOnlyBaseline) rec('', 'only_id', 'baseline', null, id);
  for (const id of i.examplesOnlyCandidate) rec('', 'only_id', 'candidate', null, id);
  x.classes.forEach((c, k) => rec('', 'class', String(k), null, c));
  for (const s of x.segments) rec(s.id, 'segment', '', null, JSON.stringify(s.keys));
  if (x.distribution) distributionArray(x.distribution).forEach((v, j) => rec('', 'distribution', String(j), v));
  const K = x.settings.task === 'binary' ? 2 : x.classes.length;
  for (const f of arrayFields(x.settings, K)) {
    const a = f.get(x);
    if (!a) continue;
    // Declared, so an array of zeros (no record for it) is still there.
    rec('', 'array', f.kind, f.width);
    x.segments.forEach((seg, s) => {
      for (let j = 0; j < f.width; j++) {
        const v = a[s * f.width + j];
        if (v !== 0) rec(seg.id, f.kind, String(j), v);
      }
    });
  }
  return out;
}

/**
 * The arrays a config's summaries must hold (a file without one is refused).
 * @example expectedKinds(summarySettings(config)) // ['rows', 'binary', 'joint', ...]
 */
export function expectedKinds(settings: SummarySettings): string[] {
  const task = String(settings.task);
  const decls = Object.keys(settings.metrics as object).map((name) => ({ name, d: declarationOf(name) }));
  const has = (f: (d: NonNullable<ReturnType<typeof declarationOf>>) => boolean) => decls.some(({ d }) => d !== null && d.tasks !== 'shadow' && d.tasks.includes(task as never) && f(d));
  const out = ['rows', task];
  if (task !== 'regression' && has((d) => d.summary === 'decision')) out.push('joint');
  if (task === 'binary') {
    if (has((d) => d.summary === 'ranking')) out.push('ranking');
    const delong = has((d) => d.test === 'delong');
    const ap = has((d) => d.test === 'jackknife' && d.summary === 'ranking');
    if (delong || ap) out.push('walk');
    if (delong) out.push('delong');
    if (ap) out.push('ap_group');
    if (has((d) => d.test === 'jackknife' && d.summary === 'scores')) out.push('ece_group');
  }
  for (const { name } of decls) {
    const { base, arg } = splitMetricName(name);
    if (base === 'mean' && arg !== null) out.push(`column:${arg}`);
  }
  return out;
}
