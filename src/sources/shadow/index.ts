// src/sources/shadow: the shadow source. Reads nothing itself (src/io pairs the
// log; log.ts reads it once per run for this source and the online one); from
// the paired requests it measures latency percentiles (exact, with the paired
// bootstrap where a change rule needs it), cost per 1,000 requests, error rate,
// decision agreement and score PSI per segment, and states value for money.
// Public surface: shadowSource, shadowLog, and the measuring functions tests use.
export { shadowSource } from './run.js';
export { shadowLog, type ShadowInput, type ShadowLog } from './log.js';
export { measureShadow, type ShadowMeasured, type ShadowSegmentStats, type ShadowMeasureOptions } from './measure.js';
export { LATENCY_QUANTILES, PERCENTILES, measureLatency } from './latency.js';
export { psi, scorePsiBySegment, PSI_BINS, PSI_EPSILON } from './psi.js';
export { envelopeRules } from './envelope.js';
export { valueForMoney, savingPer1k, POINT } from './valueForMoney.js';
export { shadowSummariesSource } from './fromSummaries.js';
export { shadowSummariesFromLog } from './summariesWrite.js';
export { encodeShadowSummaries, shadowSummarySettings, type ShadowSummaries } from './summariesFormat.js';
export { readShadowSummaries, decodeShadowSummaries } from './summariesRead.js';
export { SUM } from './sums.js';
