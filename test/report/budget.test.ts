import { describe, expect, it } from 'vitest';
import { allowanceOf, formatUsed, textBar, worstFirst } from '../../src/report/budget.js';
import { check } from './fixtures.js';

describe('allowanceOf: the share of a rule used, from the check alone', () => {
  // Hand-computed: used = worsening / allowed worsening (change rules), candidate / max, min / candidate.
  it.each([
    ['recall 80% → 77% under max_drop 2pp: 3pp of 2pp', { metric: 'recall', baseline: 0.8, candidate: 0.77, rule: 'max_drop 2pp' }, 'change', 1.5],
    ['recall improves: nothing used', { metric: 'recall', baseline: 0.8, candidate: 0.85, rule: 'max_drop 2pp' }, 'change', 0],
    ['log_loss 0.30 → 0.31 under max_increase 5%: 0.01 of 0.015', { metric: 'log_loss', baseline: 0.3, candidate: 0.31, rule: 'max_increase 5%', higher_is_better: false }, 'change', 2 / 3],
    ['auc 0.95 → 0.945 under max_drop 0.01: half', { metric: 'auc', baseline: 0.95, candidate: 0.945, rule: 'max_drop 0.01' }, 'change', 0.5],
    [
      'bias judged on its size: |−0.2| → |0.25| under max_increase 0.1',
      { metric: 'bias', baseline: -0.2, candidate: 0.25, rule: 'max_increase 0.1', higher_is_better: false },
      'change',
      0.5,
    ],
    ['latency p99 200 ms under max 250', { metric: 'latency_p99_ms', baseline: 180, candidate: 200, rule: 'max 250', higher_is_better: false }, 'max', 0.8],
    ['error rate 0.6% under max 0.5pp', { metric: 'error_rate', candidate: 0.006, rule: 'max 0.5pp', higher_is_better: false }, 'max', 1.2],
    ['auc 0.75 under min 0.8', { metric: 'auc', candidate: 0.75, rule: 'min 0.8' }, 'min', 0.8 / 0.75],
    ['id coverage 50% under min 99.0%', { metric: 'id_coverage', source: 'integrity' as const, candidate: 0.5, rule: 'min 99.0%' }, 'min', 1.98],
  ])('%s', (_what, fields, kind, used) => {
    const a = allowanceOf(check({ segment: 'overall', ...fields }));
    expect(a?.kind).toBe(kind);
    expect(a!.used).toBeCloseTo(used, 12);
  });

  it('a rule allowing no worsening is used up by any', () => {
    expect(allowanceOf(check({ metric: 'recall', segment: 'overall', baseline: 0.8, candidate: 0.79, rule: 'max_drop 0' }))!.used).toBe(Infinity);
    expect(allowanceOf(check({ metric: 'recall', segment: 'overall', baseline: 0.8, candidate: 0.8, rule: 'max_drop 0' }))!.used).toBe(0);
  });

  it.each([
    ['no rule', { rule: null }],
    ['an integrity rule that is not a limit', { rule: 'overrides.region=XX' }],
    ['no candidate value', { candidate: null, rule: 'max_drop 1pp' }],
    ['a change rule without a baseline', { baseline: null, candidate: 0.8, rule: 'max_drop 1pp' }],
  ])('none for %s', (_what, fields) => {
    expect(allowanceOf(check({ metric: 'recall', segment: 'overall', baseline: 0.8, candidate: 0.7, ...fields }))).toBeNull();
  });
});

describe('worstFirst', () => {
  it('puts integrity first, then the largest share used, then the smallest adjusted p, then report order', () => {
    const c = (segment: string, candidate: number, extra: object = {}) => check({ metric: 'recall', segment, baseline: 0.8, candidate, rule: 'max_drop 1pp', status: 'fail', ...extra });
    const checks = [
      c('a', 0.78), // 200%
      c('b', 0.7), // 1000%
      c('c', 0.78, { p_adjusted: 0.001 }), // 200%, more significant than a
      check({ metric: 'id_coverage', segment: 'overall', source: 'integrity', status: 'fail' }),
      c('d', 0.78), // ties a: report order
    ];
    expect(worstFirst(checks).map((x) => x.segment)).toEqual(['overall', 'b', 'c', 'a', 'd']);
  });
});

describe('bars', () => {
  it.each([
    [0, '░░░░░░░░░░', '0%'],
    [0.62, '██████░░░░', '62%'],
    [0.99, '█████████░', '99%'],
    [1, '██████████', '100%'],
    [6.66, '██████████', '666%'],
    [12, '██████████', '>999%'],
    [Infinity, '██████████', '>999%'],
  ])('%s used: %s %s', (used, bar, text) => {
    expect(textBar(used)).toBe(bar);
    expect(formatUsed(used)).toBe(text);
  });
});
