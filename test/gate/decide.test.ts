// decide: the run-wide correction, the fail/warn split, and the detectable size
// from each paired test's standard error.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import { decide } from '../../src/gate/decide.js';
import { judgeSegments, ruleSetOf, type ChangeTester } from '../../src/gate/judge.js';
import type { Check } from '../../src/gate/types.js';
import type { SegmentMetrics } from '../../src/metrics/types.js';

function seg(id: string, n: number, values: SegmentMetrics['values']): SegmentMetrics {
  const keys = id === 'overall' ? [] : id.split('&').map((kv) => kv.split('=') as [string, string]);
  return { segment: { id, keys }, n, weight: n, positives: null, values };
}
const byId = (checks: Check[], id: string): Check => checks.find((c) => c.id === id)!;

const yaml = (correction: string) => `
columns: { segments: [region] }
segments: { min_samples: 200 }
statistics: { correction: ${correction} }
metrics:
  recall: { max_drop: 1pp }
  auc: { max_drop: 0.005, min: 0.8 }
`;
const measured = [
  seg('overall', 5000, { recall: { baseline: 0.8, candidate: 0.79 }, auc: { baseline: 0.9, candidate: 0.89 } }),
  seg('region=BR', 900, { recall: { baseline: 0.8, candidate: 0.75 }, auc: { baseline: 0.9, candidate: 0.85 } }),
  seg('region=US', 100, { recall: { baseline: 0.8, candidate: 0.5 }, auc: { baseline: 0.9, candidate: 0.5 } }),
];
/** A test whose standard error is 0.01 and p-value 0.01 everywhere. */
const tester: ChangeTester = () => ({ ci: [-0.1, 0], p_value: 0.01, detectable: null, se: 0.01 });

function run(correction: string, t: ChangeTester = tester): Check[] {
  const config = parseConfig(yaml(correction), 'test');
  return decide(judgeSegments({ rules: ruleSetOf(config), measured, source: 'offline', tester: t }), config.statistics);
}

describe('decide', () => {
  it('corrects over the tested change checks only: limits untouched, insufficient segments left out', () => {
    const checks = run('holm');
    // Tested: recall and auc in overall and BR (US is under min_samples): m = 4, Holm gives 4 x 0.01.
    expect(byId(checks, 'offline/recall/overall').p_adjusted).toBeCloseTo(0.04, 12);
    expect(byId(checks, 'offline/auc/region=BR/min')).toMatchObject({ p_value: null, p_adjusted: null, ci: null, detectable: null });
    expect(byId(checks, 'offline/recall/region=US')).toMatchObject({ status: 'insufficient', p_value: null, p_adjusted: null });
    expect(byId(checks, 'offline/recall/region=BR').status).toBe('fail');
  });

  it('detectable = tolerance + (z at alpha / m + z at 80% power) x se, with m the tested change checks', () => {
    // alpha' = 0.05 / 4 = 0.0125: z = 2.241402727604947 (scipy norm.ppf(1 - 0.0125)); z_0.8 = 0.8416212335729143.
    const checks = run('holm');
    const c = byId(checks, 'offline/recall/overall');
    expect(c.tolerance).toBeCloseTo(0.01, 15);
    expect(c.detectable).toBeCloseTo(0.01 + (2.241402727604947 + 0.8416212335729143) * 0.01, 10);
    expect(byId(checks, 'offline/auc/overall').detectable).toBeCloseTo(0.005 + (2.241402727604947 + 0.8416212335729143) * 0.01, 10);
    // Without correction the level is alpha itself: z_0.95 = 1.6448536269514722.
    const none = byId(run('none'), 'offline/recall/overall');
    expect(none.detectable).toBeCloseTo(0.01 + (1.6448536269514722 + 0.8416212335729143) * 0.01, 10);
  });

  it('keeps a detectable size the test gave, and leaves it null where no test ran', () => {
    const given: ChangeTester = () => ({ ci: [-0.1, 0], p_value: 0.01, detectable: 0.123 });
    expect(byId(run('holm', given), 'offline/recall/overall').detectable).toBe(0.123);
    const noTest: ChangeTester = () => null;
    const checks = run('holm', noTest);
    expect(byId(checks, 'offline/recall/overall')).toMatchObject({ detectable: null, p_value: null, ci: null });
    // Without a test, a breach fails on the point estimate (fail closed).
    expect(byId(checks, 'offline/recall/region=BR').status).toBe('fail');
  });
});
