// src/stats: the statistical tests. Seeded, pure, one test per file, each
// documented with an example.
//
// correction.ts: multiple-testing correction across all change checks of a run.
import type { Correction } from '../config/index.js';

/**
 * Adjusted p-values, in the input's order, capped at 1.
 * - `holm`: Holm-Bonferroni step-down (controls the family-wise error rate).
 * - `bh`: Benjamini-Hochberg step-up (controls the false discovery rate).
 * - `none`: unchanged.
 * Ties are ordered by input position, so the result is deterministic.
 * @example adjustPValues([0.01, 0.04, 0.03], 'holm') // [0.03, 0.06, 0.06]
 * @example adjustPValues([0.01, 0.04, 0.03], 'bh')   // [0.03, 0.04, 0.04]
 */
export function adjustPValues(p: readonly number[], method: Correction): number[] {
  const m = p.length;
  if (method === 'none' || m === 0) return p.map((x) => Math.min(1, x));
  const order = p.map((_, i) => i).sort((a, b) => p[a] - p[b] || a - b);
  const out = new Array<number>(m);
  if (method === 'holm') {
    let running = 0;
    order.forEach((idx, rank) => {
      running = Math.max(running, Math.min(1, (m - rank) * p[idx]));
      out[idx] = running;
    });
    return out;
  }
  // Benjamini-Hochberg: from the largest p down, running minimum of p * m / rank.
  let running = 1;
  for (let rank = m - 1; rank >= 0; rank--) {
    const idx = order[rank];
    running = Math.min(running, (p[idx] * m) / (rank + 1));
    out[idx] = Math.min(1, running);
  }
  return out;
}
