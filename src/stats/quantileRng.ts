// src/stats/quantileRng.ts: seeded random draws for the resampling tests: a
// small fast generator (mulberry32), a stream seeded from the run's seed and a
// name (so one check's draws do not depend on which other checks ran), and
// Poisson and binomial draws for the Poisson bootstrap.

/**
 * mulberry32: 32 bits of state, period 2^32, passes the usual statistical batteries for
 * this use. The same seed gives the same sequence on every machine. `state` is public so a
 * hot loop can step it inline (see `POISSON1_U32`).
 * @example new Rng(1).next() // 0.6270739405881613
 */
export class Rng {
  state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** The next 32 random bits as an unsigned integer. */
  nextU32(): number {
    const a = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
  /** A uniform draw on [0, 1). */
  next(): number {
    return this.nextU32() / 4294967296;
  }
}

/**
 * A generator seeded from the run's seed and a name (e.g. `latency_p99_ms/region=BR`):
 * FNV-1a of the name mixed with the seed.
 * @example streamFor(1, 'latency_p99_ms/overall').next() // the same number on every run
 */
export function streamFor(seed: number, name: string): Rng {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return new Rng(h);
}

/**
 * P(X <= k) for X ~ Poisson(1), k = 0.., scaled to 2^32: a Poisson(1) draw is the first k
 * with u32 < POISSON1_U32[k]. The last entry is 2^32, so a draw always ends.
 */
export const POISSON1_U32 = (() => {
  const out: number[] = [];
  let term = Math.exp(-1);
  let sum = 0;
  for (let k = 0; k < 20; k++) {
    sum += term;
    out.push(Math.min(4294967296, Math.floor(sum * 4294967296)));
    term /= k + 1;
  }
  out[out.length - 1] = 4294967296;
  return Float64Array.from(out);
})();

/** Bits of a 32-bit draw that index `POISSON1_TABLE`. */
export const POISSON1_SHIFT = 20;

/**
 * The Poisson(1) draw for each of the 4,096 slices of the 32-bit range (indexed by the top
 * 12 bits), or 255 where a threshold of `POISSON1_U32` cuts the slice (6 of them; the draw
 * then compares against the thresholds). The same draw as the comparisons, without
 * their unpredictable branches.
 */
export const POISSON1_TABLE = (() => {
  const size = 1 << (32 - POISSON1_SHIFT);
  const out = new Uint8Array(size);
  for (let b = 0; b < size; b++) {
    const lo = b * 2 ** POISSON1_SHIFT;
    const hi = (b + 1) * 2 ** POISSON1_SHIFT;
    let k = 0;
    while (lo >= POISSON1_U32[k]) k++;
    out[b] = hi <= POISSON1_U32[k] ? k : 255;
  }
  return out;
})();

/** The Poisson(1) draw of 32 random bits (inversion: the first k with bits < POISSON1_U32[k]). */
export function poissonOneOf(bits: number): number {
  let k = POISSON1_TABLE[bits >>> POISSON1_SHIFT];
  if (k === 255) {
    k = 0;
    while (bits >= POISSON1_U32[k]) k++;
  }
  return k;
}

/** A Poisson(1) draw (one 32-bit draw): a unit's weight in a Poisson bootstrap resample. */
export function poissonOne(rng: Rng): number {
  return poissonOneOf(rng.nextU32());
}

const LOG_FACTORIAL_SMALL = (() => {
  const out = new Float64Array(16);
  for (let k = 1; k < 16; k++) out[k] = out[k - 1] + Math.log(k);
  return out;
})();

/** log(k!): a table below 16, Stirling's series (error < 1e-15 there) above. */
function logFactorial(k: number): number {
  if (k < 16) return LOG_FACTORIAL_SMALL[k];
  const x = k + 1;
  const inv = 1 / x;
  const inv2 = inv * inv;
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + inv * (1 / 12 - inv2 * (1 / 360 - inv2 / 1260));
}

/**
 * A Poisson(lambda) draw. lambda 0 gives 0 without consuming a draw; below 10 by
 * inversion; above by Hormann's transformed rejection (PTRS, "The transformed rejection
 * method for generating Poisson random variables", 1993; the method numpy uses), exact
 * for every lambda.
 * @example poisson(new Rng(3), 1e6) // a count near 1,000,000
 */
export function poisson(rng: Rng, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda < 10) {
    let k = 0;
    let p = Math.exp(-lambda);
    let cdf = p;
    const x = rng.next();
    while (x >= cdf && k < 1000) {
      k++;
      p *= lambda / k;
      cdf += p;
    }
    return k;
  }
  const slam = Math.sqrt(lambda);
  const loglam = Math.log(lambda);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const U = rng.next() - 0.5;
    const V = rng.next();
    const us = 0.5 - Math.abs(U);
    const k = Math.floor(((2 * a) / us + b) * U + lambda + 0.43);
    if (us >= 0.07 && V <= vr) return k;
    if (k < 0 || (us < 0.013 && V > us)) continue;
    if (Math.log(V) + Math.log(invalpha) - Math.log(a / (us * us) + b) <= -lambda + k * loglam - logFactorial(k)) return k;
  }
}

/**
 * A Binomial(n, p) draw by inversion from 0: meant for n p of a few at most (the
 * bootstrap's conditional weights, n p about 1), where it takes a few steps.
 * @example binomial(new Rng(5), 1000, 0.001) // 0, 1, 2, ...
 */
export function binomial(rng: Rng, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  const ratio = p / (1 - p);
  let pk = Math.exp(n * Math.log1p(-p));
  let cdf = pk;
  const x = rng.next();
  let k = 0;
  while (x >= cdf && k < n) {
    pk *= ((n - k) / (k + 1)) * ratio;
    k++;
    cdf += pk;
    if (pk < 1e-300 && k > n * p) break; // rounding left the cdf short of 1: the tail is spent
  }
  return k;
}
