// One row for one cause, the headline numbers, and the quieter comment (issue 13).
import { describe, expect, it } from 'vitest';
import type { Check } from '../../src/gate/types.js';
import { groupChecks, groupSummary } from '../../src/report/groups.js';
import { headlineRows } from '../../src/report/headline.js';
import { formatWorsening, powerSentences } from '../../src/report/power.js';
import type { Report } from '../../src/report/types.js';

const SEGMENTS = ['overall', 'region=BR', 'region=US', 'device=ios'];

function check(segment: string, fields: Partial<Check> = {}): Check {
  const metric = fields.metric ?? 'cost_per_1k';
  return {
    id: `shadow/${metric}/${segment}`,
    source: 'shadow',
    metric,
    segment,
    n: 2000,
    baseline: 0.3,
    candidate: 0.342,
    delta: 0.042,
    ci: [0.04, 0.044],
    p_value: 0.0001,
    p_adjusted: 0.0001,
    rule: 'max_increase 5%',
    status: 'fail',
    severity: 'fail',
    higher_is_better: false,
    message: 'cost rose',
    ...fields,
  } as Check;
}

function report(checks: Check[], extra: Partial<Report> = {}): Report {
  return {
    schema: 'model-release-gate/report@1',
    name: 'm',
    verdict: 'fail',
    counts: { pass: 0, warn: 0, fail: checks.length, insufficient: 0 },
    checks,
    inputs: { baseline_eval: null, candidate_eval: null, examples: null, shadow: null, requests: 2000 },
    config: { segments: { min_samples: 200, cross: [] } },
    run: { repository: null, commit: null, pull_request: null, url: null },
    override: null,
    generated_at: '2026-01-01T00:00:00.000Z',
    ...extra,
  } as Report;
}

describe('groupChecks', () => {
  it('folds a check failing the same way in overall and every segment into one row', () => {
    const all = SEGMENTS.map((s) => check(s));
    const groups = groupChecks(all, all);
    expect(groups).toHaveLength(1);
    expect(groups[0].uniform).toBe(true);
    expect(groups[0].lead.segment).toBe('overall');
    expect(groups[0].members.map((c) => c.segment)).toEqual(SEGMENTS);
    expect(groupSummary(groups[0])).toBe('cost_per_1k +14% in overall and all 3 segments');
  });

  it('keeps rows apart when one segment passes, one moves the other way, or overall is not among them', () => {
    const passing = [...SEGMENTS.slice(0, 3).map((s) => check(s)), check('device=ios', { status: 'pass' })];
    expect(
      groupChecks(
        passing.filter((c) => c.status === 'fail'),
        passing,
      ).every((g) => !g.uniform),
    ).toBe(true);
    const opposite = [...SEGMENTS.slice(0, 3).map((s) => check(s)), check('device=ios', { delta: -0.01 })];
    expect(groupChecks(opposite, opposite).every((g) => !g.uniform)).toBe(true);
    const noOverall = SEGMENTS.slice(1).map((s) => check(s));
    expect(groupChecks(noOverall, [check('overall', { status: 'pass' }), ...noOverall])).toHaveLength(3);
  });

  it('an insufficient segment does not stop the fold (it was not judged)', () => {
    const all = [...SEGMENTS.map((s) => check(s)), check('region=XX', { status: 'insufficient' })];
    const groups = groupChecks(
      all.filter((c) => c.status === 'fail'),
      all,
    );
    expect(groups.map((g) => g.uniform)).toEqual([true]);
  });
});

describe('headlineRows', () => {
  it('each configured metric overall, then p99 latency and cost from the shadow run', () => {
    const recall = {
      ...check('overall', { metric: 'recall', baseline: 0.8, candidate: 0.78, delta: -0.02, higher_is_better: true, status: 'pass' }),
      source: 'offline' as const,
      rule_kind: 'change' as const,
    };
    const r = report([recall, check('overall')], {
      config: { metrics: { recall: { max_drop: '2pp' } } },
      shadow: {
        requests: 2000,
        models: { baseline: 'b', candidate: 'c' },
        latency: { requests: 2000, baseline: { p50: 100, p95: 200, p99: 250 }, candidate: { p50: 100, p95: 210, p99: 275 } },
        cost_per_1k: { baseline: 0.3, candidate: 0.342, delta: 0.042, relative: 0.14, source: 'cost_usd' },
        error_rate: null,
        labels: { labelled: 0, coverage: 0, from_log: 0, from_file: 0, file_rows: null, file_unmatched: null, online_requests: 0, skipped_metrics: [] },
        value_for_money: null,
      },
    } as Partial<Report>);
    expect(headlineRows(r)).toEqual([
      { label: 'recall', baseline: '80.0%', candidate: '78.0%', delta: '−2.0 pp', status: 'pass' },
      { label: 'latency p99 (shadow)', baseline: '250 ms', candidate: '275 ms', delta: '+10%', status: null },
      { label: 'cost per 1k requests (shadow)', baseline: '$0.3/1k', candidate: '$0.342/1k', delta: '+14%', status: 'fail' },
    ]);
  });
});

describe('the power list', () => {
  it('names the unit of latency and cost', () => {
    expect(formatWorsening('latency_p99_ms', 54.25)).toBe('54.25 ms');
    expect(formatWorsening('cost_per_1k', 0.05)).toBe('$0.05 per 1k requests');
  });

  it('leaves out a segment and metric that failed or warned (it is listed above as such)', () => {
    const base = { source: 'offline' as const, metric: 'recall', higher_is_better: true, detectable: 0.06, tolerance: 0.01, rule: 'max_drop 1pp', n: 300 };
    const r = report([
      check('region=BR', { ...base, status: 'pass' }),
      check('region=BR', { ...base, id: 'offline/recall/region=BR#2', status: 'fail' }),
      check('region=US', { ...base, status: 'pass' }),
    ]);
    expect(powerSentences(r)).toEqual(['region\\=US (n=300): recall drops under 6.0 pp could go unnoticed.']);
  });
});
