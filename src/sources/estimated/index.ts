// src/sources/estimated: the estimated source (`shadow.estimate`): binary
// metrics on the shadow requests without a label (or younger than the label
// maturity), estimated from each model's scores calibrated on its eval file
// (isotonic regression, src/stats/calibration.ts) by confidence-based
// performance estimation (cbpe.ts, as NannyML's CBPE), with intervals that
// hold the calibration's uncertainty and the outcomes' (estimate.ts); checks
// `estimated/METRIC/SEGMENT` under the metric's own rule, and the estimate
// against the labels that exist (compare.ts: a concept-drift warning).
// Public surface: estimatedSource, and the pieces tests use.
export { estimatedSource, estimateRules, ASSUMPTION, type EstimatedInput } from './run.js';
export { estimate, calibrationData, drawsOf, deltaDraws, type Estimates, type EstimateRows, type Calibration } from './estimate.js';
export { cbpeMetrics, modelRows, type RowSegments } from './cbpe.js';
export { compareWithLabels, comparisonChecks, type Comparison } from './compare.js';
