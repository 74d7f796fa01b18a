// src/stats/quantileBootstrap.ts: a paired bootstrap of the difference of two
// quantiles (the candidate's minus the baseline's p99 latency on the same
// requests), fast for millions of requests, and computable from a band of
// O(sqrt(n)) requests that a warehouse query can export (the summaries).
//
// Method: the Poisson bootstrap (each request gets an independent Poisson(1)
// weight per resample; Hanley & MacGibbon 2006, Chamandy et al. 2012), which
// keeps the pairing because one weight moves both models' values of a request.
// The quantile of a resample is the type-7 quantile (src/stats/quantile.ts) of
// the sample with each request repeated `weight` times.
//
// The band: a resample's p-quantile lies, almost surely, among the order
// statistics near the original one (its rank moves by about
// sd = sqrt(n p (1 - p))). For each model, the band is the value range between
// its order statistics at ranks lo and hi (quantileBand: `bandSd` sd plus 2
// ranks either side; BAND_SD = 6 by default); a request whose value lies in
// that range (ties included) is in that model's band. Requests in either band
// get their own Poisson(1) weight, drawn in the band's unit order (callers pass
// a canonical one: by (baseline, candidate) value, so identical requests are
// interchangeable and the order needs nothing but the values). Every other
// request only matters through how many draws fall below or above the bands,
// and the sum of independent Poisson(1) weights over a group of N requests is
// Poisson(N), drawn once per group (four groups: below/above the band for each
// model). The definition depends only on the band (QuantileBand), which is
// what the summaries carry. When a resample's quantile would fall outside the
// band (or interpolate with a value beyond it), the band's edge value stands in:
// at 6 sd this happens to about 1 resample in 10^8 for large n, and about 1 in
// 10^4 for a p99 over 300 requests (test/shadow/quantileBootstrap.test.ts
// checks the interval's coverage). With a band covering every unit
// (`bandSd: Infinity`) it is the Poisson bootstrap draw for draw.
import { argsortFloat64 } from '../sort/index.js';
import { bootstrapSpread, detectableWorsening, oneSidedP } from './estimate.js';
import { poisson, POISSON1_SHIFT, POISSON1_TABLE, POISSON1_U32 } from './poisson.js';
import type { Random } from './random.js';

/** The band's default half-width in standard deviations of the quantile's rank. */
export const BAND_SD = 6;

export interface PairedValues {
  /** The baseline's value per unit (request). */
  a: Float64Array;
  /** The candidate's value per unit, same units in the same order. */
  b: Float64Array;
  /** Unit indices in ascending order of `a` (ties in any fixed order). */
  orderA: Int32Array;
  /** Unit indices in ascending order of `b`. */
  orderB: Int32Array;
}

/** Everything the bootstrap of one quantile's delta reads: the band's edges, its units, the counts outside it. */
export interface QuantileBand {
  /** Each model's band as a value range: a unit with loA <= a <= hiA is in the baseline's band. */
  loA: number;
  hiA: number;
  loB: number;
  hiB: number;
  /** Units outside both bands: [0] both below, [1] a below and b above, [2] a above and b below, [3] both above. */
  groups: Float64Array;
  /** The units in either band, in the order their weights are drawn. */
  a: Float64Array;
  b: Float64Array;
}

export interface QuantileBootstrapOptions {
  /** The quantile, in (0, 1). */
  p: number;
  resamples: number;
  /** The seeded generator (e.g. `new Random(`${seed}|${name}`)`); advanced by the call. */
  rng: Random;
  /** Half-width of the band in standard deviations of the quantile's rank. Default BAND_SD. */
  bandSd?: number;
}

/**
 * The bootstrap distribution of quantile_p(b) - quantile_p(a) over paired units, the band's
 * units in the given unit order.
 * @returns one delta per resample; NaN for a resample with no unit drawn (only with a handful of units)
 * @example
 * const d = pairedQuantileBootstrap(values, { p: 0.99, resamples: 2000, rng: new Random('1|latency_p99_ms/overall') });
 */
