import { describe, expect, it } from 'vitest';
import type { Check } from '../../src/gate/types.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { formatWorsening, isUnderpowered, powerSection, powerSentences } from '../../src/report/power.js';
import type { Report } from '../../src/report/types.js';

function check(segment: string, metric: string, n: number, fields: Partial<Check> = {}): Check {
  return {
    id: `offline/${metric}/${segment}`,
    source: 'offline',
    metric,
    segment,
    n,
    baseline: 0.8,
    candidate: 0.8,
    delta: 0,
    ci: [-0.02, 0.02],
    p_value: 0.5,
    p_adjusted: 1,
    rule: 'max_drop 1pp',
    status: 'pass',
    severity: 'fail',
    higher_is_better: true,
    detectable: 0.061,
    tolerance: 0.01,
    message: '',
    ...fields,
  };
}

function report(checks: Check[], minSamples = 200): Report {
  return {
    schema: 'model-release-gate/report@1',
    name: 'm',
    verdict: 'pass',
    counts: { pass: checks.length, warn: 0, fail: 0, insufficient: 0 },
    checks,
    inputs: { baseline_eval: null, candidate_eval: null, examples: 10_000, shadow: null, requests: null },
    config: { segments: { min_samples: minSamples, cross: [] } },
    run: { repository: null, commit: null, pull_request: null, url: null },
    override: null,
    generated_at: '2026-01-01T00:00:00.000Z',
  };
}

describe('power sentences', () => {
  it('one plain sentence per small segment, smallest first', () => {
    const r = report([
      check('overall', 'recall', 50_000, { detectable: 0.004 }),
      check('region=DE', 'recall', 1500, { detectable: 0.04 }),
      check('region=BR', 'recall', 312),
      check('region=BR', 'log_loss', 312, { higher_is_better: false, detectable: 0.0213, tolerance: 0.015 }),
    ]);
    expect(powerSentences(r)).toEqual([
      'region\\=BR (n=312): recall drops under 6.1 pp and log\\_loss increases under 0.0213 could go unnoticed.',
      'region\\=DE (n=1,500): recall drops under 4.0 pp could go unnoticed.',
    ]);
  });

  it('large segments appear only when the test could miss more than twice the tolerance', () => {
    expect(isUnderpowered(check('overall', 'recall', 50_000, { detectable: 0.019 }), 200)).toBe(false);
    expect(isUnderpowered(check('overall', 'recall', 50_000, { detectable: 0.021 }), 200)).toBe(true);
    // A zero tolerance does not make every large segment "under-powered".
    expect(isUnderpowered(check('overall', 'recall', 50_000, { detectable: 0.003, tolerance: 0 }), 200)).toBe(false);
    expect(isUnderpowered(check('region=BR', 'recall', 1999), 200)).toBe(true);
    expect(isUnderpowered(check('region=BR', 'recall', 2000, { detectable: 0.015 }), 200)).toBe(false);
  });

  it('only passing checks with a test', () => {
    expect(isUnderpowered(check('region=BR', 'recall', 300, { status: 'warn' }), 200)).toBe(false);
    expect(isUnderpowered(check('region=BR', 'recall', 300, { detectable: null }), 200)).toBe(false);
  });

  it('units: pp for rates, numbers otherwise, |bias|', () => {
    expect(formatWorsening('recall', 0.0612)).toBe('6.1 pp');
    expect(formatWorsening('mae', 0.01234)).toBe('0.01234');
    const s = powerSentences(report([check('overall', 'bias', 300, { higher_is_better: false, detectable: 0.5 })]));
    expect(s[0]).toContain('\\|bias\\| increases under 0.5');
  });

  it('the comment folds them under one line, capped, and escapes segment names', () => {
    const many = Array.from({ length: 15 }, (_, i) => check(`region=R${String(i).padStart(2, '0')}`, 'recall', 300 + i));
    many.push(check('region=<b>@x', 'recall', 250));
    const section = powerSection(report(many))!;
    expect(section).toContain('16 segments are too small to rule out a regression');
    expect(section).toContain('and 4 more segments');
    expect(section).not.toContain('<b>');
    expect(section).not.toMatch(/(^|[^\w])@x/);
    expect(renderMarkdown(report(many))).toContain(section);
    expect(powerSection(report([check('overall', 'recall', 50_000, { detectable: 0.01 })]))).toBeNull();
  });
});
