// Turn 2's decisions: a warning means evidence short of significance after the
// correction; a point estimate beyond tolerance without evidence is an inconclusive
// pass; the interval at the decision's level agrees with the status; checks too small
// to judge warn only where the config asks.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import { decide, insufficientPolicy } from '../../src/gate/decide.js';
import { judgeSegments, ruleSetOf, type ChangeTester } from '../../src/gate/judge.js';
import type { Check } from '../../src/gate/types.js';
import { countChecks, verdictOf } from '../../src/gate/verdict.js';
import type { SegmentMetrics } from '../../src/metrics/types.js';
import { oneSidedP } from '../../src/stats/estimate.js';

function seg(id: string, n: number, values: SegmentMetrics['values'], positives: number | null = null): SegmentMetrics {
  const keys = id === 'overall' ? [] : id.split('&').map((kv) => kv.split('=') as [string, string]);
  return { segment: { id, keys }, n, weight: n, positives, values };
}
const byId = (checks: Check[], id: string): Check => checks.find((c) => c.id === id)!;

const yaml = (extra = '') => `
columns: { segments: [region] }
segments: { min_samples: 200${extra} }
statistics: { correction: holm }
metrics:
  recall: { max_drop: 1pp }
`;
// Recall drops 5 pp everywhere; the standard error decides the evidence.
const drop = { recall: { baseline: 0.8, candidate: 0.75 } };
const measured = [seg('overall', 9000, drop, 3000), seg('region=A', 3000, drop, 1000), seg('region=B', 3000, drop, 1000), seg('region=C', 3000, drop, 1000)];
// se per segment: overall clearly significant; A significant alone (p ~ 0.02) but not after Holm over 4;
// B not significant at all; C huge se.
const SE = [0.01, 0.019, 0.04, 0.08];
const tester: ChangeTester = ({ segment, margin }) => {
  const se = SE[segment];
  const w = 0.05;
  return { ci: [-w - 1.96 * se, -w + 1.96 * se], p_value: oneSidedP(w, margin, se, Infinity), detectable: null, se };
};

function run(extra = '', m = measured, t: ChangeTester = tester): Check[] {
  const config = parseConfig(yaml(extra), 'test');
  return decide(judgeSegments({ rules: ruleSetOf(config), measured: m, source: 'offline', tester: t }), config.statistics, insufficientPolicy(config));
}

describe('warn means evidence', () => {
  const checks = run();
  const [overall, a, b, c] = ['overall', 'region=A', 'region=B', 'region=C'].map((s) => byId(checks, `offline/recall/${s}`));

  it('fails when significant after the correction; warns when significant before it (and under twice the level after); else an inconclusive pass', () => {
    expect(overall.status).toBe('fail');
    expect(a.p_value!).toBeLessThan(0.05);
    expect(a.p_adjusted!).toBeGreaterThanOrEqual(0.05);
    expect(a.status).toBe('warn');
    expect(a.message).toContain('Suggestive');
    expect(b).toMatchObject({ status: 'pass', inconclusive: true });
    expect(b.message).toContain('inconclusive');
    expect(c).toMatchObject({ status: 'pass', inconclusive: true });
    // The could-not-rule-out list has what it needs: the detectable worsening.
    expect(b.detectable!).toBeGreaterThan(0.05);
    expect(overall.inconclusive).toBeUndefined();
    expect(verdictOf(countChecks(checks))).toBe('fail');
  });

  it("shows intervals at the decision's level: a failure's lies beyond the tolerance, a warning's and an inconclusive pass's include it", () => {
    const beyond = (x: Check) => x.ci_adjusted![1] < -0.01;
    expect(beyond(overall)).toBe(true);
    expect(beyond(a)).toBe(false);
    expect(beyond(b)).toBe(false);
    // The unadjusted 95% interval of the warning lies beyond the tolerance: the contradiction ci_adjusted removes.
    expect(a.ci![1]).toBeLessThan(-0.01);
    // The level is alpha x p / p_adjusted: for the Holm step-1 check alpha / 4 (one-sided).
    const zOverall = 2.241402727604947; // scipy norm.ppf(1 - 0.0125)
    expect(overall.ci_adjusted![1]).toBeCloseTo(-0.05 + zOverall * 0.01, 9);
  });

  it('with correction none a breach is either significant (fail) or inconclusive: no warnings', () => {
    const config = parseConfig(yaml().replace('correction: holm', 'correction: none'), 'test');
    const out = decide(judgeSegments({ rules: ruleSetOf(config), measured, source: 'offline', tester }), config.statistics, insufficientPolicy(config));
    expect(out.map((x) => x.status)).toEqual(['fail', 'fail', 'pass', 'pass']);
    // Uncorrected, the level is alpha: the one-sided 95% bound.
    expect(out[1].ci_adjusted![1]).toBeCloseTo(-0.05 + 1.6448536269514722 * 0.019, 9);
  });
});

describe('insufficient checks raise the verdict only where asked', () => {
  const small = [seg('overall', 9000, { recall: { baseline: 0.8, candidate: 0.8 } }, 3000), seg('region=A', 100, drop, 30), seg('region=B', 3000, drop, 5)];
  const quiet: ChangeTester = () => ({ ci: [-0.01, 0.01], p_value: 0.9, detectable: null, se: 0.01 });

  it('an ordinary small segment is listed and counted but the verdict stays pass', () => {
    const out = run('', small, quiet);
    expect(byId(out, 'offline/recall/region=A').status).toBe('insufficient');
    // 5 positives: under segments.min_class_samples (10).
    expect(byId(out, 'offline/recall/region=B')).toMatchObject({ status: 'insufficient' });
    expect(byId(out, 'offline/recall/region=B').message).toContain('5 positives in region=B, under segments.min_class_samples (10)');
    const counts = countChecks(out);
    expect(counts.insufficient).toBe(2);
    expect(verdictOf(counts)).toBe('pass');
  });

  it('segments.insufficient: warn makes every one a warning', () => {
    const out = run(', insufficient: warn', small, quiet);
    expect(byId(out, 'offline/recall/region=A').status).toBe('warn');
    expect(verdictOf(countChecks(out))).toBe('warn');
  });

  it('a segment named in overrides warns when it cannot be judged, and so does overall', () => {
    const config = parseConfig(`${yaml()}overrides:\n  "region=A": { recall: { max_drop: 2pp } }\n`, 'test');
    const out = decide(judgeSegments({ rules: ruleSetOf(config), measured: small, source: 'offline', tester: quiet }), config.statistics, insufficientPolicy(config));
    expect(byId(out, 'offline/recall/region=A').status).toBe('warn');
    expect(byId(out, 'offline/recall/region=A').message).toContain('a segment named in overrides');
    expect(byId(out, 'offline/recall/region=B').status).toBe('insufficient');
    const undefinedOverall = [seg('overall', 9000, { recall: { baseline: null, candidate: null } }, 0)];
    const o = run('', undefinedOverall, quiet);
    expect(byId(o, 'offline/recall/overall').status).toBe('warn');
  });

  it('a class minimum of 1 judges a segment with 5 positives', () => {
    const out = run(', min_class_samples: 1', small, quiet);
    expect(byId(out, 'offline/recall/region=B').status).toBe('pass');
  });
});
