// Renderers read a check's structured fields (rule_kind, budget_used, tolerance,
// limit, worsening), never its rule text: an odd rule text still gets its budget
// bar and chart, and a standard rule text without the fields gets none.
import { describe, expect, it } from 'vitest';
import { makeCheck } from '../../src/gate/check.js';
import type { Check } from '../../src/gate/types.js';
import { allowanceOf, worstFirst } from '../../src/report/budget.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { segmentChanges } from '../../src/report/segmentChanges.js';
import { reportOf } from './fixtures.js';

const values = { n: 5000, baseline: 0.8, candidate: 0.77, delta: -0.03, higher_is_better: true };
/** A check as the gate makes it, with a rule text no parser would read. */
const odd = (segment: string, fields: Partial<Check> = {}): Check =>
  makeCheck('offline', 'recall', segment, {
    ...values,
    rule: 'at most a sliver worse 🙃',
    rule_kind: 'change',
    tolerance: 0.02,
    worsening: 0.03,
    budget_used: 1.5,
    status: 'warn',
    message: 'recall worsened.',
    ...fields,
  });

describe('budgets from the structured fields', () => {
  it('an odd rule text still has its allowance, from budget_used, tolerance and worsening', () => {
    expect(allowanceOf(odd('overall'))).toEqual({ kind: 'change', used: 1.5, limit: 0.02, worse: 0.03 });
    expect(allowanceOf(odd('overall', { rule_kind: 'max', limit: 0.9, budget_used: 0.5 }))).toEqual({ kind: 'max', used: 0.5, limit: 0.9, worse: null });
  });

  it('a standard rule text without the fields (a report from before them) has none: the text is not parsed', () => {
    const old = odd('overall', { rule: 'max_drop 2pp', rule_kind: undefined, budget_used: undefined, worsening: undefined });
    delete old.rule_kind;
    delete old.budget_used;
    delete old.worsening;
    expect(allowanceOf(old)).toBeNull();
    expect(allowanceOf(odd('overall', { rule: 'max_drop 2pp', budget_used: null }))).toBeNull();
  });

  it('the capped share of a rule that allows nothing reads as unbounded', () => {
    expect(allowanceOf(odd('overall', { tolerance: 0, budget_used: 1e6 }))!.used).toBe(Infinity);
  });

  it('the comment draws the budget bar of an odd rule text, and orders by the stored share', () => {
    const r = reportOf([odd('overall'), odd('region=BR', { budget_used: 4, worsening: 0.08 }), odd('region=US', { budget_used: 0.25, worsening: 0.005 })]);
    const md = renderMarkdown(r);
    expect(md).toContain('#### Budgets used');
    expect(md).toContain('`██████████` 150%');
    expect(md).toContain('`██████████` 400%');
    expect(worstFirst(r.checks).map((c) => c.segment)).toEqual(['region=BR', 'overall', 'region=US']);
    expect(renderHtml(r)).toContain('400%');
  });

  it('the per-segment chart reads the stored worsening and tolerance, in display units', () => {
    const r = reportOf([odd('overall', { worsening: 0.031 }), odd('region=BR', { status: 'fail', worsening: 0.05, tolerance: 0.01 })]);
    const changes = segmentChanges(r, { source: 'offline', metric: 'recall' });
    expect(changes.map((s) => [s.check.segment, s.worse, s.allowed])).toEqual([
      ['overall', expect.closeTo(3.1, 12), expect.closeTo(2, 12)],
      ['region=BR', expect.closeTo(5, 12), expect.closeTo(1, 12)],
    ]);
    // Without a worsening there is nothing to draw (no recomputing from the text).
    expect(segmentChanges(reportOf([odd('overall', { worsening: null })]), { source: 'offline', metric: 'recall' })).toEqual([]);
  });
});
