// src/sources/offline: the offline source (the two eval files, joined by id).
// Public surface: offlineSource(input) -> Source, and measureEval (an eval
// pair segmented, measured and given its paired tester), which the online
// source reuses on the labelled shadow requests; and the summaries file
// (`model-release-gate/summaries@1`): its records, writer and checked reader,
// and the source's path from summaries instead of the eval rows.
export { evalPair, offlineSource, type EvalPair, type OfflineInput, type SummariesInput } from './run.js';
export { SUMMARIES_FORMAT, encodeSummaries, summarySettings, fingerprintOf, type OfflineSummaries, type SummaryRecord, type SummarySettings } from './summariesFormat.js';
export { readSummaries, decodeSummaries } from './summariesRead.js';
export { summariesFromRows } from './summariesWrite.js';
export { measureEval, type MeasuredEval, type MeasureEvalOptions } from './measure.js';
