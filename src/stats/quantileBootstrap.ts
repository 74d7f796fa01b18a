// src/stats/quantileBootstrap.ts: a paired bootstrap of the difference of two
// quantiles (the candidate's minus the baseline's p99 latency on the same
// requests), exact and fast for millions of requests.
//
// Method: the Poisson bootstrap (each request gets an independent Poisson(1)
// weight per resample; Hanley & MacGibbon 2006, Chamandy et al. 2012), which
// keeps the pairing because one weight moves both models' values of a request.
// The quantile of a resample is the type-7 quantile (src/stats/quantile.ts) of
// the sample with each request repeated `weight` times.
//
// Speed without approximation: a resample's p-quantile almost surely lies
// among the order statistics near the original one (its rank moves by about
// sd = sqrt(n p (1 - p))). Requests ranked within `bandSd` sd of the quantile
// by either model get their own Poisson(1) weight; every other request only
// matters through how many draws fall below or above the band, and the sum of
// independent Poisson(1) weights over a group of N requests is Poisson(N),
// drawn once per group (four groups: below/above the band for each model).
// The resample's quantile is found by walking the band. When it falls outside
// the band, the walk goes on through the group's requests one by one, each
// weight drawn from its conditional distribution given the group's total
// (Binomial(remaining total, 1 / remaining requests): the split of a Poisson
// total over equal cells is multinomial, so this is exact in any order).
// Every resample is thus an exact Poisson bootstrap resample, at a cost of
// O(sqrt(n)) instead of O(n) per resample after an O(n) setup.
import { bootstrapSpread, detectableWorsening, oneSidedP } from './estimate.js';
import { binomial } from './binomial.js';
import { poisson, POISSON1_SHIFT, POISSON1_TABLE, POISSON1_U32 } from './poisson.js';
import type { Random } from './random.js';

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

export interface QuantileBootstrapOptions {
  /** The quantile, in (0, 1). */
  p: number;
  resamples: number;
  /** The seeded generator (e.g. `new Random(`${seed}|${name}`)`); advanced by the call. */
  rng: Random;
  /** Half-width of the band in standard deviations of the quantile's rank (speed only, the result is exact for any). Default 1. */
  bandSd?: number;
}

/**
 * The bootstrap distribution of quantile_p(b) - quantile_p(a) over paired units.
 * @returns one delta per resample; NaN for a resample with no unit drawn (only with a handful of units)
 * @example
 * const d = pairedQuantileBootstrap(values, { p: 0.99, resamples: 2000, rng: new Random('1|latency_p99_ms/overall') });
 */
export function pairedQuantileBootstrap(x: PairedValues, opts: QuantileBootstrapOptions): Float64Array {
  const m = x.a.length;
  if (x.b.length !== m || x.orderA.length !== m || x.orderB.length !== m) throw new Error('pairedQuantileBootstrap: arrays of different lengths');
  const { p, resamples, rng } = opts;
  const out = new Float64Array(resamples);
  if (m === 0) return out.fill(NaN);
  const { lo, hi } = quantileBand(m, p, opts.bandSd ?? 1);
  // Per unit: where its rank lies against the band, for a and for b.
  const where = new Uint8Array(m);
  for (let k = 0; k < m; k++) {
    where[x.orderA[k]] |= k < lo ? A_BELOW : k > hi ? A_ABOVE : A_IN;
    where[x.orderB[k]] |= k < lo ? B_BELOW : k > hi ? B_ABOVE : B_IN;
  }

  // Units in either band get their own weight (position in U); the others are grouped by
  // (a above the band, b above the band): 0 both below, 1 b above, 2 a above, 3 both above.
  const uPos = new Int32Array(m);
  const groupSize = new Float64Array(4);
  let U = 0;
  for (let i = 0; i < m; i++) {
    const f = where[i];
    if (f & (A_IN | B_IN)) uPos[i] = U++;
    else {
      uPos[i] = -1;
      groupSize[groupOf(f)]++;
    }
  }
  // Per own-weight unit: 1 if below a's band, 2 if below b's band (its weight adds to that side's base).
  const belowFlags = new Uint8Array(U);
  for (let i = 0; i < m; i++) {
    const pos = uPos[i];
    if (pos >= 0) belowFlags[pos] = (where[i] & A_BELOW ? 1 : 0) | (where[i] & B_BELOW ? 2 : 0);
  }

  const w = new Int32Array(U);
  const state: ResampleState = {
    rng,
    w,
    uPos,
    where,
    total: new Float64Array(4),
    left: new Float64Array(4),
    remaining: new Float64Array(4),
    drawn: new Map(),
  };
  const sideA = side(x.a, x.orderA, uPos, lo, hi);
  const sideB = side(x.b, x.orderB, uPos, lo, hi);
  const T = POISSON1_U32;
  const TAB = POISSON1_TABLE;
  for (let r = 0; r < resamples; r++) {
    state.drawn.clear();
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
      const t = poisson(groupSize[g], rng);
      state.total[g] = t;
      state.left[g] = t;
      state.remaining[g] = groupSize[g];
      W += t;
    }
    if (W === 0) {
      out[r] = NaN;
      continue;
    }
    baseA += state.total[0] + state.total[1];
    baseB += state.total[0] + state.total[2];
    out[r] = quantileOf(sideB, state, baseB, W, p) - quantileOf(sideA, state, baseA, W, p);
  }
  return out;
}

