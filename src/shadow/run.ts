// The shadow part of the gate, as one step of the pipeline: read and pair the
// log -> segment -> measure -> judge the envelope, the online metrics on
// labelled requests and value for money -> the checks and the report's
// shadow summary.
import { defaultShadowConfig } from '../config/parse.js';
import type { GateConfig, MetricConfig, ShadowConfig } from '../config/types.js';
import { bootstrapWanted, envelopeConfig, judgeEnvelope, requestCoverageCheck, valueForMoneyCheck } from '../gate/envelope.js';
import { judgeSegments, type PendingCheck } from '../gate/judge.js';
import type { Check } from '../gate/types.js';
import { readShadowLog } from '../io/shadow.js';
import type { ShadowData } from '../io/types.js';
import { lookupMetric } from '../metrics/catalog.js';
import { measureOffline, summarizeChanges } from '../metrics/index.js';
import type { InputSummary, ShadowSummary, ValueForMoney } from '../report/types.js';
import { buildSegmentation } from '../segments/segment.js';
import type { Segment } from '../segments/types.js';
import { buildChangeTester } from '../stats/paired.js';
import { PERCENTILES } from './latency.js';
import { measureShadow, type ShadowMeasured } from './measure.js';
import { onlineEvalData, onlineMetrics, onlineStatsConfig } from './online.js';
import { change, valueForMoney } from './valueForMoney.js';

export interface ShadowRequest {
  config: GateConfig;
  /** Path or glob of the shadow log. */
  shadow: string;
  labels: string | null;
}

export interface ShadowRun {
  pending: PendingCheck[];
  /** Checks settled already (integrity). */
  fixed: Check[];
  /** The shadow log's segments (for checking that overrides name real segments). */
  segments: Segment[];
  input: InputSummary;
  requests: number;
  summary: ShadowSummary;
}

type Timer = <T>(stage: string, f: () => T | Promise<T>) => Promise<T>;
const untimed: Timer = async (_stage, f) => f();

/**
 * The config with `shadow.value_for_money.metric` among the metrics (rule-less: measured
 * and reported, not judged) when it is not configured, so its lift is measured.
 */
export function withValueForMoneyMetric(config: GateConfig): GateConfig {
  const metric = config.shadow?.valueForMoney?.metric;
  if (!metric || metric in config.metrics) return config;
  const info = lookupMetric(metric, config.task);
  if (!info) return config;
  const mc: MetricConfig = { rule: { severity: 'fail' }, direction: info.direction };
  return { ...config, metrics: { ...config.metrics, [metric]: mc } };
}

/** Why each column group of the log is needed, for the message when it is missing. */
function needs(shadow: ShadowConfig, defaulted: boolean): Parameters<typeof readShadowLog>[0]['needs'] {
  const where = defaulted ? 'the default shadow envelope (no shadow section in the config)' : 'shadow.envelope';
  const has = (m: string) => m in shadow.envelope;
  const out: Parameters<typeof readShadowLog>[0]['needs'] = {};
  if (has('cost_per_1k')) out.cost = `cost_per_1k is in ${where}`;
  else if (shadow.valueForMoney) out.cost = 'shadow.value_for_money is set';
  if (has('error_rate')) out.error = `error_rate is in ${where}`;
  if (has('agreement')) out.decision = `agreement is in ${where}`;
  if (has('score_psi')) out.score = `score_psi is in ${where}`;
  return out;
}

/**
 * Runs the shadow comparison.
 * @param offline the offline pending checks of the same run (for value for money's lift)
 */
