// The check run's request body: conclusion per verdict and step result, a title,
// and a summary that lists failing checks and stays under GitHub's 65,535 characters.
import { describe, expect, it } from 'vitest';
import { checkConclusion, checkRunRequest, LISTED_FAILURES, MAX_CHECK_SUMMARY_CHARS } from '../../src/github/checkRun.js';
import type { Check } from '../../src/gate/types.js';
import type { Report } from '../../src/report/types.js';

const SHA = '3f786850e387550fdab836ed7e6dc881de23001b';

function check(i: number, status: Check['status'], message = `message ${i}`): Check {
  return {
    id: `offline/recall/region=R${i}`,
    source: 'offline',
    metric: 'recall',
    segment: `region=R${i}`,
    n: 100,
    baseline: 0.8,
    candidate: 0.7,
    delta: -0.1,
    ci: null,
    p_value: null,
    p_adjusted: null,
    rule: 'max_drop 1pp',
    status,
    severity: 'fail',
    higher_is_better: true,
    detectable: null,
    message,
  };
}

function report(checks: Check[], verdict: Report['verdict']): Report {
  const counts = { pass: 0, warn: 0, fail: 0, insufficient: 0 };
  for (const c of checks) counts[c.status]++;
  return {
    schema: 'model-release-gate/report@1',
    name: 'fraud-scorer',
    verdict,
    counts,
    checks,
    inputs: { baseline_eval: null, candidate_eval: null, examples: null, shadow: null, requests: null },
    config: {},
    run: { repository: null, commit: null, pull_request: null, url: null },
    override: null,
    generated_at: '2025-01-01T00:00:00.000Z',
  };
}

describe('checkConclusion', () => {
  it.each([
    ['pass', false, 'success'],
    ['warn', false, 'neutral'],
    ['warn', true, 'failure'],
    ['fail', true, 'failure'],
    ['fail', false, 'neutral'],
    ['overridden', false, 'neutral'],
  ] as const)('verdict %s, step fails %s -> %s', (verdict, fails, expected) => {
    expect(checkConclusion(verdict, fails)).toBe(expected);
  });
});

describe('checkRunRequest', () => {
  it('names the gate, completes on the commit, and lists the failing checks with escaped text', () => {
    const r = report([check(1, 'pass'), check(2, 'fail', 'recall fell @here <b>'), check(3, 'warn')], 'fail');
    const req = checkRunRequest(r, SHA, 'failure', 'https://github.com/o/r/actions/runs/1');
    expect(req).toMatchObject({ name: 'model gate: fraud-scorer', head_sha: SHA, status: 'completed', conclusion: 'failure', details_url: 'https://github.com/o/r/actions/runs/1' });
    expect(req.output.title).toBe('blocked: 1 of 3 checks failed, 1 warning');
    expect(req.output.summary).toBe(
      '**Model gate fraud\\-scorer: blocked.** 1 check failed · 1 warning · 1 passed · 0 insufficient.\n\n**Failed checks**\n\n' +
        '- **region\\=R2 · recall**: recall fell @\u200bhere &lt;b&gt;\n',
    );
  });

  it('no details_url when the run has no link', () => {
    expect('details_url' in checkRunRequest(report([check(1, 'pass')], 'pass'), SHA, 'success', null)).toBe(false);
  });

  it(`lists at most ${LISTED_FAILURES} failures and counts the rest`, () => {
    const r = report(
      Array.from({ length: 120 }, (_, i) => check(i, 'fail')),
      'fail',
    );
    const { summary } = checkRunRequest(r, SHA, 'failure', null).output;
    expect(summary.match(/^- \*\*region/gm)).toHaveLength(LISTED_FAILURES);
    expect(summary).toContain('- …and 70 more failed checks: the PR comment, the job summary and `report.json` have them all.');
  });

  it('stays under 65,535 characters however long the messages are', () => {
    const r = report(
      Array.from({ length: 100 }, (_, i) => check(i, 'fail', 'x'.repeat(4000))),
      'fail',
    );
    const { summary } = checkRunRequest(r, SHA, 'failure', null).output;
    expect(summary.length).toBeLessThanOrEqual(MAX_CHECK_SUMMARY_CHARS);
    const listed = summary.match(/^- \*\*region/gm)!.length;
    expect(listed).toBeGreaterThan(10);
    expect(summary).toMatch(new RegExp(`- …and ${100 - listed} more failed checks: .*\\n$`));
  });
});
