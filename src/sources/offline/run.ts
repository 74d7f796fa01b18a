// The offline source: the baseline's and candidate's eval files, joined by id,
// measured per segment, with the paired tests of every change, the id-coverage
// integrity check and the score distributions for the report.
import { confusionFromTables, confusionMatrices, finishMetrics, idsToKeep, numericColumnsOf } from '../../metrics/index.js';
import { coverageCheck, integrityCheck, ruleSetOf } from '../../gate/index.js';
import { expandInput, readEvalPair } from '../../io/index.js';
import { buildChangeTester } from '../../stats/index.js';
import { checkClassNames, taskHint } from '../../config/index.js';
import { DataError } from '../../errors/index.js';
import { scoreDistribution } from '../../report/index.js';
import type { GateConfig } from '../../config/index.js';
import type { EvalData } from '../../io/index.js';
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
  /** A path or glob, or the files (as the summaries input routes them). */
  summaries: string | string[];
}

/** The same result as runOffline, from the summaries: no row is read. */
async function runFromSummaries(path: string | string[], ctx: SourceContext): Promise<SourceResult> {
  const { config, time } = ctx;
  const x = await time('read', () => readSummaries(path, config));
  const measured = await time('measure', () => finishMetrics(x.sums, x.segments, config.metrics));
  const tester = await time('stats', () => buildChangeTester(x.changes, measured, config));
  const files = typeof path === 'string' ? expandInput(path) : path;
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
      ...(config.task === 'multiclass' ? { confusion: confusionFromTables(x.changes.tables, x.classes, x.segments) } : {}),
    },
  };
}

/** The run's eval pair, read on first use; every later call gets the same data (the estimated source reads it too). */
export interface EvalPair {
  read(config: GateConfig): Promise<EvalData>;
}

export function evalPair(input: OfflineInput): EvalPair {
  let data: Promise<EvalData> | null = null;
  return {
    read(config) {
      const numericColumns = numericColumnsOf(config.metrics);
      data ??= readEvalPair({
        baseline: input.baseline,
        candidate: input.candidate,
        columns: config.columns,
        task: config.task,
        threshold: config.threshold,
        numericColumns,
        ids: idsToKeep(config.metrics, config.task, config.statistics.seed),
      }).catch((e: unknown) => {
        throw withTaskHint(e, config.task, config.columns.label);
      });
      return data;
    },
  };
}

/** The offline source of a run: from the eval files (read once, through `pair`), or from their summaries. */
export function offlineSource(input: OfflineInput | SummariesInput, pair?: EvalPair): Source {
  if ('summaries' in input) return { id: 'offline', run: (ctx) => runFromSummaries(input.summaries, ctx) };
  const rows = pair ?? evalPair(input);
  return { id: 'offline', run: (ctx) => runOffline(rows, ctx) };
}

async function runOffline(pair: EvalPair, ctx: SourceContext): Promise<SourceResult> {
  const { config, time } = ctx;
  const data = await time('read', () => pair.read(config));
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
    scores: config.task === 'multiclass' ? null : { baseline: data.baseline.score, candidate: data.candidate.score },
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

/** A binary label that is not 0/1 (a class name, a number): the reader's error, naming the task that fits. */
function withTaskHint(e: unknown, task: GateConfig['task'], labelColumn: string): unknown {
  if (task !== 'binary' || !(e instanceof DataError) || e.column !== labelColumn || !e.detail.includes('is not a binary label')) return e;
  return new DataError(e.file, `${e.detail} (task is binary: class labels need task: multiclass, numeric targets task: regression)`, { line: e.line, column: e.column });
}
