// summariesWrite.ts: the eval pair -> its summaries (what `model-gate summaries`
// prints, and what the warehouse query computes): the measuring sums, the paired
// tests' summaries and the report's score histogram, per segment.
import type { GateConfig } from '../../config/index.js';
import { readEvalPair } from '../../io/index.js';
import { finishMetrics, idsToKeep, measureSums, splitMetricName, summarizeChanges } from '../../metrics/index.js';
import { scoreDistribution } from '../../report/index.js';
import { buildSegmentation } from '../../segments/index.js';
import { RowCache } from '../../summaries/index.js';
import { summarySettings, type OfflineSummaries } from './summariesFormat.js';

/** The numeric columns `mean[X]` metrics read. */
export function numericColumnsOf(config: GateConfig): string[] {
  return Object.keys(config.metrics)
    .map(splitMetricName)
    .filter((m) => m.base === 'mean' && m.arg !== null)
    .map((m) => m.arg!);
}

/**
 * The summaries of an eval pair for `config`, from its rows.
 * @example (await summariesFromRows({ baseline: 'a.csv', candidate: 'b.csv' }, config)).segments[0].id // 'overall'
 */
export async function summariesFromRows(input: { baseline: string; candidate: string }, config: GateConfig): Promise<OfflineSummaries> {
  const data = await readEvalPair({
    baseline: input.baseline,
    candidate: input.candidate,
    columns: config.columns,
    task: config.task,
    threshold: config.threshold,
    numericColumns: numericColumnsOf(config),
    ids: idsToKeep(config.metrics, config.task, config.statistics.seed),
  });
  const segmentation = buildSegmentation(data.n, data.segments, config.segments.cross);
  const rows = new RowCache(data, segmentation);
  const sums = measureSums(data, segmentation, config.metrics, config.task, rows);
  const measured = finishMetrics(sums, segmentation.segments, config.metrics);
  const changes = summarizeChanges(data, segmentation, measured, config.metrics, config.task, config.statistics.seed, rows);
  return {
    settings: summarySettings(config),
    classes: data.classes,
    // The 5 smallest ids in one file only, as the warehouse query picks them (not the first 5 in file order).
    integrity: data.smallestOnly ? { ...data.integrity, examplesOnlyBaseline: data.smallestOnly.baseline, examplesOnlyCandidate: data.smallestOnly.candidate } : data.integrity,
    segments: segmentation.segments,
    sums,
    changes,
    distribution: scoreDistribution(data.baseline.score, data.candidate.score, config.task),
  };
}
