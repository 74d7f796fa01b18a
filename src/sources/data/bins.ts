// Fixed numeric bins, chosen once from the reference and then shared by every
// profile that is compared or merged with it. Fine edges are the reference's
// percentiles 1..99 (type-7 quantiles, ties merged); the PSI bins are the
// reference's deciles, which are a subset of the fine edges, so each fine bin
// lies in exactly one PSI bin and the PSI counts are sums of fine counts. The
// fine bins also give the Kolmogorov-Smirnov D (the largest gap between the two
// cumulative shares at a fine edge; a lower bound of the exact D, within one
// percentile of it).
import { quantileSorted } from '../../stats/index.js';
import type { NumericBins } from './types.js';

export const FINE_BINS = 100;
export const PSI_BINS = 10;

/** The bins of a feature from its valid reference values (not null, not sentinel); null when there are none. */
export function chooseBins(values: Float64Array): NumericBins | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const edges: number[] = [];
  for (let k = 1; k < FINE_BINS; k++) {
    const e = quantileSorted(sorted, k / FINE_BINS);
    if (edges.length === 0 || e > edges[edges.length - 1]) edges.push(e);
  }
  const deciles: number[] = [];
  for (let j = 1; j < PSI_BINS; j++) {
    const d = quantileSorted(sorted, j / PSI_BINS);
    if (deciles.length === 0 || d > deciles[deciles.length - 1]) deciles.push(d);
  }
  // Fine bin k is (edges[k-1], edges[k]]: its PSI bin is the number of deciles below its upper edge.
  const group = [...edges, Infinity].map((upper) => deciles.filter((d) => d < upper).length);
  return { edges, group };
}

/** The fine bin of x: the number of edges below it (x equal to an edge is in that edge's bin). */
export function fineBinOf(edges: readonly number[], x: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edges[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The PSI bins' labels (`≤ 12.5`, `12.5 – 20`, `> 90`) from the fine edges and groups. */
export function psiBinLabels(bins: NumericBins, format: (x: number) => string): string[] {
  const groups = bins.group[bins.group.length - 1] + 1;
  const upper: number[] = new Array(groups).fill(Infinity);
  bins.edges.forEach((e, k) => {
    const g = bins.group[k];
    if (bins.group[k + 1] !== g) upper[g] = e;
  });
  return upper.map((u, g) => (g === 0 ? `≤ ${format(u)}` : u === Infinity ? `> ${format(upper[g - 1])}` : `${format(upper[g - 1])} – ${format(u)}`));
}
