// src/config: the config's schema, defaults and parsing; every other module
// reads only the typed GateConfig it produces.
//
// Entry point of the config layer: YAML text -> a validated GateConfig, or a
// ConfigError carrying every issue found. Also re-exports the helpers the
// rest of the gate uses to read and render rules.
import { DEFAULTS } from './defaults.js';
import { LineCounter, parseDocument } from 'yaml';
import { ConfigError } from '../errors/index.js';
import { lookupMetric, lookupShadowMetric } from '../metrics/index.js';
import type { Columns, GateConfig, Rule, ShadowConfig, Task } from './types.js';
import { Issues, isMapping, show } from './issues.js';
import { CONFIG_SCHEMA } from './schema.js';
import { readName, readSection } from './read.js';
import { checkColumnRoles } from './columns.js';
import { readCross } from './segments.js';
import { metricRef, readMetrics } from './metrics.js';
import { readShadow } from './shadow.js';
import { readOverrides } from './overrides.js';
import { readData } from './data.js';
import type { MetricRef } from './rule.js';

export { effectiveConfig } from './effective.js';
export { formatRule, ruleLimits, type LimitKind } from './rule.js';
export { toleranceAmount } from './tolerance.js';
export { dataConfigOf, featureSettings, DATA_RULES, type DataConfig, type DataRuleName, type DataFeatureConfig, type FeatureType } from './data.js';

/** YAML text -> plain data; syntax errors become one issue naming line and column. */
function loadYaml(text: string, source: string): unknown {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, merge: true, uniqueKeys: true });
  const err = doc.errors[0];
  if (err) {
    const { line, col } = lineCounter.linePos(err.pos[0]);
    let what = err.message.replace(/\.$/, '');
    const key = /^("[^"]*"|'[^']*'|[^\s:,{}[\]#][^:,{}[\]#]*?)\s*:/.exec(text.slice(err.pos[0]).split('\n')[0]);
    if (err.code === 'DUPLICATE_KEY') what = `${key ? `the key \`${key[1].replace(/^(["'])(.*)\1$/, '$2')}\`` : 'a key'} appears twice in one mapping`;
    else what = what.charAt(0).toLowerCase() + what.slice(1);
    throw new ConfigError(source, [{ path: '', message: `invalid YAML at line ${line}, column ${col}: ${what}` }]);
  }
  try {
    return doc.toJS({ maxAliasCount: 1000 });
  } catch (e) {
    throw new ConfigError(source, [{ path: '', message: `invalid YAML: ${e instanceof Error ? e.message : String(e)}` }]);
  }
}

/**
 * Parses and validates the gate's config.
 * @param text the YAML (inline `config` input or a config file's contents); undefined, empty or only comments: all defaults
 * @param source where it came from, for messages (`config` input, `gate.yml`)
 * @throws ConfigError with every issue found, each at its key path
 * @example parseConfig('metrics: { recall: { max_drop: 1pp } }', 'gate.yml').metrics.recall.rule.maxDrop // { kind: 'points', value: 0.01, text: '1pp' }
 */
export function parseConfig(text: string | undefined, source: string): GateConfig {
  const raw = text === undefined || text.trim() === '' ? null : loadYaml(text, source);
  const issues = new Issues();
  const top = readSection(CONFIG_SCHEMA, raw, [], issues);
  const doc = isMapping(raw) ? raw : {};

  const task: Task | null = issues.has('task') ? null : top.task;
  if (task !== null && task !== 'binary' && doc.threshold !== undefined && doc.threshold !== null) {
    issues.add(['threshold'], `threshold ${show(doc.threshold)} applies to task binary only (task is ${task}); remove it`);
  }

  const { timestamp, ...named } = top.columns;
  const columns: Columns = { ...named };
  // Optional and written only when given (the effective config stays as it was without it).
  if (timestamp !== undefined && timestamp !== null) {
    const t = readName(timestamp, ['columns', 'timestamp'], issues, 'column name');
    if (t !== null) columns.timestamp = t;
  }
  // The class score pattern is kept only when renamed (the typed config and report.json stay as before it existed).
  if (columns.class_scores === DEFAULTS.columns.class_scores) delete columns.class_scores;
  checkColumnRoles(columns, issues);
  const cross = readCross(top.segments.cross, columns.segments, issues);

  const metrics = task === null ? {} : readMetrics(doc.metrics, task, issues);
  const shadow = readShadow(top.shadow, doc.shadow, task, metrics, issues);

  let overrides: GateConfig['overrides'] = {};
  if (task !== null) {
    const rules = new Map<string, { rule: Rule; ref: MetricRef }>();
    for (const [name, m] of Object.entries(metrics)) rules.set(name, { rule: m.rule, ref: metricRef(lookupMetric(name, task, m.direction)!) });
    for (const [name, rule] of Object.entries(shadow?.envelope ?? {})) rules.set(name, { rule, ref: metricRef(lookupShadowMetric(name)!) });
    const invalid = new Set<string>();
    const shadowDoc = isMapping(doc.shadow) ? doc.shadow : {};
    const written = [doc.metrics, shadowDoc.envelope].flatMap((s) => (isMapping(s) ? Object.keys(s) : []));
    for (const name of ['agreement', 'score_psi']) if (name in shadowDoc) written.push(name);
    for (const name of written) if (!rules.has(name)) invalid.add(name);
    overrides = readOverrides(doc.overrides, { segmentColumns: columns.segments, cross, rules, invalid }, issues);
  }

  const data = doc.data === undefined || doc.data === null ? undefined : readData(doc.data, issues);

  if (issues.count > 0) throw new ConfigError(source, issues.inDocumentOrder(raw));
  return {
    task: top.task,
    threshold: top.threshold,
    columns,
    segments: { minSamples: top.segments.min_samples, cross, ...segmentsExtras(doc.segments, top.segments) },
    statistics: {
      confidence: top.statistics.confidence,
      correction: top.statistics.correction,
      seed: top.statistics.seed,
      resamples: top.statistics.resamples,
    },
    integrity: { minCoverage: top.integrity.min_coverage },
    metrics,
    overrides,
    shadow,
    ...(data === undefined ? {} : { data }),
    ...(issues.warnings.length > 0 ? { warnings: issues.warnings } : {}),
  };
}

/**
 * `segments.min_class_samples` and `segments.insufficient` where they differ from the
 * defaults (absent: the defaults apply where read), so a config and the parse of its
 * effective config, which writes every default, are equal.
 */
function segmentsExtras(raw: unknown, read: { min_class_samples: number; insufficient: 'pass' | 'warn' }): Partial<GateConfig['segments']> {
  const given = isMapping(raw) ? raw : {};
  const out: Partial<GateConfig['segments']> = {};
  if (given.min_class_samples != null && read.min_class_samples !== DEFAULTS.segments.min_class_samples) out.minClassSamples = read.min_class_samples;
  if (given.insufficient != null && read.insufficient !== DEFAULTS.segments.insufficient) out.insufficient = read.insufficient;
  return out;
}

/**
 * The shadow settings a config without a `shadow` section would get from
 * `shadow: {}`: default model names, no pricing, the default envelope. For
 * the gate when a shadow log is given but the config has no shadow section.
 */
export function defaultShadowConfig(): ShadowConfig {
  return parseConfig('shadow: {}', 'defaults').shadow!;
}
