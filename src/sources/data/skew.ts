// Training-serving skew: the same requests' features from the batch (training)
// pipeline and the online (serving) one, joined on request id. Per feature and
// segment (the batch side's segment columns): the requests whose values differ
// (numeric: |online - batch| > abs + rel * |batch|; text: not identical; empty
// on one side only counts as different), those empty or a sentinel online
// where the batch has a real value, the mean online - batch difference, and a
// few example request ids.
import { DataError } from '../../errors/index.js';
import type { CategoricalColumn } from '../../io/index.js';
import { buildSegmentation } from '../../segments/index.js';
import { parseNumber } from '../../io/index.js';
import type { ResolvedFeature } from './features.js';
import type { FeatureColumn, FeatureTable, SkewView } from './types.js';

export const SKEW_EXAMPLES = 5;

export interface SkewJoin {
  /** Per joined request: its batch row and online row. */
  batchRow: Int32Array;
  onlineRow: Int32Array;
  batchRows: number;
  onlineRows: number;
  onlyBatch: string[];
  onlyOnline: string[];
}

/** Joins the two sides on request id, in batch order. @throws DataError for a side without request ids or a repeated id */
export function joinRequests(batch: FeatureTable, online: FeatureTable): SkewJoin {
  for (const t of [batch, online]) if (!t.requestIds) throw new DataError(t.label, 'has no request_id column; batch and online features are joined on it');
  const at = new Map<string, number>();
  online.requestIds!.forEach((id, r) => {
    if (at.has(id)) throw new DataError(online.label, `request_id ${JSON.stringify(id)} appears twice (rows ${at.get(id)! + 1} and ${r + 1})`);
    at.set(id, r);
  });
  const b: number[] = [];
  const o: number[] = [];
  const onlyBatch: string[] = [];
  const seen = new Set<string>();
  batch.requestIds!.forEach((id, r) => {
    if (seen.has(id)) throw new DataError(batch.label, `request_id ${JSON.stringify(id)} appears twice`);
    seen.add(id);
    const k = at.get(id);
    if (k === undefined) onlyBatch.push(id);
    else {
      b.push(r);
      o.push(k);
    }
  });
  const onlyOnline = online.requestIds!.filter((id) => !seen.has(id));
  return { batchRow: Int32Array.from(b), onlineRow: Int32Array.from(o), batchRows: batch.n, onlineRows: online.n, onlyBatch, onlyOnline };
}

function picked(col: CategoricalColumn, rows: Int32Array): CategoricalColumn {
  return { name: col.name, values: col.values, codes: Int32Array.from(rows, (r) => col.codes[r]) };
}

type Value = { num: number; text: string | null };
function reader(col: FeatureColumn, numeric: boolean): (r: number) => Value {
  if (col.kind === 'numeric') return (r) => ({ num: col.values[r], text: Number.isNaN(col.values[r]) ? null : String(col.values[r]) });
  const parsed = numeric ? Float64Array.from(col.values, (v) => (v.trim() === '' ? NaN : parseNumber(v))) : null;
  return (r) => {
    const v = col.values[col.codes[r]];
    return { num: parsed ? parsed[col.codes[r]] : NaN, text: v.trim() === '' ? null : v };
  };
}

/** The skew of each feature in each segment. */
export function skewViews(batch: FeatureTable, online: FeatureTable, join: SkewJoin, features: ResolvedFeature[], cross: string[][], tol: { abs: number; rel: number }): SkewView[] {
  const n = join.batchRow.length;
  const seg = buildSegmentation(
    n,
    batch.segments.map((c) => picked(c, join.batchRow)),
    cross.filter((c) => c.every((name) => batch.segments.some((s) => s.name === name))),
  );
  const ids = batch.requestIds!;
  const out: SkewView[] = [];
  for (const f of features) {
    const numeric = f.type === 'numeric';
    const rb = reader(batch.columns.get(f.name)!, numeric);
    const ro = reader(online.columns.get(f.name)!, numeric);
    const sentinelNum = new Set(f.sentinels.map(Number));
    const sentinelText = new Set(f.sentinels.map(String));
    const S = seg.segments.length;
    const count = new Float64Array(S);
    const mism = new Float64Array(S);
    const missing = new Float64Array(S);
    const diffSum = new Float64Array(S);
    const diffN = new Float64Array(S);
    const examples: string[][] = seg.segments.map(() => []);
    for (let j = 0; j < n; j++) {
      const b = rb(join.batchRow[j]);
      const o = ro(join.onlineRow[j]);
      let differs: boolean;
      let bReal: boolean;
      let oReal: boolean;
      if (numeric) {
        const bn = Number.isNaN(b.num);
        const on = Number.isNaN(o.num);
        bReal = !bn && !sentinelNum.has(b.num);
        oReal = !on && !sentinelNum.has(o.num);
        differs = bn !== on || (!bn && Math.abs(o.num - b.num) > tol.abs + tol.rel * Math.abs(b.num));
      } else {
        bReal = b.text !== null && !sentinelText.has(b.text);
        oReal = o.text !== null && !sentinelText.has(o.text);
        differs = b.text !== o.text;
      }
      for (const d of seg.dimensions) {
        const s = d.rowSegment[j];
        count[s]++;
        if (differs) {
          mism[s]++;
          if (examples[s].length < SKEW_EXAMPLES) examples[s].push(ids[join.batchRow[j]]);
        }
        if (bReal && !oReal) missing[s]++;
        if (numeric && bReal && oReal) {
          diffSum[s] += o.num - b.num;
          diffN[s]++;
        }
      }
    }
    seg.segments.forEach((s, i) => {
      out.push({
        feature: f.name,
        segment: s.id,
        n: count[i],
        mismatches: mism[i],
        onlineMissing: missing[i],
        meanDifference: numeric && diffN[i] > 0 ? diffSum[i] / diffN[i] : null,
        examples: examples[i],
      });
    });
  }
  return out;
}
