// Simulated pull requests shared by the simulation tests: a fresh paired eval data
// set per seed, and the gate's real measuring, testing, judging and deciding on it.
import type { GateConfig } from '../../src/config/types.js';
import { decide, insufficientPolicy } from '../../src/gate/decide.js';
import { judgeSegments, ruleSetOf } from '../../src/gate/judge.js';
import type { Check } from '../../src/gate/types.js';
import type { EvalData } from '../../src/io/types.js';
import { measureOffline } from '../../src/metrics/measure.js';
import { buildSegmentation } from '../../src/segments/segment.js';
import { buildChangeTester } from './offline.js';
import { rng } from '../metrics/fixtures.js';

export const REGIONS = ['AR', 'BR', 'CL'];
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
export function pullRequest(seed: number, sizes: number[], plant: { region: string; drop: number } | null): EvalData {
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

/** The gate's decisions on one PR, with the pipeline's insufficient policy when `policy` is set. */
export function gate(data: EvalData, config: GateConfig, policy = false): Check[] {
  const seg = buildSegmentation(data.n, data.segments, config.segments.cross);
  const measured = measureOffline(data, seg, config.metrics, config.task);
  const tester = buildChangeTester(data, seg, measured, config);
  return decide(judgeSegments({ rules: ruleSetOf(config), measured, source: 'offline', tester }), config.statistics, policy ? insufficientPolicy(config) : null);
}
