// The offline source: the baseline's and candidate's eval files, joined by id,
// measured per segment, with the paired tests of every change, the id-coverage
// integrity check and the score distributions for the report.
import { confusionMatrices, numericColumnsOf } from '../../metrics/index.js';
import { coverageCheck, ruleSetOf } from '../../gate/index.js';
import { readEvalPair } from '../../io/index.js';
import { scoreDistribution } from '../../report/index.js';
import type { Source, SourceContext, SourceResult } from '../types.js';
import { measureEval } from './measure.js';

export interface OfflineInput {
  /** Path or glob of the baseline's offline eval predictions. */
  baseline: string;
  candidate: string;
}

/** The offline source of a run. */
export function offlineSource(input: OfflineInput): Source {
  return { id: 'offline', run: (ctx) => runOffline(input, ctx) };
}

async function runOffline(input: OfflineInput, ctx: SourceContext): Promise<SourceResult> {
  const { config, time } = ctx;
  const numericColumns = numericColumnsOf(config.metrics);
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
      ...(config.task === 'multiclass' ? { confusion: confusionMatrices(data, segmentation) } : {}),
    },
  };
}