const A_BELOW = 1;
const A_IN = 2;
const A_ABOVE = 4;
const B_BELOW = 8;
const B_IN = 16;
const B_ABOVE = 32;

/** The group of a unit outside both bands. */
function groupOf(where: number): number {
  return (where & A_ABOVE ? 2 : 0) + (where & B_ABOVE ? 1 : 0);
}

/** The ranks [lo, hi] within `sd` standard deviations (plus 2) of the p-quantile's rank among m values. */
export function quantileBand(m: number, p: number, sd: number): { lo: number; hi: number } {
  const h = p * (m - 1);
  const half = sd * Math.sqrt(m * p * (1 - p)) + 2;
  return { lo: Math.max(0, Math.floor(h - half)), hi: Math.min(m - 1, Math.ceil(h + half)) };
}

/** One model's side: its values in rank order around the band. */
interface Side {
  values: Float64Array;
  order: Int32Array;
  lo: number;
  hi: number;
  /** For ranks lo..hi: the unit's position in U, and its value. */
  bandU: Int32Array;
  bandV: Float64Array;
}

function side(values: Float64Array, order: Int32Array, uPos: Int32Array, lo: number, hi: number): Side {
  const bandU = new Int32Array(hi - lo + 1);
  const bandV = new Float64Array(hi - lo + 1);
  for (let k = lo; k <= hi; k++) {
    bandU[k - lo] = uPos[order[k]];
    bandV[k - lo] = values[order[k]];
  }
  return { values, order, lo, hi, bandU, bandV };
}

/** The weights of one resample. */
interface ResampleState {
  rng: Random;
  /** Own weights, by position in U. */
  w: Int32Array;
  uPos: Int32Array;
  /** Per unit, its rank against the bands (A_BELOW ... B_ABOVE). */
  where: Uint8Array;
  /** Per group: its total weight in this resample, the part not yet given to a unit, and the units not yet given one. */
  total: Float64Array;
  left: Float64Array;
  remaining: Float64Array;
  /** Grouped units given their weight one by one in this resample: unit -> weight. */
  drawn: Map<number, number>;
}

/** Unit i's weight in this resample (a grouped unit's is drawn given its group's total, on first use). */
function weightOf(s: ResampleState, i: number): number {
  const pos = s.uPos[i];
  if (pos >= 0) return s.w[pos];
  const known = s.drawn.get(i);
  if (known !== undefined) return known;
  const g = groupOf(s.where[i]);
  const k = binomial(s.left[g], 1 / s.remaining[g], s.rng);
  s.left[g] -= k;
  s.remaining[g]--;
  s.drawn.set(i, k);
  return k;
}

/** The type-7 p-quantile of one side's values in the resample of total weight W, `base` of it below the band. */
function quantileOf(sd: Side, s: ResampleState, base: number, W: number, p: number): number {
  const h = p * (W - 1);
  const j = Math.floor(h);
  const frac = h - j;
  if (j < base) return belowBand(sd, s, base, j, frac);
  // In the band.
  const { bandU, bandV } = sd;
  const w = s.w;
  const L = bandU.length;
  let cum = base;
  let k = 0;
  for (; k < L; k++) {
    cum += w[bandU[k]];
    if (cum > j) break;
  }
  if (k === L) return aboveBand(sd, s, cum, j, frac);
  const xj = bandV[k];
  if (frac === 0 || cum > j + 1) return xj;
  for (k++; k < L; k++) if (w[bandU[k]] > 0) return xj + frac * (bandV[k] - xj);
  return xj + frac * (firstFrom(sd, s, sd.hi + 1) - xj);
}

/** The quantile when it lies below the band: walk down the lower ranks, weights drawn as needed. */
function belowBand(sd: Side, s: ResampleState, base: number, j: number, frac: number): number {
  let top = base;
  let upper = NaN;
  for (let k = sd.lo - 1; k >= 0; k--) {
    const i = sd.order[k];
    const wk = weightOf(s, i);
    if (wk === 0) continue;
    const bottom = top - wk;
    if (bottom <= j) {
      const xj = sd.values[i];
      if (frac === 0 || top > j + 1) return xj;
      if (upper !== upper) upper = firstFrom(sd, s, sd.lo);
      return xj + frac * (upper - xj);
    }
    top = bottom;
    upper = sd.values[i];
  }
  throw new Error('pairedQuantileBootstrap: the weights below the band do not add up');
}

/** The quantile when it lies above the band: walk up the higher ranks, weights drawn as needed. */
function aboveBand(sd: Side, s: ResampleState, cum: number, j: number, frac: number): number {
  let xj = NaN;
  for (let k = sd.hi + 1; k < sd.order.length; k++) {
    const i = sd.order[k];
    const wk = weightOf(s, i);
    if (wk === 0) continue;
    if (xj !== xj) {
      cum += wk;
      if (cum > j) {
        xj = sd.values[i];
        if (frac === 0 || cum > j + 1) return xj;
      }
    } else return xj + frac * (sd.values[i] - xj);
  }
  if (xj === xj) return xj;
  throw new Error('pairedQuantileBootstrap: the weights above the band do not add up');
}

/** The value of the first unit from rank `from` up with a positive weight. */
function firstFrom(sd: Side, s: ResampleState, from: number): number {
  for (let k = from; k < sd.order.length; k++) {
    const i = sd.order[k];
    if (weightOf(s, i) > 0) return sd.values[i];
  }
  throw new Error('pairedQuantileBootstrap: no weight above the quantile');
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
