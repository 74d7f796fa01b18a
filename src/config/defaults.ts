// Every default of the config in one place, written as the YAML would say it,
// so the README can quote them and parsing treats them like user input.
import type { Task } from './types.js';

/** Scalar defaults, keyed by YAML path. */
export const DEFAULTS = {
  task: 'binary' as Task,
  threshold: 0.5,
  columns: {
    id: 'id',
    label: 'label',
    score: 'score',
    prediction: 'prediction',
    weight: 'weight',
    class_scores: 'score_{class}',
    segments: [] as string[],
    request_id: 'request_id',
    model: 'model',
    latency_ms: 'latency_ms',
    cost_usd: 'cost_usd',
    input_tokens: 'input_tokens',
    output_tokens: 'output_tokens',
    error: 'error',
  },
  segments: { min_samples: 200, min_class_samples: 10, insufficient: 'pass' as const },
  statistics: { confidence: 0.95, correction: 'holm' as const, seed: 1, resamples: 2000 },
  integrity: { min_coverage: 0.99 },
  shadow: { models: { baseline: 'baseline', candidate: 'candidate' } },
} as const;

/** The offline rules used when the config has no (or an empty) `metrics` section. */
export const DEFAULT_METRICS: Record<Task, Record<string, Record<string, unknown>>> = {
  binary: {
    auc: { max_drop: 0.01 },
    recall: { max_drop: '1pp' },
    precision: { max_drop: '1pp' },
    log_loss: { max_increase: '5%' },
  },
  multiclass: {
    accuracy: { max_drop: '1pp' },
    macro_f1: { max_drop: '1pp' },
  },
  regression: {
    mae: { max_increase: '2%' },
    rmse: { max_increase: '2%' },
  },
};

/** The shadow envelope used when a `shadow` section has no (or an empty) `envelope`. */
export const DEFAULT_ENVELOPE: Record<string, Record<string, unknown>> = {
  latency_p99_ms: { max_increase: '10%' },
  cost_per_1k: { max_increase: '5%' },
  error_rate: { max_increase: '0.5pp' },
};
