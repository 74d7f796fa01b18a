// src/pipeline: runGate, the gate shared by the action and the CLI: the
// request's sources, run in turn -> one judge -> one decide -> the Report
// object; and writing the report's files (report.json, .md, .html), which both
// entries do. No GitHub, no process state.
// Public surface: runGate, GateRequest, StageTimings, reportJson, writeReportFiles, ReportPaths.
export { runGate, type GateRequest, type StageTimings } from './run.js';
export { reportJson, writeReportFiles, type ReportPaths } from './reportFiles.js';
