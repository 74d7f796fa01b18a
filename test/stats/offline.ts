// The paired tests from the rows, as the offline source runs them: the change
// summaries (metrics layer) then the statistics on them. For the tests that
// build their data as rows.
import type { GateConfig } from '../../src/config/types.js';
import type { EvalData } from '../../src/io/types.js';
import { summarizeChanges, type SegmentMetrics } from '../../src/metrics/index.js';
import type { Segmentation } from '../../src/segments/types.js';
import * as paired from '../../src/stats/paired.js';
import { RowCache } from '../../src/summaries/index.js';

const summaries = (data: EvalData, seg: Segmentation, measured: SegmentMetrics[], config: GateConfig, rows?: RowCache) =>
  summarizeChanges(data, seg, measured, config.metrics, config.task, config.statistics.seed, rows ?? new RowCache(data, seg));

export function estimateChanges(data: EvalData, seg: Segmentation, measured: SegmentMetrics[], config: GateConfig, rows?: RowCache): paired.ChangeEstimates {
  return paired.estimateChanges(summaries(data, seg, measured, config, rows), measured, config);
}

export function buildChangeTester(data: EvalData, seg: Segmentation, measured: SegmentMetrics[], config: GateConfig, rows?: RowCache) {
  return paired.buildChangeTester(summaries(data, seg, measured, config, rows), measured, config);
}
