import { describe, expect, it } from 'vitest';
import { buildCells } from '../../src/summaries/cells.js';
import { scoreOrder } from '../../src/summaries/rowCache.js';
import { delongEstimate, delongVariance } from '../../src/stats/delong.js';
import { rankingWalk } from '../../src/metrics/rankingWalk.js';
import { rng } from '../metrics/fixtures.js';

function oneSegment(n: number) {
  return buildCells([new Int32Array(n)], n, 1);
}

function walk(scoreB: number[], scoreC: number[], label: number[], weight: number[] | null = null, dims?: Int32Array[], segments = 1, shift?: Float64Array) {
  const n = label.length;
  const cells = dims ? buildCells(dims, n, segments) : oneSegment(n);
  const y = Float64Array.from(label);
  const w = weight ? Float64Array.from(weight) : null;
  return rankingWalk({
    orderB: scoreOrder(Float64Array.from(scoreB), y, w, cells),
    orderC: scoreOrder(Float64Array.from(scoreC), y, w, cells),
    label: y,
    weight: w,
    cells,
    segments,
    delong: true,
    shift: shift ?? new Float64Array(segments),
    jackknife: null,
  });
}

// The walk keeps the components in float32 (memory: n x dimensions x 2 models), so results
// match exact arithmetic to about 1e-7 relative.
const closeTo = (actual: number | null, expected: number, rel = 2e-7) => {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
};

describe("DeLong's paired AUC test", () => {
  // Worked by hand. Positives P1..P3, negatives N1..N3 (rows 0-2 positive, 3-5 negative).
  //   baseline  P = [0.9, 0.6, 0.3], N = [0.7, 0.2, 0.3] (P3 ties N3)
  //   candidate P = [0.8, 0.7, 0.1], N = [0.5, 0.2, 0.6]
  // V10 (share of negatives each positive outscores, ties 1/2):
  //   baseline [1, 2/3, 1/2] -> AUC 13/18;  candidate [1, 1, 0] -> AUC 12/18
  // V01 (share of positives outscoring each negative):
  //   baseline [1/3, 1, 5/6];  candidate [2/3, 2/3, 2/3]
  // D10 = [0, 1/3, -1/2], D01 = [1/3, -1/3, -1/6], both with mean -1/18.
  // S10 = ((1/18)^2 + (7/18)^2 + (8/18)^2) / 2 = 57/324; S01 = ((7/18)^2 + (5/18)^2 + (2/18)^2) / 2 = 39/324.
  // Var(AUC_C - AUC_B) = S10/3 + S01/3 = 96/972 = 8/81.
  const label = [1, 1, 1, 0, 0, 0];
  const B = [0.9, 0.6, 0.3, 0.7, 0.2, 0.3];
  const C = [0.8, 0.7, 0.1, 0.5, 0.2, 0.6];

  it('matches the hand-computed variance 8/81', () => {
    const w = walk(B, C, label);
    closeTo(delongVariance(w, 0, 0), 8 / 81);
    // The centring shift does not change the result.
    const shifted = walk(B, C, label, null, undefined, 1, Float64Array.of(-1 / 18));
    closeTo(delongVariance(shifted, 0, -1 / 18), 8 / 81);
  });

  it('gives the normal interval around the change', () => {
    const w = walk(B, C, label);
    const e = delongEstimate(w, 0, 0, -1 / 18, 0.95)!;
    closeTo(e.se, Math.sqrt(8 / 81));
    closeTo(e.ci[0], -1 / 18 - 1.959963984540054 * Math.sqrt(8 / 81));
    expect(e.method).toBe('delong');
  });

  it('the walk also sums the average-precision steps of both models', () => {
    // sklearn 1.9.1 average_precision_score([1,1,1,0,0,0], B) = 0.7555555555555555, (.., C) = 0.8333333333333333
    const w = walk(B, C, label);
    expect(w.apSteps[0][0] / 3).toBeCloseTo(0.7555555555555555, 12);
    expect(w.apSteps[1][0] / 3).toBeCloseTo(0.8333333333333333, 12);
  });

  it('identical models have a change of exactly 0 and no variance', () => {
    const w = walk(B, B, label);
    expect(delongVariance(w, 0, 0)).toBe(0);
  });

  it('is undefined without two examples of each class', () => {
    const w = walk([0.2, 0.4, 0.1], [0.3, 0.5, 0.2], [1, 0, 0]);
    expect(delongVariance(w, 0, 0)).toBeNull();
  });

  // A slow, obviously correct implementation: every pair of examples, per segment.
  function bruteForce(sB: number[], sC: number[], y: number[], w: number[], rows: number[]): number {
    const pos = rows.filter((r) => y[r] === 1);
    const neg = rows.filter((r) => y[r] === 0);
    const psi = (a: number, b: number) => (a > b ? 1 : a === b ? 0.5 : 0);
    const wPos = pos.reduce((a, r) => a + w[r], 0);
    const wNeg = neg.reduce((a, r) => a + w[r], 0);
    const comp = (s: number[], i: number, others: number[], wOthers: number, positive: boolean) =>
      others.reduce((a, j) => a + w[j] * (positive ? psi(s[i], s[j]) : psi(s[j], s[i])), 0) / wOthers;
    let v = 0;
    for (const [own, others, wOwn, wOthers, positive] of [
      [pos, neg, wPos, wNeg, true],
      [neg, pos, wNeg, wPos, false],
    ] as const) {
      const d = own.map((i) => comp(sC, i, others, wOthers, positive) - comp(sB, i, others, wOthers, positive));
      const mean = own.reduce((a, i, k) => a + w[i] * d[k], 0) / wOwn;
      const ss = own.reduce((a, i, k) => a + w[i] * w[i] * (d[k] - mean) ** 2, 0);
      v += (ss / (wOwn * wOwn)) * (own.length / (own.length - 1));
    }
    return v;
  }

  it('matches an all-pairs implementation in every segment, with ties and weights', () => {
    const rand = rng(5);
    const n = 400;
    const y: number[] = [];
    const sB: number[] = [];
    const sC: number[] = [];
    const w: number[] = [];
    const region = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const label = rand() < 0.3 ? 1 : 0;
      y.push(label);
      // Rounded to 1 decimal: many ties within and across classes.
      sB.push(Math.round((rand() * 0.7 + label * 0.3) * 10) / 10);
      sC.push(Math.round((rand() * 0.6 + label * 0.4) * 10) / 10);
      w.push(rand() < 0.5 ? 1 : 0.5 + rand() * 2);
      region[i] = 1 + Math.floor(rand() * 3);
    }
    const dims = [new Int32Array(n), region];
    const result = walk(sB, sC, y, w, dims, 4);
    for (let s = 0; s < 4; s++) {
      const rows = [...Array(n).keys()].filter((r) => s === 0 || region[r] === s);
      closeTo(delongVariance(result, s, 0), bruteForce(sB, sC, y, w, rows), 1e-6);
    }
  });
});
