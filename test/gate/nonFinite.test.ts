// A metric or sum that becomes non-finite never passes: rmse of labels near 1e160
// overflows for both models, and the check fails saying so instead of printing
// "within tolerance: Infinity -> Infinity".
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import type { EvalData } from '../../src/io/types.js';
import { gate } from '../stats/prs.js';
import { decide } from '../../src/gate/decide.js';
import { judgeSegments, ruleSetOf } from '../../src/gate/judge.js';

function regression(labels: number[]): EvalData {
  const n = labels.length;
  const label = Float64Array.from(labels);
  const pB = Float64Array.from(labels, (_, i) => (i % 10) + (i % 3) - 1);
  const pC = Float64Array.from(labels, (_, i) => (i % 10) + (i % 5) - 2);
  return {
    n,
    label,
    classes: [],
    weight: null,
    baseline: { score: pB, decision: pB },
    candidate: { score: pC, decision: pC },
    segments: [],
    numeric: {},
    integrity: { baselineRows: n, candidateRows: n, matched: n, onlyBaseline: 0, onlyCandidate: 0, coverage: 1, examplesOnlyBaseline: [], examplesOnlyCandidate: [] },
    files: { baseline: [], candidate: [] },
  };
}

describe('non-finite metric values fail', () => {
  const config = parseConfig('task: regression\nmetrics:\n  rmse: { max_increase: 5% }\n  mae: { max_increase: 5% }\n', 'test');

  it('rmse that overflows (one label of 1e160) fails with a clear message; mae, finite, is judged as usual', () => {
    const labels = Array.from({ length: 500 }, (_, i) => (i === 7 ? 1e160 : i % 10));
    const out = gate(regression(labels), config, true);
    const rmse = out.find((c) => c.id === 'offline/rmse/overall')!;
    expect(rmse.status).toBe('fail');
    expect(rmse.message).toContain('rmse is not a finite number in overall for the baseline and the candidate');
    expect(rmse.message).not.toContain('within');
    expect(rmse).toMatchObject({ baseline: null, candidate: null, delta: null });
    // JSON has no infinity: the check's values are null, never a silent "Infinity -> Infinity".
    expect(JSON.stringify(rmse)).not.toContain('Infinity');
  });

  it('an infinite value of one model (e.g. a latency of 1e309 summed) fails too, even under a limit rule', () => {
    const cfg = parseConfig('task: regression\nmetrics:\n  mae: { max: 10 }\n', 'test');
    const measured = [{ segment: { id: 'overall', keys: [] }, n: 1000, weight: 1000, positives: null, values: { mae: { baseline: 1, candidate: Infinity } } }];
    const [c] = decide(judgeSegments({ rules: ruleSetOf(cfg), measured, source: 'offline' }), cfg.statistics);
    expect(c.status).toBe('fail');
    expect(c.message).toContain('for the candidate');
    expect(c.baseline).toBe(1);
    expect(c.candidate).toBeNull();
  });
});
