// The false-alarm simulation of turn 2: with two equally good models and the usual
// tolerances, how often does a PR show a warning or a failure? A warning must mean
// evidence (significant before the correction), so equal models must rarely warn, and
// segments with one (or a few) positives must never fail on noise. Seeded: the rates
// are the same on every run, and shown in the test names.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import type { EvalData } from '../../src/io/types.js';
import { rng } from '../metrics/fixtures.js';
import { gate, pullRequest } from './prs.js';

const config = (segments: string, extra = '') =>
  parseConfig(
    `task: binary
columns: { segments: [${segments}] }
segments: { min_samples: 200${extra} }
statistics: { confidence: 0.95, correction: holm, seed: 1, resamples: 1000 }
metrics:
  recall: { max_drop: 1pp }
  precision: { max_drop: 2pp }
  auc: { max_drop: 0.01 }
`,
    'simulation',
  );

/**
 * `stores` segments of `rows` examples each with exactly `positives` positives, two equally
 * good models (shared latent, independent noise of the same size, as in prs.ts).
 */
function rareClasses(seed: number, stores: number, rows: number, positives: number): EvalData {
  const rand = rng(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const n = stores * rows;
  const label = new Float64Array(n);
  const sB = new Float64Array(n);
  const sC = new Float64Array(n);
  const dB = new Float64Array(n);
  const dC = new Float64Array(n);
  const store = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    store[i] = Math.floor(i / rows);
    const y = i % rows < positives ? 1 : 0;
    label[i] = y;
    const shared = normal();
    const mean = y ? 0.6 : -1.8;
    sB[i] = 1 / (1 + Math.exp(-(mean + 0.9 * shared + 0.35 * normal())));
    sC[i] = 1 / (1 + Math.exp(-(mean + 0.9 * shared + 0.35 * normal())));
    dB[i] = sB[i] >= 0.5 ? 1 : 0;
    dC[i] = sC[i] >= 0.5 ? 1 : 0;
  }
  return {
    n,
    label,
    classes: [],
    weight: null,
    baseline: { score: sB, decision: dB },
    candidate: { score: sC, decision: dC },
    segments: [{ name: 'store', codes: store, values: Array.from({ length: stores }, (_, s) => `s${s}`) }],
    numeric: {},
    integrity: { baselineRows: n, candidateRows: n, matched: n, onlyBaseline: 0, onlyCandidate: 0, coverage: 1, examplesOnlyBaseline: [], examplesOnlyCandidate: [] },
    files: { baseline: [], candidate: [] },
  };
}

describe('equal models, recall 1pp / precision 2pp / auc 0.01, segments region and device', () => {
  const PRS = 100;
  const cfg = config('region, device');
  let warned = 0;
  let failed = 0;
  let inconclusive = 0;
  for (let pr = 0; pr < PRS; pr++) {
    const out = gate(pullRequest(30_000 + pr, [2500, 2500, 2500], null), cfg, true);
    if (out.some((c) => c.status === 'warn')) warned++;
    if (out.some((c) => c.status === 'fail')) failed++;
    if (out.some((c) => c.inconclusive)) inconclusive++;
  }
  it(`shows a warning in ${warned} of ${PRS} PRs (at most 1 in 10; before turn 2: about 9 in 10), fails ${failed}; ${inconclusive} have an inconclusive pass`, () => {
    expect(warned / PRS).toBeLessThanOrEqual(0.1);
    expect(failed / PRS).toBeLessThanOrEqual(0.05);
  });
});

describe('rare classes with equal models', () => {
  it('40 segments of 318 rows with a single positive each: no failure, no warning; the one-positive checks are insufficient', () => {
    const out = gate(rareClasses(7, 40, 318, 1), config('store'), true);
    expect(out.filter((c) => c.status === 'fail')).toEqual([]);
    expect(out.filter((c) => c.status === 'warn')).toEqual([]);
    const recall = out.find((c) => c.id === 'offline/recall/store=s3')!;
    expect(recall.status).toBe('insufficient');
    expect(recall.message).toContain('1 positive in store=s3, under segments.min_class_samples (10)');
    // overall has 40 positives: judged.
    expect(out.find((c) => c.id === 'offline/recall/overall')!.status).not.toBe('insufficient');
  });

  it('with the class minimum off (min_class_samples: 1) the one-positive segments still do not fail: degenerate resamples give no test', () => {
    const out = gate(rareClasses(7, 40, 318, 1), config('store', ', min_class_samples: 1'), true);
    expect(out.filter((c) => c.status === 'fail' && c.p_value !== null && c.p_value < 1e-3).map((c) => c.id)).toEqual([]);
  });

  const PRS = 30;
  const tally = (positives: number, extra = '') => {
    let warned = 0;
    let failed = 0;
    for (let pr = 0; pr < PRS; pr++) {
      const out = gate(rareClasses(40_000 + pr, 20, 400, positives), config('store', extra), true);
      if (out.some((c) => c.status === 'warn')) warned++;
      if (out.some((c) => c.status === 'fail')) failed++;
    }
    return { warned, failed };
  };
  const at10 = tally(10);
  it(`20 segments with 10 positives each (the default minimum): a warning in ${at10.warned} of ${PRS} PRs, a failure in ${at10.failed}`, () => {
    expect(at10.warned / PRS).toBeLessThanOrEqual(0.1);
    expect(at10.failed / PRS).toBeLessThanOrEqual(0.05);
  });
});
