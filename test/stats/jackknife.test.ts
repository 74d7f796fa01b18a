import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import { buildCells } from '../../src/summaries/cells.js';
import { scoreOrder } from '../../src/summaries/rowCache.js';
import { measureOffline } from '../../src/metrics/measure.js';
import { buildSegmentation } from '../../src/segments/segment.js';
import { eceGroupSums } from '../../src/metrics/eceGroups.js';
import { eceChangeWithout } from '../../src/stats/eceJackknife.js';
import { jackknifeEstimate, jackknifeGroups } from '../../src/stats/jackknife.js';
import { estimateChanges } from './offline.js';
import { rankingWalk } from '../../src/metrics/rankingWalk.js';
import { evalData, rng } from '../metrics/fixtures.js';
import { naiveBinary, stepwiseAp } from '../metrics/reference.js';

describe('delete-a-group jackknife', () => {
  it('the standard error by its formula', () => {
    // thetas 0.01, 0.02, 0.03: mean 0.02, sum of squares 0.0002, se = sqrt(2/3 * 0.0002).
    const e = jackknifeEstimate(Float64Array.of(0.01, 0.02, NaN, 0.03), 0.02, 0.95)!;
    expect(e.se).toBeCloseTo(Math.sqrt((2 / 3) * 0.0002), 15);
    expect(e.df).toBe(2);
    expect(jackknifeEstimate(Float64Array.of(0.01, NaN), 0.01, 0.95)).toBeNull();
  });

  it('groups are a seeded hash of the row index, about equal in size', () => {
    const g = jackknifeGroups(100_000, 1);
    expect(jackknifeGroups(100_000, 1)).toEqual(g);
    expect(jackknifeGroups(100_000, 2)).not.toEqual(g);
    const sizes = new Array(50).fill(0);
    for (const x of g) sizes[x]++;
    expect(Math.min(...sizes)).toBeGreaterThan(1800);
    expect(Math.max(...sizes)).toBeLessThan(2200);
  });

  // Random rows with tied scores, weights and two segments.
  const rand = rng(8);
  const n = 300;
  const y: number[] = [];
  const sB: number[] = [];
  const sC: number[] = [];
  const w: number[] = [];
  const region = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const label = rand() < 0.35 ? 1 : 0;
    y.push(label);
    sB.push(Math.round((rand() * 0.7 + label * 0.3) * 20) / 20);
    sC.push(Math.round((rand() * 0.6 + label * 0.4) * 20) / 20);
    w.push(rand() < 0.5 ? 1 : 0.25 + rand() * 2);
    region[i] = 1 + Math.floor(rand() * 2);
  }
  const G = 7;
  const group = jackknifeGroups(n, 3, G);
  const cells = buildCells([new Int32Array(n), region], n, 3);
  const inSegment = (s: number, i: number) => s === 0 || region[i] === s;

  it('pr_auc without each group equals average precision recomputed on the remaining rows', () => {
    const label = Float64Array.from(y);
    const weight = Float64Array.from(w);
    const walk = rankingWalk({
      orderB: scoreOrder(Float64Array.from(sB), label, weight, cells),
      orderC: scoreOrder(Float64Array.from(sC), label, weight, cells),
      label,
      weight,
      cells,
      segments: 3,
      delong: false,
      shift: new Float64Array(3),
      jackknife: { group, groups: G },
    });
    for (let s = 0; s < 3; s++) {
      for (let g = 0; g < G; g++) {
        const rows = [...Array(n).keys()].filter((i) => inSegment(s, i) && group[i] !== g);
        const pick = (a: number[]) => rows.map((i) => a[i]);
        const pos = walk.posW[s] - walk.groupPosW![s * G + g];
        for (const [m, scores] of [
          [0, sB],
          [1, sC],
        ] as const) {
          const expected = stepwiseAp({ y: pick(y), p: pick(scores), d: pick(y), w: pick(w) })!;
          expect(walk.apStepsWithout![m][s * G + g] / pos).toBeCloseTo(expected, 12);
        }
      }
    }
  });

  it('a zero-weight positive with the top score (untied) adds no AP step: the sums stay finite and equal those without it', () => {
    // Row 0: a positive of weight 0 scored above every other row, in both models.
    const label = Float64Array.from(y, (v, i) => (i === 0 ? 1 : v));
    const weight = Float64Array.from(w, (v, i) => (i === 0 ? 0 : v));
    const top = (a: number[]) => Float64Array.from(a, (v, i) => (i === 0 ? 2 : v));
    const walk = rankingWalk({
      orderB: scoreOrder(top(sB), label, weight, cells),
      orderC: scoreOrder(top(sC), label, weight, cells),
      label,
      weight,
      cells,
      segments: 3,
      delong: false,
      shift: new Float64Array(3),
      jackknife: { group, groups: G },
    });
    const rest = [...Array(n).keys()].filter((i) => i > 0);
    const pick = (a: number[], rows: number[]) => rows.map((i) => a[i]);
    for (const [m, scores] of [
      [0, sB],
      [1, sC],
    ] as const) {
      expect(walk.apStepsWithout![m].every(Number.isFinite)).toBe(true);
      const expected = stepwiseAp({ y: pick(y, rest), p: pick(scores, rest), d: pick(y, rest), w: pick(w, rest) })!;
      expect(walk.apSteps[m][0] / walk.posW[0]).toBeCloseTo(expected, 12);
    }
  });

  it('ece without each group equals ece recomputed on the remaining rows', () => {
    const e = eceGroupSums(Float64Array.from(sB), Float64Array.from(sC), Float64Array.from(y), Float64Array.from(w), group, G, cells, 3);
    const costs = { tp: 0, fp: 0, tn: 0, fn: 0 };
    for (let s = 0; s < 3; s++) {
      const change = eceChangeWithout(e, s);
      for (let g = 0; g < G; g++) {
        const rows = [...Array(n).keys()].filter((i) => inSegment(s, i) && group[i] !== g);
        const pick = (a: number[]) => rows.map((i) => a[i]);
        const b = naiveBinary({ y: pick(y), p: pick(sB), d: pick(y), w: pick(w) }, costs).ece!;
        const c = naiveBinary({ y: pick(y), p: pick(sC), d: pick(y), w: pick(w) }, costs).ece!;
        expect(change[g]).toBeCloseTo(c - b, 12);
      }
    }
  });
});

