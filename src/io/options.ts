// What the readers are told: the column names to read (the config's `columns`,
// renamed or default), the task (how a label is read), and for the shadow log
// the model names and token prices. Plain types, so io needs no config.

/** How labels are read: 0/1 (binary), a class name (multiclass), a number (regression). */
export type Task = 'binary' | 'multiclass' | 'regression';

export interface Columns {
  id: string;
  label: string;
  score: string;
  prediction: string;
  weight: string;
  /** multiclass: the class probability columns, `{class}` standing for the class name (default `score_{class}`). */
  class_scores?: string;
  segments: string[];
  // shadow log
  request_id: string;
  model: string;
  latency_ms: string;
  cost_usd: string;
  input_tokens: string;
  output_tokens: string;
  error: string;
  /**
   * Shadow log: the request's time (ISO 8601 or epoch seconds). Set only when written
   * under `columns` (the effective config omits it otherwise); readers use
   * `columns.timestamp ?? 'timestamp'`.
   */
  timestamp?: string;
}

/** The `model` column's values for the two models. */
export interface ShadowModels {
  baseline: string;
  candidate: string;
}

/** Token prices, in USD per 1,000 tokens; null when the log carries `cost_usd`. */
export type Pricing = { inputPer1kTokens: number; outputPer1kTokens: number } | null;
