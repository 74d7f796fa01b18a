// confusionMatrix.ts: multiclass confusion matrices per segment, both models, in
// row counts (the report shows them; the comment names the cells behind a failed
// per-class recall). Bounded: none above MAX_CLASSES classes or MAX_SEGMENTS segments.
import type { EvalData } from '../io/index.js';
import type { Segment, Segmentation } from '../segments/index.js';
import type { JointTables } from '../summaries/index.js';

export const MAX_CLASSES = 50;
export const MAX_SEGMENTS = 1000;

export interface ConfusionMatrices {
  segment: string;
  classes: string[];
  /** `baseline[i][j]`: rows of class i decided as class j. */
  baseline: number[][];
  candidate: number[][];
}

/**
 * Per segment, each model's K x K matrix of row counts; null for other tasks or beyond the bounds.
 * @example confusionMatrices(data, seg)![0].baseline[1][0] // rows of classes[1] the baseline took for classes[0], overall
 */
export function confusionMatrices(data: EvalData, segmentation: Segmentation): ConfusionMatrices[] | null {
  const K = data.classes.length;
  const S = segmentation.segments.length;
  if (K === 0 || K > MAX_CLASSES || S > MAX_SEGMENTS) return null;
  const cells = [new Float64Array(S * K * K), new Float64Array(S * K * K)];
  const y = data.label;
  const dec = [data.baseline.decision, data.candidate.decision];
  for (const d of segmentation.dimensions) {
    const seg = d.rowSegment;
    for (let r = 0; r < data.n; r++) {
      const o = seg[r] * K * K + y[r] * K;
      cells[0][o + dec[0][r]]++;
      cells[1][o + dec[1][r]]++;
    }
  }
  const matrix = (m: 0 | 1, s: number) => Array.from({ length: K }, (_, i) => Array.from(cells[m].subarray(s * K * K + i * K, s * K * K + (i + 1) * K)));
  return segmentation.segments.map((seg, s) => ({ segment: seg.id, classes: [...data.classes], baseline: matrix(0, s), candidate: matrix(1, s) }));
}

/**
 * The cell behind a class's lost recall: the class it is now most often taken for, with
 * both models' counts (the largest increase off the diagonal in the class's row); null
 * when no off-diagonal cell grew.
 * @example worstConfusion(m, 'dog') // { taken_for: 'cat', baseline: 12, candidate: 57 }
 */
export function worstConfusion(m: ConfusionMatrices, cls: string): { takenFor: string; baseline: number; candidate: number } | null {
  const i = m.classes.indexOf(cls);
  if (i < 0) return null;
  let best = -1;
  let grew = 0;
  for (let j = 0; j < m.classes.length; j++) {
    if (j === i) continue;
    const g = m.candidate[i][j] - m.baseline[i][j];
    if (g > grew) {
      grew = g;
      best = j;
    }
  }
  return best < 0 ? null : { takenFor: m.classes[best], baseline: m.baseline[i][best], candidate: m.candidate[i][best] };
}

/**
 * The same matrices from the joint decision tables (a summaries file carries those,
 * not the rows): each model's matrix is its margin of the (label, baseline, candidate) table.
 * @example confusionFromTables(tables, classes, segments)![0].candidate[1][0]
 */
export function confusionFromTables(tables: JointTables | null, classes: readonly string[], segments: readonly Segment[]): ConfusionMatrices[] | null {
  const K = classes.length;
  const S = segments.length;
  if (tables === null || tables.K !== K || K === 0 || K > MAX_CLASSES || S > MAX_SEGMENTS) return null;
  const T = K * K * K;
  return segments.map((seg, s) => {
    const baseline = Array.from({ length: K }, () => new Array<number>(K).fill(0));
    const candidate = Array.from({ length: K }, () => new Array<number>(K).fill(0));
    for (let y = 0; y < K; y++) {
      for (let b = 0; b < K; b++) {
        for (let c = 0; c < K; c++) {
          const n = tables.counts[s * T + (y * K + b) * K + c];
          baseline[y][b] += n;
          candidate[y][c] += n;
        }
      }
    }
    return { segment: seg.id, classes: [...classes], baseline, candidate };
  });
}
