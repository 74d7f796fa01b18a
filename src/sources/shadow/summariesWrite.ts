// summariesWrite.ts: the shadow log -> its summaries (what `model-gate summaries
// --shadow` prints, and what the warehouse query computes): the per-segment sums,
// latency percentiles, PSI counts and the latency bands the change rules'
// bootstraps are drawn from, measured exactly as the shadow source measures the log.
import { defaultShadowConfig, type GateConfig } from '../../config/index.js';
import { UsageError } from '../../errors/index.js';
import { formatCount } from '../../metrics/index.js';
import { shadowLog } from './log.js';
import { measureLog } from './run.js';
import { shadowSummariesOf, shadowSummarySettings, type ShadowSummaries } from './summariesFormat.js';

const untimed = <T>(_stage: string, f: () => T | Promise<T>): Promise<T> => Promise.resolve(f());

/**
 * The summaries of a shadow log for `config`, from its rows.
 * @throws UsageError when the log has labelled requests (the online metrics need the rows)
 * @example (await shadowSummariesFromLog({ shadow: 'log.csv' }, config)).segments[0].id // 'overall'
 */
export async function shadowSummariesFromLog(input: { shadow: string }, config: GateConfig): Promise<ShadowSummaries> {
  const cfg = config.shadow === null ? { ...config, shadow: defaultShadowConfig() } : config;
  const { data, measured } = await measureLog(shadowLog({ shadow: input.shadow, labels: null }), cfg, untimed);
  if (data.labels.labelled > 0) {
    throw new UsageError(
      `the shadow log has ${formatCount(data.labels.labelled)} labelled requests: shadow summaries carry the serving envelope only, and the online metrics on labelled requests need the log itself (give --shadow to the gate instead).`,
    );
  }
  return shadowSummariesOf(
    shadowSummarySettings(cfg),
    { integrity: data.integrity, costSource: data.costSource, hasCost: data.baseline.cost !== null, hasError: data.baseline.error !== null },
    measured,
  );
}
