// binomial.ts: exact binomial and multinomial draws, fast for any n: inversion
// by geometric waiting times when n*p < 10, else Hörmann's transformed rejection
// with squeeze (BTRS, "The generation of binomial random variates", 1993), as
// TensorFlow's random_binomial uses. Expected cost O(1) per draw in both regimes.
// The one binomial sampler: the decision bootstrap's multinomial tables and the
// Poisson bootstrap's conditional weights (quantileBootstrap.ts) both draw here.
import type { Random } from './random.js';

/** log(k!) - (k + 1/2) log(k + 1) + (k + 1) - log(2 pi)/2: Stirling's tail correction. */
function stirlingTail(k: number): number {
  if (k <= 9) return STIRLING_TAIL[k];
  const kp1sq = (k + 1) * (k + 1);
  return (1 / 12 - (1 / 360 - 1 / 1260 / kp1sq) / kp1sq) / (k + 1);
}
const STIRLING_TAIL = [
  0.0810614667953272, 0.0413406959554092, 0.0276779256849983, 0.02079067210376509, 0.0166446911898211, 0.0138761288230707, 0.0118967099458917, 0.010411265261972, 0.00925546218271273,
  0.00833056343336287,
];

/** Inversion: counts geometric waiting times until they pass n. For n*p < 10. */
function inversion(n: number, p: number, rng: Random): number {
  const logQ = Math.log1p(-p);
  let sum = 0;
  let k = 0;
  for (;;) {
    sum += Math.ceil(Math.log(rng.uniform()) / logQ);
    if (sum > n) return k;
    k++;
  }
}

/** BTRS for n*p >= 10, p <= 1/2. */
function btrs(n: number, p: number, rng: Random): number {
  const spq = Math.sqrt(n * p * (1 - p));
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const r = p / (1 - p);
  const alpha = (2.83 + 5.1 / b) * spq;
  const m = Math.floor((n + 1) * p);
  for (;;) {
    const u = rng.uniform() - 0.5;
    let v = rng.uniform();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || k > n) continue;
    v = Math.log((v * alpha) / (a / (us * us) + b));
    const bound =
      (m + 0.5) * Math.log((m + 1) / (r * (n - m + 1))) +
      (n + 1) * Math.log((n - m + 1) / (n - k + 1)) +
      (k + 0.5) * Math.log((r * (n - k + 1)) / (k + 1)) +
      stirlingTail(m) +
      stirlingTail(n - m) -
      stirlingTail(k) -
      stirlingTail(n - k);
    if (v <= bound) return k;
  }
}

/**
 * A Binomial(n, p) draw.
 * @param n trials, a non-negative integer
 * @param p success probability, clamped to [0, 1]
 * @example binomial(1000, 0.3, new Random('x')) // about 300, the same every run
 */
export function binomial(n: number, p: number, rng: Random): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomial(n, 1 - p, rng);
  return n * p < 10 ? inversion(n, p, rng) : btrs(n, p, rng);
}

/**
 * A Multinomial(n, counts / sum(counts)) draw into `out`, by conditional binomials:
 * cell i gets Binomial(left, counts[i] / (counts still to come)). The probabilities
 * are ratios of the integer counts, so they never drift.
 * @param counts non-negative integer counts (the observed table)
 * @example multinomial(Float64Array.of(5, 0, 5), 10, rng, out) // out = e.g. [6, 0, 4]
 */
export function multinomial(counts: ArrayLike<number>, n: number, rng: Random, out: Float64Array): void {
  let massLeft = 0;
  for (let i = 0; i < counts.length; i++) massLeft += counts[i];
  let left = n;
  for (let i = 0; i < counts.length; i++) {
    const ci = counts[i];
    if (left === 0 || ci === 0) {
      out[i] = 0;
      continue;
    }
    const x = ci >= massLeft ? left : binomial(left, ci / massLeft, rng);
    out[i] = x;
    left -= x;
    massLeft -= ci;
  }
}
