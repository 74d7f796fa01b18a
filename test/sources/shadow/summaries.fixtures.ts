// The shadow summaries tests' shared config, log spec and report comparison (test/sources/shadow, test/sql).
import { expect } from 'vitest';
import type { Report } from '../../../src/report/types.js';

export const SHADOW_CONFIG = `task: binary
columns: { segments: [region, device] }
segments: { min_samples: 150, cross: [[region, device]] }
statistics: { seed: 7, resamples: 400 }
overrides: { "region=BR": { latency_p50_ms: { max_increase: 1% } } }
shadow:
  envelope:
    latency_p50_ms: { max: 1000 }
    latency_p95_ms: { max_increase: 10% }
    latency_p99_ms: { max: 400, max_increase: 10% }
    cost_per_1k: { max_increase: 5% }
    error_rate: { max_increase: 1pp }
    agreement: { min: 0.8 }
    score_psi: { max: 0.1 }
`;
export const SHADOW_SPEC = {
  n: 3000,
  seed: 11,
  segments: { region: ['BR', 'DE', 'US'], device: ['ios', 'web'] },
  candidate: { latencyFactor: 1.08, costFactor: 1.03, errorRate: 0.02, scoreShift: 0.2 },
  effects: [{ where: { region: 'BR' }, latencyFactor: 1.3 }],
};

/** Every number of two reports equal within 1e-9 relative, every other field equal, except the input files. */
export function expectSameReport(fromSummaries: Report, fromLog: Report): void {
  const strip = (r: Report) => ({
    ...r,
    inputs: { ...r.inputs, shadow: r.inputs.shadow?.rows, baseline_eval: r.inputs.baseline_eval?.rows, candidate_eval: r.inputs.candidate_eval?.rows },
  });
  const walk = (a: unknown, b: unknown, path: string): void => {
    if (typeof a === 'number' && typeof b === 'number') {
      expect(Math.abs(a - b), `${path}: ${a} vs ${b}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
    } else if (a && b && typeof a === 'object' && typeof b === 'object') {
      expect(Object.keys(a), path).toEqual(Object.keys(b));
      for (const k of Object.keys(a)) walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    } else expect(a, path).toEqual(b);
  };
  walk(strip(fromSummaries), strip(fromLog), 'report');
}
