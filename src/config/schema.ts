// The config schema as data: every key with its type, default and meaning.
// Parsing, the JSON Schema for editors and the README's reference table are
// all derived from this one description.
import { DEFAULTS } from './defaults.js';

export interface Range {
  min?: number;
  max?: number;
  minExclusive?: boolean;
  maxExclusive?: boolean;
}

/** A JSON Schema fragment (draft 2020-12), for the editor schema. */
export type JsonSchema = { [key: string]: unknown };

export interface EnumField<V extends string = string> {
  kind: 'enum';
  values: readonly V[];
  default: V;
  description: string;
}
export interface NumberField {
  kind: 'number';
  integer: boolean;
  range: Range;
  /** Absent: the key is required whenever its section is given. */
  default?: number;
  description: string;
}
/** A non-empty string (a column or model name). */
export interface NameField {
  kind: 'name';
  default: string;
  description: string;
}
/** A list of distinct non-empty strings. */
export interface NamesField {
  kind: 'names';
  default: readonly string[];
  description: string;
}
export interface SectionField<S extends Fields = Fields> {
  kind: 'section';
  fields: S;
  /** true: the section is null when absent instead of all defaults. */
  optional: boolean;
  description: string;
}
/** A key with structure of its own (metric rules, segment ids...), validated by its own code in parse.ts. */
export interface SpecialField {
  kind: 'special';
  /** The default as documentation text. */
  defaultText: string;
  description: string;
  json: JsonSchema;
}
export type Field = EnumField | NumberField | NameField | NamesField | SectionField | SpecialField;
export type Fields = { readonly [key: string]: Field };

/** The parsed value of a field; specials come back raw (`unknown`) for their own validators. */
export type FieldValue<F> =
  F extends EnumField<infer V>
    ? V
    : F extends NumberField
      ? number
      : F extends NameField
        ? string
        : F extends NamesField
          ? string[]
          : F extends SectionField<infer S>
            ? SectionValue<S> | (F extends { optional: true } ? null : never)
            : unknown;
export type SectionValue<S extends Fields> = { -readonly [K in keyof S]: FieldValue<S[K]> };

const enumOf = <V extends string>(values: readonly V[], def: V, description: string): EnumField<V> => ({
  kind: 'enum',
  values,
  default: def,
  description,
});
const num = (description: string, def: number | undefined, range: Range, integer = false): NumberField => ({
  kind: 'number',
  integer,
  range,
  ...(def === undefined ? {} : { default: def }),
  description,
});
const name = (def: string, description: string): NameField => ({ kind: 'name', default: def, description });
function section<S extends Fields>(description: string, fields: S, optional: true): SectionField<S> & { optional: true };
function section<S extends Fields>(description: string, fields: S): SectionField<S> & { optional: false };
function section<S extends Fields>(description: string, fields: S, optional = false): SectionField<S> {
  return { kind: 'section', fields, optional, description };
}
const special = (defaultText: string, description: string, json: JsonSchema): SpecialField => ({
  kind: 'special',
  defaultText,
  description,
  json,
});

/** Rule keys, in the order the effective config writes them. */
export const RULE_KEYS = {
  direction: {
    json: { enum: ['higher', 'lower'] },
    description: '`mean[X]` only, required there: `higher` or `lower`, which way is better.',
  },
  costs: {
    json: { $ref: '#/$defs/costs' },
    description:
      '`expected_cost` only, required there: `{ fp, fn, tp, tn }`, the cost of each outcome per example (`tp`, `tn` default 0; negative: a gain); `fp` and `fn` may name a numeric column of the eval files instead (`fn: amount`: per-example costs, tested as a paired mean); `unit: usd` reads it in money (the default when a cost names a column).',
  },
  min: {
    json: { $ref: '#/$defs/limit' },
    description: 'Lowest value the candidate may have. A number in the metric\'s units; for rates also `"90%"` (= 0.9) or `"0.5pp"` (= 0.005).',
  },
  max: {
    json: { $ref: '#/$defs/limit' },
    description: 'Highest value the candidate may have; same forms as `min`.',
  },
  max_drop: {
    json: { $ref: '#/$defs/tolerance' },
    description:
      'Metrics where higher is better: the largest drop from the baseline allowed. A number in the metric\'s units, `"2%"` relative to the baseline, or `"1pp"` percentage points (rates only).',
  },
  max_increase: {
    json: { $ref: '#/$defs/tolerance' },
    description: 'Metrics where lower is better: the largest increase over the baseline allowed; same forms as `max_drop`.',
  },
  severity: {
    json: { enum: ['fail', 'warn'], default: 'fail' },
    description: '`fail` (default) blocks the merge when the rule is broken; `warn` only reports it.',
  },
} as const;
export type RuleKey = keyof typeof RULE_KEYS;
/** The keys that set a limit (all but `severity`, `costs`, `direction`). */
export const LIMIT_KEYS = ['min', 'max', 'max_drop', 'max_increase'] as const;
export type LimitKey = (typeof LIMIT_KEYS)[number];

