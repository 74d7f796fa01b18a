// The estimates and their draws. Each model's scores are calibrated on the
// offline eval set (isotonic regression, src/stats/calibration.ts); the point
// estimate is CBPE (cbpe.ts) under that calibration. The interval holds the
// two uncertainties of the estimate: the calibration's (each draw refits it on
// a Poisson(1) bootstrap of the eval rows, the same rows for both models, so
// the delta is paired, with their labels redrawn from the fitted calibration)
// and the outcomes' (each draw then draws every request's
// label from its calibrated probability, one uniform per request shared by the
// two models: the label is the request's, not the model's). A draw's realized
// metric is what the hidden labels could give; its percentiles are the interval.
import type { Codes } from '../../io/index.js';
import type { EstimateMetric } from '../../config/index.js';
import { fitIsotonic, isotonicGroups, predictIsotonic, predictIsotonicSorted, type Isotonic, type IsotonicGroups } from '../../stats/index.js';
import { poissonOne } from '../../stats/index.js';
import { Random } from '../../stats/index.js';
import { cbpeMetrics, modelRows, type ModelRows, type RowSegments } from './cbpe.js';

/** The offline eval set each model is calibrated on. */
export interface Calibration {
  label: Float64Array;
  weight: Float64Array | null;
  baseline: IsotonicGroups;
  candidate: IsotonicGroups;
}

export function calibrationData(label: Codes, weight: Float64Array | null, scoreB: Float64Array, scoreC: Float64Array): Calibration {
  const y = label instanceof Float64Array ? label : Float64Array.from(label);
  return { label: y, weight, baseline: isotonicGroups(scoreB, y), candidate: isotonicGroups(scoreC, y) };
}

/** The requests to estimate on, one model's outputs each. */
export interface EstimateRows {
  seg: RowSegments;
  baseline: { score: Float64Array; decision: Float64Array };
  candidate: { score: Float64Array; decision: Float64Array };
}

/** Per metric: the point estimate per segment (S values) and the draws (`draws[b * S + s]`). */
export interface ModelEstimate {
  point: Record<string, Float64Array>;
  draws: Record<string, Float64Array>;
}

export interface Estimates {
  S: number;
  resamples: number;
  baseline: ModelEstimate;
  candidate: ModelEstimate;
}

const table = (metrics: readonly EstimateMetric[], size: number): Record<string, Float64Array> => Object.fromEntries(metrics.map((m) => [m, new Float64Array(size).fill(NaN)]));

/**
 * Estimates `metrics` for both models on `rows`, with `resamples` draws.
 * @param key names the random streams (`${seed}|estimated|${key}`)
 * @returns null when an eval file has no scored, labelled row (nothing to calibrate on)
 */
