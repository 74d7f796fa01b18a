// src/sources/online: the online source (the configured metrics on the
// labelled shadow requests). Public surface: onlineSource, and the pieces tests
// use: onlineEvalData, onlineMetrics, onlineSeed, onlineStatsConfig.
export { onlineSource } from './run.js';
export { onlineEvalData, onlineMetrics, onlineSeed, onlineStatsConfig } from './evalData.js';
