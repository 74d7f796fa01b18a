// Numbers for people: the metrics layer formats each value by its metric's
// declared display unit; re-exported here for the renderers.
export { isRateMetric, metricUnit, formatNumber, formatCount, formatUsd, formatValue, formatDelta, formatInterval, formatP } from '../metrics/index.js';
