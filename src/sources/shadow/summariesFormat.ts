// summariesFormat.ts: the shadow log's summaries, in the summaries@1 record
// format the offline comparison uses ({ segment, kind, key, value, text }, one
// number each, so a warehouse query can produce them with UNION ALL):
//   header     segment '', key = the format, text = JSON { fingerprint, settings } (settings.source 'shadow')
//   count      segment '', key = rows | baseline_rows | candidate_rows | requests | paired | only_baseline | only_candidate
//   only_id    segment '', key = baseline/j | candidate/j, text = the j-th request served by one model only (j < 5)
//   info       segment '', key = has_cost | has_error (value 0/1) | cost_source (text cost_usd | tokens)
//   segment    segment = its id, text = JSON of its [column, value] keys
//   sums       segment = its id, key = j in SUM (sums.ts); missing records are 0
//   latency    segment = its id, key 0 = requests with both latencies, 1-3 the baseline's p50/p95/p99,
//              4-6 the candidate's (only for segments with such requests)
//   psi        segment = its id, key k: the baseline's count in decile bin k (0-9), the candidate's at 10 + k
//              (only with score_psi in the envelope and scores in the log); missing records are 0
//   band       segment = its id, key `${metric}/${field}`: a latency bootstrap's band (stats/quantileBootstrap.ts):
//              fields loA hiA loB hiB (edge values) and g0..g3 (requests outside both bands per group)
//   band_unit  segment = its id, key `${metric}/${j}/a|b|n`: the band's j-th distinct (baseline, candidate)
//              latency pair and how many requests have it
// The bands exist where a change rule judges a latency percentile (the source checks every one it
// needs is there). The settings are what shapes the sums; made for others, the file is refused
// naming the first setting that differs.
import { defaultShadowConfig, type GateConfig } from '../../config/index.js';
import type { ShadowIntegrity } from '../../io/index.js';
import type { Segment } from '../../segments/index.js';
import { BAND_SD, type QuantileBand } from '../../stats/index.js';
import { SUMMARIES_FORMAT, fingerprintOf, type SummaryRecord, type SummarySettings } from '../offline/index.js';
import { LATENCY_QUANTILES, PERCENTILES } from './latency.js';
import type { ShadowMeasured } from './measure.js';
import { PSI_BINS } from './psi.js';
import { SUM } from './sums.js';

/** Everything the shadow source reads from its summaries. */
export interface ShadowSummaries {
  settings: SummarySettings;
  integrity: ShadowIntegrity;
  costSource: 'cost_usd' | 'tokens' | null;
  hasCost: boolean;
  hasError: boolean;
  segments: Segment[];
  /** S x SUM.WIDTH. */
  sums: Float64Array;
  /** Per segment: requests with both latencies; S x 3 percentiles per model (NaN without requests). */
  latencyCount: Float64Array;
  latencyBaseline: Float64Array;
  latencyCandidate: Float64Array;
  /** S x 2 x PSI_BINS, or null. */
  psiCounts: Float64Array | null;
  /** By `${segment id}\u0000${metric}`. */
  bands: Map<string, QuantileBand>;
}

export const BAND_FIELDS = ['loA', 'hiA', 'loB', 'hiB', 'g0', 'g1', 'g2', 'g3'] as const;
export const LATENCY_WIDTH = 1 + 2 * PERCENTILES.length;
export const PSI_WIDTH = 2 * PSI_BINS;
export const COUNT_KEYS = ['rows', 'baseline_rows', 'candidate_rows', 'requests', 'paired', 'only_baseline', 'only_candidate'] as const;
/** The integrity fields of COUNT_KEYS, in that order. */
export const COUNT_FIELDS = ['rows', 'baselineRows', 'candidateRows', 'requests', 'paired', 'onlyBaseline', 'onlyCandidate'] as const;

/**
 * The settings a config's shadow summaries depend on.
 * @example shadowSummarySettings(config).source // 'shadow'
 */
export function shadowSummarySettings(config: GateConfig): SummarySettings {
  const c = config.columns;
  const shadow = config.shadow ?? defaultShadowConfig();
  return {
    source: 'shadow',
    task: config.task,
    threshold: config.threshold,
    columns: {
      request_id: c.request_id,
      model: c.model,
      latency_ms: c.latency_ms,
      cost_usd: c.cost_usd,
      input_tokens: c.input_tokens,
      output_tokens: c.output_tokens,
      error: c.error,
      score: c.score,
      prediction: c.prediction,
      label: c.label,
    },
    segments: c.segments,
    cross: config.segments.cross,
    models: shadow.models,
    pricing: shadow.pricing,
    // What is measured: agreement needs decisions, score_psi the PSI counts.
    envelope: Object.keys(shadow.envelope).sort(),
    value_for_money: shadow.valueForMoney !== null,
    psi_bins: PSI_BINS,
    band_sd: BAND_SD,
    latency_quantiles: LATENCY_QUANTILES,
  };
}

