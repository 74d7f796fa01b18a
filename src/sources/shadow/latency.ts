// Latency percentiles per segment, exact: one sort of each model's latencies,
// then per dimension a counting sort by segment gives every segment its
// latencies in order. Requests where either model's latency is missing (failed
// requests that logged none) are left out of both models' percentiles, so the
// two stay paired. Where a change rule needs it, the paired bootstrap of the
// percentile's delta runs here too (src/stats/quantileBootstrap.ts).
import type { ShadowData } from '../../io/index.js';
import { argsortFloat64 } from '../../sort/index.js';
import type { Segmentation } from '../../segments/index.js';
import { pairedQuantileBootstrap, type PairedValues } from '../../stats/index.js';
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
  };
  const metrics = Object.keys(LATENCY_QUANTILES);
  // Scratch reused by every dimension (fewer large allocations: lower peak memory).
  const itemsA = new Int32Array(m);
  const itemsB = new Int32Array(m);
  let scratch: { members: Int32Array; localOf: Int32Array; a: Float64Array; b: Float64Array; oA: Int32Array; oB: Int32Array } | null = null;

  for (const dim of segmentation.dimensions) {
    const segOf = segmentsOf(dim.rowSegment, rows);
    const gA = groupBySegment(orderA, segOf, S, itemsA);
    const gB = groupBySegment(orderB, segOf, S, itemsB);
    let members: Groups | null = null;
    for (let s = 0; s < S; s++) {
      const cnt = gA.count[s];
      if (cnt === 0) continue;
      out.count[s] = cnt;
      PERCENTILES.forEach((p, j) => {
        out.baseline[s * PERCENTILES.length + j] = quantileOfOrder(a, gA.items, gA.start[s], cnt, p);
        out.candidate[s * PERCENTILES.length + j] = quantileOfOrder(b, gB.items, gB.start[s], cnt, p);
      });
      const wanted = metrics.filter((metric) => opts.wantsBootstrap(s, metric));
      if (wanted.length === 0) continue;
      const bootstrap = (x: PairedValues) => {
        for (const metric of wanted) {
          const name = `${metric}/${segmentation.segments[s].id}`;
          out.bootstrap.set(`${s}:${metric}`, pairedQuantileBootstrap(x, { p: LATENCY_QUANTILES[metric], resamples: opts.resamples, rng: new Random(`${opts.seed}|${name}`) }));
        }
      };
      if (cnt === m) {
        // Every request (overall): no copies.
        bootstrap({ a, b, orderA, orderB });
        continue;
      }
      scratch ??= {
        members: new Int32Array(m),
        localOf: new Int32Array(m),
        a: new Float64Array(m),
        b: new Float64Array(m),
        oA: new Int32Array(m),
        oB: new Int32Array(m),
      };
      const sc = scratch;
      if (members === null) {
        // Requests of each segment in request order, and each request's place in its segment.
        members = groupBySegment(null, segOf, S, sc.members);
        for (let t = 0; t < S; t++) {
          const st = members.start[t];
          for (let j = 0; j < members.count[t]; j++) sc.localOf[members.items[st + j]] = j;
        }
      }
      // The segment's requests, copied once for all its bootstrapped metrics.
      const st = members.start[s];
      const aS = sc.a.subarray(0, cnt);
      const bS = sc.b.subarray(0, cnt);
      const oA = sc.oA.subarray(0, cnt);
      const oB = sc.oB.subarray(0, cnt);
      const items = members.items;
      const localOf = sc.localOf;
      const itemsA = gA.items;
      const itemsB = gB.items;
      const startA = gA.start[s];
      const startB = gB.start[s];
      for (let j = 0; j < cnt; j++) {
        const i = items[st + j];
        aS[j] = a[i];
        bS[j] = b[i];
        oA[j] = localOf[itemsA[startA + j]];
        oB[j] = localOf[itemsB[startB + j]];
      }
      bootstrap({ a: aS, b: bS, orderA: oA, orderB: oB });
    }
  }
  return out;
}
