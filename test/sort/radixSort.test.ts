// The radix sort against Array.prototype.sort, on random data with ties, 0, 1, -0 and more.
import { describe, expect, it } from 'vitest';
import { argsortFloat64, sortWithRuns } from '../../src/sort/radixSort.js';
import { Random } from '../../src/stats/random.js';
import { rng } from '../metrics/fixtures.js';

/** The reference: indices sorted by value, ties by index (a stable sort), with a comparator. */
function referenceOrder(values: Float64Array): number[] {
  const norm = (x: number) => (Object.is(x, -0) ? 0 : x);
  return Array.from(values, (_, i) => i).sort((a, b) => norm(values[a]) - norm(values[b]) || a - b);
}

function dataset(kind: string, n: number, seed: number): Float64Array {
  const rand = rng(seed);
  const v = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const u = rand();
    switch (kind) {
      case 'probabilities with 0 and 1':
        v[i] = u < 0.05 ? 0 : u < 0.1 ? 1 : rand();
        break;
      case 'two decimals (many ties)':
        v[i] = Math.round(rand() * 100) / 100;
        break;
      case 'few distinct values':
        v[i] = [0, 1, 0.5, 0.25][Math.floor(rand() * 4)];
        break;
      case 'signed, -0, tiny and huge':
        v[i] = [-0, 0, -1e-300, 1e-300, -5e300, 5e300, -1.5, 2.5, (rand() - 0.5) * 1e6][Math.floor(rand() * 9)];
        break;
      default:
        throw new Error(kind);
    }
  }
  return v;
}

describe('argsortFloat64', () => {
  const kinds = ['probabilities with 0 and 1', 'two decimals (many ties)', 'few distinct values', 'signed, -0, tiny and huge'];
  for (const kind of kinds) {
    for (const n of [0, 1, 2, 7, 1000, 150_000]) {
      it(`orders ${n} values (${kind}) as a stable Array.prototype.sort does`, () => {
        const v = dataset(kind, n, n + kind.length);
        expect(Array.from(argsortFloat64(v))).toEqual(referenceOrder(v));
      });
    }
  }

  it('works on a Float64Array view with a byte offset', () => {
    const buf = new Float64Array([9, 0.5, 0.25, 0.75, 0.25]);
    const view = buf.subarray(1);
    expect(Array.from(argsortFloat64(view))).toEqual([1, 3, 0, 2]);
  });

  it('does not modify its input', () => {
    const v = Float64Array.of(0.3, 0.1, 0.2);
    argsortFloat64(v);
    expect(Array.from(v)).toEqual([0.3, 0.1, 0.2]);
  });
});

describe('sortWithRuns', () => {
  it('marks exactly the neighbours with equal values', () => {
    const v = dataset('two decimals (many ties)', 20_000, 5);
    const { order, tied } = sortWithRuns(v);
    const ref = referenceOrder(v);
    expect(Array.from(order)).toEqual(ref);
    expect(tied[0]).toBe(0);
    for (let k = 1; k < ref.length; k++) expect(tied[k] === 1).toBe(v[ref[k]] === v[ref[k - 1]]);
  });

  it('ties -0 with 0', () => {
    expect(Array.from(sortWithRuns(Float64Array.of(0, -0)).tied)).toEqual([0, 1]);
  });

  it('handles no value and one value', () => {
    expect(sortWithRuns(new Float64Array(0))).toEqual({ order: new Int32Array(0), tied: new Uint8Array(0) });
    expect(sortWithRuns(Float64Array.of(0.5))).toEqual({ order: Int32Array.of(0), tied: Uint8Array.of(0) });
  });
});

describe('argsortFloat64 with NaN and an output array', () => {
  it('sorts like a stable comparison sort, negatives, -0, ties and NaN included', () => {
    const rng = new Random(3);
    for (const n of [0, 1, 2, 17, 5000]) {
      const v = Float64Array.from({ length: n }, (_, i) => (i % 7 === 0 ? Math.round(rng.uniform() * 5) : (rng.uniform() - 0.3) * 10 ** Math.floor(rng.uniform() * 6)));
      if (n > 10) {
        v[3] = -0;
        v[4] = 0;
        v[5] = NaN;
      }
      const expected = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
        const x = v[a] === v[a] ? v[a] : Infinity;
        const y = v[b] === v[b] ? v[b] : Infinity;
        return x - y || (v[a] !== v[a] ? 1 : 0) - (v[b] !== v[b] ? 1 : 0) || a - b;
      });
      expect([...argsortFloat64(v)]).toEqual(expected);
      const into = new Int32Array(n);
      expect(argsortFloat64(v, into)).toBe(into);
      expect([...into]).toEqual(expected);
    }
  });

  it('rejects an output of the wrong length', () => {
    expect(() => argsortFloat64(Float64Array.of(1, 2), new Int32Array(1))).toThrow(/an output of 1 for 2 values/);
  });
});
