// src/metrics: one declared metric per file (its name, tasks, direction, display
// unit, the summary it is finished from, its formula and its test) and the
// registry collecting them (registry.ts); measuring every configured metric per
// segment from the summaries the row passes fill (measure.ts, passes.ts); the
// summaries the paired tests read (changeSummaries.ts). Knows no thresholds.
export * from './types.js';
export type { DecisionParams, DisplayUnit, MetricDeclaration, SummaryKind, TermFill, TestMethod } from './declaration.js';
export { REGISTRY, declarationOf, splitMetricName } from './registry.js';
export {
  METRICS,
  judgedOnAbsolute,
  lookupMetric,
  lookupShadowMetric,
  metricDisplayUnit,
  displayUnitsOf,
  setDisplayUnits,
  metricNames,
  needsScores,
  needsClassScores,
  parameterisedNames,
  shadowMetricNames,
  type MetricInfo,
} from './catalog.js';
export { worsening } from './worsening.js';
export { decisionParams, emptySums, finishMetrics, measureOffline, measureSums, type MeasureSums } from './measure.js';
export { BIN, MEAN, RANK, REG, type MulticlassSums } from './passes.js';
export { JACKKNIFE_GROUPS, idsToKeep, needsIdGroups, summarizeChanges, type ChangeSummaries } from './changeSummaries.js';
export { ECE_BINS } from './ece.js';
export { costTerms, hasCostColumns, numericColumnsOf } from './costTerms.js';
export { expectedCost, expectedCostTerms } from './expectedCost.js';
export { RowCache } from '../summaries/index.js';
export { isRateMetric, metricUnit, formatNumber, formatCount, formatUsd, formatValue, formatDelta, formatInterval, formatP } from './format.js';
export { confusionMatrices, confusionFromTables, worstConfusion, type ConfusionMatrices } from './confusionMatrix.js';
export { LOG_LOSS_EPS } from './logLoss.js';
export { MAPE_EPS } from './mape.js';
