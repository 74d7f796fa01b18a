// src/sources/online: the online source (the configured metrics on the
// labelled shadow requests, only those old enough for their label under
// `shadow.labels.maturity`). Public surface: onlineSource, and the pieces tests
// and the estimated source use: onlineEvalData, onlineMetrics, onlineSeed,
// onlineStatsConfig, matureMask, labelCoverage.
export { onlineSource } from './run.js';
export { onlineEvalData, onlineMetrics, onlineSeed, onlineStatsConfig } from './evalData.js';
export { labelCoverage, matureMask, MAX_AGE_DAYS, type LabelCoverage } from './maturity.js';
