// Latency percentiles per segment, exact: one sort of each model's latencies,
// then per dimension a counting sort by segment gives every segment its
// latencies in order. Requests where either model's latency is missing (failed
// requests that logged none) are left out of both models' percentiles, so the
// two stay paired. Where a change rule needs it, the paired bootstrap of the
// percentile's delta runs here too (src/stats/quantileBootstrap.ts).
import type { ShadowData } from '../../io/index.js';
import { argsortFloat64 } from '../../sort/index.js';
import type { Segmentation } from '../../segments/index.js';
import { BAND_SD, bandBootstrap, bandOf, quantileBand, type QuantileBand } from '../../stats/index.js';
import { quantileOfOrder } from '../../stats/index.js';
import { Random } from '../../stats/index.js';
import { groupBySegment, segmentsOf, type Groups } from './groups.js';

/** The latency metrics and their quantiles. */
export const LATENCY_QUANTILES: Record<string, number> = { latency_p50_ms: 0.5, latency_p95_ms: 0.95, latency_p99_ms: 0.99 };
/** The percentiles reported for every segment, in this order. */
export const PERCENTILES = [0.5, 0.95, 0.99] as const;

export interface LatencyBySegment {
  /** Per segment: requests with both latencies. */
  count: Float64Array;
  /** `baseline[s * 3 + j]`: the PERCENTILES[j] latency of segment s; NaN without requests. */
  baseline: Float64Array;
  candidate: Float64Array;
  /** Bootstrap deltas (candidate - baseline) by `${segment}:${metric}`, where asked for. */
  bootstrap: Map<string, Float64Array>;
  /** The bands those bootstraps were drawn from (what the summaries carry), by the same keys. */
  bands: Map<string, QuantileBand>;
}

export interface LatencyOptions {
  /** Whether segment s needs the bootstrap of latency metric `metric`. */
  wantsBootstrap: (segment: number, metric: string) => boolean;
  resamples: number;
  seed: number;
}

/**
 * Exact p50/p95/p99 latency per segment for both models, and the bootstraps asked for.
 * @example measureLatency(data, segmentation, { wantsBootstrap: () => false, resamples: 2000, seed: 1 }).baseline[2] // overall p99
 */
export function measureLatency(data: ShadowData, segmentation: Segmentation, opts: LatencyOptions): LatencyBySegment {
  const S = segmentation.segments.length;
  const latA = data.baseline.latency;
  const latB = data.candidate.latency;
  // Requests with both latencies: all of them, usually.
  let rows: Int32Array | null = null;
  let m = data.n;
  let missing = 0;
  for (let k = 0; k < data.n; k++) if (latA[k] !== latA[k] || latB[k] !== latB[k]) missing++;
  let a = latA;
  let b = latB;
  if (missing > 0) {
    m = data.n - missing;
    rows = new Int32Array(m);
    a = new Float64Array(m);
    b = new Float64Array(m);
    for (let k = 0, j = 0; k < data.n; k++) {
      if (latA[k] !== latA[k] || latB[k] !== latB[k]) continue;
      rows[j] = k;
      a[j] = latA[k];
      b[j++] = latB[k];
    }
  }
  const orderA = argsortFloat64(a);
  const orderB = argsortFloat64(b);
  const out: LatencyBySegment = {
    count: new Float64Array(S),
    baseline: new Float64Array(S * PERCENTILES.length).fill(NaN),
    candidate: new Float64Array(S * PERCENTILES.length).fill(NaN),
    bootstrap: new Map(),
    bands: new Map(),
  };
  const metrics = Object.keys(LATENCY_QUANTILES);
  // The bands' canonical unit order: by (baseline, candidate) latency (identical requests are
  // interchangeable), so the bootstrap needs nothing but the values (the summaries carry them so).
  let canon: Int32Array | null = null;
  const itemsA = new Int32Array(m);
  const itemsB = new Int32Array(m);
  let itemsC: Int32Array | null = null;
  for (const dim of segmentation.dimensions) {
    const segOf = segmentsOf(dim.rowSegment, rows);
    const gA = groupBySegment(orderA, segOf, S, itemsA);
    const gB = groupBySegment(orderB, segOf, S, itemsB);
    let gC: Groups | null = null;
    for (let s = 0; s < S; s++) {
      const cnt = gA.count[s];
      if (cnt === 0) continue;
      out.count[s] = cnt;
      PERCENTILES.forEach((p, j) => {
        out.baseline[s * PERCENTILES.length + j] = quantileOfOrder(a, gA.items, gA.start[s], cnt, p);
        out.candidate[s * PERCENTILES.length + j] = quantileOfOrder(b, gB.items, gB.start[s], cnt, p);
      });
      for (const metric of metrics) {
        if (!opts.wantsBootstrap(s, metric)) continue;
        canon ??= canonicalOrder(a, orderB);
        gC ??= groupBySegment(canon, segOf, S, (itemsC ??= new Int32Array(m)));
        const p = LATENCY_QUANTILES[metric];
        const { lo, hi } = quantileBand(cnt, p, BAND_SD);
        const at = (v: Float64Array, g: Groups, r: number) => v[g.items[g.start[s] + r]];
        const edges = { loA: at(a, gA, lo), hiA: at(a, gA, hi), loB: at(b, gB, lo), hiB: at(b, gB, hi) };
        const band = bandOf(a, b, gC.items, gC.start[s], cnt, edges);
        const name = `${metric}/${segmentation.segments[s].id}`;
        out.bands.set(`${s}:${metric}`, band);
        out.bootstrap.set(`${s}:${metric}`, bandBootstrap(band, { p, resamples: opts.resamples, rng: new Random(`${opts.seed}|${name}`) }));
      }
    }
  }
  return out;
}

/** Request indices by (a, b) ascending: b's order (stable), then a stable sort by a. */
function canonicalOrder(a: Float64Array, orderB: Int32Array): Int32Array {
  const aByB = Float64Array.from(orderB, (i) => a[i]);
  const k = argsortFloat64(aByB);
  return Int32Array.from(k, (j) => orderB[j]);
}