/** Map key of a band. */
export const bandKey = (segment: string, metric: string): string => `${segment}\u0000${metric}`;

/** The summaries of a measured shadow log. */
export function shadowSummariesOf(
  settings: SummarySettings,
  facts: { integrity: ShadowIntegrity; costSource: ShadowSummaries['costSource']; hasCost: boolean; hasError: boolean },
  measured: ShadowMeasured,
): ShadowSummaries {
  const segments = measured.segments.map((s) => s.segment);
  const bands = new Map<string, QuantileBand>();
  for (const [k, band] of measured.latency.bands) {
    const [s, metric] = k.split(':');
    bands.set(bandKey(segments[Number(s)].id, metric), band);
  }
  return {
    settings,
    ...facts,
    segments,
    sums: measured.sums,
    latencyCount: measured.latency.count,
    latencyBaseline: measured.latency.baseline,
    latencyCandidate: measured.latency.candidate,
    psiCounts: measured.psiCounts,
    bands,
  };
}

/** The band's distinct (a, b) units in (a, b) order, with their multiplicities. */
export function distinctUnits(band: QuantileBand): Array<[number, number, number]> {
  const idx = [...band.a.keys()].sort((i, j) => band.a[i] - band.a[j] || band.b[i] - band.b[j]);
  const out: Array<[number, number, number]> = [];
  for (const i of idx) {
    const last = out[out.length - 1];
    if (last && last[0] === band.a[i] && last[1] === band.b[i]) last[2]++;
    else out.push([band.a[i], band.b[i], 1]);
  }
  return out;
}

/**
 * The records of a shadow log's summaries, header first.
 * @example encodeShadowSummaries(x)[0].kind // 'header'
 */
export function encodeShadowSummaries(x: ShadowSummaries): SummaryRecord[] {
  const out: SummaryRecord[] = [];
  const rec = (segment: string, kind: string, key: string, value: number | null, text: string | null = null) =>
    out.push({ segment, kind, key, value: value === null || Number.isNaN(value) ? null : value, text });
  rec('', 'header', SUMMARIES_FORMAT, null, JSON.stringify({ fingerprint: fingerprintOf(x.settings), settings: x.settings }));
  COUNT_KEYS.forEach((k, i) => rec('', 'count', k, x.integrity[COUNT_FIELDS[i]]));
  x.integrity.examplesOnlyBaseline.forEach((id, j) => rec('', 'only_id', `baseline/${j}`, null, id));
  x.integrity.examplesOnlyCandidate.forEach((id, j) => rec('', 'only_id', `candidate/${j}`, null, id));
  rec('', 'info', 'has_cost', x.hasCost ? 1 : 0);
  rec('', 'info', 'has_error', x.hasError ? 1 : 0);
  if (x.costSource !== null) rec('', 'info', 'cost_source', null, x.costSource);
  const P = PERCENTILES.length;
  x.segments.forEach((seg, s) => {
    rec(seg.id, 'segment', '', null, JSON.stringify(seg.keys));
    for (let j = 0; j < SUM.WIDTH; j++) if (x.sums[s * SUM.WIDTH + j] !== 0) rec(seg.id, 'sums', String(j), x.sums[s * SUM.WIDTH + j]);
    if (x.latencyCount[s] > 0) {
      rec(seg.id, 'latency', '0', x.latencyCount[s]);
      for (let j = 0; j < P; j++) {
        rec(seg.id, 'latency', String(1 + j), x.latencyBaseline[s * P + j]);
        rec(seg.id, 'latency', String(1 + P + j), x.latencyCandidate[s * P + j]);
      }
    }
    if (x.psiCounts) for (let k = 0; k < PSI_WIDTH; k++) if (x.psiCounts[s * PSI_WIDTH + k] !== 0) rec(seg.id, 'psi', String(k), x.psiCounts[s * PSI_WIDTH + k]);
  });
  for (const seg of x.segments) {
    for (const metric of Object.keys(LATENCY_QUANTILES)) {
      const band = x.bands.get(bandKey(seg.id, metric));
      if (!band) continue;
      const v = { loA: band.loA, hiA: band.hiA, loB: band.loB, hiB: band.hiB, g0: band.groups[0], g1: band.groups[1], g2: band.groups[2], g3: band.groups[3] };
      for (const f of BAND_FIELDS) rec(seg.id, 'band', `${metric}/${f}`, v[f]);
      distinctUnits(band).forEach(([a, b, n], j) => {
        rec(seg.id, 'band_unit', `${metric}/${j}/a`, a);
        rec(seg.id, 'band_unit', `${metric}/${j}/b`, b);
        rec(seg.id, 'band_unit', `${metric}/${j}/n`, n);
      });
    }
  }
  return out;
}
