import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import { buildCells } from '../../src/summaries/cells.js';
import { measureOffline } from '../../src/metrics/measure.js';
import { buildSegmentation } from '../../src/segments/segment.js';
import { oneSidedP } from '../../src/stats/estimate.js';
import { buildChangeTester, estimateChanges } from './offline.js';
import { pairedMeanEstimate, pairedVariance } from '../../src/stats/pairedMean.js';
import { pairedMoments } from '../../src/summaries/pairedMoments.js';
import { evalData, rng } from '../metrics/fixtures.js';

const one = (n: number) => buildCells([new Int32Array(n)], n, 1);

describe('paired mean test', () => {
  // Terms B = [1, 2, 3, 4], C = [2, 2, 5, 4]: differences [1, 0, 2, 0], mean 0.75.
  // scipy 1.17.1 ttest_rel(C, B, alternative='greater'): t = 1.5666989036012806, p = 0.10758497128477501;
  // the standard error s_d / sqrt(n) = 0.47871355387816905.
  const tB = Float64Array.of(1, 2, 3, 4);
  const tC = Float64Array.of(2, 2, 5, 4);

  it("is the paired t-test without weights (scipy's ttest_rel)", () => {
    const m = pairedMoments(tB, tC, null, one(4), 1);
    const v = pairedVariance(m, 0, 1, 1)!;
    expect(Math.sqrt(v)).toBeCloseTo(0.47871355387816905, 14);
    expect(oneSidedP(0.75, 0, Math.sqrt(v), 3)).toBeCloseTo(0.10758497128477501, 12);
    // With a margin of 0.5: scipy t.sf((0.75 - 0.5) / se, 3) = 0.31880904570030094.
    expect(oneSidedP(0.75, 0.5, Math.sqrt(v), 3)).toBeCloseTo(0.31880904570030094, 12);
  });

  it("its estimate: Student's t interval with n - 1 degrees of freedom (scipy t.ppf(0.975, 3) = 3.1824463052837078)", () => {
    const e = pairedMeanEstimate(pairedMoments(tB, tC, null, one(4), 1), 0, 0.75, 0.95)!;
    expect(e).toMatchObject({ df: 3, method: 'paired-mean' });
    expect(e.se).toBeCloseTo(0.47871355387816905, 14);
    expect(e.ci[0]).toBeCloseTo(-0.7734801808288123, 12);
    expect(e.ci[1]).toBeCloseTo(2.2734801808288125, 12);
    expect(pairedMeanEstimate(pairedMoments(tB.subarray(0, 1), tC.subarray(0, 1), null, one(1), 1), 0, 1, 0.95)).toBeNull();
  });

  it('weights and missing values: the variance of the difference of two weighted means, by its definition', () => {
    const rand = rng(3);
    const n = 50;
    const b = Float64Array.from({ length: n }, () => (rand() < 0.1 ? NaN : rand() * 10));
    const c = Float64Array.from({ length: n }, (_, i) => (rand() < 0.1 ? NaN : (Number.isNaN(b[i]) ? 5 : b[i]) + rand() * 2 - 0.5));
    const w = Float64Array.from({ length: n }, () => 0.5 + rand());
    const m = pairedMoments(b, c, w, one(n), 1);
    // Reference: influence of each row on each weighted mean, over the rows where the value is present.
    const mean = (x: Float64Array) => {
      let s = 0;
      let ws = 0;
      x.forEach((v, i) => {
        if (!Number.isNaN(v)) {
          s += w[i] * v;
          ws += w[i];
        }
      });
      return { mu: s / ws, W: ws };
    };
    const mb = mean(b);
    const mc = mean(c);
    let ss = 0;
    let rows = 0;
    for (let i = 0; i < n; i++) {
      const pb = Number.isNaN(b[i]) ? 0 : (w[i] * (b[i] - mb.mu)) / mb.W;
      const pc = Number.isNaN(c[i]) ? 0 : (w[i] * (c[i] - mc.mu)) / mc.W;
      ss += (pc - pb) ** 2;
      if (!Number.isNaN(b[i]) || !Number.isNaN(c[i])) rows++;
    }
    expect(m.muB[0]).toBeCloseTo(mb.mu, 12);
    expect(m.muC[0]).toBeCloseTo(mc.mu, 12);
    expect(pairedVariance(m, 0, 1, 1)).toBeCloseTo((ss * rows) / (rows - 1), 14);
  });
});

