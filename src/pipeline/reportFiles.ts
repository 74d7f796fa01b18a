// Writes report.json, report.md and report.html into the report directory: the
// one place the gate writes files (besides the runner's own output and summary files).
import { join } from 'node:path';
import { ensureDirectory, writeFileNoFollow } from './safeWrite.js';
import { renderHtml } from '../report/index.js';
import type { Report } from '../report/index.js';

export interface ReportPaths {
  dir: string;
  json: string;
  markdown: string;
  html: string;
}

/** The report as published JSON: stable key order, two-space indent, trailing newline. */
export function reportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * Writes the three report files into `dir` (made if missing). A `dir` that is a file or
 * cannot be made is a UsageError naming `label` (the input or flag); files are written
 * without following links already there.
 */
export function writeReportFiles(dir: string, report: Report, markdown: string, label = 'report-dir'): ReportPaths {
  const abs = ensureDirectory(dir, label);
  const paths = { dir: abs, json: join(abs, 'report.json'), markdown: join(abs, 'report.md'), html: join(abs, 'report.html') };
  writeFileNoFollow(paths.json, reportJson(report), label);
  writeFileNoFollow(paths.markdown, markdown, label);
  writeFileNoFollow(paths.html, renderHtml(report), label);
  return paths;
}
