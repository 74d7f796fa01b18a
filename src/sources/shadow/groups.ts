// Grouping items by segment, one dimension at a time, keeping a given order
// within each group: a counting sort, O(n), no per-item objects. Lets one
// global sort (e.g. of latencies) serve every segment's exact quantiles.

/** Items grouped by segment: group s is `items[start[s] .. start[s] + count[s] - 1]`. */
export interface Groups {
  items: Int32Array;
  /** Per segment (length S + 1). Segments of other dimensions have count 0. */
  start: Int32Array;
  count: Int32Array;
}

/**
 * Groups `order` (item indices; null for 0, 1, 2, ...) by `segmentOf[item]`, stably.
 * @param segments S, the number of segments (all segment indices are below it)
 * @param into where to put the items (length n), to reuse memory; default a new array
 * @example
 * groupBySegment(Int32Array.of(2, 0, 1), Int32Array.of(1, 0, 1), 2)
 * // items [1, 2, 0], start [0, 1, 3], count [1, 2]
 */
export function groupBySegment(order: Int32Array | null, segmentOf: Int32Array, segments: number, into?: Int32Array): Groups {
  const n = segmentOf.length;
  const count = new Int32Array(segments);
  for (let i = 0; i < n; i++) count[segmentOf[i]]++;
  const start = new Int32Array(segments + 1);
  for (let s = 0; s < segments; s++) start[s + 1] = start[s] + count[s];
  const next = start.slice(0, segments);
  const items = into ?? new Int32Array(n);
  if (order === null) for (let i = 0; i < n; i++) items[next[segmentOf[i]]++] = i;
  else {
    for (let k = 0; k < n; k++) {
      const i = order[k];
      items[next[segmentOf[i]]++] = i;
    }
  }
  return { items, start, count };
}

/** Item k's segment in one dimension, for a subset of the rows (`rows[k]` is item k's row); the array itself when the subset is every row. */
export function segmentsOf(rowSegment: Int32Array, rows: Int32Array | null): Int32Array {
  if (rows === null) return rowSegment;
  const out = new Int32Array(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = rowSegment[rows[k]];
  return out;
}
