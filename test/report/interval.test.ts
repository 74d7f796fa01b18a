// The comment shows each check's interval at the level its decision used (issue 12):
// a failing check's lies beyond the tolerance, a warning's includes it, even where the
// plain 95% interval of the warning lies beyond (the contradiction this removes).
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import { shownInterval } from '../../src/report/interval.js';
import { check, reportOf } from './fixtures.js';

describe('the interval shown', () => {
  // recall, tolerance 1 pp: a failure (significant after Holm) and a warning (significant alone only).
  const failed = check({
    metric: 'recall',
    segment: 'region=BR',
    status: 'fail',
    baseline: 0.8,
    candidate: 0.75,
    delta: -0.05,
    rule: 'max_drop 1pp',
    tolerance: 0.01,
    ci: [-0.07, -0.03],
    ci_adjusted: [-0.0725, -0.0275],
    p_value: 1e-5,
    p_adjusted: 4e-5,
  });
  const warned = check({
    metric: 'recall',
    segment: 'region=IN',
    status: 'warn',
    baseline: 0.8,
    candidate: 0.75,
    delta: -0.05,
    rule: 'max_drop 1pp',
    tolerance: 0.01,
    ci: [-0.087, -0.013],
    ci_adjusted: [-0.098, 0.0026],
    p_value: 0.02,
    p_adjusted: 0.06,
  });
  const within = check({
    metric: 'recall',
    segment: 'region=US',
    status: 'pass',
    baseline: 0.8,
    candidate: 0.8,
    delta: 0,
    rule: 'max_drop 1pp',
    tolerance: 0.01,
    ci: [-0.02, 0.02],
    p_value: 0.9,
    p_adjusted: 1,
  });

  it('is ci_adjusted where the decision made one, else ci', () => {
    expect(shownInterval(failed)).toEqual([-0.0725, -0.0275]);
    expect(shownInterval(within)).toEqual([-0.02, 0.02]);
  });

  it("in the comment: the failure's interval beyond −1 pp, the warning's including it", () => {
    const md = renderMarkdown(reportOf([failed, warned, within]));
    const row = (segment: string) => md.split('\n').find((l) => l.includes(`region\\=${segment}`) && l.includes('recall'))!;
    expect(row('BR')).toContain('[−7.2, −2.8] pp');
    expect(row('IN')).toContain('[−9.8, 0.3] pp');
    expect(row('IN')).not.toContain('[−8.7, −1.3] pp');
  });
});
