// The metrics a run measures: the configured ones, plus the value-for-money
// metric (rule-less: measured and reported, not judged) when the config names
// one it does not configure, so its lift can be read from the sources.
import { lookupMetric } from '../metrics/index.js';
import type { GateConfig, MetricConfig } from './types.js';

/**
 * The config with `shadow.value_for_money.metric` among the metrics when it is not configured.
 * @example withValueForMoneyMetric(config).metrics.recall // { rule: { severity: 'fail' }, direction: 'higher' }
 */
export function withValueForMoneyMetric(config: GateConfig): GateConfig {
  const metric = config.shadow?.valueForMoney?.metric;
  if (!metric || metric in config.metrics) return config;
  const info = lookupMetric(metric, config.task);
  if (!info) return config;
  const mc: MetricConfig = { rule: { severity: 'fail' }, direction: info.direction };
  return { ...config, metrics: { ...config.metrics, [metric]: mc } };
}
