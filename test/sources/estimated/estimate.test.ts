// The estimates on seeded simulations: CBPE's sums against brute force, the
// interval's coverage of the hidden recall when live traffic follows the
// offline relation (under covariate shift too), and the estimate-vs-labels
// warning when the relation changes (concept drift).
import { describe, expect, it } from 'vitest';
import type { EstimateMetric } from '../../../src/config/index.js';
import { calibrationData, cbpeMetrics, compareWithLabels, deltaDraws, drawsOf, estimate, modelRows, type EstimateRows } from '../../../src/sources/estimated/index.js';
import { bootstrapSpread } from '../../../src/stats/estimate.js';
import { Random } from '../../../src/stats/random.js';
import { OFFLINE, recallOf, sample, type Sample, type World } from './sim.js';

const TH = 0.5;
const decisions = (s: Float64Array) => s.map((x) => (x >= TH ? 1 : 0));

function rowsOf(s: Sample): EstimateRows {
  return {
    seg: { S: 1, dims: [new Int32Array(s.x.length)] },
    baseline: { score: s.scoreB, decision: decisions(s.scoreB) },
    candidate: { score: s.scoreC, decision: decisions(s.scoreC) },
  };
}

/** Brute force: the expected AUC over ordered pairs of distinct rows. */
function bruteAuc(score: Float64Array, q: Float64Array): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < score.length; i++) {
    for (let j = 0; j < score.length; j++) {
      if (i === j) continue;
      const w = q[i] * (1 - q[j]);
      den += w;
      num += w * (score[i] > score[j] ? 1 : score[i] === score[j] ? 0.5 : 0);
    }
  }
  return num / den;
}

describe('cbpeMetrics', () => {
  it('gives the expected confusion-matrix metrics (hand computed)', () => {
    const score = Float64Array.of(0.9, 0.8, 0.3, 0.1);
    const q = Float64Array.of(0.9, 0.8, 0.3, 0.1);
    const seg = { S: 1, dims: [new Int32Array(4)] };
    const out: Record<string, Float64Array> = { recall: new Float64Array(1), precision: new Float64Array(1), accuracy: new Float64Array(1), auc: new Float64Array(1) };
    cbpeMetrics(['recall', 'precision', 'accuracy', 'auc'], modelRows(score, Float64Array.of(1, 1, 0, 0), seg, true), seg, q, out);
    expect(out.recall[0]).toBeCloseTo(1.7 / 2.1, 12);
    expect(out.precision[0]).toBeCloseTo(0.85, 12);
    expect(out.accuracy[0]).toBeCloseTo((1.7 + 0.7 + 0.9) / 4, 12);
    expect(out.auc[0]).toBeCloseTo(bruteAuc(score, q), 12);
  });
  it('AUC with ties matches brute force, per segment, for probabilities and for 0/1 outcomes (Mann-Whitney)', () => {
    const rng = new Random('auc');
    const n = 120;
    const score = Float64Array.from({ length: n }, () => Math.round(rng.uniform() * 10) / 10);
    const p = Float64Array.from({ length: n }, () => rng.uniform());
    const y = p.map((v) => (rng.uniform() < v ? 1 : 0));
    const dim = Int32Array.from({ length: n }, (_, i) => 1 + (i % 2));
    const seg = { S: 3, dims: [new Int32Array(n), dim] };
    const rows = modelRows(score, decisions(score), seg, true);
    for (const q of [p, y]) {
      const out = { auc: new Float64Array(3) };
      cbpeMetrics(['auc'], rows, seg, q, out);
      expect(out.auc[0]).toBeCloseTo(bruteAuc(score, q), 12);
      const pick = (a: Float64Array, r: number) => a.filter((_, i) => i % 2 === r);
      expect(out.auc[1]).toBeCloseTo(bruteAuc(pick(score, 0), pick(q, 0)), 12);
      expect(out.auc[2]).toBeCloseTo(bruteAuc(pick(score, 1), pick(q, 1)), 12);
    }
  });
});