export function pairedQuantileBootstrap(x: PairedValues, opts: QuantileBootstrapOptions): Float64Array {
  const m = x.a.length;
  if (x.b.length !== m || x.orderA.length !== m || x.orderB.length !== m) throw new Error('pairedQuantileBootstrap: arrays of different lengths');
  if (m === 0) return new Float64Array(opts.resamples).fill(NaN);
  const { lo, hi } = quantileBand(m, opts.p, opts.bandSd ?? BAND_SD);
  const edges = { loA: x.a[x.orderA[lo]], hiA: x.a[x.orderA[hi]], loB: x.b[x.orderB[lo]], hiB: x.b[x.orderB[hi]] };
  const units = new Int32Array(m);
  for (let i = 0; i < m; i++) units[i] = i;
  return bandBootstrap(bandOf(x.a, x.b, units, 0, m, edges), opts);
}

/**
 * The band of units `units[start .. start + count - 1]` (in that order) for the given edges
 * (each model's values at the ranks quantileBand gives).
 * @example bandOf(a, b, order, 0, a.length, { loA: 98, hiA: 140, loB: 99, hiB: 151 }).a.length // units in either band
 */
export function bandOf(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  units: ArrayLike<number>,
  start: number,
  count: number,
  edges: { loA: number; hiA: number; loB: number; hiB: number },
): QuantileBand {
  const { loA, hiA, loB, hiB } = edges;
  const groups = new Float64Array(4);
  const inA: number[] = [];
  const inB: number[] = [];
  for (let k = start; k < start + count; k++) {
    const i = units[k];
    const x = a[i];
    const y = b[i];
    if ((x >= loA && x <= hiA) || (y >= loB && y <= hiB)) {
      inA.push(x);
      inB.push(y);
    } else groups[(x > hiA ? 2 : 0) + (y > hiB ? 1 : 0)]++;
  }
  return { loA, hiA, loB, hiB, groups, a: Float64Array.from(inA), b: Float64Array.from(inB) };
}

/**
 * The bootstrap distribution of the quantile delta from its band alone (see the top of the file).
 * @example bandBootstrap(band, { p: 0.99, resamples: 2000, rng: new Random('1|latency_p99_ms/overall') })
 */
export function bandBootstrap(band: QuantileBand, opts: QuantileBootstrapOptions): Float64Array {
  const { p, resamples, rng } = opts;
  const U = band.a.length;
  const out = new Float64Array(resamples);
  const groupSize = band.groups;
  if (U + groupSize[0] + groupSize[1] + groupSize[2] + groupSize[3] === 0) return out.fill(NaN);
  // Per own-weight unit: 1 if below a's band, 2 if below b's band (its weight adds to that side's base).
  const belowFlags = new Uint8Array(U);
  for (let j = 0; j < U; j++) belowFlags[j] = (band.a[j] < band.loA ? 1 : 0) | (band.b[j] < band.loB ? 2 : 0);
  const sideA = side(band.a, band.loA, band.hiA);
  const sideB = side(band.b, band.loB, band.hiB);
  const w = new Int32Array(U);
  const total = new Float64Array(4);
  const T = POISSON1_U32;
  const TAB = POISSON1_TABLE;
  for (let r = 0; r < resamples; r++) {
    // The own weights: Poisson(1) by inversion (poissonOneOf), with the generator (Random.next32,
    // xoshiro128**) stepped inline: the hot loop.
    let W = 0;
    let baseA = 0;
    let baseB = 0;
    let s0 = rng.s0;
    let s1 = rng.s1;
    let s2 = rng.s2;
    let s3 = rng.s3;
    for (let j = 0; j < U; j++) {
      const x = Math.imul(s1, 5);
      const bits = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      let k = TAB[bits >>> POISSON1_SHIFT];
      if (k === 255) {
        k = 0;
        while (bits >= T[k]) k++;
      }
      w[j] = k;
      W += k;
      const f = belowFlags[j];
      if (f !== 0) {
        if (f & 1) baseA += k;
        if (f & 2) baseB += k;
      }
    }
    rng.s0 = s0;
    rng.s1 = s1;
    rng.s2 = s2;
    rng.s3 = s3;
    for (let g = 0; g < 4; g++) {
      total[g] = poisson(groupSize[g], rng);
      W += total[g];
    }
    if (W === 0) {
      out[r] = NaN;
      continue;
    }
    baseA += total[0] + total[1];
    baseB += total[0] + total[2];
    out[r] = quantileOf(sideB, w, baseB, W, p) - quantileOf(sideA, w, baseA, W, p);
  }
  return out;
}

