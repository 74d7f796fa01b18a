// Sorting row indices by a float64 column, fast enough for millions of rows:
// an LSD radix sort on the IEEE-754 bit pattern with an index payload.

/**
 * 16-bit digits: 4 counting passes over the 64-bit keys. (Measured on 1M scores: 31-50 ms,
 * against 41-57 ms for six 11-bit passes; the 1 MB of histograms costs well under 1 ms for small inputs.)
 */
const SHIFTS = [0, 16] as const;
const MASK = 0xffff;
const BUCKETS = 65536;

/** The result of `sortByFloat64`: keys and payload in ascending order of value. */
export interface SortedKeys {
  /** The value's bits made monotone as unsigned integers: equal values <=> equal (hi, lo). */
  hi: Uint32Array;
  lo: Uint32Array;
  payload: Int32Array;
  /** The optional float payload, sorted alike; null when none was given. */
  weights: Float64Array | null;
}

/**
 * The row indices of `values` in ascending order of value.
 *
 * Ties come out in ascending index order (the sort is stable). `-0` is treated as `0`.
 * Negative values, infinities and NaN are handled by the usual bit flip (NaN sorts after
 * +Infinity), though the metrics only sort finite scores.
 * @example
 * argsortFloat64(Float64Array.of(0.3, 0.1, 0.3, 0)) // Int32Array [3, 1, 0, 2]
 */
export function argsortFloat64(values: Float64Array): Int32Array {
  const idx = new Int32Array(values.length);
  for (let i = 0; i < idx.length; i++) idx[i] = i;
  return sortByFloat64(values, idx).payload;
}

/**
 * Sorts `payload` (one int per value, e.g. a row index or a packed row attribute), and
 * optionally a float payload `weights`, by
 * ascending `values`, stably, and returns it with the sorted keys, so a caller can walk
 * the values in order and find ties without reading the values again.
 * An LSD radix sort: 4 counting passes of 16-bit digits over the 64-bit keys, skipping
 * every pass whose digit is the same for all values (common for the exponent of probabilities).
 * Does not modify its arguments.
 */
export function sortByFloat64(values: Float64Array, payload: Int32Array, weights: Float64Array | null = null): SortedKeys {
  const n = values.length;
  if (payload.length !== n || (weights !== null && weights.length !== n)) {
    throw new Error(`sortByFloat64: ${payload.length} payloads and ${weights?.length ?? 0} weights for ${n} values`);
  }
  // Keys: the float's bits made monotone as unsigned integers (hi word, lo word).
  // Little-endian layout (every platform Node runs the action on): lo word first.
  const bits = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  const hist = new Uint32Array(4 * BUCKETS);
  for (let i = 0; i < n; i++) {
    let h = bits[2 * i + 1];
    let l = bits[2 * i];
    if (h === 0x80000000 && l === 0) h = 0; // -0 -> +0 so it ties with 0
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else {
      h = (h | 0x80000000) >>> 0;
    }
    hi[i] = h;
    lo[i] = l;
    hist[l & MASK]++;
    hist[BUCKETS + (l >>> 16)]++;
    hist[2 * BUCKETS + (h & MASK)]++;
    hist[3 * BUCKETS + (h >>> 16)]++;
  }

  let pay = Int32Array.from(payload);
  let wts = weights === null ? null : Float64Array.from(weights);
  if (n < 2) return { hi, lo, payload: pay, weights: wts };
  let pay2 = new Int32Array(n);
  let wts2 = weights === null ? null : new Float64Array(n);
  let hi2 = new Uint32Array(n);
  let lo2 = new Uint32Array(n);
  const offsets = new Uint32Array(BUCKETS);

  for (let pass = 0; pass < 4; pass++) {
    const base = pass * BUCKETS;
    // Skip a digit that every key shares: the pass would not move anything.
    let trivial = false;
    for (let b = 0; b < BUCKETS; b++) {
      const c = hist[base + b];
      if (c === n) trivial = true;
      if (c !== 0) break;
    }
    if (trivial) continue;
    let sum = 0;
    for (let b = 0; b < BUCKETS; b++) {
      offsets[b] = sum;
      sum += hist[base + b];
    }
    const shift = SHIFTS[pass % 2];
    const src = pass < 2 ? lo : hi;
    if (wts !== null && wts2 !== null) {
      for (let i = 0; i < n; i++) {
        const dst = offsets[(src[i] >>> shift) & MASK]++;
        pay2[dst] = pay[i];
        hi2[dst] = hi[i];
        lo2[dst] = lo[i];
        wts2[dst] = wts[i];
      }
      [wts, wts2] = [wts2, wts];
    } else {
      for (let i = 0; i < n; i++) {
        const dst = offsets[(src[i] >>> shift) & MASK]++;
        pay2[dst] = pay[i];
        hi2[dst] = hi[i];
        lo2[dst] = lo[i];
      }
    }
    [pay, pay2] = [pay2, pay];
    [hi, hi2] = [hi2, hi];
    [lo, lo2] = [lo2, lo];
  }
  return { hi, lo, payload: pay, weights: wts };
}
