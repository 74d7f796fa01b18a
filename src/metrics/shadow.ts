// The serving metrics of the shadow log, measured by src/shadow from latency
// bands, error counts and score histograms; declared here so the catalog, the
// formatting and the config schema know them like any other metric.
import type { MetricDeclaration, TestMethod } from './declaration.js';

const shadow = (name: string, direction: 'higher' | 'lower', rate: boolean, unit: 'percent' | 'number' | 'ms' | 'usd', test: TestMethod, description: string): MetricDeclaration => ({
  name,
  tasks: 'shadow',
  direction,
  rate,
  unit,
  description,
  summary: 'shadow',
  test,
});

export const SHADOW_METRICS: readonly MetricDeclaration[] = [
  shadow('latency_p50_ms', 'lower', false, 'ms', 'quantile-bootstrap', 'median serving latency'),
  shadow('latency_p95_ms', 'lower', false, 'ms', 'quantile-bootstrap', '95th percentile serving latency'),
  shadow('latency_p99_ms', 'lower', false, 'ms', 'quantile-bootstrap', '99th percentile serving latency'),
  shadow('cost_per_1k', 'lower', false, 'usd', 'paired-mean', 'serving cost in USD per 1,000 requests'),
  shadow('error_rate', 'lower', true, 'percent', 'paired-proportion', 'share of requests that failed or timed out'),
  shadow('agreement', 'higher', true, 'percent', 'none', 'share of requests where both models decided the same'),
  shadow('score_psi', 'lower', false, 'number', 'none', "population stability index of the candidate's scores against the baseline's"),
];