/** One simulated paired data set: correlated scores of two models of equal quality. */
function simulate(seed: number, n: number) {
  const rand = rng(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const sig = (x: number) => 1 / (1 + Math.exp(-x));
  const label: number[] = [];
  const b: number[] = [];
  const c: number[] = [];
  for (let i = 0; i < n; i++) {
    const yy = rand() < 0.2 ? 1 : 0;
    const shared = normal();
    label.push(yy);
    b.push(sig(-1.2 + (yy ? 1.1 : -1.1) + 0.8 * shared + 0.6 * normal()));
    c.push(sig(-1.2 + (yy ? 1.1 : -1.1) + 0.8 * shared + 0.6 * normal()));
  }
  const dec = (s: number[]) => s.map((p) => (p >= 0.5 ? 1 : 0));
  return evalData({ label, baseline: { score: b, decision: dec(b) }, candidate: { score: c, decision: dec(c) } });
}

describe('standard errors against the spread over simulated data sets', () => {
  // 300 data sets of 2,000 examples: the sd of the estimated change over data sets is the truth
  // the standard errors estimate (to about 4% with 300 sets). DeLong is the classic; the
  // jackknife is the product's choice for pr_auc and ece (no closed form, O(n)).
  const config = parseConfig(
    `metrics:
  auc: { max_drop: 0 }
  pr_auc: { max_drop: 0 }
  ece: { max_increase: 0 }
`,
    'test',
  );
  const reps = 300;
  const changes: Record<string, number[]> = { auc: [], pr_auc: [], ece: [] };
  const ses: Record<string, number[]> = { auc: [], pr_auc: [], ece: [] };
  for (let r = 0; r < reps; r++) {
    const data = simulate(1000 + r, 2000);
    const seg = buildSegmentation(data.n, [], []);
    const measured = measureOffline(data, seg, config.metrics, 'binary');
    const est = estimateChanges(data, seg, measured, config);
    for (const m of ['auc', 'pr_auc', 'ece']) {
      const v = measured[0].values[m];
      changes[m].push(v.candidate! - v.baseline!);
      ses[m].push(est[0].get(m)!.se);
    }
  }
  const sd = (x: number[]) => {
    const mu = x.reduce((a, b) => a + b, 0) / x.length;
    return Math.sqrt(x.reduce((a, b) => a + (b - mu) ** 2, 0) / (x.length - 1));
  };
  const rms = (x: number[]) => Math.sqrt(x.reduce((a, b) => a + b * b, 0) / x.length);
  const ratio = (m: string) => rms(ses[m]) / sd(changes[m]);

  it(`auc (DeLong): mean se / true sd = ${ratio('auc').toFixed(3)}, within [0.85, 1.15]`, () => {
    expect(Math.abs(ratio('auc') - 1)).toBeLessThan(0.15);
  });
  it(`pr_auc (jackknife): mean se / true sd = ${ratio('pr_auc').toFixed(3)}, within [0.85, 1.15]`, () => {
    expect(Math.abs(ratio('pr_auc') - 1)).toBeLessThan(0.15);
  });
  it(`ece (jackknife): mean se / true sd = ${ratio('ece').toFixed(3)}, within [0.85, 1.25]`, () => {
    expect(ratio('ece')).toBeGreaterThan(0.85);
    expect(ratio('ece')).toBeLessThan(1.25);
  });
});
