// The data family decides as the model checks do (gate/decide.ts evidenceOf): a
// breach fails when significant after the correction, warns when significant alone
// and under twice the level after it, and is an inconclusive pass otherwise.
import { describe, expect, it } from 'vitest';
import { evidenceOf } from '../../../src/gate/index.js';
import { dataCheck, type PendingDataCheck } from '../../../src/sources/data/checks.js';
import { decideData } from '../../../src/sources/data/decide.js';

const pending = (p: number, severity: 'fail' | 'warn' = 'fail'): PendingDataCheck => ({
  check: dataCheck('data', 'psi[x]', `s${p}`, { rule: 'max 0.1', status: 'pass', severity }),
  breached: true,
  p,
  what: 'PSI 0.2 in s, above 0.1',
});

describe('data checks decide as the model checks', () => {
  it('evidenceOf: significant, suggestive (alone and under 2 alpha after), none', () => {
    expect(evidenceOf(0.001, 0.04, 0.05)).toBe('significant');
    expect(evidenceOf(0.01, 0.08, 0.05)).toBe('suggestive');
    expect(evidenceOf(0.01, 0.1, 0.05)).toBe('none');
    expect(evidenceOf(0.06, 0.06, 0.05)).toBe('none');
  });

  it('with no correction: fail below alpha; above it an inconclusive pass, never a warning', () => {
    const [a, b] = decideData([pending(0.01), pending(0.2)], 0.95, 'none');
    expect(a.status).toBe('fail');
    expect(b.status).toBe('pass');
    expect(b.inconclusive).toBe(true);
  });

  it('with Holm over 4 checks: p 0.02 alone is 0.08 after (under 0.1): a warning; p 0.03 gives 0.09: still one; p 0.04 of 3 gives 0.12: inconclusive', () => {
    // Holm over [0.001, 0.02, 0.3, 0.5]: 0.004, 0.06, 0.6, 0.6 -> fail, warn, pass, pass.
    const checks = decideData([pending(0.001), pending(0.02), pending(0.3), pending(0.5)], 0.95, 'holm');
    expect(checks.map((c) => c.status)).toEqual(['fail', 'warn', 'pass', 'pass']);
    // Holm over [0.04, 0.045, 0.5]: 0.12, 0.12, 0.5: significant alone but over twice the level after.
    const wide = decideData([pending(0.04), pending(0.045), pending(0.5)], 0.95, 'holm');
    expect(wide.map((c) => c.status)).toEqual(['pass', 'pass', 'pass']);
    expect(wide.every((c) => c.inconclusive)).toBe(true);
  });

  it('an advisory rule turns a failure into a warning', () => {
    const [a] = decideData([pending(0.001, 'warn')], 0.95, 'none');
    expect(a.status).toBe('warn');
    expect(a.message).toContain('Advisory rule');
  });
});
