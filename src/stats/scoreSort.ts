// scoreSort.ts: the ranking walk's sort. The same LSD radix sort as
// src/metrics/radixSort.ts (16-bit digits over the float64's monotone bit
// pattern, stable, trivial passes skipped), specialised for the walk: an int and
// a float payload, and buffers reused across the two models' sorts, so a run
// allocates them once (less memory, fewer garbage collections).

const MASK = 0xffff;
const BUCKETS = 65536;

/** Sorted keys and payloads; views into the sorter's buffers, valid until its next `sort`. */
export interface SortedScores {
  hi: Uint32Array;
  lo: Uint32Array;
  ints: Int32Array;
  floats: Float64Array | null;
}

/**
 * Sorts rows by ascending score, carrying `ints` and (optionally) `floats` along.
 * Ties keep their input order. Results equal `sortByFloat64`'s.
 * @example
 * const s = new ScoreSorter(3, false);
 * s.sort(Float64Array.of(0.3, 0.1, 0.3), Int32Array.of(7, 8, 9), null).ints // [8, 7, 9]
 */
export class ScoreSorter {
  private readonly a: { hi: Uint32Array; lo: Uint32Array; ints: Int32Array; floats: Float64Array | null };
  private readonly b: { hi: Uint32Array; lo: Uint32Array; ints: Int32Array; floats: Float64Array | null };
  private readonly hist = new Uint32Array(4 * BUCKETS);
  private readonly offsets = new Uint32Array(BUCKETS);

  constructor(readonly n: number, withFloats: boolean) {
    const make = () => ({
      hi: new Uint32Array(n),
      lo: new Uint32Array(n),
      ints: new Int32Array(n),
      floats: withFloats ? new Float64Array(n) : null,
    });
    this.a = make();
    this.b = make();
  }

  sort(values: Float64Array, ints: Int32Array, floats: Float64Array | null): SortedScores {
    const n = this.n;
    if (values.length !== n || ints.length !== n || (floats !== null) !== (this.a.floats !== null) || (floats && floats.length !== n)) {
      throw new Error('ScoreSorter.sort: arrays of the wrong length or payload kind');
    }
    const hist = this.hist;
    hist.fill(0);
    let src = this.a;
    let dst = this.b;
    const bits = new Uint32Array(values.buffer, values.byteOffset, n * 2);
    const { hi, lo } = src;
    for (let i = 0; i < n; i++) {
      let h = bits[2 * i + 1];
      let l = bits[2 * i];
      if (h === 0x80000000 && l === 0) h = 0; // -0 ties with 0
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
    src.ints.set(ints);
    if (floats && src.floats) src.floats.set(floats);
    const offsets = this.offsets;
    for (let pass = 0; pass < 4 && n > 1; pass++) {
      const base = pass * BUCKETS;
      let trivial = false;
      for (let k = 0; k < BUCKETS; k++) {
        const c = hist[base + k];
        if (c === n) trivial = true;
        if (c !== 0) break;
      }
      if (trivial) continue;
      let sum = 0;
      for (let k = 0; k < BUCKETS; k++) {
        offsets[k] = sum;
        sum += hist[base + k];
      }
      const shift = pass % 2 === 0 ? 0 : 16;
      const key = pass < 2 ? src.lo : src.hi;
      const sHi = src.hi;
      const sLo = src.lo;
      const sInt = src.ints;
      const dHi = dst.hi;
      const dLo = dst.lo;
      const dInt = dst.ints;
      if (src.floats && dst.floats) {
        const sF = src.floats;
        const dF = dst.floats;
        for (let i = 0; i < n; i++) {
          const t = offsets[(key[i] >>> shift) & MASK]++;
          dHi[t] = sHi[i];
          dLo[t] = sLo[i];
          dInt[t] = sInt[i];
          dF[t] = sF[i];
        }
      } else {
        for (let i = 0; i < n; i++) {
          const t = offsets[(key[i] >>> shift) & MASK]++;
          dHi[t] = sHi[i];
          dLo[t] = sLo[i];
          dInt[t] = sInt[i];
        }
      }
      [src, dst] = [dst, src];
    }
    return { hi: src.hi, lo: src.lo, ints: src.ints, floats: src.floats };
  }
}
