// An eval pair, measured: segment -> every metric in every segment -> the
// paired change tester over the same rows. Shared by the offline source (the
// eval files) and the online source (the labelled shadow requests as an eval pair).
import type { GateConfig, MetricConfig } from '../../config/index.js';
import type { ChangeTester } from '../../gate/index.js';
import type { EvalData } from '../../io/index.js';
import { measureOffline, summarizeChanges, type SegmentMetrics } from '../../metrics/index.js';
import { RowCache } from '../../summaries/index.js';
import { buildSegmentation, type Segmentation } from '../../segments/index.js';
import { buildChangeTester } from '../../stats/index.js';
import type { Timer } from '../types.js';

export interface MeasuredEval {
  segmentation: Segmentation;
  measured: SegmentMetrics[];
  tester: ChangeTester;
}

export interface MeasureEvalOptions {
  /** The metrics to measure (their rules are the rule set's). */
  metrics: Record<string, MetricConfig>;
  /** The config the paired tests read (statistics: confidence, seed, resamples). */
  statsConfig: GateConfig;
  time: Timer;
  /** Prefix of the stage names (`segment`, `measure`, `stats`), e.g. `online `. */
  stage: string;
  /** Build cells and score orders once and share them with the statistics (one sort per model). */
  cache: boolean;
}

/**
 * Measures an eval pair.
 * @example await measureEval(data, config, { metrics: config.metrics, statsConfig: config, time, stage: '', cache: true })
 */
export async function measureEval(data: EvalData, config: GateConfig, opts: MeasureEvalOptions): Promise<MeasuredEval> {
  const { time, stage } = opts;
  const segmentation = await time(`${stage}segment`, () => buildSegmentation(data.n, data.segments, config.segments.cross));
  const rows = opts.cache ? new RowCache(data, segmentation) : undefined;
  const measured = await time(`${stage}measure`, () => measureOffline(data, segmentation, opts.metrics, config.task, rows));
  const tester = await time(`${stage}stats`, () =>
    buildChangeTester(summarizeChanges(data, segmentation, measured, opts.metrics, config.task, opts.statsConfig.statistics.seed, rows), measured, opts.statsConfig),
  );
  return { segmentation, measured, tester };
}
