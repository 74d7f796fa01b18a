// The serving metrics of the shadow log, measured by src/shadow from latency
// bands, error counts and score histograms; declared here so the catalog, the
// formatting and the config schema know them like any other metric.
import type { MetricDeclaration } from './declaration.js';

const shadow = (name: string, direction: 'higher' | 'lower', rate: boolean, unit: 'percent' | 'number' | 'ms' | 'usd', description: string): MetricDeclaration => ({
  name,
  tasks: 'shadow',
  direction,
  rate,
  unit,
  description,
  summary: 'shadow',
  test: 'none',
});

export const SHADOW_METRICS: readonly MetricDeclaration[] = [
  shadow('latency_p50_ms', 'lower', false, 'ms', 'median serving latency'),
  shadow('latency_p95_ms', 'lower', false, 'ms', '95th percentile serving latency'),
  shadow('latency_p99_ms', 'lower', false, 'ms', '99th percentile serving latency'),
  shadow('cost_per_1k', 'lower', false, 'usd', 'serving cost in USD per 1,000 requests'),
  shadow('error_rate', 'lower', true, 'percent', 'share of requests that failed or timed out'),
  shadow('agreement', 'higher', true, 'percent', 'share of requests where both models decided the same'),
  shadow('score_psi', 'lower', false, 'number', "population stability index of the candidate's scores against the baseline's"),
];
