// Shapes of the data the readers produce: compact typed columns, joined and
// checked. Everything downstream (segments, metrics, stats) reads only these.
import type { KeyIndex } from './keyindex.js';

/** A categorical column, dictionary-encoded: `values[codes[row]]` is the row's value. */
export interface CategoricalColumn {
  name: string;
  codes: Int32Array;
  values: string[];
}

/**
 * A per-row column of numbers in the narrowest array that holds them: bytes for binary labels and
 * decisions (0/1), Float64 for targets, predictions and class codes. Read it as numbers only.
 */
export type Codes = Float64Array | Uint8Array;

/** One model's outputs on the joined rows. */
export interface ModelOutputs {
  /** binary: P(positive) in [0, 1]; regression: the prediction; multiclass: NaN when absent. */
  score: Float64Array;
  /**
   * The hard decision per row: binary 0/1 (from `prediction`, else `score >= threshold`);
   * multiclass: class code into `EvalData.classes`; regression: same as score.
   */
  decision: Codes;
  /**
   * multiclass: the class probabilities (`score_<class>` columns), n x K row-major in the
   * order of `EvalData.classes`; absent when the file has no class score columns.
   */
  proba?: Float64Array;
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
  /** binary: 0/1 (bytes); regression: the true value; multiclass: class code into `classes`. */
  label: Codes;
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
  /** Each joined row's example id as read (the jackknife's groups hash it); absent: the row index stands in. */
  ids?: string[];
  /** Up to 5 ids in only one file, the smallest by compareText (what a warehouse query can pick too; the summaries carry these). */
  smallestOnly?: { baseline: string[]; candidate: string[] };
  /**
   * Each joined row's jackknife group, hashed from its id by the reader's IdGrouper (in place
   * of `ids`: the id strings are never made), with the seed and group count it was made for.
   */
  idGroups?: { seed: number; groups: number; of: Uint8Array };
}

/**
 * How a reader turns an example id into its jackknife group (the caller's hash: see
 * src/summaries/idHash.ts), for the seed and number of groups it was made with.
 */
export interface IdGrouper {
  seed: number;
  groups: number;
  /** The group (0 <= group < groups) of the id `text.slice(start, end)`. */
  groupOf(text: string, start: number, end: number): number;
}

// ---- The generic column reader (src/io/table.ts) ----

/**
 * How a column's text becomes a value:
 * `number` a finite number; `category` dictionary-encoded text; `string` text;
 * `boolean` true/false or 1/0; `label` a binary label: 0/1, true/false (also 0.0/1.0);
 * `match` a key looked up in another table's unique key column (`index`), as it is read.
 */
export type ColumnKind = 'number' | 'category' | 'string' | 'boolean' | 'label' | 'match';

/** One column to read from a data file. */
export interface ColumnSpec {
  /** Name in the file's header (CSV/TSV) or key (JSONL). */
  name: string;
  /** Key in `Table.columns`; defaults to `name`. Lets one file column be read twice (e.g. as label and as a segment). */
  key?: string;
  kind: ColumnKind;
  /** A required column must be in every file; an optional one in all files of an input or in none. */
  required: boolean;
  /** `number`: inclusive bounds on the value. */
  min?: number;
  max?: number;
  /** `number`: what the bounds mean, for messages (e.g. `a probability in [0, 1]`). */
  rangeText?: string;
  /** `string`: values must be unique (a duplicate is an error naming both lines); the column gets an `index`. */
  unique?: boolean;
  /** `match`: the unique index (of an earlier table's `string` column) to look each value up in. */
  index?: KeyIndex;
  /** Value for an empty field (`category`/`string`: a string, `number`: a number such as NaN). Without it an empty field is an error. */
  ifEmpty?: string | number;
  /** `number`: value for a non-empty field that holds no number (counted in the column's `invalid`); without it such a field is an error. */
  ifInvalid?: number;
}

