// The sampling noise of the data checks' statistics, in closed form:
//
// PSI. For B buckets with pooled share p_k, and counts drawn from the same
// distribution on both sides, n_eff * PSI (n_eff = 1 / (1/n_ref + 1/n_cur)) is
// about chi-square with B - 1 degrees of freedom: PSI is the symmetric
// Kullback-Leibler divergence, whose second-order expansion is the two-sample
// chi-square statistic divided by n_eff. With real drift PSI_true > 0 the
// statistic is about non-central chi-square with non-centrality
// n_eff * PSI_true. So:
//   noise floor  = chi2_{B-1}^{-1}(confidence) / n_eff   (what no drift shows at this n)
//   p-value      = P(ncx2(B-1, n_eff * limit) >= n_eff * PSI)   (H0: PSI_true <= limit)
// Non-central chi-square by Patnaik's two-moment approximation (c * chi2_nu),
// central chi-square by Wilson-Hilferty's cube root; test/sources/data checks
// both against seeded multinomial simulation.
//
// Rates. A share against a limit: exact binomial tail P(X >= x | n, limit)
// (via the regularized incomplete beta); an increase between two independent
// shares: a one-sided z-test on the difference with Agresti-Caffo's added
// counts, so zero counts do not give zero variance.
import { incompleteBeta, logGamma, normalQuantile, normalUpper } from '../../stats/index.js';

/** P(chi2_k > x), Wilson-Hilferty (about 1e-3 absolute in the tail for k >= 1). @example chiSquareUpper(3.841, 1) // about 0.05 */
export function chiSquareUpper(x: number, k: number): number {
  if (!(k > 0)) return x > 0 ? 0 : 1;
  if (x <= 0) return 1;
  const h = 2 / (9 * k);
  return normalUpper((Math.cbrt(x / k) - (1 - h)) / Math.sqrt(h));
}

/** The p-quantile of chi2_k, Wilson-Hilferty. @example chiSquareQuantile(0.95, 10) // about 18.29 (exact 18.307) */
export function chiSquareQuantile(p: number, k: number): number {
  if (!(k > 0)) return 0;
  const h = 2 / (9 * k);
  const base = 1 - h + normalQuantile(p) * Math.sqrt(h);
  return base <= 0 ? 0 : k * base ** 3;
}

/** P(ncx2(k, lambda) > x), Patnaik: ncx2 ~ c * chi2_nu with c = (k+2l)/(k+l), nu = (k+l)^2/(k+2l). */
export function ncChiSquareUpper(x: number, k: number, lambda: number): number {
  if (lambda <= 0) return chiSquareUpper(x, k);
  const c = (k + 2 * lambda) / (k + lambda);
  const nu = ((k + lambda) * (k + lambda)) / (k + 2 * lambda);
  return chiSquareUpper(x / c, nu);
}

export interface PsiNoise {
  /** P(PSI this large or larger | the true PSI is at the limit). */
  p: number;
  /** What no drift would show at this n (the `confidence` quantile). */
  noiseFloor: number;
  /** Approximate interval of the true PSI at `confidence`. */
  ci: [number, number];
}

/**
 * The noise of an observed PSI.
 * @param buckets buckets with any count on either side (degrees of freedom = buckets - 1)
 * @example psiNoise(0.05, 12, 1000, 1000, 0.2, 0.95).noiseFloor // about 0.039
 */
export function psiNoise(psi: number, buckets: number, nRef: number, nCur: number, limit: number | null, confidence: number): PsiNoise {
  const k = Math.max(0, buckets - 1);
  const nEff = 1 / (1 / nRef + 1 / nCur);
  const noiseFloor = chiSquareQuantile(confidence, k) / nEff;
  const x = psi * nEff;
  const p = limit === null || k === 0 ? 1 : ncChiSquareUpper(x, k, limit * nEff);
  // The centre is the observed PSI less its no-drift bias (k / n_eff); the spread is the non-central one.
  const lambda = Math.max(0, x - k);
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const sd = Math.sqrt(2 * (k + 2 * lambda)) / nEff;
  const centre = lambda / nEff;
  return { p: Math.min(1, Math.max(0, p)), noiseFloor, ci: [Math.max(0, centre - z * sd), centre + z * sd] };
}

