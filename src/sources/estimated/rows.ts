// Which shadow requests the estimates read. Target: the requests the online
// checks cannot measure (no label, or younger than `shadow.labels.maturity`)
// where both models succeeded and scored. Reference: the requests they do
// measure (labelled and old enough), for checking the estimate against labels.
import type { ShadowData } from '../../io/index.js';
import { buildSegmentation, type Segmentation } from '../../segments/index.js';
import type { RowSegments } from './cbpe.js';
import type { EstimateRows } from './estimate.js';

export interface Selected {
  target: Int32Array;
  reference: Int32Array;
}

/** Splits the usable requests into the target and reference sets. */
export function selectRows(data: ShadowData, mature: Uint8Array | null): Selected {
  const sB = data.baseline.score;
  const sC = data.candidate.score;
  const dB = data.baseline.decision;
  const dC = data.candidate.decision;
  const eB = data.baseline.error;
  const eC = data.candidate.error;
  const label = data.label;
  const target: number[] = [];
  const reference: number[] = [];
  if (!sB || !sC || !dB || !dC) return { target: new Int32Array(0), reference: new Int32Array(0) };
  for (let k = 0; k < data.n; k++) {
    if (sB[k] !== sB[k] || sC[k] !== sC[k] || dB[k] !== dB[k] || dC[k] !== dC[k]) continue;
    if ((eB && eB[k]) || (eC && eC[k])) continue;
    const labelled = label !== null && label[k] === label[k];
    if (labelled && (mature === null || mature[k])) reference.push(k);
    else target.push(k);
  }
  return { target: Int32Array.from(target), reference: Int32Array.from(reference) };
}

const pick = (a: Float64Array, rows: Int32Array): Float64Array => Float64Array.from(rows, (k) => a[k]);

/** The segmentation of a subset of requests: segment values re-coded to those that occur in it. */
export function subsetSegmentation(data: ShadowData, rows: Int32Array, cross: string[][]): Segmentation {
  const columns = data.segments.map((col) => {
    const remap = new Int32Array(col.values.length).fill(-1);
    const values: string[] = [];
    const codes = new Int32Array(rows.length);
    rows.forEach((k, j) => {
      const old = col.codes[k];
      if (remap[old] === -1) {
        remap[old] = values.length;
        values.push(col.values[old]);
      }
      codes[j] = remap[old];
    });
    return { name: col.name, codes, values };
  });
  return buildSegmentation(rows.length, columns, cross);
}

/** Both models' scores and decisions on `rows`, cut by `seg` (null: overall only). */
export function estimateRows(data: ShadowData, rows: Int32Array, seg: Segmentation | null): EstimateRows {
  const segments: RowSegments = seg ? { S: seg.segments.length, dims: seg.dimensions.map((d) => d.rowSegment) } : { S: 1, dims: [new Int32Array(rows.length)] };
  const model = (m: 'baseline' | 'candidate') => ({ score: pick(data[m].score!, rows), decision: pick(data[m].decision!, rows) });
  return { seg: segments, baseline: model('baseline'), candidate: model('candidate') };
}

/** The true labels of `rows`. */
export const labelsOf = (data: ShadowData, rows: Int32Array): Float64Array => pick(data.label!, rows);
