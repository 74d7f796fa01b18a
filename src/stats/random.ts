// random.ts: the one source of randomness of the statistics (offline and
// shadow): a seeded xoshiro128** generator, seeded from a string (the run's
// seed and what is being resampled, e.g. `1|decision|region=BR` or
// `1|latency_p99_ms/overall`), so every resample is reproducible and
// independent of the order the checks are computed in. Its 2^128 - 1 period
// keeps the many streams of a run from overlapping. The draws built on it:
// binomial.ts (binomial, multinomial) and poisson.ts.

/** FNV-1a over the string's UTF-16 code units, then murmur3's finaliser. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** murmur3's 32-bit finaliser: a bijection that spreads every input bit. @example mix32(0) // 0 */
export function mix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A seeded uniform generator (xoshiro128**, Blackman & Vigna), state filled by splitmix32
 * from a 32-bit hash of `key`.
 * @example
 * const r = new Random('1|region=BR'); r.uniform() // a double in (0, 1), the same every run
 */
export class Random {
  /**
   * The generator's state, public so a hot loop can step it inline (see `next32`; the
   * Poisson bootstrap does, in quantileBootstrap.ts). Never all 0.
   */
  s0: number;
  s1: number;
  s2: number;
  s3: number;

  constructor(key: string | number) {
    let x = typeof key === 'number' ? key >>> 0 : hashString(key);
    const next = (): number => {
      x = (x + 0x9e3779b9) | 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    // As int32, the representation the steps keep them in.
    this.s0 = next() | 0;
    this.s1 = next() | 0;
    this.s2 = next() | 0;
    this.s3 = next() | 0;
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** The next 32 random bits as an unsigned integer. */
  next32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9);
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result >>> 0;
  }

  /** A uniform double in the open interval (0, 1), 53 random bits. */
  uniform(): number {
    const a = this.next32() >>> 5;
    const b = this.next32() >>> 6;
    return (a * 67108864 + b + 0.5) / 9007199254740992;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
