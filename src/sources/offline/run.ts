// The offline source: the baseline's and candidate's eval files, joined by id,
// measured per segment, with the paired tests of every change, the id-coverage
// integrity check and the score distributions for the report.
import { finishMetrics, splitMetricName } from '../../metrics/index.js';
import { coverageCheck, ruleSetOf } from '../../gate/index.js';
import { expandInput, readEvalPair } from '../../io/index.js';
import { buildChangeTester } from '../../stats/index.js';
import { scoreDistribution } from '../../report/index.js';
import type { Source, SourceContext, SourceResult } from '../types.js';
import { measureEval } from './measure.js';
import { readSummaries } from './summariesRead.js';

export interface OfflineInput {
  /** Path or glob of the baseline's offline eval predictions. */
  baseline: string;
  candidate: string;
}

/** The offline comparison from its summaries (`model-release-gate/summaries@1`) instead of the rows. */
export interface SummariesInput {
  summaries: string;
}

/** The offline source of a run. */
export function offlineSource(input: OfflineInput | SummariesInput): Source {
  return { id: 'offline', run: (ctx) => ('summaries' in input ? runFromSummaries(input.summaries, ctx) : runOffline(input, ctx)) };
}

/** The same result as runOffline, from the summaries: no row is read. */
async function runFromSummaries(path: string, ctx: SourceContext): Promise<SourceResult> {
  const { config, time } = ctx;
  const x = await time('read', () => readSummaries(path, config));
  const measured = await time('measure', () => finishMetrics(x.sums, x.segments, config.metrics));
  const tester = await time('stats', () => buildChangeTester(x.changes, measured, config));
  const files = expandInput(path);
  return {
    id: 'offline',
    values: { source: 'offline', rules: ruleSetOf(config), measured, tester },
    integrity: [coverageCheck(x.integrity, config.integrity.minCoverage)],
    segments: x.segments,
    report: {
      inputs: {
        baseline_eval: { files, rows: x.integrity.baselineRows },
        candidate_eval: { files, rows: x.integrity.candidateRows },
        examples: x.integrity.matched,
      },
      distributions: { offline: x.distribution },
    },
  };
}

async function runOffline(input: OfflineInput, ctx: SourceContext): Promise<SourceResult> {
  const { config, time } = ctx;
  const numericColumns = Object.keys(config.metrics)
    .map(splitMetricName)
    .filter((m) => m.base === 'mean' && m.arg !== null)
    .map((m) => m.arg!);
  const data = await time('read', () =>
    readEvalPair({
      baseline: input.baseline,
      candidate: input.candidate,
      columns: config.columns,
      task: config.task,
      threshold: config.threshold,
      numericColumns,
    }),
  );
  const { segmentation, measured, tester } = await measureEval(data, config, { metrics: config.metrics, statsConfig: config, time, stage: '', cache: true });
  const offline = await time('distributions', () => scoreDistribution(data.baseline.score, data.candidate.score, config.task));
  return {
    id: 'offline',
    values: { source: 'offline', rules: ruleSetOf(config), measured, tester },
    integrity: [coverageCheck(data.integrity, config.integrity.minCoverage)],
    segments: segmentation.segments,
    report: {
      inputs: {
        baseline_eval: { files: data.files.baseline, rows: data.integrity.baselineRows },
        candidate_eval: { files: data.files.candidate, rows: data.integrity.candidateRows },
        examples: data.n,
      },
      distributions: { offline },
    },
  };
}
