// An argsort of float64 values that allocates little: an LSD radix sort of row
// indices on the value's IEEE-754 bits (16-bit digits, passes whose digit is
// the same for every value skipped), reading each key through the index
// instead of carrying key copies. Two index arrays of memory instead of six
// arrays (see src/metrics/radixSort.ts, which returns the keys as well).

const BUCKETS = 65536;

/** The 4 digits of a value's monotone key (low 16 bits of the low word first). */
function digitsOf(bits: Uint32Array, i: number, d: number): number {
  let h = bits[2 * i + 1];
  let l = bits[2 * i];
  if (h === 0x80000000 && l === 0) h = 0; // -0 ties with 0
  if (h & 0x80000000) {
    h = ~h >>> 0;
    l = ~l >>> 0;
  } else h = (h | 0x80000000) >>> 0;
  switch (d) {
    case 0:
      return l & 0xffff;
    case 1:
      return l >>> 16;
    case 2:
      return h & 0xffff;
    default:
      return h >>> 16;
  }
}

/**
 * The indices of `values` in ascending order of value, ties in index order (stable).
 * NaN sorts last. Writes into `into` when given (length n), else a new array.
 * @example argsortLean(Float64Array.of(0.3, 0.1, 0.3, 0)) // Int32Array [3, 1, 0, 2]
 */
export function argsortLean(values: Float64Array, into?: Int32Array): Int32Array {
  const n = values.length;
  const bits = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  let idx: Int32Array = into ?? new Int32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  if (n < 2) return idx;
  const hist = new Uint32Array(4 * BUCKETS);
  for (let i = 0; i < n; i++) for (let d = 0; d < 4; d++) hist[d * BUCKETS + digitsOf(bits, i, d)]++;
  let other: Int32Array = new Int32Array(n);
  let swapped = false;
  const offsets = new Uint32Array(BUCKETS);
  for (let d = 0; d < 4; d++) {
    const base = d * BUCKETS;
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
    for (let k = 0; k < n; k++) {
      const i = idx[k];
      other[offsets[digitsOf(bits, i, d)]++] = i;
    }
    [idx, other] = [other, idx];
    swapped = !swapped;
  }
  if (swapped && into) {
    into.set(idx);
    return into;
  }
  return idx;
}
