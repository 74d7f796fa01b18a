// The per-segment summaries: what the row passes produce, the metrics finish
// from and the statistics resample. Plain typed arrays indexed by segment `s`
// (and per model m: 0 baseline, 1 candidate), so any producer (the row passes
// here, a warehouse query) can fill them. Arrays "per segment" have one entry
// per segment of the segmentation, in its order.

/** The weighted binary confusion matrix (positive class = label 1). */
export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

/**
 * One model's decisions in one segment, as every decision metric reads them. Per-class
 * arrays have K entries. Filled from a joint table (summaries/decision.ts) or from the
 * measuring passes (a binary view from measuring has no `predCount`: NaN).
 */
export interface DecisionView {
  K: number;
  /** Weight of the rows. */
  total: number;
  /** Weight decided correctly. */
  correct: number;
  /** Weight and rows labelled as each class. */
  trueW: ArrayLike<number>;
  trueCount: ArrayLike<number>;
  /** Weight decided correctly, per class. */
  tp: ArrayLike<number>;
  /** Weight and rows decided as each class. */
  predW: ArrayLike<number>;
  predCount: ArrayLike<number>;
  /** Binary only: the confusion matrix. */
  confusion: Confusion;
}

/** Per segment: rows, weight, and (binary) rows with label 1. */
export interface SegmentCounts {
  count: Float64Array;
  weight: Float64Array;
  positives: Float64Array | null;
}

/** The score histogram's bins: bin b is [b/10, (b+1)/10), the last also takes 1.0. */
export const SCORE_BINS = 10;

/** Binary per-model sums of the scores, per segment (`eceBins` at `s * SCORE_BINS + bin`: sum of w * (label - score)). */
export interface ScoreSums {
  weight: Float64Array;
  logLoss: [Float64Array, Float64Array];
  brier: [Float64Array, Float64Array];
  eceBins: [Float64Array, Float64Array];
}

/** Regression per-model error sums, per segment: weighted |e|, e^2, |e| / max(|y|, eps), e (e = prediction - label). */
export interface ErrorSums {
  weight: Float64Array;
  abs: [Float64Array, Float64Array];
  sq: [Float64Array, Float64Array];
  ape: [Float64Array, Float64Array];
  signed: [Float64Array, Float64Array];
}

/** A numeric column's per-model weighted sums and weights of the rows where it is present, per segment. */
export interface ColumnSums {
  sum: [Float64Array, Float64Array];
  weight: [Float64Array, Float64Array];
}

/** One model's ranking sums per segment: ROC trapezoid sum, AP step sum, positive and negative weight. */
export interface RankingSums {
  area: Float64Array;
  ap: Float64Array;
  positive: Float64Array;
  negative: Float64Array;
}

/** Per segment, `K^3` joint-table cells at `(s * K^3 + (y * K + b) * K + c)` (label, baseline decision, candidate decision). */
export interface JointTables {
  /** Classes: 2 for binary (0/1), the number of classes for multiclass. */
  K: number;
  /** Rows per table cell. */
  counts: Float64Array;
  /** Sum of example weights per table cell (= counts without weights). */
  weights: Float64Array;
}

/** Per segment, the moments of the paired influences of two per-example term columns (the paired mean test). */
export interface PairedMoments {
  /** Weighted means of the terms per model (NaN where no row has a value). */
  muB: Float64Array;
  muC: Float64Array;
  /** Rows with a value for either model. */
  n: Float64Array;
  /** sum p_B^2, sum p_C^2, sum p_B p_C. */
  sBB: Float64Array;
  sCC: Float64Array;
  sBC: Float64Array;
}

/** Layout of DeLong's per-segment placement sums, for positives at `POS` and negatives at `NEG`. */
export const DELONG = {
  POS: 0,
  NEG: 4,
  /** sum of w * D (= weight x the AUC change) */
  W_D: 0,
  /** sum of w^2 */
  W2: 1,
  /** sum of w^2 (D - shift) */
  W2_D: 2,
  /** sum of w^2 (D - shift)^2 */
  W2_D2: 3,
  STRIDE: 8,
} as const;

/**
 * The sorted walk's summary: class weights, DeLong placement sums (D = the paired
 * difference of a row's structural components) and the pr_auc jackknife's group sums.
 */
export interface RankingWalkResult {
  /** Per segment: weight and rows of positives and negatives. */
  posW: Float64Array;
  negW: Float64Array;
  posN: Float64Array;
  negN: Float64Array;
  /** Per segment, `DELONG.STRIDE` sums; null when not asked for. */
  delong: Float64Array | null;
  /** Per model, per segment: the average-precision step sum (AP x positive weight). */
  apSteps: [Float64Array, Float64Array];
  /** Jackknife, per `segment * groups + group`: the groups' positive and negative weights, and per model the step sums without the group. */
  groupPosW: Float64Array | null;
  groupNegW: Float64Array | null;
  apStepsWithout: [Float64Array, Float64Array] | null;
}

/** Per (segment, jackknife group): the weight, then per model (B, C) the score-bin sums; `ECE_GROUP_WIDTH` numbers each. */
export const ECE_GROUP_WIDTH = 1 + 2 * SCORE_BINS;

export interface EceGroupSums {
  groups: number;
  /** At `(segment * groups + group) * ECE_GROUP_WIDTH`. */
  sums: Float64Array;
}
