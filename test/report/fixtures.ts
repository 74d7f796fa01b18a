// Reports for the renderer tests, made by the real pipeline (CSV text in a temp
// folder -> runGate) with the clock and the run pinned, so the rendered comment is
// the same byte for byte on every machine; and hand-built checks where a test
// needs fields the pipeline does not fill yet (intervals, shadow checks).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evalRows, type EvalSpec } from '../../scripts/lib/generate.mjs';
import { parseConfig } from '../../src/config/parse.js';
import { parseAmount, toleranceAmount, toTolerance } from '../../src/config/tolerance.js';
import { ruleFields } from '../../src/gate/check.js';
import { worsening } from '../../src/gate/rules.js';
import type { Check } from '../../src/gate/types.js';
import { runGate } from '../../src/pipeline/index.js';
import type { Report } from '../../src/report/types.js';
import { REPO_ROOT } from '../e2e/harness/runAction.js';

export const RUN: Report['run'] = {
  repository: 'octo-org/models',
  commit: 'a5c3785ed8d6a35868bc169f07e40e889087fd2e',
  pull_request: 7,
  url: 'https://github.com/octo-org/models/actions/runs/9876543210',
};
export const NOW = new Date('2025-06-01T12:00:00.000Z');

/** One CSV field, quoted when it must be (RFC 4180). */
export function csvField(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return `${rows.map((r) => r.map(csvField).join(',')).join('\n')}\n`;
}

/**
 * Baseline and candidate CSV text from the seeded generator; segment columns keep
 * their names and values exactly (any text), quoted as CSV needs.
 */
export function evalCsvPair(spec: EvalSpec): { baseline: string; candidate: string } {
  const cols = Object.keys(spec.segments);
  const rows = [...evalRows(spec)];
  const file = (model: 'baseline' | 'candidate'): string => csv([['id', 'label', 'score', ...cols], ...rows.map((r) => [r.id, r.label, r[model].toFixed(6), ...cols.map((c) => r.seg[c])])]);
  return { baseline: file('baseline'), candidate: file('candidate') };
}

export interface GateFixture {
  name?: string;
  /** The YAML config. */
  config: string;
  baseline: string;
  candidate: string;
}

/** runGate on CSV text in a temp folder, clock and run pinned, file paths shown as `eval/*.csv`. */
export async function gateReport(f: GateFixture): Promise<Report> {
  const dir = mkdtempSync(join(tmpdir(), 'mrg-report-'));
  try {
    writeFileSync(join(dir, 'baseline.csv'), f.baseline);
    writeFileSync(join(dir, 'candidate.csv'), f.candidate);
    const report = await runGate({
      name: f.name ?? 'fraud-scorer',
      config: parseConfig(f.config, 'gate.yml'),
      baselineEval: join(dir, 'baseline.csv'),
      candidateEval: join(dir, 'candidate.csv'),
      shadow: null,
      labels: null,
      run: RUN,
      now: () => NOW,
    });
    report.inputs.baseline_eval!.files = ['eval/baseline.csv'];
    report.inputs.candidate_eval!.files = ['eval/candidate.csv'];
    return report;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const example = (f: string): string => readFileSync(join(REPO_ROOT, 'examples', f), 'utf8');

/** The demo: examples/ (recall and auc fail in region=BR). */
export function demoFixture(): GateFixture {
  return { config: example('gate.yml'), baseline: example('baseline.csv'), candidate: example('candidate.csv') };
}

/**
 * The structured fields the gate fills (`rule_kind`, `limit`, `worsening`,
 * `budget_used`, and `tolerance` where a change rule was judged) for a hand-built
 * check, from its rule text and values, through the gate's own ruleFields. A test
 * can give any of them itself to override.
 */
function structured(c: Check): Partial<Check> {
  const m = c.rule === null ? null : /^(max_drop|max_increase|min|max) (\S+)$/.exec(c.rule);
  const amount = m ? parseAmount(m[2]) : null;
  const both = c.baseline !== null && c.candidate !== null;
  const worse = both ? worsening(c.metric, (c.higher_is_better ?? m?.[1] !== 'max_increase') ? 'higher' : 'lower', c.baseline!, c.candidate!) : null;
  if (!m || !amount) return ruleFields(null, { worsening: worse, candidate: c.candidate });
  if (m[1] === 'min' || m[1] === 'max') return ruleFields(m[1], { limit: amount.scaled, worsening: worse, candidate: c.candidate });
  const allowed = c.baseline === null ? null : toleranceAmount(toTolerance(amount), c.baseline);
  return { ...ruleFields('change', { allowed, worsening: worse, candidate: c.candidate }), ...(c.status === 'insufficient' ? {} : { tolerance: allowed }) };
}

/** A check with every field, for hand-built reports. */
export function check(fields: Partial<Check> & Pick<Check, 'metric' | 'segment'>): Check {
  const c = bare(fields);
  return { ...c, ...structured(c), ...fields };
}

function bare(fields: Partial<Check> & Pick<Check, 'metric' | 'segment'>): Check {
  const source = fields.source ?? 'offline';
  return {
    id: `${source}/${fields.metric}/${fields.segment}`,
    source,
    n: 1000,
    baseline: null,
    candidate: null,
    delta: null,
    ci: null,
    p_value: null,
    p_adjusted: null,
    rule: null,
    status: 'pass',
    severity: 'fail',
    higher_is_better: true,
    detectable: null,
    message: '',
    ...fields,
  };
}

/** A report around `checks`, counts and verdict derived from them. */
export function reportOf(checks: Check[], extra: Partial<Report> = {}): Report {
  const counts = { pass: 0, warn: 0, fail: 0, insufficient: 0 };
  for (const c of checks) counts[c.status]++;
  return {
    schema: 'model-release-gate/report@1',
    name: 'fraud-scorer',
    verdict: counts.fail ? 'fail' : counts.warn || counts.insufficient ? 'warn' : 'pass',
    counts,
    checks,
    inputs: { baseline_eval: null, candidate_eval: null, examples: 10_000, shadow: null, requests: null },
    config: { task: 'binary', metrics: { recall: { max_drop: '1pp' } } },
    run: RUN,
    override: null,
    generated_at: NOW.toISOString(),
    ...extra,
  };
}