describe('estimateChanges on regression and mean[X]', () => {
  // Two segments; per-example terms and hand formulas for every method.
  const rand = rng(21);
  const n = 600;
  const label: number[] = [];
  const pb: number[] = [];
  const pc: number[] = [];
  const judgeB: number[] = [];
  const judgeC: number[] = [];
  const region: string[] = [];
  for (let i = 0; i < n; i++) {
    const y = 10 + rand() * 20;
    label.push(y);
    const e = (rand() - 0.5) * 4;
    pb.push(y + e + 0.3);
    pc.push(y + 0.9 * e + (rand() - 0.5) + 0.1);
    judgeB.push(Math.round(rand() * 5));
    judgeC.push(Math.round(rand() * 5 + 0.2));
    region.push(rand() < 0.4 ? 'A' : 'B');
  }
  const data = evalData({
    label,
    baseline: { score: pb },
    candidate: { score: pc },
    segments: { region },
    numeric: { judge: { baseline: judgeB, candidate: judgeC } },
  });
  const config = parseConfig(
    `task: regression
columns: { segments: [region] }
segments: { min_samples: 10 }
metrics:
  mae: { max_increase: 1% }
  rmse: { max_increase: 1% }
  mape: { max_increase: 1% }
  bias: { max_increase: 0.01 }
  mean[judge]: { direction: higher, max_drop: 0.1 }
`,
    'test',
  );
  const seg = buildSegmentation(n, data.segments, []);
  const measured = measureOffline(data, seg, config.metrics, 'regression');
  const est = estimateChanges(data, seg, measured, config);

  /** se of the change of g(mean of terms) per segment, by the delta method written out. */
  function reference(s: number, tB: (i: number) => number, tC: (i: number) => number, gB = 1, gC = 1) {
    const rows = [...Array(n).keys()].filter((i) => s === 0 || region[i] === seg.segments[s].keys[0][1]);
    const k = rows.length;
    const mB = rows.reduce((a, i) => a + tB(i), 0) / k;
    const mC = rows.reduce((a, i) => a + tC(i), 0) / k;
    const d = rows.map((i) => gC * (tC(i) - mC) - gB * (tB(i) - mB));
    return Math.sqrt(d.reduce((a, x) => a + x * x, 0) / (k - 1) / k);
  }

  it('mae, mape, mean[X]: the paired t-test of the per-example terms', () => {
    for (let s = 0; s < 3; s++) {
      expect(est[s].get('mae')!.se).toBeCloseTo(
        reference(
          s,
          (i) => Math.abs(pb[i] - label[i]),
          (i) => Math.abs(pc[i] - label[i]),
        ),
        12,
      );
      expect(est[s].get('mape')!.se).toBeCloseTo(
        reference(
          s,
          (i) => Math.abs(pb[i] - label[i]) / label[i],
          (i) => Math.abs(pc[i] - label[i]) / label[i],
        ),
        12,
      );
      expect(est[s].get('mean[judge]')!.se).toBeCloseTo(
        reference(
          s,
          (i) => judgeB[i],
          (i) => judgeC[i],
        ),
        12,
      );
      expect(est[s].get('mae')!.df).toBe(measured[s].n - 1);
      expect(est[s].get('mae')!.method).toBe('paired-mean');
    }
  });

  it('rmse: the delta method, d rmse = d mse / (2 rmse)', () => {
    for (let s = 0; s < 3; s++) {
      const rB = measured[s].values.rmse.baseline!;
      const rC = measured[s].values.rmse.candidate!;
      const se = reference(
        s,
        (i) => (pb[i] - label[i]) ** 2,
        (i) => (pc[i] - label[i]) ** 2,
        1 / (2 * rB),
        1 / (2 * rC),
      );
      expect(est[s].get('rmse')!.se).toBeCloseTo(se, 12);
    }
  });

  it('bias: the interval is of the signed change; the worsening |bias| has its own standard error', () => {
    // Both biases are positive here, so |bias| moves like bias: the two standard errors agree.
    const e = est[0].get('bias')!;
    expect(measured[0].values.bias.baseline! > 0 && measured[0].values.bias.candidate! > 0).toBe(true);
    expect(e.seWorsening).toBeCloseTo(e.se, 14);
    expect(e.se).toBeCloseTo(
      reference(
        0,
        (i) => pb[i] - label[i],
        (i) => pc[i] - label[i],
      ),
      12,
    );
  });

  it('the tester turns estimates into a one-sided p-value of the worsening beyond the margin', () => {
    const tester = buildChangeTester(data, seg, measured, config);
    const v = measured[0].values.mae;
    const margin = 0.01 * v.baseline!;
    const t = tester({ segment: 0, metric: 'mae', direction: 'lower', margin })!;
    const e = est[0].get('mae')!;
    expect(t.ci).toEqual(e.ci);
    expect(t.p_value).toBeCloseTo(oneSidedP(v.candidate! - v.baseline! - margin + margin, margin, e.se, e.df), 14);
    // mae improved a lot: no evidence of a worsening.
    expect(t.p_value).toBeGreaterThan(0.99);
    // A higher-is-better column: the worsening is baseline - candidate.
    const j = tester({ segment: 0, metric: 'mean[judge]', direction: 'higher', margin: 0.1 })!;
    const mj = measured[0].values['mean[judge]'];
    expect(j.p_value).toBeCloseTo(oneSidedP(mj.baseline! - mj.candidate!, 0.1, est[0].get('mean[judge]')!.se, n - 1), 14);
  });
});
