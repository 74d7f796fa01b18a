// The structured fields of a check's rule, as the gate fills them: hand-computed
// shares, and on a real pipeline report, fields that agree with each check's
// values, rule and id.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { ruleFields, shareUsed } from '../../src/gate/check.js';
import { runGate } from '../../src/pipeline/index.js';
import { BUDGET_USED_MAX } from '../../src/schema/index.js';

const ROOT = join(import.meta.dirname, '../..');

describe('shareUsed', () => {
  it.each([
    ['change: 3pp worse of 2pp allowed', 'change', 0.02, 0.03, 1.5],
    ['change: better uses nothing', 'change', 0.02, -0.01, 0],
    ['change: none allowed, worse', 'change', 0, 0.001, Infinity],
    ['change: none allowed, equal', 'change', 0, 0, 0],
    ['max: 200 of 250', 'max', 250, 200, 0.8],
    ['max 0, over', 'max', 0, 0.002, Infinity],
    ['min 0.8, at 0.75', 'min', 0.8, 0.75, 0.8 / 0.75],
    ['min 0.8, at 0', 'min', 0.8, 0, Infinity],
  ] as const)('%s', (_what, kind, amount, value, used) => {
    expect(shareUsed(kind, amount, value)).toBeCloseTo(used, 12);
  });

  it('ruleFields caps an unbounded share for JSON and leaves missing shares null', () => {
    expect(ruleFields('max', { limit: 0, worsening: null, candidate: 0.01 })).toEqual({ rule_kind: 'max', limit: 0, worsening: null, budget_used: BUDGET_USED_MAX });
    expect(ruleFields('change', { allowed: 0.01, worsening: null, candidate: 0.8 })).toEqual({ rule_kind: 'change', limit: null, worsening: null, budget_used: null });
    expect(ruleFields(null, { worsening: 0.2, candidate: 0.8 })).toEqual({ rule_kind: null, limit: null, worsening: 0.2, budget_used: null });
  });
});

describe('the pipeline fills them', () => {
  it("on the demo, each check's fields agree with its values, rule and id", async () => {
    const report = await runGate({
      name: 'fraud-scorer',
      config: loadConfig({ inline: null, file: join(ROOT, 'examples/gate.yml'), inlineName: 'config', fileName: 'config-file' }),
      baselineEval: join(ROOT, 'examples/baseline.csv'),
      candidateEval: join(ROOT, 'examples/candidate.csv'),
      shadow: null,
      labels: null,
      run: { repository: null, commit: null, pull_request: null, url: null },
      now: () => new Date('2025-01-02T03:04:05.000Z'),
    });
    let change = 0;
    for (const c of report.checks) {
      if (c.source === 'integrity') continue;
      if (c.baseline !== null && c.candidate !== null && c.metric !== 'bias') {
        expect(c.worsening).toBeCloseTo(c.higher_is_better ? c.baseline - c.candidate : c.candidate - c.baseline, 12);
      }
      if (c.rule?.startsWith('max_drop ') || c.rule?.startsWith('max_increase ')) {
        expect(c.rule_kind).toBe('change');
        if (c.tolerance !== null && c.tolerance !== undefined && c.tolerance > 0) {
          change++;
          expect(c.budget_used).toBeCloseTo(Math.max(0, c.worsening!) / c.tolerance, 12);
        }
      } else if (c.id.endsWith('/min')) {
        expect(c).toMatchObject({ rule_kind: 'min', budget_used: c.limit! / c.candidate! });
        expect(c.rule).toBe(`min ${c.limit}`);
      }
    }
    expect(change).toBeGreaterThan(10);
    const coverage = report.checks.find((c) => c.id === 'integrity/id_coverage/overall')!;
    expect(coverage).toMatchObject({ rule_kind: 'min', limit: 0.99 });
    expect(coverage.budget_used).toBeCloseTo(0.99 / coverage.candidate!, 12);
  });
});
