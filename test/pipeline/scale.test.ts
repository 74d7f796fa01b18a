// Scale and the report directory's edges (issue 12): 150,000 checks judge,
// decide, count, validate and render without "Maximum call stack size exceeded";
// a 120,000-check report round-trips through from-report's loader; report-dir
// naming a file, under /proc, or holding a planted report.json symlink.
import { existsSync, lstatSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import { UsageError } from '../../src/errors/index.js';
import { decide, insufficientPolicy } from '../../src/gate/decide.js';
import { judgeSegments, ruleSetOf, type ChangeTester } from '../../src/gate/judge.js';
import { countChecks, verdictOf } from '../../src/gate/verdict.js';
import type { SegmentMetrics } from '../../src/metrics/types.js';
import { reportJson, writeReportFiles } from '../../src/pipeline/index.js';
import { checkBounds } from '../../src/pipeline/run.js';
import { renderHtml, renderMarkdown } from '../../src/report/index.js';
import type { Report } from '../../src/report/types.js';
import { loadReport, MAX_CHECKS, validateReport } from '../../src/schema/index.js';
import { reportOf } from '../report/fixtures.js';

const config = parseConfig('columns: { segments: [shop] }\nmetrics:\n  recall: { max_drop: 1pp }\n  precision: { max_drop: 2pp }\n  auc: { max_drop: 0.01 }\n', 'scale');

function manyChecks(segments: number) {
  const measured: SegmentMetrics[] = Array.from({ length: segments }, (_, s) => ({
    segment: s === 0 ? { id: 'overall', keys: [] } : { id: `shop=s${s}`, keys: [['shop', `s${s}`]] },
    n: 1000,
    weight: 1000,
    positives: 300,
    values: { recall: { baseline: 0.8, candidate: 0.79 + (s % 3) * 0.01 }, precision: { baseline: 0.7, candidate: 0.69 }, auc: { baseline: 0.9, candidate: 0.895 } },
  }));
  const tester: ChangeTester = ({ segment }) => ({ ci: [-0.03, 0.01], p_value: ((segment * 7919) % 1000) / 1000, detectable: null, se: 0.01 });
  return decide(judgeSegments({ rules: ruleSetOf(config), measured, source: 'offline', tester }), config.statistics, insufficientPolicy(config));
}

function reportWith(checks: Report['checks']): Report {
  const r = reportOf(checks);
  r.verdict = verdictOf(r.counts);
  return r;
}

describe('150,000 checks', () => {
  const checks = manyChecks(50_000);
  it('judge, decide (Holm over all of them) and count without a stack overflow', () => {
    expect(checks.length).toBe(150_000);
    const counts = countChecks(checks);
    expect(counts.pass + counts.warn + counts.fail + counts.insufficient).toBe(150_000);
    expect(checks.every((c) => c.p_adjusted !== null)).toBe(true);
  });

  it('validate and render (markdown, html)', () => {
    const report = reportWith(checks);
    expect(validateReport(JSON.parse(reportJson(report)), 'report.json').checks.length).toBe(150_000);
    expect(renderMarkdown(report).length).toBeGreaterThan(100);
    expect(renderHtml(report).length).toBeGreaterThan(1000);
  }, 120_000);
});

describe('from-report accepts every report the gate can produce', () => {
  it('a 120,000-check report written by the pipeline loads back equal', () => {
    const report = reportWith(manyChecks(40_000));
    expect(report.checks.length).toBe(120_000);
    const dir = mkdtempSync(join(tmpdir(), 'mrg-scale-'));
    const paths = writeReportFiles(dir, report, '# report\n');
    const back = loadReport(paths.json);
    expect(back.checks.length).toBe(120_000);
    expect(reportJson(back)).toBe(readFileSync(paths.json, 'utf8'));
  }, 120_000);

  it('a run with more checks than a report holds is one config error naming columns.segments', () => {
    const r = reportWith([]);
    r.checks = new Array(MAX_CHECKS + 1).fill({ segment: 'shop=x' });
    expect(() => checkBounds(r)).toThrow(/columns\.segments: the run makes 500,001 checks \(1 segments\), more than the 500,000 a report holds/);
  });
});

describe('the report directory', () => {
  const report = reportWith(manyChecks(3));

  it('report-dir naming a file is an input error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mrg-dir-'));
    const file = join(dir, 'out');
    writeFileSync(file, 'x');
    expect(() => writeReportFiles(file, report, '#')).toThrow(UsageError);
    expect(() => writeReportFiles(file, report, '#')).toThrow(`report-dir ${file}: ${file} exists and is not a directory`);
    expect(() => writeReportFiles(join(file, 'deeper'), report, '#')).toThrow('exists and is not a directory');
  });

  it('under /proc: a bounded, clear error (no hang)', () => {
    const t0 = Date.now();
    expect(() => writeReportFiles('/proc/model-gate-test/out', report, '#')).toThrow(/^report-dir \/proc\/model-gate-test\/out: cannot create \/proc\/model-gate-test \(E[A-Z]+\)/);
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('a planted report.json symlink is replaced, its target left alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mrg-link-'));
    const target = join(dir, 'precious.txt');
    writeFileSync(target, 'keep me');
    const out = join(dir, 'out');
    writeReportFiles(out, report, '#');
    for (const f of ['report.json', 'report.md']) {
      rmSync(join(out, f));
      symlinkSync(target, join(out, f));
    }
    writeReportFiles(out, report, '# again');
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    expect(lstatSync(join(out, 'report.json')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toBe('# again');
    expect(existsSync(join(out, 'report.html'))).toBe(true);
  });
});
