// tester.ts: what the statistics hand the judge (gate imports these types from here).
import type { Direction } from '../metrics/index.js';

/** A paired test of one change, supplied by the statistics layer. */
export interface DeltaTest {
  /** Interval of candidate - baseline at the configured confidence. */
  ci: [number, number];
  /** One-sided p-value for H0: worsening <= margin (margin in the metric's units, >= 0). */
  p_value: number;
  /** Smallest worsening detectable with 80% power; null if unknown (`decide` fills it from `se`). */
  detectable: number | null;
  /** Standard error of the worsening's estimate, in the metric's units; lets `decide` size `detectable` for the whole run. */
  se?: number;
  /** Degrees of freedom of the p-value's reference distribution (the jackknife's t); absent: the normal. */
  df?: number;
}

/** Runs the paired test for one metric in one segment; null where no test applies. */
export type ChangeTester = (q: { segment: number; metric: string; direction: Direction; margin: number }) => DeltaTest | null;
