// Writes report.json, report.md and report.html into the report directory: the
// one place the gate writes files (besides the runner's own output and summary files).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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

export function writeReportFiles(dir: string, report: Report, markdown: string): ReportPaths {
  const abs = resolve(dir);
  mkdirSync(abs, { recursive: true });
  const paths = { dir: abs, json: join(abs, 'report.json'), markdown: join(abs, 'report.md'), html: join(abs, 'report.html') };
  writeFileSync(paths.json, reportJson(report));
  writeFileSync(paths.markdown, markdown);
  writeFileSync(paths.html, renderHtml(report));
  return paths;
}
