// Measures the shadow metrics per segment for both models: latency
// percentiles (with the bootstraps the change rules need), cost per 1,000
// requests, error rate, decision agreement and score PSI. Produces the same
// SegmentMetrics the offline judge reads, plus the sums the paired tests need.
import type { ShadowData } from '../../io/index.js';
import type { MetricValue, SegmentMetrics } from '../../metrics/index.js';
import type { Segment, Segmentation } from '../../segments/index.js';
import type { DiffSums } from '../../stats/index.js';
import type { PairedCounts } from '../../stats/index.js';
import { LATENCY_QUANTILES, PERCENTILES, measureLatency, type LatencyBySegment } from './latency.js';
import { psiOfCounts, scorePsiCounts } from './psi.js';
import { SUM, shadowSums } from './sums.js';

/** What the paired tests of one segment need. */
export interface ShadowSegmentStats {
  requests: number;
  /** Requests with both latencies (the latency percentiles' n). */
  latencyRequests: number;
  /** Sums of the per-request cost difference (candidate - baseline, USD); null without costs. */
  cost: DiffSums | null;
  /** Discordant failures; null without an error column. */
  errors: PairedCounts | null;
}

export interface ShadowMeasured {
  /** One per segment, values keyed by shadow metric name. */
  segments: SegmentMetrics[];
  stats: ShadowSegmentStats[];
  latency: LatencyBySegment;
  /** What the values were finished from (the summaries carry them): the per-segment sums (SUM), PSI's bin counts (null without score_psi or scores). */
  sums: Float64Array;
  psiCounts: Float64Array | null;
}

/** Everything measureShadow finishes the values from: what the log gives, or its summaries. */
export interface ShadowParts {
  segments: Segment[];
  sums: Float64Array;
  latency: LatencyBySegment;
  psiCounts: Float64Array | null;
  hasCost: boolean;
  hasError: boolean;
}

export interface ShadowMeasureOptions {
  /** The shadow metrics to put in `values` (the envelope's). */
  metrics: string[];
  /** Whether segment s needs the bootstrap of a latency metric (a change rule judges it there). */
  wantsBootstrap: (segment: number, metric: string) => boolean;
  resamples: number;
  seed: number;
}

const NONE: MetricValue = { baseline: null, candidate: null };
const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/**
 * Every shadow metric in every segment.
 * @example measureShadow(data, seg, { metrics: ['latency_p99_ms'], wantsBootstrap: () => true, resamples: 2000, seed: 1 }).segments[0].values.latency_p99_ms
 */
export function measureShadow(data: ShadowData, segmentation: Segmentation, opts: ShadowMeasureOptions): ShadowMeasured {
  return finishShadow(
    {
      segments: segmentation.segments,
      latency: measureLatency(data, segmentation, opts),
      sums: shadowSums(data, segmentation),
      psiCounts: opts.metrics.includes('score_psi') ? scorePsiCounts(data, segmentation) : null,
      hasCost: data.baseline.cost !== null && data.candidate.cost !== null,
      hasError: data.baseline.error !== null && data.candidate.error !== null,
    },
    opts.metrics,
  );
}

/**
 * The shadow metrics of every segment from their parts (the log's, or its summaries').
 * @example finishShadow(parts, ['latency_p99_ms', 'cost_per_1k']).segments[0].values.cost_per_1k
 */
export function finishShadow(parts: ShadowParts, metrics: string[]): ShadowMeasured {
  const { latency, sums, hasCost, hasError } = parts;
  const S = parts.segments.length;
  const psi = metrics.includes('score_psi') ? psiOfCounts(parts.psiCounts, S) : null;
  const W = SUM.WIDTH;

  const segments: SegmentMetrics[] = [];
  const stats: ShadowSegmentStats[] = [];
  for (let s = 0; s < S; s++) {
    const at = (f: number) => sums[s * W + f];
    const n = at(SUM.REQUESTS);
    const values: SegmentMetrics['values'] = {};
    for (const metric of metrics) {
      let v: MetricValue = NONE;
      const q = LATENCY_QUANTILES[metric];
      if (q !== undefined) {
        const j = PERCENTILES.indexOf(q as (typeof PERCENTILES)[number]);
        if (latency.count[s] > 0) v = { baseline: latency.baseline[s * 3 + j], candidate: latency.candidate[s * 3 + j] };
      } else if (n > 0) {
        switch (metric) {
          case 'cost_per_1k':
            if (hasCost) v = { baseline: (1000 * at(SUM.COST_B)) / n, candidate: (1000 * at(SUM.COST_C)) / n };
            break;
          case 'error_rate':
            if (hasError) v = { baseline: at(SUM.ERR_B) / n, candidate: at(SUM.ERR_C) / n };
            break;
          case 'agreement':
            if (at(SUM.AGREE_N) > 0) v = { baseline: null, candidate: at(SUM.AGREE) / at(SUM.AGREE_N) };
            break;
          case 'score_psi':
            v = { baseline: null, candidate: psi ? finite(psi[s]) : null };
            break;
        }
      }
      values[metric] = v;
    }
    segments.push({ segment: parts.segments[s], n, weight: n, positives: null, values });
    stats.push({
      requests: n,
      latencyRequests: latency.count[s],
      cost: hasCost ? { n, sum: at(SUM.COST_D), sumSq: at(SUM.COST_D2) } : null,
      errors: hasError ? { n, only1: at(SUM.ONLY_C), only2: at(SUM.ONLY_B) } : null,
    });
  }
  return { segments, stats, latency, sums, psiCounts: parts.psiCounts };
}
