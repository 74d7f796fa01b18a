// The shadow source: the paired shadow log -> segment -> measure the serving
// envelope (latency, cost, errors, agreement, score PSI) with the paired tests
// of each change -> values, tester and the request-coverage check; the report's
// shadow summary. Value for money runs in `finish`, reading the lift from the
// offline or online source's measured values.
import { defaultShadowConfig, type ShadowConfig } from '../../config/index.js';
import type { ShadowData } from '../../io/index.js';
import type { ShadowSummary } from '../../report/index.js';
import { buildSegmentation } from '../../segments/index.js';
import type { Source, SourceContext, SourceResult } from '../types.js';
import { bootstrapWanted, envelopeRules, envelopeTester, requestCoverageCheck, valueForMoneyCheck } from './envelope.js';
import { PERCENTILES } from './latency.js';
import type { ShadowLog } from './log.js';
import { measureShadow, type ShadowMeasured } from './measure.js';
import { change, liftAndCost } from './valueForMoney.js';

/** The shadow source of a run. */
export function shadowSource(log: ShadowLog): Source {
  return { id: 'shadow', run: (ctx) => runShadow(log, ctx) };
}

async function runShadow(log: ShadowLog, ctx: SourceContext): Promise<SourceResult> {
  const { config, time } = ctx;
  const shadow = config.shadow ?? defaultShadowConfig();
  const data = await time('shadow read', () => log.read(config));
  const segmentation = await time('shadow segment', () => buildSegmentation(data.n, data.segments, config.segments.cross));
  const rules = envelopeRules(config, shadow);
  const metrics = [...new Set([...Object.keys(shadow.envelope), 'cost_per_1k', 'error_rate'])];
  const measured = await time('shadow measure', () =>
    measureShadow(data, segmentation, {
      metrics,
      wantsBootstrap: bootstrapWanted(rules, segmentation),
      resamples: config.statistics.resamples,
      seed: config.statistics.seed,
    }),
  );
  return {
    id: 'shadow',
    values: { source: 'shadow', rules, measured: measured.segments, tester: envelopeTester(config.statistics.confidence, measured) },
    integrity: [requestCoverageCheck(data.integrity, shadow.models, config.integrity.minCoverage)],
    segments: segmentation.segments,
    scores: config.task !== 'multiclass' && data.baseline.score && data.candidate.score ? { baseline: data.baseline.score, candidate: data.candidate.score } : null,
    report: {
      inputs: { shadow: { files: data.files, rows: data.integrity.rows }, requests: data.n },
      shadow: summarize(data, shadow, measured),
    },
    finish: (all) => {
      const vfm = liftAndCost(config, shadow, measured, data.baseline.cost !== null, all);
      return {
        pending: shadow.valueForMoney ? [valueForMoneyCheck(shadow.valueForMoney, vfm, data.n)] : [],
        report: { shadow: { value_for_money: vfm } },
      };
    },
  };
}

/** The report's shadow summary; the online source fills in its labelled requests, `finish` the value for money. */
function summarize(data: ShadowData, shadow: ShadowConfig, measured: ShadowMeasured): ShadowSummary {
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