/** The ranks [lo, hi] within `sd` standard deviations (plus 2) of the p-quantile's rank among m values. */
export function quantileBand(m: number, p: number, sd: number): { lo: number; hi: number } {
  const h = p * (m - 1);
  const half = sd * Math.sqrt(m * p * (1 - p)) + 2;
  return { lo: Math.max(0, Math.floor(h - half)), hi: Math.min(m - 1, Math.ceil(h + half)) };
}

/** One model's side: its band's units in ascending order of value (positions into the own weights), and the edges. */
interface Side {
  bandU: Int32Array;
  bandV: Float64Array;
  lo: number;
  hi: number;
}

function side(values: Float64Array, lo: number, hi: number): Side {
  const pos: number[] = [];
  for (let j = 0; j < values.length; j++) if (values[j] >= lo && values[j] <= hi) pos.push(j);
  const v = Float64Array.from(pos, (j) => values[j]);
  const order = argsortFloat64(v);
  return { bandU: Int32Array.from(order, (k) => pos[k]), bandV: Float64Array.from(order, (k) => v[k]), lo, hi };
}

/** The type-7 p-quantile of one side's values in the resample of total weight W, `base` of it below the band; the band's edge where it lies beyond. */
function quantileOf(sd: Side, w: Int32Array, base: number, W: number, p: number): number {
  const h = p * (W - 1);
  const j = Math.floor(h);
  const frac = h - j;
  if (j < base) return sd.lo;
  const { bandU, bandV } = sd;
  const L = bandU.length;
  let cum = base;
  let k = 0;
  for (; k < L; k++) {
    cum += w[bandU[k]];
    if (cum > j) break;
  }
  if (k === L) return sd.hi;
  const xj = bandV[k];
  if (frac === 0 || cum > j + 1) return xj;
  for (k++; k < L; k++) if (w[bandU[k]] > 0) return xj + frac * (bandV[k] - xj);
  return xj + frac * (sd.hi - xj);
}

export interface BootstrapSummary {
  /** Percentile interval of the delta at `confidence`. */
  ci: [number, number];
  /** One-sided p-value for H0: worsening <= margin. */
  p_value: number;
  /** Bootstrap standard error of the delta. */
  se: number;
  /** margin + (z_{1-alpha} + z_{0.8}) * se: the worsening detected with 80% power. */
  detectable: number;
}

/**
 * Interval and test from a bootstrap distribution of a delta (candidate - baseline).
 * The interval is the percentile interval. The p-value is one-sided, for "the worsening
 * exceeds `margin`", by inverting the percentile interval: the share of resamples whose
 * worsening is within the margin, p = (k + 1) / (R + 1). Counted resamples cannot show a
 * p-value below 1 / (R + 1), which a correction across hundreds of checks would never
 * call significant; so when fewer than 10 resamples are within the margin (p < 0.5% at
 * R = 2,000) the tail is extrapolated with the bootstrap standard error,
 * p = min((k + 1) / (R + 1), P(Z >= (worsening - margin) / se)).
 * @param estimate the delta on the full data
 * @param o.lowerIsBetter whether an increase is a worsening (latency, cost)
 * @returns null with fewer than 2 usable resamples
 * @example summarizeBootstrap(deltas, 12.5, { margin: 10, lowerIsBetter: true, confidence: 0.95 })
 */
export function summarizeBootstrap(deltas: Float64Array, estimate: number, o: { margin: number; lowerIsBetter: boolean; confidence: number }): BootstrapSummary | null {
  const valid = deltas.filter((d) => d === d).sort();
  const R = valid.length;
  if (R < 2) return null;
  const { ci, se } = bootstrapSpread(valid, o.confidence);
  let within = 0;
  for (let i = 0; i < R; i++) if ((o.lowerIsBetter ? valid[i] : -valid[i]) <= o.margin) within++;
  let p_value = (within + 1) / (R + 1);
  if (within < TAIL_COUNT) {
    const worse = o.lowerIsBetter ? estimate : -estimate;
    p_value = Math.min(p_value, oneSidedP(worse, o.margin, se, Infinity));
  }
  return { ci, p_value, se, detectable: detectableWorsening(o.margin, se, 1 - o.confidence) };
}

/** Below this many resamples within the margin, the p-value's tail is extrapolated. */
const TAIL_COUNT = 10;
