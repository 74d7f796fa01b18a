// Seeded generated feature tables for the data-check tests.
import { Random } from '../../../src/stats/random.js';
import { normalQuantile } from '../../../src/stats/distributions.js';
import type { FeatureColumn, FeatureTable } from '../../../src/sources/data/types.js';

export const normal = (rng: Random): number => normalQuantile(rng.uniform());

export interface ColumnGen {
  name: string;
  /** A value for row r in region `region` (NaN / null for empty). */
  numeric?: (rng: Random, region: string, r: number) => number;
  text?: (rng: Random, region: string, r: number) => string | null;
}

/** n rows; region cycles BR, MX, US (balanced); request ids `req-<r>`. */
export function makeTable(n: number, seed: string, cols: ColumnGen[], regions = ['BR', 'MX', 'US']): FeatureTable {
  const rng = new Random(seed);
  const codes = Int32Array.from({ length: n }, (_, r) => r % regions.length);
  const columns = new Map<string, FeatureColumn>();
  for (const c of cols) {
    if (c.numeric) {
      const v = new Float64Array(n);
      for (let r = 0; r < n; r++) v[r] = c.numeric(rng, regions[codes[r]], r);
      columns.set(c.name, { kind: 'numeric', values: v });
    } else {
      const dict = new Map<string, number>([['', 0]]);
      const values = [''];
      const cc = new Int32Array(n);
      for (let r = 0; r < n; r++) {
        const t = c.text!(rng, regions[codes[r]], r) ?? '';
        let k = dict.get(t);
        if (k === undefined) {
          k = values.length;
          dict.set(t, k);
          values.push(t);
        }
        cc[r] = k;
      }
      columns.set(c.name, { kind: 'text', codes: cc, values });
    }
  }
  return { n, label: seed, columns, segments: [{ name: 'region', codes, values: regions }], requestIds: Array.from({ length: n }, (_, r) => `req-${r}`) };
}

export const CATS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
export const pick = (rng: Random): string => CATS[Math.floor(rng.uniform() * CATS.length)];