export async function runShadow(req: ShadowRequest, offline: PendingCheck[], time: Timer = untimed): Promise<ShadowRun> {
  const config = withValueForMoneyMetric(req.config);
  const shadow = config.shadow ?? defaultShadowConfig();
  const data = await time('shadow read', () =>
    readShadowLog({
      shadow: req.shadow,
      labels: req.labels,
      columns: config.columns,
      task: config.task,
      threshold: config.threshold,
      models: shadow.models,
      pricing: shadow.pricing,
      needs: needs(shadow, config.shadow === null),
    }),
  );
  const segmentation = await time('shadow segment', () => buildSegmentation(data.n, data.segments, config.segments.cross));
  const view = envelopeConfig(config, shadow);
  const metrics = [...new Set([...Object.keys(shadow.envelope), 'cost_per_1k', 'error_rate'])];
  const measured = await time('shadow measure', () =>
    measureShadow(data, segmentation, {
      metrics,
      wantsBootstrap: bootstrapWanted(view, segmentation),
      resamples: config.statistics.resamples,
      seed: config.statistics.seed,
    }),
  );
  const pending = await time('shadow judge', () => judgeEnvelope(config, shadow, measured));
  const fixed = [requestCoverageCheck(data.integrity, shadow.models, config.integrity.minCoverage)];

  // Online: the offline metric set on the labelled requests.
  const online = onlineMetrics(config.metrics, config.task, data.baseline.score !== null && data.candidate.score !== null, config.columns.score);
  let onlineRequests = 0;
  const onlinePending: PendingCheck[] = [];
  if (data.labels.labelled > 0) {
    const ev = onlineEvalData(data, config.task);
    if (ev && Object.keys(online.metrics).length > 0) {
      onlineRequests = ev.n;
      const onlineConfig = { ...config, metrics: online.metrics };
      const seg = buildSegmentation(ev.n, ev.segments, config.segments.cross);
      const m = await time('online measure', () => measureOffline(ev, seg, online.metrics, config.task));
      // The offline paired tests on the labelled requests, on random streams of their own.
      const statsConfig = onlineStatsConfig(onlineConfig);
      const tester = await time('online stats', () =>
        buildChangeTester(summarizeChanges(ev, seg, m, online.metrics, config.task, statsConfig.statistics.seed), m, statsConfig),
      );
      onlinePending.push(...judgeSegments({ config: onlineConfig, measured: m, source: 'online', tester }));
    }
  }
  pending.push(...onlinePending);

  const vfm = liftAndCost(config, shadow, measured, data, [...offline, ...onlinePending]);
  if (shadow.valueForMoney) pending.push(valueForMoneyCheck(shadow.valueForMoney, vfm, data.n));

  return {
    pending,
    fixed,
    segments: segmentation.segments,
    input: { files: data.files, rows: data.integrity.rows },
    requests: data.n,
    summary: summarize(data, shadow, measured, onlineRequests, online.skipped, vfm),
  };
}

/** The overall lift of the value-for-money metric (offline first, else online) next to the cost and p99 change. */
function liftAndCost(config: GateConfig, shadow: ShadowConfig, measured: ShadowMeasured, data: ShadowData, checks: PendingCheck[]): ValueForMoney | null {
  const overall = measured.segments[0].values;
  const cost = overall.cost_per_1k;
  if (!shadow.valueForMoney && (data.baseline.cost === null || cost?.baseline == null)) return null;
  const names = shadow.valueForMoney ? [shadow.valueForMoney.metric] : Object.keys(config.metrics);
  for (const source of ['offline', 'online'] as const) {
    for (const metric of names) {
      const c = checks.find((p) => p.check.source === source && p.check.metric === metric && p.check.segment === 'overall')?.check;
      if (!c || c.baseline === null || c.candidate === null) continue;
      const direction = config.metrics[metric]?.direction ?? lookupMetric(metric, config.task)?.direction ?? 'higher';
      const j = PERCENTILES.indexOf(0.99);
      const p99 = measured.latency.count[0] > 0 ? change(measured.latency.baseline[j], measured.latency.candidate[j]) : null;
      return valueForMoney(
        { metric, source, baseline: c.baseline, candidate: c.candidate, direction },
        cost?.baseline != null && cost.candidate != null ? change(cost.baseline, cost.candidate) : null,
        p99,
      );
    }
  }
  return null;
}

function summarize(
  data: ShadowData,
  shadow: ShadowConfig,
  measured: ShadowMeasured,
  onlineRequests: number,
  skipped: string[],
  vfm: ValueForMoney | null,
): ShadowSummary {
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
    cost_per_1k:
      cost?.baseline != null && cost.candidate != null && data.costSource !== null ? { ...change(cost.baseline, cost.candidate), source: data.costSource } : null,
    error_rate: err?.baseline != null && err.candidate != null ? change(err.baseline, err.candidate) : null,
    labels: {
      labelled: data.labels.labelled,
      coverage: data.n > 0 ? data.labels.labelled / data.n : 0,
      from_log: data.labels.fromLog,
      from_file: data.labels.fromFile,
      file_rows: data.labels.fileRows,
      file_unmatched: data.labels.fileUnmatched,
      online_requests: onlineRequests,
      skipped_metrics: data.labels.labelled > 0 ? skipped : [],
    },
    value_for_money: vfm,
  };
}
