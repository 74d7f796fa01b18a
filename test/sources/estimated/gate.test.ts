// shadow.estimate and shadow.labels through runGate, on files: the checks, their
// intervals, the estimate-vs-labels warning under planted concept drift, the
// comment, the report's validity, and the usage and config errors.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/parse.js';
import { ConfigError, UsageError } from '../../../src/errors/index.js';
import { runGate } from '../../../src/pipeline/index.js';
import { renderMarkdown, validateReport } from '../../../src/report/index.js';
import { errorOf, fixtureDir } from '../../io/fixtures.js';
import { OFFLINE, worldFiles, type World } from './sim.js';

const RUN = { repository: null, commit: null, pull_request: null, url: null };
function files(seed: number, live: World, opts: { labelledShare: number } = { labelledShare: 0.5 }) {
  return fixtureDir(worldFiles(seed, live, opts));
}

const YAML = `columns: { segments: [region] }
segments: { min_samples: 100 }
statistics: { resamples: 300 }
metrics: { recall: { max_drop: 5pp }, precision: {} }
shadow:
  envelope: { latency_p99_ms: { max: 1000 } }
  labels: { maturity: 7d }
  estimate: [recall, auc]`;

async function gate(dir: string, yaml = YAML, inputs: { eval?: boolean; shadow?: boolean } = {}) {
  return runGate({
    name: 'm',
    config: parseConfig(yaml, 'test'),
    baselineEval: inputs.eval === false ? null : join(dir, 'baseline.csv'),
    candidateEval: inputs.eval === false ? null : join(dir, 'candidate.csv'),
    shadow: inputs.shadow === false ? null : join(dir, 'shadow.csv'),
    labels: null,
    run: RUN,
    now: () => new Date(0),
  });
}

describe('estimated checks through runGate', () => {
  it("estimates recall and auc overall and per segment on the unlabelled requests, with each model's interval", async () => {
    const r = await gate(files(1, { ...OFFLINE, mean: 0.2 }));
    const ids = r.checks.filter((c) => c.source === 'estimated').map((c) => c.id);
    expect(ids).toEqual(
      expect.arrayContaining(['estimated/recall/overall', 'estimated/recall/region=BR', 'estimated/recall/region=US', 'estimated/auc/overall', 'estimated/recall/overall/labelled']),
    );
    const c = r.checks.find((x) => x.id === 'estimated/recall/overall')!;
    expect(c).toMatchObject({ source: 'estimated', rule: 'max_drop 5pp', n: 1000 });
    expect(c.baseline_ci![0]).toBeLessThanOrEqual(c.baseline!);
    expect(c.baseline_ci![1]).toBeGreaterThanOrEqual(c.baseline!);
    expect(c.candidate_ci![0]).toBeLessThanOrEqual(c.candidate!);
    expect(c.ci![0]).toBeLessThanOrEqual(c.delta!);
    expect(c.p_value).not.toBeNull();
    expect(c.message).toMatch(/^Estimated from calibrated scores on 1,000 unlabelled requests: recall/);
    // auc is not under metrics: reported without a rule.
    expect(r.checks.find((x) => x.id === 'estimated/auc/overall')!.rule).toBeNull();
    expect(r.shadow!.estimate).toMatchObject({ metrics: ['recall', 'auc'], requests: 1000, calibration_examples: 2000 });
    expect(r.checks.find((x) => x.id === 'estimated/recall/overall/labelled')!.status).toBe('pass');
    expect(() => validateReport(JSON.parse(JSON.stringify(r)), 'report.json')).not.toThrow();
    const md = renderMarkdown(r);
    expect(md).toContain('**Estimated without labels** on 1,000 requests');
    expect(md).toContain('Estimates, not measurements');
    expect(md).toContain('**Label coverage by request age**');
  });

  it('warns when the labelled requests disagree with the estimate (planted concept drift)', async () => {
    const r = await gate(files(2, { a: 0.3, b1: 0.4, b2: 0.3, mean: 0, sd: 1 }));
    const c = r.checks.find((x) => x.id === 'estimated/recall/overall/labelled')!;
    expect(c.status).toBe('warn');
    expect(c.message).toMatch(/concept drift/);
    expect(r.shadow!.estimate!.comparisons.some((x) => !x.agrees)).toBe(true);
    expect(renderMarkdown(r)).toMatch(/disagrees with the labels for recall/);
  });

  it('needs the eval files and the shadow log, and task binary', async () => {
    const dir = files(3, OFFLINE);
    const e = await errorOf(() => gate(dir, YAML, { eval: false }));
    expect(e).toBeInstanceOf(UsageError);
    expect(e.message).toBe(
      'shadow.estimate is set but baseline-eval and candidate-eval (each model is calibrated on its eval file) is not given: the estimates need both the eval files and the shadow log.',
    );
    expect(() => parseConfig('task: multiclass\nshadow: { estimate: [recall] }', 'gate.yml')).toThrow(ConfigError);
    const bad = (() => {
      try {
        parseConfig('shadow: { estimate: [recal], labels: { maturity: 7days } }', 'gate.yml');
      } catch (err) {
        return (err as ConfigError).issues;
      }
      return [];
    })();
    expect(bad.map((i) => i.path)).toEqual(['shadow.estimate[0]', 'shadow.labels.maturity']);
    expect(bad[0].message).toMatch(/did you mean `recall`\?/);
  });
});
