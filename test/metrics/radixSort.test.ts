// The radix sort against Array.prototype.sort, on random data with ties, 0, 1, -0 and more.
import { describe, expect, it } from 'vitest';
import { argsortFloat64, sortByFloat64 } from '../../src/metrics/radixSort.js';
import { rng } from './fixtures.js';

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

describe('sortByFloat64', () => {
  it('carries the int and float payloads, and equal keys mark exactly the equal values', () => {
    const v = dataset('two decimals (many ties)', 20_000, 5);
    const payload = Int32Array.from(v, (_, i) => i * 3 + 1);
    const weights = Float64Array.from(v, (_, i) => i / 7);
    const { hi, lo, payload: p, weights: w } = sortByFloat64(v, payload, weights);
    const ref = referenceOrder(v);
    expect(Array.from(p)).toEqual(ref.map((i) => i * 3 + 1));
    expect(Array.from(w!)).toEqual(ref.map((i) => i / 7));
    for (let k = 1; k < ref.length; k++) {
      const sameKey = hi[k] === hi[k - 1] && lo[k] === lo[k - 1];
      expect(sameKey).toBe(v[ref[k]] === v[ref[k - 1]]);
    }
  });

  it('gives -0 and 0 the same key', () => {
    const { hi, lo } = sortByFloat64(Float64Array.of(0, -0), Int32Array.of(0, 1));
    expect([hi[0], lo[0]]).toEqual([hi[1], lo[1]]);
  });

  it('rejects a payload of the wrong length', () => {
    expect(() => sortByFloat64(Float64Array.of(1, 2), Int32Array.of(1))).toThrow(/1 payloads .* for 2 values/);
  });
});
