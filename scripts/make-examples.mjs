// Regenerates examples/ (seeded): a fraud-scoring candidate that is better
// overall but loses recall on Brazilian traffic, so the demo shows a blocked
// release and why. Run: npm run examples
import { writeEvalPair } from './lib/generate.mjs';

const n = await writeEvalPair(
  {
    n: 6000,
    seed: 20261126,
    segments: { region: ['US', 'BR', 'DE', 'IN'], device: ['ios', 'android', 'web'] },
    weights: { region: [0.4, 0.25, 0.2, 0.15], device: [0.35, 0.45, 0.2] },
    baseRate: 0.2,
    baselineSignal: 2.2,
    candidateSignal: 2.8,
    effects: [{ where: { region: 'BR' }, positiveShift: -0.7 }],
  },
  'examples/baseline.csv',
  'examples/candidate.csv',
);
console.log(`wrote examples/baseline.csv and examples/candidate.csv (${n} rows each)`);