const C = DEFAULTS.columns;
const col = (key: keyof typeof C & string, description: string) => name(C[key] as string, description);

/** The whole config document. */
export const CONFIG_SCHEMA = {
  task: enumOf(['binary', 'multiclass', 'regression'] as const, DEFAULTS.task, 'What the model predicts; decides which metrics exist.'),
  threshold: num('Binary only: the decision threshold on `score` (positive when `score >= threshold`) for rows without a `prediction`.', DEFAULTS.threshold, { min: 0, max: 1 }),
  columns: section('Names of the data columns, where they differ from the defaults.', {
    id: col('id', 'Example id; joins the two eval files.'),
    label: col('label', 'True label: 0/1, class name, or number.'),
    score: col('score', "Binary: P(positive); regression: the prediction; shadow: the model's score."),
    prediction: col('prediction', 'Optional hard decision or class.'),
    weight: col('weight', 'Optional example weight.'),
    class_scores: col(
      'class_scores',
      'Multiclass: the class probability columns as `predict_proba` writes them, `{class}` standing for the class name; each row must sum to 1 (within 1e-5). Without a `prediction` column the top class is the prediction (ties: the first class in sorted order).',
    ),
    segments: {
      kind: 'names',
      default: C.segments,
      description: 'Columns to cut the results by; each value of each column is a segment.',
    } satisfies NamesField,
    request_id: col('request_id', "Shadow log: joins the two models' rows."),
    model: col('model', 'Shadow log: which model served the row (values under `shadow.models`).'),
    latency_ms: col('latency_ms', 'Shadow log: serving latency in milliseconds.'),
    cost_usd: col('cost_usd', 'Shadow log: cost of the request in USD.'),
    input_tokens: col('input_tokens', 'Shadow log: input tokens (priced with `shadow.pricing` when there is no cost column).'),
    output_tokens: col('output_tokens', 'Shadow log: output tokens.'),
    error: col('error', 'Shadow log: `true`/`false` or 1/0, the request failed or timed out.'),
    timestamp: special(
      '`timestamp`',
      'Shadow log, optional: when the request was served, ISO 8601 (`2025-03-01T12:00:00Z`; no zone is UTC) or epoch seconds. Needed by `shadow.labels.maturity`; gives the label coverage by age.',
      {
        type: 'string',
        minLength: 1,
      },
    ),
  }),
  segments: section('How results are cut into segments.', {
    min_samples: num('Segments with fewer rows are `insufficient` (listed, not judged) instead of judged.', DEFAULTS.segments.min_samples, { min: 1 }, true),
    min_class_samples: num(
      'A check whose metric divides by a class (recall, fpr, auc, pr_auc, precision, ...) needs at least this many examples of that class in its segment (positives for recall, precision and f1, negatives for fpr, both for auc, pr_auc, balanced_accuracy and mcc, that class for recall[CLASS]); fewer: `insufficient`. Not applied to `overall`. One example is not evidence: a test on one positive resamples that one example.',
      DEFAULTS.segments.min_class_samples,
      { min: 1 },
      true,
    ),
    insufficient: enumOf(
      ['pass', 'warn'] as const,
      DEFAULTS.segments.insufficient,
      'What a check too small to judge does to the verdict: `pass` lists and counts it (but `overall` and segments named in `overrides` still warn: you asked about them), `warn` makes every such check a warning.',
    ),
    cross: special('`[]`', 'Crossed segments: lists of 2 or more columns from `columns.segments`, e.g. `[[region, device]]`.', {
      type: 'array',
      items: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 2, uniqueItems: true },
    }),
  }),
  statistics: section('How changes are tested.', {
    confidence: num('Confidence level of intervals and tests: a worsening beyond tolerance fails only when significant at this level.', DEFAULTS.statistics.confidence, {
      min: 0.5,
      max: 1,
      minExclusive: true,
      maxExclusive: true,
    }),
    correction: enumOf(
      ['holm', 'bh', 'none'] as const,
      DEFAULTS.statistics.correction,
      'Multiple-testing correction across all change checks of a run: Holm (family-wise error), Benjamini-Hochberg (false discovery rate), or none.',
    ),
    seed: num('Seed of every resample, so the same inputs give the same report.', DEFAULTS.statistics.seed, { min: 0, max: 4294967295 }, true),
    resamples: num('Bootstrap resamples for metrics without a closed-form test.', DEFAULTS.statistics.resamples, { min: 200, max: 100000 }, true),
  }),
  integrity: section('Checks that the two eval files describe the same examples.', {
    min_coverage: num('Share of ids that must be present in both eval files; less is an integrity failure.', DEFAULTS.integrity.min_coverage, { min: 0, max: 1, minExclusive: true }),
  }),
  metrics: special('per task, see below', 'Offline rules, applied to every segment: metric name -> rule. `recall: {}` (or `recall:`) measures and reports without limits.', {
    $ref: '#/$defs/metrics',
  }),
  overrides: special(
    '`{}`',
    "Per-segment rule changes: segment id (`overall`, `region=BR`, `region=BR&device=ios`) -> metric -> rule keys that replace the metric's own there; `null` removes a limit.",
    {
      type: 'object',
      propertyNames: { pattern: '^(overall|[^=&]+=[^&]*(&[^=&]+=[^&]*)*)$' },
      additionalProperties: { type: 'object', additionalProperties: { $ref: '#/$defs/rule' } },
    },
  ),
  shadow: section(
    'Shadow-run checks; absent: no shadow rules are configured.',
    {
      models: section('The values of the `model` column.', {
        baseline: name(DEFAULTS.shadow.models.baseline, "The production model's rows."),
        candidate: name(DEFAULTS.shadow.models.candidate, "The candidate's rows."),
      }),
      pricing: section(
        'Token prices in USD, to compute cost from `input_tokens`/`output_tokens` when there is no `cost_usd` column.',
        {
          input_per_1k_tokens: num('USD per 1,000 input tokens.', undefined, { min: 0 }),
          output_per_1k_tokens: num('USD per 1,000 output tokens.', undefined, { min: 0 }),
        },
        true,
      ),
      envelope: special('see below', 'Serving rules: shadow metric -> rule (`latency_p50_ms`, `latency_p95_ms`, `latency_p99_ms`, `cost_per_1k`, `error_rate`, `agreement`, `score_psi`).', {
        $ref: '#/$defs/envelope',
      }),
      agreement: special('none', 'Rule on the share of requests both models decide the same (same as `envelope.agreement`).', {
        $ref: '#/$defs/rule',
      }),
      score_psi: special('none', "Rule on the population stability index of the candidate's scores (same as `envelope.score_psi`).", {
        $ref: '#/$defs/rule',
      }),
      labels: special(
        'none',
        "`{ maturity }`: online metrics only on requests at least this old (`7d`, `36h`, `90m`) at the log's newest `timestamp`; younger ones may not have their label yet.",
        {
          type: ['object', 'null'],
          additionalProperties: false,
          properties: { maturity: { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)?(w|d|h|m|s)$' } },
        },
      ),
      estimate: special(
        'none',
        "Binary: metrics (`recall`, `precision`, `accuracy`, `auc`) estimated on the shadow requests without a label from each model's scores calibrated on its eval file (isotonic), with checks `estimated/METRIC/SEGMENT` under the metric's rule. Needs the eval files and the shadow log.",
        { type: ['array', 'null'], items: { enum: ['recall', 'precision', 'accuracy', 'auc'] }, uniqueItems: true },
      ),
      value_for_money: special('none', '`{ metric, max_cost_per_1k_per_point, severity }`: the most extra `cost_per_1k` allowed per point (0.01) of lift in an offline metric.', {
        type: ['object', 'null'],
        additionalProperties: false,
        required: ['metric', 'max_cost_per_1k_per_point'],
        properties: {
          metric: { type: 'string' },
          max_cost_per_1k_per_point: { type: 'number', minimum: 0 },
          severity: RULE_KEYS.severity.json,
        },
      }),
    },
    true,
  ),
  data: special(
    'see below',
    'Data checks (drift, data health, training-serving skew): `features` (column -> `{ type, sentinels, <rule>: ... }`), `rules` (psi, null_rate, sentinel_rate, new_category_rate, out_of_range_rate, mismatch_rate, output_psi), `tolerance` `{ abs, rel }`, `correction` (`bh` default, `holm`, `none`).',
    {
      type: ['object', 'null'],
      additionalProperties: false,
      properties: {
        features: {
          type: ['object', 'null'],
          additionalProperties: {
            type: ['object', 'null'],
            properties: {
              type: { enum: ['numeric', 'categorical'] },
              sentinels: { type: 'array', items: { type: ['number', 'string'] } },
            },
            additionalProperties: { $ref: '#/$defs/rule' },
          },
        },
        rules: {
          type: ['object', 'null'],
          additionalProperties: false,
          properties: Object.fromEntries(
            ['psi', 'null_rate', 'sentinel_rate', 'new_category_rate', 'out_of_range_rate', 'mismatch_rate', 'output_psi'].map((k) => [k, { $ref: '#/$defs/rule' }]),
          ),
        },
        tolerance: {
          type: ['object', 'null'],
          additionalProperties: false,
          properties: { abs: { type: 'number', minimum: 0, default: 1e-6 }, rel: { type: ['number', 'string'], default: 1e-4 } },
        },
        correction: { enum: ['bh', 'holm', 'none'], default: 'bh' },
      },
    },
  ),
};
