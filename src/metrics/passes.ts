// The passes over the rows that accumulate, for every segment of every dimension at once,
// the sums each metric is finished from. One pass per task, one per `mean[X]` column, and
// for auc/pr_auc one walk per model over the rows in score order (rowCache.ts). Each row adds into its
// cell (src/metrics/cells.ts) and the cells are folded into segments at the end. Typed
// arrays, no allocation per row. The metric files hold the definitions; this file only sums.
// The passes keep a flat layout while summing (the hot loops); the named summaries
// (src/summaries/types.ts) are unpacked from it per segment at the end.
// These passes live in the metrics layer because they apply the metrics' own
// per-example terms (log-loss, brier, ECE bins, ROC and AP steps).
import type { EvalData } from '../io/index.js';
import { foldCells, type Cells } from '../summaries/index.js';
import type { ScoreOrder } from '../summaries/index.js';
import { apStep } from './averagePrecision.js';
import { rocTrapezoid } from './auc.js';
import { brierTerm } from './brier.js';
import { ECE_BINS, eceBin } from './ece.js';
import { logLossTerm } from './logLoss.js';
import { apeTerm } from './mape.js';

/**
 * Layout of the binary sums: `STRIDE` numbers per segment, at `segment * STRIDE`.
 * Per model (baseline at `MODEL[0]`, candidate at `MODEL[1]`): the weighted confusion
 * cells `CM + 2*label + decision` (tn, fp, fn, tp), the weighted log-loss and brier sums,
 * and per ECE bin the sum of w*(label - score).
 */
export const BIN = {
  COUNT: 0,
  WEIGHT: 1,
  /** Rows with label 1 (unweighted). */
  POSITIVES: 2,
  MODEL: [3, 3 + 4 + 2 + ECE_BINS] as const,
  CM: 0,
  TN: 0,
  FP: 1,
  FN: 2,
  TP: 3,
  LOG_LOSS: 4,
  BRIER: 5,
  ECE: 6,
  STRIDE: 3 + 2 * (4 + 2 + ECE_BINS),
} as const;

function badValue(what: string, row: number, value: number, valid: string): Error {
  // The readers validate labels and decisions; reaching this is a bug upstream, not a user error.
  return new Error(`measureOffline: ${what} of row ${row} is ${value}; expected ${valid}`);
}

/**
 * Binary task: counts, weights, positives and, per model, the confusion matrix, log-loss,
 * brier and ECE-bin sums of every segment (laid out as `BIN`). `scores: false` leaves the
 * scores unread (only decision metrics configured); `logLoss: false` skips the logarithms.
 */
export function binaryPass(data: EvalData, cells: Cells, segments: number, opts: { scores: boolean; logLoss: boolean }): Float64Array {
  const { STRIDE, MODEL, LOG_LOSS, BRIER, ECE } = BIN;
  const acc = new Float64Array(cells.count * STRIDE);
  const { label, weight, n } = data;
  const cellOf = cells.ofRow;
  const sB = data.baseline.score;
  const sC = data.candidate.score;
  const dB = data.baseline.decision;
  const dC = data.candidate.decision;
  const mB = MODEL[0];
  const mC = MODEL[1];
  for (let r = 0; r < n; r++) {
    const w = weight === null ? 1 : weight[r];
    const y = label[r];
    const db = dB[r];
    const dc = dC[r];
    if (y !== 0 && y !== 1) throw badValue('label', r, y, '0 or 1');
    if (db !== 0 && db !== 1) throw badValue('baseline decision', r, db, '0 or 1');
    if (dc !== 0 && dc !== 1) throw badValue('candidate decision', r, dc, '0 or 1');
    const o = cellOf[r] * STRIDE;
    acc[o] += 1;
    acc[o + 1] += w;
    acc[o + 2] += y;
    acc[o + mB + 2 * y + db] += w;
    acc[o + mC + 2 * y + dc] += w;
    if (!opts.scores) continue;
    const pb = sB[r];
    const pc = sC[r];
    if (!(pb >= 0 && pb <= 1)) throw badValue('baseline score', r, pb, 'a probability in [0, 1]');
    if (!(pc >= 0 && pc <= 1)) throw badValue('candidate score', r, pc, 'a probability in [0, 1]');
    if (opts.logLoss) {
      acc[o + mB + LOG_LOSS] += w * logLossTerm(y, pb);
      acc[o + mC + LOG_LOSS] += w * logLossTerm(y, pc);
    }
    acc[o + mB + BRIER] += w * brierTerm(y, pb);
    acc[o + mC + BRIER] += w * brierTerm(y, pc);
    acc[o + mB + ECE + eceBin(pb)] += w * (y - pb);
    acc[o + mC + ECE + eceBin(pc)] += w * (y - pc);
  }
  return foldCells(acc, STRIDE, cells, segments);
}

