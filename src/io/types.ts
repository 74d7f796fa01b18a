// Shapes of the data the readers produce: compact typed columns, joined and
// checked. Everything downstream (segments, metrics, stats) reads only these.

/** A categorical column, dictionary-encoded: `values[codes[row]]` is the row's value. */
export interface CategoricalColumn {
  name: string;
  codes: Int32Array;
  values: string[];
}

/** One model's outputs on the joined rows. */
export interface ModelOutputs {
  /** binary: P(positive) in [0, 1]; regression: the prediction; multiclass: NaN when absent. */
  score: Float64Array;
  /**
   * The hard decision per row: binary 0/1 (from `prediction`, else `score >= threshold`);
   * multiclass: class code into `EvalData.classes`; regression: same as score.
   */
  decision: Float64Array;
}

/** Counts from joining baseline and candidate on `id`. */
export interface JoinIntegrity {
  baselineRows: number;
  candidateRows: number;
  matched: number;
  onlyBaseline: number;
  onlyCandidate: number;
  /** matched / max(baselineRows, candidateRows). */
  coverage: number;
  /** Up to 5 ids present in only one file, for the message. */
  examplesOnlyBaseline: string[];
  examplesOnlyCandidate: string[];
}

/** The offline eval pair, joined on id, in the baseline file's row order. */
export interface EvalData {
  n: number;
  /** binary: 0/1; regression: the true value; multiclass: class code into `classes`. */
  label: Float64Array;
  /** multiclass: class names by code (sorted); otherwise empty. */
  classes: string[];
  /** Example weights, or null when the files carry none (all weights 1). */
  weight: Float64Array | null;
  baseline: ModelOutputs;
  candidate: ModelOutputs;
  /** The segment columns named in the config, in config order. */
  segments: CategoricalColumn[];
  /** Numeric columns requested as `mean[X]`, per model. */
  numeric: Record<string, { baseline: Float64Array; candidate: Float64Array }>;
  integrity: JoinIntegrity;
  files: { baseline: string[]; candidate: string[] };
}
