// The override decision on a report, and the line the comment shows for it.
import { describe, expect, it } from 'vitest';
import type { Check } from '../../src/gate/types.js';
import { applyOverride, LISTED_CHECKS, overrideMarkdown, withoutOverride } from '../../src/report/override.js';
import type { Report } from '../../src/report/types.js';

const ZW = '\u200b';

function check(id: string, status: Check['status']): Check {
  const [source, metric, segment] = id.split('/');
  return {
    id,
    source: source as Check['source'],
    metric,
    segment,
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
    message: 'm',
  };
}

function report(statuses: Array<[string, Check['status']]>, verdict: Report['verdict']): Report {
  const checks = statuses.map(([id, s]) => check(id, s));
  const counts = { pass: 0, warn: 0, fail: 0, insufficient: 0 };
  for (const c of checks) counts[c.status]++;
  return {
    schema: 'model-release-gate/report@1',
    name: 'g',
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

const FAILED = report(
  [
    ['offline/recall/overall', 'pass'],
    ['offline/recall/region=BR', 'fail'],
    ['offline/auc/region=BR', 'fail'],
    ['offline/auc/overall', 'warn'],
  ],
  'fail',
);
const GRANT = { kind: 'granted', label: 'model-gate/override', actor: 'admin-alice', permission: 'admin' } as const;

describe('applyOverride', () => {
  it('granted: overridden, naming who and the failed check ids in report order; nothing else changes', () => {
    const out = applyOverride(FAILED, GRANT);
    expect(out.verdict).toBe('overridden');
    expect(out.override).toEqual({ label: 'model-gate/override', actor: 'admin-alice', permission: 'admin', overridden_checks: ['offline/recall/region=BR', 'offline/auc/region=BR'] });
    expect(out.counts).toEqual(FAILED.counts);
    expect(out.checks).toBe(FAILED.checks);
    expect(FAILED.verdict).toBe('fail'); // pure: the input is untouched
  });

  it('refused: stays fail and records why', () => {
    const out = applyOverride(FAILED, { kind: 'refused', label: 'l', actor: 'bob', permission: 'write', reason: 'too low' });
    expect(out.verdict).toBe('fail');
    expect(out.override).toBe(null);
    expect(out.override_refused).toEqual({ label: 'l', actor: 'bob', permission: 'write', reason: 'too low' });
  });

  it.each<Report['verdict']>(['pass', 'warn'])('a %s report has nothing to override', (verdict) => {
    const r = report([['offline/recall/overall', verdict === 'pass' ? 'pass' : 'warn']], verdict);
    expect(applyOverride(r, GRANT)).toBe(r);
    expect(applyOverride(FAILED, { kind: 'none' })).toBe(FAILED);
  });
});

describe('withoutOverride', () => {
  it('drops a claimed override and refusal and takes the verdict from the checks again', () => {
    const claimed = { ...applyOverride(FAILED, GRANT), override_refused: { label: 'l', actor: null, permission: null, reason: 'r' } };
    const out = withoutOverride(claimed);
    expect(out.verdict).toBe('fail');
    expect(out.override).toBe(null);
    expect('override_refused' in out).toBe(false);
  });

  it('a report claiming pass over failed checks goes back to fail', () => {
    expect(withoutOverride({ ...FAILED, verdict: 'pass' }).verdict).toBe('fail');
  });
});

describe('overrideMarkdown', () => {
  it('says who applied the label and which checks it overrode, escaped', () => {
    expect(overrideMarkdown(applyOverride(FAILED, GRANT))).toBe(
      `🔓 **Overridden** by @${ZW}admin\\-alice (admin) with the label model\\-gate/override: it overrode 2 failed checks: offline/recall/region\\=BR, offline/auc/region\\=BR.`,
    );
  });

  it(`lists ${LISTED_CHECKS} check ids, then counts the rest`, () => {
    const many = report(
      Array.from({ length: 13 }, (_, i) => [`offline/m${i}/overall`, 'fail'] as [string, Check['status']]),
      'fail',
    );
    const line = overrideMarkdown(applyOverride(many, GRANT))!;
    expect(line).toContain('it overrode 13 failed checks: offline/m0/overall, ');
    expect(line).toContain('offline/m9/overall and 3 more.');
    expect(line).not.toContain('m10');
  });

  it('a refusal says why and that the gate stays failed; text from the report cannot mention or inject', () => {
    const out = applyOverride(FAILED, { kind: 'refused', label: '<b>ship</b>', actor: 'bob', permission: 'read', reason: 'applied by @bob, cc @org/team #12' });
    expect(overrideMarkdown(out)).toBe(`⛔ **The override label &lt;b&gt;ship&lt;/b&gt; does not count**: applied by @${ZW}bob, cc @${ZW}org/team #${ZW}12. The gate stays failed.`);
  });

  it('nothing to say without an override', () => {
    expect(overrideMarkdown(FAILED)).toBe(null);
  });
});