/** Layout of the ranking sums: per segment, the ROC trapezoid sum, the AP step sum, and the weighted positives and negatives. */
export const RANK = { AREA: 0, AP: 1, POSITIVE: 2, NEGATIVE: 3, STRIDE: 4 } as const;

/**
 * One model's auc / pr_auc sums for every segment. Walks its rows from the highest score
 * down (`sorted`, from rowCache.ts) in groups of equal score. A segment's group of tied
 * scores is the global group restricted to the segment (as if the segment were scored
 * alone), so each row adds its weight to its cell, and at the end of a global group the
 * touched cells are folded into their segments, which each close one ROC trapezoid and one
 * AP step.
 */
export function rankingPass(sorted: ScoreOrder, cells: Cells, segments: number): Float64Array {
  const { tied, cellLabel, weight } = sorted;
  const n = tied.length;
  const C = cells.count;
  const D = cells.dims;
  const segmentOf = cells.segmentOf;

  // The current group's weight per cell, and which cells it touched.
  const cellPos = new Float64Array(C);
  const cellNeg = new Float64Array(C);
  const cellTouched = new Uint8Array(C);
  const touchedCells = new Int32Array(C);
  let nTouched = 0;
  // Per segment: the group's weight, the running totals at the last group, the sums.
  const segPos = new Float64Array(segments);
  const segNeg = new Float64Array(segments);
  const segTouched = new Uint8Array(segments);
  const touchedSegs = new Int32Array(segments);
  const tp = new Float64Array(segments);
  const fp = new Float64Array(segments);
  const out = new Float64Array(segments * RANK.STRIDE);

  const closeGroup = (): void => {
    let nSegs = 0;
    for (let t = 0; t < nTouched; t++) {
      const c = touchedCells[t];
      const p = cellPos[c];
      const q = cellNeg[c];
      cellPos[c] = 0;
      cellNeg[c] = 0;
      cellTouched[c] = 0;
      for (let d = 0; d < D; d++) {
        const s = segmentOf[c * D + d];
        if (segTouched[s] === 0) {
          segTouched[s] = 1;
          touchedSegs[nSegs++] = s;
        }
        segPos[s] += p;
        segNeg[s] += q;
      }
    }
    nTouched = 0;
    for (let t = 0; t < nSegs; t++) {
      const s = touchedSegs[t];
      const tp0 = tp[s];
      const fp0 = fp[s];
      const tp1 = tp0 + segPos[s];
      const fp1 = fp0 + segNeg[s];
      out[s * RANK.STRIDE + RANK.AREA] += rocTrapezoid(tp0, fp0, tp1, fp1);
      out[s * RANK.STRIDE + RANK.AP] += apStep(tp0, tp1, fp1);
      tp[s] = tp1;
      fp[s] = fp1;
      segPos[s] = 0;
      segNeg[s] = 0;
      segTouched[s] = 0;
    }
  };

  for (let i = n - 1; i >= 0; i--) {
    const p = cellLabel[i];
    const w = weight === null ? 1 : weight[i];
    const c = p >> 1;
    if (cellTouched[c] === 0) {
      cellTouched[c] = 1;
      touchedCells[nTouched++] = c;
    }
    if ((p & 1) === 1) cellPos[c] += w;
    else cellNeg[c] += w;
    // The group goes on down to the first row of the run of ties.
    if (tied[i] === 0) closeGroup();
  }
  for (let s = 0; s < segments; s++) {
    out[s * RANK.STRIDE + RANK.POSITIVE] = tp[s];
    out[s * RANK.STRIDE + RANK.NEGATIVE] = fp[s];
  }
  return out;
}

/** Multiclass sums, folded to segments. Per-class arrays are `segments x classes`, at `segment * classes + class`. */
export interface MulticlassSums {
  count: Float64Array;
  weight: Float64Array;
  /** Weight and rows labelled as each class. */
  trueWeight: Float64Array;
  trueCount: Float64Array;
  /** Per model (0 baseline, 1 candidate). */
  models: Array<{
    /** Weight decided correctly, per segment. */
    correct: Float64Array;
    /** Weight decided correctly, per class. */
    tp: Float64Array;
    /** Weight and rows decided as each class. */
    predWeight: Float64Array;
    predCount: Float64Array;
  }>;
}

