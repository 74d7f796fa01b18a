// src/shadow: the shadow run, measured. Pairs nothing and reads nothing itself
// (src/io/shadow.ts does); from the paired requests it measures latency
// percentiles (exact, with the paired bootstrap where a change rule needs it),
// cost per 1,000 requests, error rate, decision agreement and score PSI per
// segment, builds the labelled requests' eval data for the online metrics (judged
// with the offline paired tests on their own random streams), and states value
// for money. run.ts strings it into one step of the pipeline.
export { runShadow, withValueForMoneyMetric, type ShadowRequest, type ShadowRun } from './run.js';
export { measureShadow, type ShadowMeasured, type ShadowSegmentStats, type ShadowMeasureOptions } from './measure.js';
export { LATENCY_QUANTILES, PERCENTILES, measureLatency } from './latency.js';
export { psi, scorePsiBySegment, PSI_BINS, PSI_EPSILON } from './psi.js';
export { onlineEvalData, onlineMetrics, onlineSeed, onlineStatsConfig } from './online.js';
export { valueForMoney, valueForMoneyText, POINT } from './valueForMoney.js';
