// Correction families: decide() adjusts p-values within each PendingCheck.family
// (default one family, 'model', for offline, shadow and online), so a family of
// checks of its own (e.g. data checks) neither pays for nor dilutes the model's.
import { describe, expect, it } from 'vitest';
import { decide, judge, makeCheck, type PendingCheck } from '../../src/gate/index.js';

const statistics = { confidence: 0.95, correction: 'holm' as const, seed: 1, resamples: 100 };

function change(metric: string, p: number, family?: string): PendingCheck {
  const check = makeCheck('offline', metric, 'overall', { p_value: p, message: `${metric} worsened.` });
  return { check, kind: 'change', breached: true, ...(family ? { family } : {}) };
}

describe('decide with correction families', () => {
  it('one family (the default): Holm over every test of the run', () => {
    // Holm, m = 2: sorted 0.02 * 2 = 0.04, then max(0.04, 0.03 * 1) = 0.04.
    const out = decide([change('recall', 0.02), change('auc', 0.03)], statistics);
    expect(out.map((c) => c.p_adjusted)).toEqual([0.04, 0.04]);
    expect(out.map((c) => c.status)).toEqual(['fail', 'fail']);
  });

  it('two families: each corrected among itself only', () => {
    const out = decide([change('recall', 0.02), change('auc', 0.03), change('null_rate', 0.03, 'data'), change('schema', 0.04, 'data')], statistics);
    // model: as above, 0.04 and 0.04; data: 0.03 * 2 = 0.06, then max(0.06, 0.04 * 1) = 0.06.
    expect(out.map((c) => c.p_adjusted)).toEqual([0.04, 0.04, 0.06, 0.06]);
    expect(out.map((c) => c.status)).toEqual(['fail', 'fail', 'warn', 'warn']);
  });

  it('the judge tags checks of a non-default family, and leaves the model family unmarked', () => {
    const rules = { metrics: { recall: { rule: { severity: 'fail' as const, min: 0.5 }, direction: 'higher' as const } }, overrides: {}, minSamples: 10 };
    const measured = [{ segment: { id: 'overall', keys: [] }, n: 100, weight: 100, positives: 50, values: { recall: { baseline: 0.6, candidate: 0.7 } } }];
    const pending = judge([
      { rules, measured, source: 'offline' },
      { rules, measured, source: 'online', family: 'data' },
    ]);
    expect(pending.map((p) => p.family)).toEqual([undefined, 'data']);
    expect(pending.map((p) => p.check.id)).toEqual(['offline/recall/overall/min', 'online/recall/overall/min']);
  });
});