/** Multiclass task: accuracy and per-class tp / true / decided sums of every segment. */
export function multiclassPass(data: EvalData, cells: Cells, segments: number): MulticlassSums {
  const K = data.classes.length;
  const C = cells.count;
  // Per cell: [count, weight, correct B, correct C] and per class
  // [trueWeight, trueCount, tp B, predWeight B, predCount B, tp C, predWeight C, predCount C].
  const W1 = 4;
  const WK = 8 * K;
  const one = new Float64Array(C * W1);
  const per = new Float64Array(C * WK);
  const { label, weight, n } = data;
  const cellOf = cells.ofRow;
  const dB = data.baseline.decision;
  const dC = data.candidate.decision;
  const valid = `a class code in [0, ${K})`;
  for (let r = 0; r < n; r++) {
    const w = weight === null ? 1 : weight[r];
    const y = label[r];
    const pb = dB[r];
    const pc = dC[r];
    if (!(Number.isInteger(y) && y >= 0 && y < K)) throw badValue('label', r, y, valid);
    if (!(Number.isInteger(pb) && pb >= 0 && pb < K)) throw badValue('baseline decision', r, pb, valid);
    if (!(Number.isInteger(pc) && pc >= 0 && pc < K)) throw badValue('candidate decision', r, pc, valid);
    const c = cellOf[r];
    const okB = pb === y ? w : 0;
    const okC = pc === y ? w : 0;
    const o = c * W1;
    one[o] += 1;
    one[o + 1] += w;
    one[o + 2] += okB;
    one[o + 3] += okC;
    const k = c * WK;
    per[k + 8 * y] += w;
    per[k + 8 * y + 1] += 1;
    per[k + 8 * y + 2] += okB;
    per[k + 8 * pb + 3] += w;
    per[k + 8 * pb + 4] += 1;
    per[k + 8 * y + 5] += okC;
    per[k + 8 * pc + 6] += w;
    per[k + 8 * pc + 7] += 1;
  }
  const seg1 = foldCells(one, W1, cells, segments);
  const segK = foldCells(per, WK, cells, segments);
  const column1 = (j: number) => {
    const a = new Float64Array(segments);
    for (let s = 0; s < segments; s++) a[s] = seg1[s * W1 + j];
    return a;
  };
  const columnK = (j: number) => {
    const a = new Float64Array(segments * K);
    for (let i = 0; i < segments * K; i++) a[i] = segK[i * 8 + j];
    return a;
  };
  return {
    count: column1(0),
    weight: column1(1),
    trueWeight: columnK(0),
    trueCount: columnK(1),
    models: [
      { correct: column1(2), tp: columnK(2), predWeight: columnK(3), predCount: columnK(4) },
      { correct: column1(3), tp: columnK(5), predWeight: columnK(6), predCount: columnK(7) },
    ],
  };
}

/** Layout of the regression sums; per model at `MODEL[m]`: weighted |error|, error^2, |error|/max(|label|, eps), prediction - label. */
export const REG = {
  COUNT: 0,
  WEIGHT: 1,
  MODEL: [2, 6] as const,
  ABS: 0,
  SQ: 1,
  APE: 2,
  SIGNED: 3,
  STRIDE: 10,
} as const;

/** Regression task: counts, weights and per model the error sums of every segment (laid out as `REG`). */
export function regressionPass(data: EvalData, cells: Cells, segments: number): Float64Array {
  const { STRIDE } = REG;
  const acc = new Float64Array(cells.count * STRIDE);
  const { label, weight, n } = data;
  const cellOf = cells.ofRow;
  const pB = data.baseline.score;
  const pC = data.candidate.score;
  for (let r = 0; r < n; r++) {
    const w = weight === null ? 1 : weight[r];
    const y = label[r];
    const eb = pB[r] - y;
    const ec = pC[r] - y;
    const o = cellOf[r] * STRIDE;
    acc[o] += 1;
    acc[o + 1] += w;
    acc[o + 2] += w * Math.abs(eb);
    acc[o + 3] += w * eb * eb;
    acc[o + 4] += w * apeTerm(y, pB[r]);
    acc[o + 5] += w * eb;
    acc[o + 6] += w * Math.abs(ec);
    acc[o + 7] += w * ec * ec;
    acc[o + 8] += w * apeTerm(y, pC[r]);
    acc[o + 9] += w * ec;
  }
  return foldCells(acc, STRIDE, cells, segments);
}

/** Layout of a `mean[X]` pass: per segment, per model (0, 1) the weighted sum of X and the weight of rows where X is present. */
export const MEAN = { SUM: [0, 2] as const, WEIGHT: [1, 3] as const, STRIDE: 4 } as const;

/** Weighted sums of one numeric column per model (laid out as `MEAN`); rows where the value is NaN (missing) are left out. */
export function meanPass(values: { baseline: Float64Array; candidate: Float64Array }, weight: Float64Array | null, cells: Cells, segments: number): Float64Array {
  const acc = new Float64Array(cells.count * MEAN.STRIDE);
  const xB = values.baseline;
  const xC = values.candidate;
  const cellOf = cells.ofRow;
  const n = xB.length;
  for (let r = 0; r < n; r++) {
    const w = weight === null ? 1 : weight[r];
    const b = xB[r];
    const c = xC[r];
    const o = cellOf[r] * 4;
    if (b === b) {
      // not NaN
      acc[o] += w * b;
      acc[o + 1] += w;
    }
    if (c === c) {
      acc[o + 2] += w * c;
      acc[o + 3] += w;
    }
  }
  return foldCells(acc, MEAN.STRIDE, cells, segments);
}
