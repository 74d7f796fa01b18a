// The JSON Schema of the config file for editors (draft 2020-12), derived from
// the schema in schema.ts. scripts/config-schema.mjs writes it to
// schema/config.schema.json; a test keeps the committed file current.
import { METRICS } from '../metrics/index.js';
import { CONFIG_SCHEMA, RULE_KEYS, type Field, type Fields, type JsonSchema } from './schema.js';

const NUMBER_TEXT = '[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?';

function fieldSchema(f: Field): JsonSchema {
  switch (f.kind) {
    case 'enum':
      return { description: f.description, enum: [...f.values], default: f.default };
    case 'number': {
      const s: JsonSchema = { description: f.description, type: f.integer ? 'integer' : 'number' };
      const { min, max, minExclusive, maxExclusive } = f.range;
      if (min !== undefined) s[minExclusive ? 'exclusiveMinimum' : 'minimum'] = min;
      if (max !== undefined) s[maxExclusive ? 'exclusiveMaximum' : 'maximum'] = max;
      if (f.default !== undefined) s.default = f.default;
      return s;
    }
    case 'name':
      return { description: f.description, type: 'string', minLength: 1, default: f.default };
    case 'names':
      return { description: f.description, type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, default: [...f.default] };
    case 'section':
      return sectionSchema(f.fields, f.description);
    case 'special':
      return { description: f.description, ...f.json };
  }
}

function sectionSchema(fields: Fields, description?: string): JsonSchema {
  const required = Object.keys(fields).filter((k) => {
    const f = fields[k];
    return f.kind === 'number' && f.default === undefined;
  });
  return {
    ...(description ? { description } : {}),
    // A null section (`columns:` with nothing under it) is the same as an absent one.
    type: ['object', 'null'],
    additionalProperties: false,
    ...(required.length ? { required } : {}),
    properties: Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, fieldSchema(f)])),
  };
}

function metricMap(names: Array<{ name: string; description: string }>, patterns: Record<string, string>, description: string): JsonSchema {
  return {
    description,
    type: ['object', 'null'],
    additionalProperties: false,
    properties: Object.fromEntries(names.map((m) => [m.name, { description: m.description, $ref: '#/$defs/rule' }])),
    ...(Object.keys(patterns).length ? { patternProperties: Object.fromEntries(Object.entries(patterns).map(([p, d]) => [p, { description: d, $ref: '#/$defs/rule' }])) } : {}),
  };
}

/** The JSON Schema of the whole config document. */
export function configJsonSchema(): JsonSchema {
  const offline = METRICS.filter((m) => m.tasks !== 'shadow').map((m) => ({
    name: m.name,
    description: `${m.description} (${(m.tasks as string[]).join(', ')}; ${m.direction} is better)`,
  }));
  const shadow = METRICS.filter((m) => m.tasks === 'shadow').map((m) => ({
    name: m.name,
    description: `${m.description} (${m.direction} is better)`,
  }));
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'model-release-gate config',
    description: 'Thresholds and settings of model-release-gate (the `config` input or `config-file`). Generated from src/config/schema.ts; do not edit.',
    ...sectionSchema(CONFIG_SCHEMA),
    $defs: {
      limit: {
        description: 'A number in the metric\'s units; for rates also "90%" (0.9) or "0.5pp" (0.005).',
        anyOf: [{ type: 'number' }, { type: 'string', pattern: `^${NUMBER_TEXT}(%|pp)?$` }],
      },
      tolerance: {
        description: 'A number in the metric\'s units, "2%" relative to the baseline, or "1pp" percentage points (rates only). Never negative.',
        anyOf: [
          { type: 'number', minimum: 0 },
          { type: 'string', pattern: `^\\+?${NUMBER_TEXT.slice('[+-]?'.length)}(%|pp)?$` },
        ],
      },
      costs: {
        type: 'object',
        additionalProperties: false,
        required: ['fp', 'fn'],
        properties: {
          fp: { $ref: '#/$defs/cost', description: 'Cost of a false positive.' },
          fn: { $ref: '#/$defs/cost', description: 'Cost of a false negative.' },
          tp: { type: 'number', default: 0, description: 'Cost of a true positive.' },
          tn: { type: 'number', default: 0, description: 'Cost of a true negative.' },
          unit: { enum: ['usd', 'none'], description: 'usd: the costs are US dollars (the expected cost reads in money); default usd when a cost names a column, else none.' },
        },
      },
      cost: {
        description: "A cost per example (negative: a gain), or the name of a numeric column of the eval files holding each example's cost.",
        anyOf: [{ type: 'number' }, { type: 'string', pattern: '^[A-Za-z_][\\w.\\- ]*$' }],
      },
      rule: {
        description: 'Limits on one metric; empty or null: measured and reported only.',
        type: ['object', 'null'],
        additionalProperties: false,
        properties: Object.fromEntries(Object.entries(RULE_KEYS).map(([k, v]) => [k, { description: v.description, ...v.json }])),
      },
      metrics: metricMap(
        offline,
        {
          '^mean\\[.+\\]$': 'Mean of a numeric column X of the eval files; needs direction.',
          '^recall\\[.+\\]$': 'Multiclass: recall of one class.',
          '^precision\\[.+\\]$': 'Multiclass: precision of one class.',
          '^top_k_accuracy\\[[1-9][0-9]*\\]$': 'Multiclass: share of examples whose true class is among the K highest class scores.',
        },
        'Offline metric name -> rule.',
      ),
      envelope: metricMap(shadow, {}, 'Shadow metric name -> rule.'),
    },
  };
}

/** The committed file's text: 2-space JSON and a final newline. */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
