// The online source: the offline metric set on the labelled shadow requests,
// measured like an eval pair (the offline source's measureEval) with the
// offline paired tests on random streams of their own. Reads the run's shadow
// log through the shadow source's shared reader; fills in the shadow summary's
// labelled-request counts.
import { ruleSetOf, type JudgeInput } from '../../gate/index.js';
import type { Segment } from '../../segments/index.js';
import { measureEval } from '../offline/index.js';
import type { ShadowLog } from '../shadow/index.js';
import type { Source, SourceContext, SourceResult } from '../types.js';
import { onlineEvalData, onlineMetrics, onlineStatsConfig } from './evalData.js';
import { labelCoverage, matureMask } from './maturity.js';

/** The online source of a run: reads the same shadow log as the shadow source. */
export function onlineSource(log: ShadowLog): Source {
  return { id: 'online', run: (ctx) => runOnline(log, ctx) };
}

async function runOnline(log: ShadowLog, ctx: SourceContext): Promise<SourceResult> {
  const { config, time } = ctx;
  const data = await log.read(config);
  const maturity = config.shadow?.labels?.maturity;
  const mature = matureMask(data, maturity);
  const coverage = labelCoverage(data, mature, maturity);
  const online = onlineMetrics(config.metrics, config.task, data.baseline.score !== null && data.candidate.score !== null, config.columns.score);
  let requests = 0;
  let values: JudgeInput | null = null;
  let segments: Segment[] = [];
  if (data.labels.labelled > 0) {
    const ev = onlineEvalData(data, config.task, mature);
    if (ev && Object.keys(online.metrics).length > 0) {
      requests = ev.n;
      const onlineConfig = { ...config, metrics: online.metrics };
      const m = await measureEval(ev, config, { metrics: online.metrics, statsConfig: onlineStatsConfig(onlineConfig), time, stage: 'online ', cache: false });
      values = { source: 'online', rules: ruleSetOf(onlineConfig), measured: m.measured, tester: m.tester };
      segments = m.segmentation.segments;
    }
  }
  return {
    id: 'online',
    values,
    integrity: [],
    segments,
    report: {
      shadow: {
        labels: { online_requests: requests, skipped_metrics: data.labels.labelled > 0 ? online.skipped : [] },
        ...(coverage ? { label_coverage: coverage } : {}),
      },
    },
  };
}
