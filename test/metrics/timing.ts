// Local timing of measureOffline on 1,000,000 binary rows (not a test; run by hand):
//   npx esbuild --bundle --platform=node --format=esm test/metrics/timing.ts --outfile=/tmp/timing.mjs && node /tmp/timing.mjs
import { measureOffline } from '../../src/metrics/measure.js';
import { argsortFloat64 } from '../../src/sort/radixSort.js';
import { buildSegmentation } from '../../src/segments/segment.js';
import type { EvalData } from '../../src/io/types.js';
import { BINARY_METRICS, metricsOf, rng } from './fixtures.js';

const n = Number(process.argv[2] ?? 1_000_000);
const weighted = process.argv.includes('--weights');
const rand = rng(7);
const label = new Float64Array(n);
const sB = new Float64Array(n);
const sC = new Float64Array(n);
const dB = new Float64Array(n);
const dC = new Float64Array(n);
const weight = weighted ? new Float64Array(n) : null;
const region = new Int32Array(n);
const device = new Int32Array(n);
for (let i = 0; i < n; i++) {
  const y = rand() < 0.1 ? 1 : 0;
  label[i] = y;
  // Scores with 4 decimals, as models often write them: many ties.
  sB[i] = Math.round(Math.min(1, Math.max(0, 0.3 * y + 0.7 * rand())) * 1e4) / 1e4;
  sC[i] = Math.round(Math.min(1, Math.max(0, 0.35 * y + 0.65 * rand())) * 1e4) / 1e4;
  dB[i] = sB[i] >= 0.5 ? 1 : 0;
  dC[i] = sC[i] >= 0.5 ? 1 : 0;
  if (weight) weight[i] = 0.5 + rand();
  region[i] = Math.floor(rand() * 8);
  device[i] = Math.floor(rand() * 3);
}
const data: EvalData = {
  n,
  label,
  classes: [],
  weight,
  baseline: { score: sB, decision: dB },
  candidate: { score: sC, decision: dC },
  segments: [
    { name: 'region', codes: region, values: ['AR', 'BR', 'CA', 'DE', 'FR', 'IN', 'JP', 'US'] },
    { name: 'device', codes: device, values: ['android', 'ios', 'web'] },
  ],
  numeric: {},
  integrity: {
    baselineRows: n,
    candidateRows: n,
    matched: n,
    onlyBaseline: 0,
    onlyCandidate: 0,
    coverage: 1,
    examplesOnlyBaseline: [],
    examplesOnlyCandidate: [],
  },
  files: { baseline: [], candidate: [] },
};

const time = (what: string, f: () => unknown, runs = 5) => {
  const ms: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    f();
    ms.push(performance.now() - t);
  }
  const rest = ms
    .slice(1)
    .map((x) => x.toFixed(0))
    .join(' / ');
  console.log(`${what}: ${ms[0].toFixed(0)} ms${rest ? `, then ${rest} ms` : ''}`);
};

const seg = buildSegmentation(n, data.segments, []);
const segX = buildSegmentation(n, data.segments, [['region', 'device']]);
console.log(`${n} rows${weighted ? ', weighted' : ''}; segments ${seg.segments.length} (+cross: ${segX.segments.length})`);
const all = metricsOf(BINARY_METRICS, { tp: 0, fp: 1, tn: 0, fn: 5 });
time('cold: first call in the process, all 12 binary metrics, with the cross', () => measureOffline(data, segX, all, 'binary'), 1);
time('radix argsort of one score column', () => argsortFloat64(sB));
time('all 12 binary metrics, overall+region+device', () => measureOffline(data, seg, all, 'binary'));
time('all 12 binary metrics, + region&device cross', () => measureOffline(data, segX, all, 'binary'));
time('decision metrics only (no sort, no log)', () => measureOffline(data, segX, metricsOf(['accuracy', 'precision', 'recall', 'f1']), 'binary'));