// A covariate shift within the eval set's range of scores (the estimate clips beyond it).
const LIVE: World = { ...OFFLINE, mean: 0.3, sd: 1 };
const METRICS: EstimateMetric[] = ['recall', 'precision', 'accuracy', 'auc'];

describe('coverage: live traffic follows the offline relation', () => {
  it('the estimated recall interval covers the hidden recall in at least 90% of runs (both models, and the delta)', () => {
    const runs = 100;
    let covB = 0;
    let covC = 0;
    let covD = 0;
    for (let r = 0; r < runs; r++) {
      const rng = new Random(`coverage|${r}`);
      const ev = sample(rng, 2000, OFFLINE);
      const live = sample(rng, 1000, LIVE);
      const est = estimate(calibrationData(ev.y, null, ev.scoreB, ev.scoreC), rowsOf(live), ['recall'], { resamples: 200, seed: r, key: 'sim' })!;
      const ciB = bootstrapSpread(drawsOf(est, 'baseline', 'recall', 0), 0.95).ci;
      const ciC = bootstrapSpread(drawsOf(est, 'candidate', 'recall', 0), 0.95).ci;
      const ciD = bootstrapSpread(deltaDraws(est, 'recall', 0).sort(), 0.95).ci;
      const tB = recallOf(live.scoreB, live.y, TH);
      const tC = recallOf(live.scoreC, live.y, TH);
      if (tB >= ciB[0] && tB <= ciB[1]) covB++;
      if (tC >= ciC[0] && tC <= ciC[1]) covC++;
      if (tC - tB >= ciD[0] && tC - tB <= ciD[1]) covD++;
    }
    const rates = { baseline: covB / runs, candidate: covC / runs, delta: covD / runs };
    console.log(`estimated recall 95% interval coverage over ${runs} runs: ${JSON.stringify(rates)}`);
    expect(rates.baseline).toBeGreaterThanOrEqual(0.9);
    expect(rates.candidate).toBeGreaterThanOrEqual(0.9);
    expect(rates.delta).toBeGreaterThanOrEqual(0.9);
  });

  it('the point estimates are close to the hidden values on a large sample', () => {
    const rng = new Random('large');
    const ev = sample(rng, 20000, OFFLINE);
    const live = sample(rng, 20000, LIVE);
    const est = estimate(calibrationData(ev.y, null, ev.scoreB, ev.scoreC), rowsOf(live), METRICS, { resamples: 20, seed: 1, key: 'sim' })!;
    expect(est.baseline.point.recall[0]).toBeCloseTo(recallOf(live.scoreB, live.y, TH), 1);
    expect(Math.abs(est.candidate.point.recall[0] - recallOf(live.scoreC, live.y, TH))).toBeLessThan(0.02);
  });
});

describe('concept drift: the estimate against the labels that exist', () => {
  const compare = (world: World, seed: number) => {
    const rng = new Random(`drift|${seed}`);
    const ev = sample(rng, 2000, OFFLINE);
    const labelled = sample(rng, 1000, world);
    const rows = rowsOf(labelled);
    const cal = calibrationData(ev.y, null, ev.scoreB, ev.scoreC);
    const est = estimate(cal, rows, ['recall', 'precision'], { resamples: 200, seed, key: 'labelled' })!;
    return compareWithLabels(['recall', 'precision'], rows, labelled.y, est, 0.95);
  };
  it('warns when the live labels follow another relation', () => {
    // The same scores, but outcomes far less tied to x (and more frequent): the calibration no longer holds.
    const drifted: World = { a: 0.2, b1: 0.5, b2: 0.4, mean: 0, sd: 1 };
    for (let seed = 0; seed < 5; seed++) {
      const cs = compare(drifted, seed);
      expect(cs.some((c) => !c.agrees)).toBe(true);
    }
  });
  it('agrees in nearly every run when nothing changed', () => {
    let warned = 0;
    for (let seed = 0; seed < 30; seed++) if (compare(LIVE, seed).some((c) => !c.agrees)) warned++;
    console.log(`estimate-vs-labels warnings without drift: ${warned}/30`);
    expect(warned).toBeLessThanOrEqual(4);
  });
});
