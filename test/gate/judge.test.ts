import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import { decide } from '../../src/gate/decide.js';
import { judgeSegments, ruleSetOf, type ChangeTester } from '../../src/gate/judge.js';
import type { Check } from '../../src/gate/types.js';
import { countChecks, verdictOf } from '../../src/gate/verdict.js';
import type { SegmentMetrics } from '../../src/metrics/types.js';

function seg(id: string, n: number, values: SegmentMetrics['values'], positives: number | null = null): SegmentMetrics {
  const keys = id === 'overall' ? [] : id.split('&').map((kv) => kv.split('=') as [string, string]);
  return { segment: { id, keys }, n, weight: n, positives, values };
}

function judge(yaml: string, measured: SegmentMetrics[], tester?: ChangeTester): Check[] {
  const config = parseConfig(yaml, 'test');
  return decide(judgeSegments({ rules: ruleSetOf(config), measured, source: 'offline', tester }), config.statistics);
}

const byId = (checks: Check[], id: string): Check => {
  const c = checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id} in ${checks.map((x) => x.id).join(', ')}`);
  return c;
};

describe('judging change rules on the point estimate', () => {
  const yaml = `
columns: { segments: [region] }
metrics:
  recall: { max_drop: 1pp }
  log_loss: { max_increase: 5% }
`;
  const measured = [
    seg('overall', 5000, { recall: { baseline: 0.8, candidate: 0.805 }, log_loss: { baseline: 0.3, candidate: 0.314 } }),
    seg('region=BR', 1000, { recall: { baseline: 0.842, candidate: 0.791 }, log_loss: { baseline: 0.3, candidate: 0.316 } }),
  ];
  const checks = judge(yaml, measured);

  it('fails a drop beyond the tolerance and names segment, values and rule', () => {
    const c = byId(checks, 'offline/recall/region=BR');
    expect(c).toMatchObject({ status: 'fail', segment: 'region=BR', metric: 'recall', baseline: 0.842, candidate: 0.791, rule: 'max_drop 1pp', n: 1000 });
    expect(c.delta).toBeCloseTo(-0.051, 12);
    expect(c.message).toContain('84.2% → 79.1% (−5.1 pp)');
  });

  it('passes an improvement and a worsening within a relative tolerance', () => {
    expect(byId(checks, 'offline/recall/overall').status).toBe('pass');
    // 0.314 - 0.3 = 0.014 < 5% of 0.3 = 0.015
    expect(byId(checks, 'offline/log_loss/overall').status).toBe('pass');
    // 0.016 > 0.015
    expect(byId(checks, 'offline/log_loss/region=BR').status).toBe('fail');
  });

  it('the verdict follows the checks', () => {
    expect(verdictOf(countChecks(checks))).toBe('fail');
  });

  it('a worsening exactly at the tolerance passes (no floating-point flake)', () => {
    const c = judge(yaml, [seg('overall', 5000, { recall: { baseline: 0.81, candidate: 0.8 }, log_loss: { baseline: 0.3, candidate: 0.3 } })]);
    expect(byId(c, 'offline/recall/overall').status).toBe('pass');
  });
});

describe('limits, severity, overrides, small segments', () => {
  const yaml = `
columns: { segments: [region] }
segments: { min_samples: 200 }
metrics:
  auc: { max_drop: 0.005, min: 0.80 }
  precision: { max_drop: 1pp, severity: warn }
overrides:
  "region=BR": { auc: { max_drop: 0.05 } }
`;
  const measured = [
    seg('overall', 5000, { auc: { baseline: 0.85, candidate: 0.79 }, precision: { baseline: 0.7, candidate: 0.6 } }),
    seg('region=BR', 900, { auc: { baseline: 0.85, candidate: 0.81 }, precision: { baseline: 0.7, candidate: 0.7 } }),
    seg('region=US', 150, { auc: { baseline: 0.85, candidate: 0.5 }, precision: { baseline: 0.7, candidate: 0.1 } }),
  ];
  const checks = judge(yaml, measured);

  it('min is judged on the candidate alone, with its own check id', () => {
    expect(byId(checks, 'offline/auc/overall/min')).toMatchObject({ status: 'fail', rule: 'min 0.8' });
    expect(byId(checks, 'offline/auc/region=BR/min').status).toBe('pass');
  });

  it('an override replaces the rule in its segment only', () => {
    expect(byId(checks, 'offline/auc/region=BR')).toMatchObject({ status: 'pass', rule: 'max_drop 0.05' });
    expect(byId(checks, 'offline/auc/overall')).toMatchObject({ status: 'fail', rule: 'max_drop 0.005' });
  });

  it('severity: warn turns a breach into a warning', () => {
    expect(byId(checks, 'offline/precision/overall')).toMatchObject({ status: 'warn', severity: 'warn' });
  });

  it('segments under min_samples are insufficient, overall never is', () => {
    for (const c of checks.filter((x) => x.segment === 'region=US')) expect(c.status).toBe('insufficient');
    expect(byId(checks, 'offline/auc/region=US').message).toContain('150 examples, under segments.min_samples (200)');
    const small = judge(yaml, [seg('overall', 10, { auc: { baseline: 0.85, candidate: 0.5 }, precision: { baseline: 0.7, candidate: 0.7 } })]);
    expect(byId(small, 'offline/auc/overall').status).toBe('fail');
  });

  it('an undefined value is insufficient, with the reason', () => {
    const c = judge(yaml, [seg('overall', 5000, { auc: { baseline: null, candidate: 0.9 }, precision: { baseline: 0.7, candidate: 0.7 } }, 0)]);
    expect(byId(c, 'offline/auc/overall')).toMatchObject({ status: 'insufficient' });
    expect(byId(c, 'offline/auc/overall').message).toContain('no positive examples');
  });
});

describe('with a paired test', () => {
  const yaml = `
metrics:
  recall: { max_drop: 1pp }
statistics: { correction: holm }
`;
  const measured = [seg('overall', 5000, { recall: { baseline: 0.8, candidate: 0.75 } })];

  it('fails only when significant after correction; not significant at all is an inconclusive pass (turn 2: it warned before)', () => {
    const significant: ChangeTester = () => ({ ci: [-0.07, -0.03], p_value: 0.001, detectable: 0.02 });
    const noisy: ChangeTester = () => ({ ci: [-0.12, 0.02], p_value: 0.2, detectable: 0.1 });
    const a = byId(judge(yaml, measured, significant), 'offline/recall/overall');
    expect(a).toMatchObject({ status: 'fail', ci: [-0.07, -0.03], p_value: 0.001, p_adjusted: 0.001 });
    const b = byId(judge(yaml, measured, noisy), 'offline/recall/overall');
    expect(b).toMatchObject({ status: 'pass', inconclusive: true });
    expect(b.message).toContain('Not significant');
  });

  it('passes the tolerance to the test as the margin, in metric units', () => {
    const margins: number[] = [];
    judge(yaml, measured, (q) => {
      margins.push(q.margin);
      return null;
    });
    expect(margins).toEqual([0.01]);
  });
});
