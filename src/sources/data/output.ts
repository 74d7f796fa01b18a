// The model's output offline vs online: each model's score distribution on the
// shadow traffic against its own on the eval set (PSI on the deciles of its
// eval scores, floored as the feature PSI), as `skew/output_psi/overall`:
// baseline = the baseline's shift, candidate = the candidate's, delta their
// difference, rule max_increase (default 0.1). The test is on the difference
// of the two shifts less each one's no-drift bias (k / n_eff, noise.ts), with
// each shift's non-central chi-square variance; the noise floor is the
// difference two unshifted models would show at these n.
import type { Rule } from '../../config/index.js';
import { formatRule, toleranceAmount } from '../../config/index.js';
import { formatCount, formatNumber } from '../../metrics/index.js';
import { normalQuantile, normalUpper } from '../../stats/index.js';
import { chooseBins, fineBinOf } from './bins.js';
import { dataCheck, type PendingDataCheck } from './checks.js';
import { psiOf } from './compare.js';
import type { Bucket } from './types.js';

export interface ModelScores {
  /** Scores on the eval set. */
  offline: Float64Array;
  /** Scores on the shadow traffic. */
  online: Float64Array;
}

/** One model's shift: PSI, buckets used and effective n. */
export function outputShift(s: ModelScores): { psi: number; k: number; nEff: number; n: number } {
  const off = s.offline.filter((x) => !Number.isNaN(x));
  const on = s.online.filter((x) => !Number.isNaN(x));
  const bins = chooseBins(off);
  if (!bins || on.length === 0) return { psi: NaN, k: 0, nEff: 0, n: on.length };
  const G = bins.group[bins.group.length - 1] + 1;
  const buckets: Bucket[] = Array.from({ length: G }, (_, g) => ({ label: String(g), reference: 0, current: 0 }));
  for (const x of off) buckets[bins.group[fineBinOf(bins.edges, x)]].reference++;
  for (const x of on) buckets[bins.group[fineBinOf(bins.edges, x)]].current++;
  const used = buckets.filter((b) => b.reference + b.current > 0).length;
  return { psi: psiOf(buckets), k: Math.max(0, used - 1), nEff: 1 / (1 / off.length + 1 / on.length), n: on.length };
}

/** The pending `skew/output_psi/overall` check. */
export function outputPsiCheck(baseline: ModelScores, candidate: ModelScores, rule: Rule, confidence: number, minSamples: number): PendingDataCheck {
  const b = outputShift(baseline);
  const c = outputShift(candidate);
  const n = Math.min(b.n, c.n);
  const base = dataCheck('skew', 'output_psi', 'overall', { n, baseline: b.psi, candidate: c.psi, delta: c.psi - b.psi, rule: formatRule(rule), severity: rule.severity });
  if (n < minSamples || !Number.isFinite(b.psi) || !Number.isFinite(c.psi)) {
    base.status = 'insufficient';
    base.message = `Too few scored requests to compare each model's scores online with its eval scores (${formatCount(n)}; segments.min_samples is ${formatCount(minSamples)}).`;
    return { check: base, breached: false, p: null, what: '' };
  }
  const tol = rule.maxIncrease ? toleranceAmount(rule.maxIncrease, b.psi) : rule.max !== undefined ? rule.max : null;
  const lam = (s: typeof b) => Math.max(0, s.psi * s.nEff - s.k);
  const corrected = (s: typeof b) => lam(s) / s.nEff;
  const variance = (s: typeof b) => (2 * (s.k + 2 * lam(s))) / (s.nEff * s.nEff);
  const d = corrected(c) - corrected(b);
  const se = Math.sqrt(variance(b) + variance(c));
  const noise = normalQuantile(confidence) * Math.sqrt((2 * b.k) / (b.nEff * b.nEff) + (2 * c.k) / (c.nEff * c.nEff));
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const limit = tol; // max_increase: on the difference; max: on the candidate's shift itself
  const stat = rule.maxIncrease ? c.psi - b.psi : c.psi;
  const p = limit === null || se === 0 ? null : normalUpper(((rule.maxIncrease ? d : corrected(c)) - limit) / se);
  base.ci = [d - z * se, d + z * se];
  base.p_value = p;
  base.tolerance = limit;
  base.noise_floor = noise;
  return {
    check: base,
    breached: limit !== null && stat > limit,
    p,
    what: `The candidate's scores shift by PSI ${formatNumber(c.psi)} from eval to shadow traffic, the baseline's by ${formatNumber(b.psi)}${limit === null ? '' : `, ${stat > limit ? 'above' : 'within'} ${formatRule(rule)}`}; unshifted models would differ by up to ${formatNumber(noise)} at n=${formatCount(n)}`,
  };
}

/**
 * The output-skew check when the eval pair or the shadow log came as summaries, which
 * carry no per-request scores: listed as insufficient (never a silent omission), saying
 * what to give for it.
 */
export function outputPsiFromSummaries(rule: Rule): PendingDataCheck {
  const check = dataCheck('skew', 'output_psi', 'overall', { n: null, rule: formatRule(rule), severity: rule.severity, status: 'insufficient' });
  check.message =
    "Not computed: the eval pair or the shadow log was given as summaries, which carry no scores per request; give the eval files and the shadow log to compare each model's scores online with its eval scores.";
  return { check, breached: false, p: null, what: '' };
}
