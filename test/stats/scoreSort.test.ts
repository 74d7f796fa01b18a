import { describe, expect, it } from 'vitest';
import { sortByFloat64 } from '../../src/metrics/radixSort.js';
import { ScoreSorter } from '../../src/stats/scoreSort.js';
import { rng } from '../metrics/fixtures.js';

describe('ScoreSorter', () => {
  it('sorts exactly as sortByFloat64 (ties stable, -0 = 0, negatives), reusing its buffers', () => {
    const rand = rng(1);
    const n = 5000;
    const sorter = new ScoreSorter(n, true);
    for (let round = 0; round < 3; round++) {
      const values = Float64Array.from({ length: n }, (_, i) =>
        i % 97 === 0 ? -0 : i % 89 === 0 ? 0 : round === 2 ? -rand() * 3 : Math.round(rand() * 400) / 400,
      );
      const ints = Int32Array.from({ length: n }, (_, i) => i * 3 + round);
      const floats = Float64Array.from({ length: n }, (_, i) => i / 7);
      const expected = sortByFloat64(values, ints, floats);
      const got = sorter.sort(values, ints, floats);
      expect(Array.from(got.ints)).toEqual(Array.from(expected.payload));
      expect(Array.from(got.floats!)).toEqual(Array.from(expected.weights!));
      expect(Array.from(got.hi)).toEqual(Array.from(expected.hi));
      expect(Array.from(got.lo)).toEqual(Array.from(expected.lo));
    }
  });

  it('works without a float payload and on tiny inputs', () => {
    const s = new ScoreSorter(3, false);
    expect(Array.from(s.sort(Float64Array.of(0.3, 0.1, 0.3), Int32Array.of(7, 8, 9), null).ints)).toEqual([8, 7, 9]);
    expect(Array.from(new ScoreSorter(1, false).sort(Float64Array.of(0.5), Int32Array.of(4), null).ints)).toEqual([4]);
    expect(() => s.sort(Float64Array.of(1), Int32Array.of(1), null)).toThrow();
  });
});
