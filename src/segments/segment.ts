// Cuts the joined rows into segments: overall, each value of each segment
// column, and each observed combination of the crossed columns.
import type { Dimension, Segment, SegmentColumn, Segmentation } from './types.js';

/** The segment id for a list of (column, value) pairs. */
export function segmentId(keys: Array<[string, string]>): string {
  if (keys.length === 0) return 'overall';
  return keys.map(([c, v]) => `${c}=${v}`).join('&');
}

/**
 * Builds the segmentation of `n` rows.
 * @param columns the dictionary-encoded segment columns
 * @param cross lists of column names to cross; each must name columns in `columns`
 * @example
 * buildSegmentation(3, [{ name: 'region', codes: Int32Array.of(0, 1, 0), values: ['BR', 'US'] }], [])
 * // segments: overall, region=BR, region=US
 */
export function buildSegmentation(n: number, columns: readonly SegmentColumn[], cross: string[][]): Segmentation {
  const segments: Segment[] = [{ id: 'overall', keys: [] }];
  const dimensions: Dimension[] = [{ name: 'overall', rowSegment: new Int32Array(n) }];
  const byName = new Map(columns.map((c) => [c.name, c]));

  for (const col of columns) {
    const first = segments.length;
    // Segments in the order of their values, sorted, so reports are stable whatever the row order.
    const order = col.values.map((_, code) => code).sort((a, b) => compareText(col.values[a], col.values[b]));
    const codeToSegment = new Int32Array(col.values.length);
    order.forEach((code, i) => {
      codeToSegment[code] = first + i;
      segments.push({ id: segmentId([[col.name, col.values[code]]]), keys: [[col.name, col.values[code]]] });
    });
    const rowSegment = new Int32Array(n);
    const codes = col.codes;
    for (let r = 0; r < n; r++) rowSegment[r] = codeToSegment[codes[r]];
    dimensions.push({ name: col.name, rowSegment });
  }

  for (const names of cross) {
    const cols = names.map((name) => {
      const c = byName.get(name);
      if (!c) throw new Error(`cross names unknown segment column ${name}`);
      return c;
    });
    // Combine codes into one number per row (mixed radix), then number the combinations that occur.
    const radix: number[] = [];
    let mult = 1;
    for (const c of cols) {
      radix.push(mult);
      mult *= Math.max(1, c.values.length);
    }
    if (mult > Number.MAX_SAFE_INTEGER) throw new Error(`cross ${names.join('&')} has too many combinations`);
    const rowKey = new Float64Array(n);
    const combos = new Map<number, number[]>();
    for (let r = 0; r < n; r++) {
      let key = 0;
      for (let k = 0; k < cols.length; k++) key += cols[k].codes[r] * radix[k];
      rowKey[r] = key;
      if (!combos.has(key))
        combos.set(
          key,
          cols.map((c) => c.codes[r]),
        );
    }
    const sorted = [...combos.entries()].sort((a, b) => {
      for (let k = 0; k < cols.length; k++) {
        const d = compareText(cols[k].values[a[1][k]], cols[k].values[b[1][k]]);
        if (d !== 0) return d;
      }
      return 0;
    });
    const keyToSegment = new Map<number, number>();
    for (const [key, codes] of sorted) {
      const keys = cols.map((c, k) => [c.name, c.values[codes[k]]] as [string, string]);
      keyToSegment.set(key, segments.length);
      segments.push({ id: segmentId(keys), keys });
    }
    const rowSegment = new Int32Array(n);
    for (let r = 0; r < n; r++) rowSegment[r] = keyToSegment.get(rowKey[r])!;
    dimensions.push({ name: names.join('&'), rowSegment });
  }
  return { segments, dimensions };
}

/** Locale-independent ordering, so the same data gives the same report on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
