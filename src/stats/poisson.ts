// poisson.ts: Poisson draws for the Poisson bootstrap (quantileBootstrap.ts):
// Poisson(1) by table lookup on 32 random bits (a unit's weight in a
// resample; the hot loop inlines it), and Poisson(lambda) for any lambda (a
// group's total weight), on the one generator of random.ts.
import type { Random } from './random.js';

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
export function poissonOne(rng: Random): number {
  return poissonOneOf(rng.next32());
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
 * @example poisson(1e6, new Random(3)) // a count near 1,000,000
 */
export function poisson(lambda: number, rng: Random): number {
  if (lambda <= 0) return 0;
  if (lambda < 10) {
    let k = 0;
    let p = Math.exp(-lambda);
    let cdf = p;
    const x = rng.uniform();
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
    const U = rng.uniform() - 0.5;
    const V = rng.uniform();
    const us = 0.5 - Math.abs(U);
    const k = Math.floor(((2 * a) / us + b) * U + lambda + 0.43);
    if (us >= 0.07 && V <= vr) return k;
    if (k < 0 || (us < 0.013 && V > us)) continue;
    if (Math.log(V) + Math.log(invalpha) - Math.log(a / (us * us) + b) <= -lambda + k * loglam - logFactorial(k)) return k;
  }
}
