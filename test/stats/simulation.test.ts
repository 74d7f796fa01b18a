// Simulated pull requests: does the gate block as often as it says it does?
// Each PR is a fresh paired data set run through the real measuring, testing,
// judging and deciding code (no I/O). Seeded: the measured rates are the same
// on every run, and shown in the test names.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import type { GateConfig } from '../../src/config/types.js';
import { decide } from '../../src/gate/decide.js';
import { judgeSegments, ruleSetOf } from '../../src/gate/judge.js';
import type { Check } from '../../src/gate/types.js';
import type { EvalData } from '../../src/io/types.js';
import { measureOffline } from '../../src/metrics/measure.js';
import { buildSegmentation } from '../../src/segments/segment.js';
import { buildChangeTester } from './offline.js';
import { rng } from '../metrics/fixtures.js';

const REGIONS = ['AR', 'BR', 'CL'];
const DEVICES = ['android', 'ios'];

/**
 * One PR's eval pair. Both models see the same examples; their logits share a latent
 * (so they agree on most examples, as two versions of a model do: logit correlation 0.87,
 * same decision on about 87% of positives) and have independent noise of the same size:
 * equally good. `plant`: after drawing, the candidate misses `drop` of that region's
 * positives more (decisions flipped 1 -> 0 among its hits). The paired tests' power
 * depends on that agreement: with logit noise 0.5 instead of 0.35 (81% agreement) the
 * planted drop below is caught about 85% of the time.
 */
