// The offline source: the baseline's and candidate's eval files, joined by id,
// measured per segment, with the paired tests of every change, the id-coverage
// integrity check and the score distributions for the report.
import { splitMetricName } from '../../metrics/index.js';
import { checkClassNames, taskHint, type GateConfig } from '../../config/index.js';
import { DataError } from '../../errors/index.js';
import { coverageCheck, integrityCheck, ruleSetOf } from '../../gate/index.js';
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
    }).catch((e: unknown) => {
      throw withTaskHint(e, config.task, config.columns.label);
    }),
  );
  if (config.task === 'multiclass') checkClassNames(config, data.classes);
  const hint = taskHint(config.task, data.label);
  const taskChecks = hint ? [integrityCheck('task', 'overall', { status: 'warn', severity: 'warn', rule: 'task', message: hint })] : [];
  const { segmentation, measured, tester } = await measureEval(data, config, { metrics: config.metrics, statsConfig: config, time, stage: '', cache: true });
  const offline = await time('distributions', () => scoreDistribution(data.baseline.score, data.candidate.score, config.task));
  return {
    id: 'offline',
    values: { source: 'offline', rules: ruleSetOf(config), measured, tester },
    integrity: [coverageCheck(data.integrity, config.integrity.minCoverage), ...taskChecks],
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

/** A binary label that is not 0/1 (a class name, a number): the reader's error, naming the task that fits. */
function withTaskHint(e: unknown, task: GateConfig['task'], labelColumn: string): unknown {
  if (task !== 'binary' || !(e instanceof DataError) || e.column !== labelColumn || !e.detail.includes('is not a binary label')) return e;
  return new DataError(e.file, `${e.detail} (task is binary: class labels need task: multiclass, numeric targets task: regression)`, { line: e.line, column: e.column });
}
