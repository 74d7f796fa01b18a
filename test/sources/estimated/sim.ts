// Seeded simulations for the estimated source: two features x1, x2, the true
// P(y = 1 | x) = sigmoid(a + b1 x1 + b2 x2); the baseline sees x1 only, the
// candidate both, so each model's P(y | score) is fixed by the world's a, b1,
// b2 and x2's distribution. "Live" traffic may shift x1 (covariate shift,
// which keeps P(y | score) and which the estimate allows) or change a, b1, b2
// (concept drift, which it does not).
import { Random } from '../../../src/stats/random.js';

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function normal(rng: Random): number {
  return Math.sqrt(-2 * Math.log(rng.uniform())) * Math.cos(2 * Math.PI * rng.uniform());
}

export interface Sample {
  x: Float64Array;
  y: Float64Array;
  scoreB: Float64Array;
  scoreC: Float64Array;
}

export interface World {
  /** Outcome: P(y = 1 | x) = sigmoid(a + b1 x1 + b2 x2). */
  a: number;
  b1: number;
  b2: number;
  /** x1 ~ N(mean, sd); x2 ~ N(0, 1) always. */
  mean: number;
  sd: number;
}

export const OFFLINE: World = { a: -1, b1: 1.5, b2: 1.2, mean: 0, sd: 1 };

/** n rows of a world. */
export function sample(rng: Random, n: number, w: World): Sample {
  const s: Sample = { x: new Float64Array(n), y: new Float64Array(n), scoreB: new Float64Array(n), scoreC: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    const x1 = w.mean + w.sd * normal(rng);
    const x2 = normal(rng);
    s.x[i] = x1;
    s.y[i] = rng.uniform() < sigmoid(w.a + w.b1 * x1 + w.b2 * x2) ? 1 : 0;
    // Rounded to 3 decimals: scores with ties, as real models give; neither calibrated.
    s.scoreB[i] = Math.round(sigmoid(-0.5 + 1.2 * x1) * 1000) / 1000;
    s.scoreC[i] = Math.round(sigmoid(-0.8 + 1.4 * x1 + 1.1 * x2) * 1000) / 1000;
  }
  return s;
}

/** Recall of decisions score >= threshold against labels y. */
export function recallOf(score: Float64Array, y: Float64Array, threshold: number): number {
  let tp = 0;
  let p = 0;
  for (let i = 0; i < y.length; i++) {
    if (y[i] === 1) {
      p++;
      if (score[i] >= threshold) tp++;
    }
  }
  return tp / p;
}

const DAY = 86_400;
const NEWEST = 1_740_787_200; // 2025-03-01T00:00:00Z

/**
 * An eval pair (2,000 examples from OFFLINE) and a shadow log (2,000 requests from `live`,
 * ages spread over 20 days, the older `labelledShare` of them labelled), as file texts.
 */
export function worldFiles(seed: number, live: World, opts: { labelledShare: number } = { labelledShare: 0.5 }): Record<'baseline.csv' | 'candidate.csv' | 'shadow.csv', string> {
  const rng = new Random(`gate|${seed}`);
  const ev = sample(rng, 2000, OFFLINE);
  const lv = sample(rng, 2000, live);
  const evalCsv = (score: Float64Array) => `id,label,score,region\n${Array.from(score, (s, i) => `e${i},${ev.y[i]},${s},${i % 3 === 0 ? 'BR' : 'US'}`).join('\n')}\n`;
  const rows: string[] = ['request_id,model,latency_ms,score,label,timestamp,region'];
  for (let i = 0; i < lv.x.length; i++) {
    const age = (i / lv.x.length) * 20 * DAY;
    const labelled = age / (20 * DAY) >= 1 - opts.labelledShare;
    const label = labelled ? String(lv.y[i]) : '';
    const region = i % 3 === 0 ? 'BR' : 'US';
    const ts = NEWEST - Math.floor(age);
    rows.push(`r${i},baseline,100,${lv.scoreB[i]},${label},${ts},${region}`, `r${i},candidate,110,${lv.scoreC[i]},${label},${ts},${region}`);
  }
  return { 'baseline.csv': evalCsv(ev.scoreB), 'candidate.csv': evalCsv(ev.scoreC), 'shadow.csv': `${rows.join('\n')}\n` };
}
