// unpack.ts: the passes' flat per-segment layouts (passes.ts) as the named
// summaries of src/summaries/types.ts, once per run after the fold (S small).
import type { ColumnSums, ErrorSums, RankingSums, ScoreSums } from '../summaries/index.js';
import { ECE_BINS } from './ece.js';
import { BIN, MEAN, RANK, REG } from './passes.js';

/** Splits per-segment fields of a flat layout into named arrays. */
function column(acc: Float64Array, stride: number, field: number, segments: number, width = 1): Float64Array {
  const out = new Float64Array(segments * width);
  for (let s = 0; s < segments; s++) for (let k = 0; k < width; k++) out[s * width + k] = acc[s * stride + field + k];
  return out;
}

/** The binary score sums (`BIN` layout) as the named summary. */
export function scoreSums(acc: Float64Array, segments: number): ScoreSums {
  const { STRIDE, MODEL, WEIGHT, LOG_LOSS, BRIER, ECE } = BIN;
  const per = (field: number, width = 1): [Float64Array, Float64Array] => [column(acc, STRIDE, MODEL[0] + field, segments, width), column(acc, STRIDE, MODEL[1] + field, segments, width)];
  return { weight: column(acc, STRIDE, WEIGHT, segments), logLoss: per(LOG_LOSS), brier: per(BRIER), eceBins: per(ECE, ECE_BINS) };
}

/** The regression sums (`REG` layout) as the named summary. */
export function errorSums(acc: Float64Array, segments: number): ErrorSums {
  const { STRIDE, MODEL } = REG;
  const per = (field: number): [Float64Array, Float64Array] => [column(acc, STRIDE, MODEL[0] + field, segments), column(acc, STRIDE, MODEL[1] + field, segments)];
  return { weight: column(acc, STRIDE, REG.WEIGHT, segments), abs: per(REG.ABS), sq: per(REG.SQ), ape: per(REG.APE), signed: per(REG.SIGNED) };
}

/** A `mean[X]` pass (`MEAN` layout) as the named summary. */
export function columnSums(acc: Float64Array, segments: number): ColumnSums {
  const c = (f: number) => column(acc, MEAN.STRIDE, f, segments);
  return { sum: [c(MEAN.SUM[0]), c(MEAN.SUM[1])], weight: [c(MEAN.WEIGHT[0]), c(MEAN.WEIGHT[1])] };
}

/** A ranking pass (`RANK` layout) as the named summary. */
export function rankingSums(acc: Float64Array, segments: number): RankingSums {
  const c = (f: number) => column(acc, RANK.STRIDE, f, segments);
  return { area: c(RANK.AREA), ap: c(RANK.AP), positive: c(RANK.POSITIVE), negative: c(RANK.NEGATIVE) };
}