/** A column as read, by kind. */
export type TableColumn =
  | { kind: 'number'; values: Float64Array /** With `ifInvalid`: non-empty fields that held no number. */; invalid?: number }
  | { kind: 'label'; values: Uint8Array }
  | { kind: 'boolean'; values: Uint8Array }
  | { kind: 'category'; codes: Int32Array; values: string[] }
  | { kind: 'string'; values: string[]; index: KeyIndex | null }
  | {
      kind: 'match';
      /** Per row: the row of `index` with the same key, or -1. */
      rowIn: Int32Array;
      /** Per row of `index`: the row here with its key, or -1 (each index row matches at most one row: a second is an error). */
      rowOf: Int32Array;
      /** Rows whose key is not in `index`, in row order, with their keys. */
      unmatchedRows: number[];
      unmatchedKeys: string[];
    };

/** Rows read from one input (one or more files, concatenated in path order). */
export interface Table {
  n: number;
  files: string[];
  /** Rows of `files[f]` are `fileStart[f]` .. `fileStart[f + 1] - 1` (length files.length + 1). */
  fileStart: number[];
  /** The physical line (1-based, header = 1) on which each row starts in its file. */
  line: Int32Array;
  /** Each file's column names as written (JSONL: the keys of its first record). */
  headers: string[][];
  /**
   * Per file, what `line` holds: `line` the physical line (CSV, JSONL), `row` the 1-based data
   * row (Parquet, Arrow: no lines). Absent: all lines.
   */
  rowUnits?: Array<'line' | 'row'>;
  /** By spec key; undefined when an optional column is absent. */
  columns: Record<string, TableColumn | undefined>;
}

// ---- The shadow log (src/io/shadow.ts) ----

/** One model's rows of the shadow log, per paired request. */
export interface ShadowModelData {
  /** Serving latency in ms; NaN where the row left it empty (allowed on failed requests only). */
  latency: Float64Array;
  /** Cost of the request in USD (`cost_usd`, or tokens priced with `shadow.pricing`); null when the log has no cost. */
  cost: Float64Array | null;
  /** 1 where the request failed or timed out; null when the log has no error column. */
  error: Uint8Array | null;
  /** The score (binary: P(positive); regression: the prediction); NaN where empty; null when the log has none. */
  score: Float64Array | null;
  /**
   * The decision: binary 0/1 (`prediction`, else `score >= threshold`), multiclass a class
   * code into `ShadowData.classes`, regression the prediction; NaN where empty; null when
   * the log carries no output that gives one, or nothing needs decisions (no agreement rule
   * and no labels).
   */
  decision: Float64Array | null;
}

/** Counts from pairing the shadow log's rows and joining the labels. */
export interface ShadowIntegrity {
  /** Rows in the log. */
  rows: number;
  baselineRows: number;
  candidateRows: number;
  /** Distinct requests in the log. */
  requests: number;
  /** Requests served by both models. */
  paired: number;
  onlyBaseline: number;
  onlyCandidate: number;
  /** paired / requests. */
  coverage: number;
  /** Up to 5 request ids served by one model only, for the message. */
  examplesOnlyBaseline: string[];
  examplesOnlyCandidate: string[];
}

/** Where the labels of the paired requests came from. */
export interface ShadowLabels {
  /** Paired requests with a label. */
  labelled: number;
  /** ... whose label is in the shadow log's label column. */
  fromLog: number;
  /** ... whose label came from the labels file only. */
  fromFile: number;
  /** Rows of the labels file, and those whose request is not a paired request of the log; null without a labels file. */
  fileRows: number | null;
  fileUnmatched: number | null;
  files: string[];
}

/** The shadow log, paired by request id, in order of each request's first row. */
export interface ShadowData {
  /** Paired requests (served by both models). */
  n: number;
  baseline: ShadowModelData;
  candidate: ShadowModelData;
  /** The true label per paired request (binary 0/1, multiclass a code into `classes`, regression the value); NaN when unlabelled; null when no labels at all. */
  label: Float64Array | null;
  /** multiclass: class names by code (sorted); otherwise empty. */
  classes: string[];
  /** Where each cost comes from. */
  costSource: 'cost_usd' | 'tokens' | null;
  /** The segment columns named in the config, in config order, per paired request. */
  segments: CategoricalColumn[];
  integrity: ShadowIntegrity;
  labels: ShadowLabels;
  files: string[];
  /** Each paired request's time in ms since the epoch (the earlier of its rows'); null or absent when the log has no timestamp column. */
  timestamp?: Float64Array | null;
}
