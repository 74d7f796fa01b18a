// src/config: the config's schema, defaults and parsing with every error.
// Owns the typed GateConfig (types.ts), YAML -> GateConfig (parse.ts, load.ts),
// the effective config for report.json, the JSON Schema and the README's
// reference. Public surface: the types, parseConfig / loadConfig,
// defaultShadowConfig, withValueForMoneyMetric, effectiveConfig, and the rule and
// tolerance helpers the gate reads rules with. Imports the metrics registry.
export type * from './types.js';
export { parseConfig, defaultShadowConfig, effectiveConfig, formatRule, ruleLimits, toleranceAmount, type LimitKind } from './parse.js';
export { loadConfig, type ConfigSource } from './load.js';
export { parseAmount, toTolerance } from './tolerance.js';
export { configJsonSchema, configJsonSchemaText } from './json-schema.js';
export { configReference } from './reference.js';
export { DEFAULTS, DEFAULT_METRICS, DEFAULT_ENVELOPE } from './defaults.js';
export { checkClassNames, rangeProblem, SKLEARN_NAMES, sklearnHint, taskHint } from './fit.js';
export { withValueForMoneyMetric } from './measured.js';
export {
  DATA_RULES,
  DEFAULT_DATA_RULES,
  DEFAULT_DATA_TOLERANCE,
  DEFAULT_DATA_CORRECTION,
  defaultDataRules,
  featureSettings,
  dataConfigOf,
  type DataRuleName,
  type FeatureType,
  type DataFeatureConfig,
  type DataConfig,
} from './data.js';
