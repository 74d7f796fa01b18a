// runGate: the whole gate as one pipeline, shared by the action and the CLI:
// read -> segment -> measure -> judge -> decide -> report. No GitHub here.
import type { GateConfig } from './config/types.js';
import { defaultShadowConfig, effectiveConfig } from './config/parse.js';
import { UsageError } from './errors.js';
import { decide } from './gate/decide.js';
import { coverageCheck, unmatchedOverrides } from './gate/integrity.js';
import { judgeSegments, type PendingCheck } from './gate/judge.js';
import type { Check } from './gate/types.js';
import { countChecks, verdictOf } from './gate/verdict.js';
import { readEvalPair } from './io/index.js';
import { measureOffline, RowCache, splitMetricName, summarizeChanges } from './metrics/index.js';
import { scoreDistribution } from './report/distribution.js';
import type { Report } from './report/types.js';
import { buildSegmentation } from './segments/segment.js';
import { buildChangeTester } from './stats/paired.js';
import type { Segment } from './segments/types.js';
import { runShadow, withValueForMoneyMetric } from './shadow/index.js';

export interface GateRequest {
  name: string;
  config: GateConfig;
  /** Path or glob of the baseline's offline eval predictions. */
  baselineEval: string | null;
  candidateEval: string | null;
  shadow: string | null;
  labels: string | null;
  run: Report['run'];
  /** The clock, for the report's timestamp (tests pin it). */
  now?: () => Date;
}

/** Timings of the pipeline's stages in milliseconds, for the bench. */
export type StageTimings = Record<string, number>;

export async function runGate(req: GateRequest, timings: StageTimings = {}): Promise<Report> {
  // A shadow log without a shadow section gets the default one (and the report shows it).
  const config = req.shadow !== null && req.config.shadow === null ? { ...req.config, shadow: defaultShadowConfig() } : req.config;
  if ((req.baselineEval === null) !== (req.candidateEval === null)) {
    throw new UsageError(
      `${req.baselineEval === null ? 'candidate-eval' : 'baseline-eval'} is given without ${req.baselineEval === null ? 'baseline-eval' : 'candidate-eval'}: the offline comparison needs both files.`,
    );
  }
  if (req.labels !== null && req.shadow === null) {
    throw new UsageError('labels is given without shadow: the labels are joined onto the shadow log by request id.');
  }
  if (req.baselineEval === null && req.shadow === null) {
    throw new UsageError('nothing to compare: give baseline-eval and candidate-eval, or shadow, or both.');
  }

  const pending: PendingCheck[] = [];
  const fixed: Check[] = [];
  /** Segments seen in any data, to check that overrides name real ones. */
  const seen: Segment[] = [];
  let shadowSummary: Report['shadow'] = null;
  const inputs: Report['inputs'] = { baseline_eval: null, candidate_eval: null, examples: null, shadow: null, requests: null };
  const distributions: NonNullable<Report['distributions']> = { offline: null };
  const time = async <T>(stage: string, f: () => T | Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const out = await f();
    timings[stage] = (timings[stage] ?? 0) + performance.now() - t0;
    return out;
  };

  if (req.baselineEval !== null && req.candidateEval !== null) {
    const numericColumns = Object.keys(config.metrics)
      .map(splitMetricName)
      .filter((m) => m.base === 'mean' && m.arg !== null)
      .map((m) => m.arg!);
    const data = await time('read', () =>
      readEvalPair({
        baseline: req.baselineEval!,
        candidate: req.candidateEval!,
        columns: config.columns,
        task: config.task,
        threshold: config.threshold,
        numericColumns,
      }),
    );
    inputs.baseline_eval = { files: data.files.baseline, rows: data.integrity.baselineRows };
    inputs.candidate_eval = { files: data.files.candidate, rows: data.integrity.candidateRows };
    inputs.examples = data.n;
    const segmentation = await time('segment', () => buildSegmentation(data.n, data.segments, config.segments.cross));
    // The value-for-money metric is measured (and reported) even without a rule of its own.
    const offlineConfig = withValueForMoneyMetric(config);
    // Cells and score orders, built while measuring and reused by the statistics (one sort per model).
    const rows = new RowCache(data, segmentation);
    const measured = await time('measure', () => measureOffline(data, segmentation, offlineConfig.metrics, config.task, rows));
    fixed.push(coverageCheck(data.integrity, config.integrity.minCoverage));
    seen.push(...segmentation.segments);
    const tester = await time('stats', () => buildChangeTester(summarizeChanges(data, segmentation, measured, offlineConfig.metrics, config.task, config.statistics.seed, rows), measured, offlineConfig));
    pending.push(...(await time('judge', () => judgeSegments({ config: offlineConfig, measured, source: 'offline', tester }))));
    distributions.offline = await time('distributions', () => scoreDistribution(data.baseline.score, data.candidate.score, config.task));
  }

  if (req.shadow !== null) {
    const shadow = await runShadow({ config, shadow: req.shadow, labels: req.labels }, pending, time);
    inputs.shadow = shadow.input;
    inputs.requests = shadow.requests;
    fixed.push(...shadow.fixed);
    seen.push(...shadow.segments);
    pending.push(...shadow.pending);
    shadowSummary = shadow.summary;
  }
  fixed.push(...unmatchedOverrides(config, seen));

  const checks = [...fixed, ...decide(pending, config.statistics)];
  const counts = countChecks(checks);
  return {
    schema: 'model-release-gate/report@1',
    name: req.name,
    verdict: verdictOf(counts),
    counts,
    checks,
    inputs,
    config: effectiveConfig(config),
    run: req.run,
    override: null,
    generated_at: (req.now ?? (() => new Date()))().toISOString(),
    distributions,
    shadow: shadowSummary,
  };
}
