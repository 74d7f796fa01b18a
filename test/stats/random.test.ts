// The one generator of the statistics (offline bootstraps and the shadow's Poisson bootstrap).
import { describe, expect, it } from 'vitest';
import { Random } from '../../src/stats/random.js';

describe('Random', () => {
  it('is xoshiro128** seeded by splitmix32 from the key', () => {
    // An independent Python transcription of the reference C (Blackman & Vigna) and of the
    // seeding (splitmix32 from key 42; FNV-1a + murmur3 finaliser of a string key):
    //   [next32() for _ in range(6)] for key 42; [uniform() for _ in range(3)] for the string key.
    const r = new Random(42);
    expect(Array.from({ length: 6 }, () => r.next32())).toEqual([2837322924, 544945897, 479756282, 3500138142, 339756180, 113173290]);
    const s = new Random('1|latency_p99_ms/overall');
    expect(Array.from({ length: 3 }, () => s.uniform())).toEqual([0.3571094353374416, 0.33579744246585935, 0.8089646006527604]);
  });

  it('streams differ by key and repeat by key', () => {
    expect(new Random('1|x').uniform()).toBe(new Random('1|x').uniform());
    expect(new Random('1|x').uniform()).not.toBe(new Random('1|y').uniform());
    expect(new Random('1|x').uniform()).not.toBe(new Random('2|x').uniform());
  });

  it('gives uniforms in (0, 1) with mean 1/2 and variance 1/12', () => {
    const r = new Random('u');
    let s = 0;
    let s2 = 0;
    const N = 100_000;
    let bad = 0;
    for (let i = 0; i < N; i++) {
      const u = r.uniform();
      if (!(u > 0 && u < 1)) bad++;
      s += u;
      s2 += u * u;
    }
    expect(bad).toBe(0);
    expect(Math.abs(s / N - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(s2 / N - (s / N) ** 2 - 1 / 12)).toBeLessThan(0.002);
  });
});