function pullRequest(seed: number, sizes: number[], plant: { region: string; drop: number } | null): EvalData {
  const rand = rng(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const n = sizes.reduce((a, b) => a + b, 0);
  const label = new Float64Array(n);
  const sB = new Float64Array(n);
  const sC = new Float64Array(n);
  const dB = new Float64Array(n);
  const dC = new Float64Array(n);
  const region = new Int32Array(n);
  const device = new Int32Array(n);
  for (let i = 0, r = 0, end = sizes[0]; i < n; i++) {
    while (i >= end) end += sizes[++r];
    region[i] = r;
    device[i] = rand() < 0.6 ? 0 : 1;
    const y = rand() < 0.2 ? 1 : 0;
    label[i] = y;
    const mean = -0.6 + (y ? 1.2 : -1.2) + (region[i] - 1) * 0.2;
    const shared = normal();
    sB[i] = 1 / (1 + Math.exp(-(mean + 0.9 * shared + 0.35 * normal())));
    sC[i] = 1 / (1 + Math.exp(-(mean + 0.9 * shared + 0.35 * normal())));
    dB[i] = sB[i] >= 0.5 ? 1 : 0;
    dC[i] = sC[i] >= 0.5 ? 1 : 0;
  }
  if (plant) {
    const r = REGIONS.indexOf(plant.region);
    const positives: number[] = [];
    const hits: number[] = [];
    for (let i = 0; i < n; i++) {
      if (region[i] !== r || label[i] !== 1) continue;
      positives.push(i);
      if (dC[i] === 1) hits.push(i);
    }
    // Flip round(drop * positives) of the candidate's hits, chosen at random.
    const k = Math.round(plant.drop * positives.length);
    for (let j = 0; j < k; j++) {
      const t = j + Math.floor(rand() * (hits.length - j));
      [hits[j], hits[t]] = [hits[t], hits[j]];
      dC[hits[j]] = 0;
    }
  }
  return {
    n,
    label,
    classes: [],
    weight: null,
    baseline: { score: sB, decision: dB },
    candidate: { score: sC, decision: dC },
    segments: [
      { name: 'region', codes: region, values: REGIONS },
      { name: 'device', codes: device, values: DEVICES },
    ],
    numeric: {},
    integrity: { baselineRows: n, candidateRows: n, matched: n, onlyBaseline: 0, onlyCandidate: 0, coverage: 1, examplesOnlyBaseline: [], examplesOnlyCandidate: [] },
    files: { baseline: [], candidate: [] },
  };
}

function gate(data: EvalData, config: GateConfig): Check[] {
  const seg = buildSegmentation(data.n, data.segments, config.segments.cross);
  const measured = measureOffline(data, seg, config.metrics, config.task);
  const tester = buildChangeTester(data, seg, measured, config);
  return decide(judgeSegments({ rules: ruleSetOf(config), measured, source: 'offline', tester }), config.statistics);
}

// Tolerance 0 on every rule: any worsening at all is what the test looks for.
const CONFIG = parseConfig(
  `task: binary
columns: { segments: [region, device] }
segments: { min_samples: 200 }
statistics: { confidence: 0.95, correction: holm, seed: 1, resamples: 2000 }
metrics:
  accuracy: { max_drop: 0 }
  precision: { max_drop: 0 }
  recall: { max_drop: 0 }
  fpr: { max_increase: 0 }
  auc: { max_drop: 0 }
  pr_auc: { max_drop: 0 }
  log_loss: { max_increase: 0 }
  brier: { max_increase: 0 }
`,
  'simulation',
);
const PRS = 200;

describe('simulated PRs where baseline and candidate are equally good', () => {
  let blocked = 0;
  let checks = 0;
  let rawSignificant = 0;
  let tested = 0;
  for (let pr = 0; pr < PRS; pr++) {
    const out = gate(pullRequest(10_000 + pr, [2500, 2500, 2500], null), CONFIG);
    checks = out.length;
    if (out.some((c) => c.status === 'fail')) blocked++;
    for (const c of out) {
      if (c.p_value === null) continue;
      tested++;
      if (c.p_value < 0.05) rawSignificant++;
    }
  }
  const rate = blocked / PRS;
  const perCheck = rawSignificant / tested;

  it(`blocks ${blocked} of ${PRS} PRs (${(rate * 100).toFixed(1)}%, nominal 5%; ${checks} checks each, holm)`, () => {
    expect(rate).toBeLessThanOrEqual(0.05);
  });

  it(`each check alone is significant at 5% in ${(perCheck * 100).toFixed(1)}% of ${tested} tests (one-sided, uncorrected: about 5%)`, () => {
    // The uncorrected p-values are calibrated: near 5%, neither far above (invalid) nor far below (no power).
    expect(perCheck).toBeLessThan(0.075);
    expect(perCheck).toBeGreaterThan(0.025);
  });
});

describe('a planted 5 pp recall drop in a segment with about 1,500 positives', () => {
  // 7,500 examples in region BR at a 20% base rate: about 1,500 positives; 2,500 in each other region.
  let caught = 0;
  let spilled = 0;
  let positives = 0;
  let agree = 0;
  for (let pr = 0; pr < PRS; pr++) {
    const data = pullRequest(20_000 + pr, [2500, 7500, 2500], { region: 'BR', drop: 0.05 });
    for (let i = 2500; i < 10000; i++) {
      if (data.label[i] !== 1) continue;
      positives++;
      if (data.baseline.decision[i] === data.candidate.decision[i]) agree++;
    }
    const out = gate(data, CONFIG);
    if (out.find((c) => c.id === 'offline/recall/region=BR')!.status === 'fail') caught++;
    // Regions the plant does not touch: every check there is a true null.
    if (out.some((c) => c.status === 'fail' && /^region=(AR|CL)$/.test(c.segment))) spilled++;
  }
  const rate = caught / PRS;

  it(`is caught in ${caught} of ${PRS} simulations (${(rate * 100).toFixed(1)}%, required 90%; ${Math.round(positives / PRS)} positives on average, ${((agree / positives) * 100).toFixed(0)}% same decision)`, () => {
    expect(rate).toBeGreaterThanOrEqual(0.9);
    expect(Math.abs(positives / PRS - 1500)).toBeLessThan(50);
  });

  it(`does not spill into the untouched regions (a failure there in ${spilled} of ${PRS} PRs)`, () => {
    expect(spilled / PRS).toBeLessThanOrEqual(0.05);
  });
});