/** P(X >= x) for X ~ Binomial(n, p). @example binomialUpper(3, 10, 0.1) // 0.0702 */
export function binomialUpper(x: number, n: number, p: number): number {
  if (x <= 0) return 1;
  if (x > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  return incompleteBeta(p, x, n - x + 1);
}

/** The `confidence` quantile of Binomial(n, p) / n: the share chance alone reaches. */
export function binomialShareQuantile(n: number, p: number, confidence: number): number {
  if (n <= 0 || p <= 0) return 0;
  let lo = 0;
  let hi = n;
  // Smallest x with P(X > x) <= 1 - confidence, i.e. P(X >= x + 1) <= 1 - confidence.
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (binomialUpper(mid + 1, n, p) <= 1 - confidence) hi = mid;
    else lo = mid + 1;
  }
  return lo / n;
}

/** Wilson's interval for a share x / n at `confidence` (two-sided). */
export function wilsonInterval(x: number, n: number, confidence: number): [number, number] {
  if (n <= 0) return [0, 1];
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const p = x / n;
  const d = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / d;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

export interface IncreaseTest {
  delta: number;
  p: number;
  ci: [number, number];
  /** The increase no change would show at this n (one-sided, at `confidence`). */
  noiseFloor: number;
}

/**
 * Has the share risen by more than `margin`? x1/n1 is the reference, x2/n2 the current.
 * One-sided z-test on the Agresti-Caffo-adjusted difference.
 * @example increaseTest(10, 1000, 80, 1000, 0.02, 0.95).p // far below 0.05
 */
export function increaseTest(x1: number, n1: number, x2: number, n2: number, margin: number, confidence: number): IncreaseTest {
  const delta = x2 / n2 - x1 / n1;
  const a1 = (x1 + 1) / (n1 + 2);
  const a2 = (x2 + 1) / (n2 + 2);
  const se = Math.sqrt((a1 * (1 - a1)) / (n1 + 2) + (a2 * (1 - a2)) / (n2 + 2));
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const pooled = (x1 + x2) / (n1 + n2);
  const noiseFloor = normalQuantile(confidence) * Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return { delta, p: normalUpper((a2 - a1 - margin) / se), ci: [a2 - a1 - z * se, a2 - a1 + z * se], noiseFloor };
}

/**
 * P(X >= x) for X ~ BetaBinomial(n, a, b): a count whose per-row chance is itself
 * random. Values of the current outside the reference's range: the chance mass
 * beyond the reference's min and max is Beta(2, n_ref - 1) (two spacings of n_ref
 * uniforms), so the count is BetaBinomial(n_cur, 2, n_ref - 1), far heavier-tailed
 * than a binomial with the same mean.
 */
export function betaBinomialUpper(x: number, n: number, a: number, b: number): number {
  if (x <= 0) return 1;
  if (x > n) return 0;
  const lnB = (p: number, q: number) => logGamma(p) + logGamma(q) - logGamma(p + q);
  const base = lnB(a, b);
  let below = 0;
  for (let k = 0; k < x; k++) {
    const lnChoose = logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
    below += Math.exp(lnChoose + lnB(k + a, n - k + b) - base);
    if (below >= 1) return 0;
  }
  return Math.max(0, 1 - below);
}

/** The `confidence` quantile of BetaBinomial(n, a, b) / n. */
export function betaBinomialShareQuantile(n: number, a: number, b: number, confidence: number): number {
  if (n <= 0) return 0;
  let x = 0;
  while (x < n && betaBinomialUpper(x + 1, n, a, b) > 1 - confidence) x++;
  return x / n;
}
