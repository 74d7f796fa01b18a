// src/sources/offline: the offline source (the two eval files, joined by id).
// Public surface: offlineSource(input) -> Source, and measureEval (an eval
// pair segmented, measured and given its paired tester), which the online
// source reuses on the labelled shadow requests.
export { evalPair, offlineSource, type EvalPair, type OfflineInput } from './run.js';
export { measureEval, type MeasuredEval, type MeasureEvalOptions } from './measure.js';
