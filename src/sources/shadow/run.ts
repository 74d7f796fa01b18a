// The shadow source: the paired shadow log -> segment -> measure the serving
// envelope (latency, cost, errors, agreement, score PSI) with the paired tests
// of each change -> values, tester and the request-coverage check; the report's
// shadow summary. Value for money runs in `finish`, reading the lift from the
// offline or online source's measured values.
import { defaultShadowConfig, type GateConfig, type ShadowConfig } from '../../config/index.js';
import type { RuleSet } from '../../gate/index.js';
import type { ShadowData, ShadowIntegrity, ShadowLabels } from '../../io/index.js';
import type { ShadowSummary } from '../../report/index.js';
import { buildSegmentation } from '../../segments/index.js';
import type { Source, SourceContext, SourceResult } from '../types.js';
import { bootstrapWanted, envelopeRules, envelopeTester, requestCoverageCheck, valueForMoneyCheck } from './envelope.js';
import { PERCENTILES } from './latency.js';
import type { ShadowLog } from './log.js';
import { measureShadow, type ShadowMeasured } from './measure.js';
import { change, liftAndCost } from './valueForMoney.js';

/** The shadow source of a run: from the log, or from its summaries (`model-gate summaries --shadow`). */
export function shadowSource(log: ShadowLog): Source {
  return { id: 'shadow', run: (ctx) => runShadow(log, ctx) };
}

/** What the shadow result says about the log besides the measured values. */
export interface ShadowFacts {
  n: number;
  integrity: ShadowIntegrity;
  files: string[];
  costSource: ShadowData['costSource'];
  hasCost: boolean;
  labels: ShadowLabels;
  scores: SourceResult['scores'];
}

/** The measuring options of a run's shadow metrics (the metrics, resamples and seed). */
export function shadowMetrics(shadow: ShadowConfig): string[] {
  return [...new Set([...Object.keys(shadow.envelope), 'cost_per_1k', 'error_rate'])];
}

/** The log read, segmented and measured, as runShadow and the summaries writer do it. */
export async function measureLog(log: ShadowLog, config: GateConfig, time: SourceContext['time']): Promise<{ data: ShadowData; measured: ShadowMeasured; rules: RuleSet }> {
  const shadow = config.shadow ?? defaultShadowConfig();
  const data = await time('shadow read', () => log.read(config));
  const segmentation = await time('shadow segment', () => buildSegmentation(data.n, data.segments, config.segments.cross));
  const rules = envelopeRules(config, shadow);
  const measured = await time('shadow measure', () =>
    measureShadow(data, segmentation, {
      metrics: shadowMetrics(shadow),
      wantsBootstrap: bootstrapWanted(rules, segmentation),
      resamples: config.statistics.resamples,
      seed: config.statistics.seed,
    }),
  );
  return { data, measured, rules };
}

async function runShadow(log: ShadowLog, ctx: SourceContext): Promise<SourceResult> {
  const { config } = ctx;
  const { data, measured, rules } = await measureLog(log, config, ctx.time);
  const facts: ShadowFacts = {
    n: data.n,
    integrity: data.integrity,
    files: data.files,
    costSource: data.costSource,
    hasCost: data.baseline.cost !== null,
    labels: data.labels,
    scores: config.task !== 'multiclass' && data.baseline.score && data.candidate.score ? { baseline: data.baseline.score, candidate: data.candidate.score } : null,
  };
  return shadowResult(config, facts, rules, measured);
}

/** The shadow source's result from its measured values (the log's or the summaries'). */
export function shadowResult(config: GateConfig, facts: ShadowFacts, rules: RuleSet, measured: ShadowMeasured): SourceResult {
  const shadow = config.shadow ?? defaultShadowConfig();
  return {
    id: 'shadow',
    values: { source: 'shadow', rules, measured: measured.segments, tester: envelopeTester(config.statistics.confidence, measured) },
    integrity: [requestCoverageCheck(facts.integrity, shadow.models, config.integrity.minCoverage)],
    segments: measured.segments.map((s) => s.segment),
    scores: facts.scores,
    report: {
      inputs: { shadow: { files: facts.files, rows: facts.integrity.rows }, requests: facts.n },
      shadow: summarize(facts, shadow, measured),
    },
    finish: (all) => {
      const vfm = liftAndCost(config, shadow, measured, facts.hasCost, all);
      return {
        pending: shadow.valueForMoney ? [valueForMoneyCheck(shadow.valueForMoney, vfm, facts.n)] : [],
        report: { shadow: { value_for_money: vfm } },
      };
    },
  };
}

/** The report's shadow summary; the online source fills in its labelled requests, `finish` the value for money. */
function summarize(data: ShadowFacts, shadow: ShadowConfig, measured: ShadowMeasured): ShadowSummary {
  const { latency } = measured;
  const overall = measured.segments[0].values;
  // PERCENTILES is [0.5, 0.95, 0.99]: overall's are the first three.
  const percentiles = (a: Float64Array) => ({ p50: a[PERCENTILES.indexOf(0.5)], p95: a[PERCENTILES.indexOf(0.95)], p99: a[PERCENTILES.indexOf(0.99)] });
  const cost = overall.cost_per_1k;
  const err = overall.error_rate;
  return {
    requests: data.n,
    models: { ...shadow.models },
    latency: latency.count[0] > 0 ? { requests: latency.count[0], baseline: percentiles(latency.baseline), candidate: percentiles(latency.candidate) } : null,
    cost_per_1k: cost?.baseline != null && cost.candidate != null && data.costSource !== null ? { ...change(cost.baseline, cost.candidate), source: data.costSource } : null,
    error_rate: err?.baseline != null && err.candidate != null ? change(err.baseline, err.candidate) : null,
    labels: {
      labelled: data.labels.labelled,
      coverage: data.n > 0 ? data.labels.labelled / data.n : 0,
      from_log: data.labels.fromLog,
      from_file: data.labels.fromFile,
      file_rows: data.labels.fileRows,
      file_unmatched: data.labels.fileUnmatched,
      online_requests: 0,
      skipped_metrics: [],
    },
    value_for_money: null,
  };
}