export function estimate(cal: Calibration, rows: EstimateRows, metrics: readonly EstimateMetric[], o: { resamples: number; seed: number; key: string }): Estimates | null {
  const { seg } = rows;
  const S = seg.S;
  const n = rows.baseline.score.length;
  const withAuc = metrics.includes('auc');
  const fit0B = fitIsotonic(cal.baseline, cal.label, cal.weight);
  const fit0C = fitIsotonic(cal.candidate, cal.label, cal.weight);
  if (fit0B === null || fit0C === null) return null;
  const mr = (m: 'baseline' | 'candidate'): ModelRows => modelRows(rows[m].score, rows[m].decision, seg, withAuc);
  const model = { baseline: mr('baseline'), candidate: mr('candidate') };
  const order = {
    baseline: Int32Array.from(rows.baseline.score.keys()).sort((a, b) => rows.baseline.score[a] - rows.baseline.score[b]),
    candidate: Int32Array.from(rows.candidate.score.keys()).sort((a, b) => rows.candidate.score[a] - rows.candidate.score[b]),
  };
  const out: Estimates = {
    S,
    resamples: o.resamples,
    baseline: { point: table(metrics, S), draws: table(metrics, S * o.resamples) },
    candidate: { point: table(metrics, S), draws: table(metrics, S * o.resamples) },
  };
  const p = { baseline: new Float64Array(n), candidate: new Float64Array(n) };
  const y = { baseline: new Float64Array(n), candidate: new Float64Array(n) };
  const fits = (f: { baseline: Isotonic; candidate: Isotonic }) => {
    for (const m of ['baseline', 'candidate'] as const) predictIsotonicSorted(f[m], rows[m].score, order[m], p[m]);
  };
  fits({ baseline: fit0B, candidate: fit0C });
  for (const m of ['baseline', 'candidate'] as const) cbpeMetrics(metrics, model[m], seg, p[m], out[m].point);

  const E = cal.label.length;
  const counts = new Float64Array(E);
  // The eval labels each draw refits on: redrawn from the fitted calibration, one uniform per
  // example for both models (a parametric bootstrap on the resampled rows: the plain row
  // bootstrap of an isotonic fit is too narrow, its 95% intervals covered about 88% of the
  // hidden recalls in test/sources/estimated; this one about 95%).
  const evalP = { baseline: new Float64Array(E).fill(NaN), candidate: new Float64Array(E).fill(NaN) };
  for (const [m, f, g] of [
    ['baseline', fit0B, cal.baseline],
    ['candidate', fit0C, cal.candidate],
  ] as const) {
    for (let i = 0; i < E; i++) if (g.groupOf[i] >= 0) evalP[m][i] = predictIsotonic(f, g.x[g.groupOf[i]]);
  }
  const evalY = { baseline: new Float64Array(E), candidate: new Float64Array(E) };
  const rngCal = new Random(`${o.seed}|estimated|${o.key}|calibration`);
  const rngOutcome = new Random(`${o.seed}|estimated|${o.key}|outcomes`);
  for (let b = 0; b < o.resamples; b++) {
    for (let i = 0; i < E; i++) {
      counts[i] = poissonOne(rngCal) * (cal.weight === null ? 1 : cal.weight[i]);
      const u = rngCal.uniform();
      evalY.baseline[i] = u < evalP.baseline[i] ? 1 : 0;
      evalY.candidate[i] = u < evalP.candidate[i] ? 1 : 0;
    }
    const fB = fitIsotonic(cal.baseline, evalY.baseline, counts);
    const fC = fitIsotonic(cal.candidate, evalY.candidate, counts);
    if (fB === null || fC === null) continue;
    fits({ baseline: fB, candidate: fC });
    for (let k = 0; k < n; k++) {
      const u = rngOutcome.uniform();
      y.baseline[k] = u < p.baseline[k] ? 1 : 0;
      y.candidate[k] = u < p.candidate[k] ? 1 : 0;
    }
    for (const m of ['baseline', 'candidate'] as const) cbpeMetrics(metrics, model[m], seg, y[m], out[m].draws, b * S);
  }
  for (const m of ['baseline', 'candidate'] as const) for (const metric of metrics) biasCorrect(out[m].point[metric], out[m].draws[metric], S, o.resamples);
  return out;
}

/**
 * Bootstrap bias correction, in place: isotonic fits are biased at the ends of the score range
 * (the top block too high, the bottom one too low), and the draws show by how much (their mean
 * minus the point estimate, b). The point moves by -b and the draws, centred on point + b, by -2b;
 * all kept within [0, 1].
 */
function biasCorrect(point: Float64Array, draws: Float64Array, S: number, B: number): void {
  for (let s = 0; s < S; s++) {
    if (!Number.isFinite(point[s])) continue;
    let sum = 0;
    let k = 0;
    for (let b = 0; b < B; b++) {
      const x = draws[b * S + s];
      if (x === x) {
        sum += x;
        k++;
      }
    }
    if (k === 0) continue;
    const bias = sum / k - point[s];
    point[s] = clamp01(point[s] - bias);
    for (let b = 0; b < B; b++) draws[b * S + s] = clamp01(draws[b * S + s] - 2 * bias);
  }
}

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

/** The draws of one model's metric in segment s (NaN dropped), sorted ascending. */
export function drawsOf(e: Estimates, model: 'baseline' | 'candidate', metric: string, s: number): Float64Array {
  const d = e[model].draws[metric];
  const out: number[] = [];
  for (let b = 0; b < e.resamples; b++) {
    const x = d[b * e.S + s];
    if (x === x) out.push(x);
  }
  return Float64Array.from(out).sort();
}

/** The paired draws of candidate - baseline in segment s (NaN dropped), in draw order. */
export function deltaDraws(e: Estimates, metric: string, s: number): Float64Array {
  const a = e.baseline.draws[metric];
  const c = e.candidate.draws[metric];
  const out: number[] = [];
  for (let b = 0; b < e.resamples; b++) {
    const x = c[b * e.S + s] - a[b * e.S + s];
    if (x === x) out.push(x);
  }
  return Float64Array.from(out);
}
