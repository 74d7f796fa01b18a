// Strict validation of a report.json read back from disk. The fork-safe
// `from-report` mode reads one that an untrusted run produced, so nothing in it is
// taken on faith: the exact schema string, every field's type, enums, no unknown
// keys, finite numbers, bounded strings and arrays, check ids that match their
// source/metric/segment, counts that match the statuses, and a verdict that
// matches the counts (or a consistent override). `validateReport` is pure;
// `loadReport` adds the file read.
import { readFileSync, statSync } from 'node:fs';
import { DataError } from '../errors.js';
import type { Check } from '../gate/types.js';
import { countChecks, verdictOf } from '../gate/verdict.js';
import type { InputSummary, LatencyPercentiles, OverrideRefusal, Report, ScoreDistribution, ShadowChange, ShadowSummary } from './types.js';

export const REPORT_SCHEMA = 'model-release-gate/report@1';
/** At most this many checks (a run with 1,000 segments x 50 metrics x 2 rules has 100,000). */
export const MAX_CHECKS = 100_000;
/** At most this many characters in any one string (messages, segment ids, paths). */
export const MAX_TEXT = 4096;
/** At most this many characters in the gate's name, as the `name` input allows. */
export const MAX_NAME = 100;
/** At most this many input files per input. */
export const MAX_FILES = 10_000;
/** Free-form parts (`config`, `shadow`): at most this deep and this many values. */
export const MAX_DEPTH = 32;
export const MAX_VALUES = 100_000;
/** A report.json larger than this is refused before it is parsed. */
export const MAX_REPORT_BYTES = 256 * 1024 * 1024;

const VERDICTS = ['pass', 'warn', 'fail', 'overridden'] as const;
const STATUSES = ['pass', 'warn', 'fail', 'insufficient'] as const;
const SOURCES = ['offline', 'shadow', 'online', 'integrity'] as const;
const SEVERITIES = ['fail', 'warn'] as const;
/** Repository roles as src/github/override.ts reports them (`none` for a non-collaborator). */
const ROLES = ['read', 'triage', 'write', 'maintain', 'admin', 'none'] as const;

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
const REPOSITORY = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;
const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/;
const ID_SUFFIX = /^[a-z][a-z0-9_]{0,31}$/;

type Obj = Record<string, unknown>;

/** A value for a message: short JSON, or its kind for containers. */
function show(v: unknown): string {
  if (Array.isArray(v)) return `an array of ${v.length}`;
  if (v !== null && typeof v === 'object') return 'an object';
  if (typeof v === 'string') {
    const s = JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
    return v.length > 40 ? `${s} (${v.length} characters)` : s;
  }
  return String(v);
}

/** Validates one report; every failure is a `DataError` naming the file and the JSON path. */
class Validator {
  constructor(private readonly file: string) {}

  fail(path: string, detail: string): never {
    throw new DataError(this.file, `${path} ${detail}`);
  }

  bad(path: string, v: unknown, expected: string): never {
    return this.fail(path, `is ${v === undefined ? 'missing' : show(v)}: expected ${expected}`);
  }

  /** A plain object with exactly the `required` keys and maybe some `optional` ones. */
  object(v: unknown, path: string, required: readonly string[], optional: readonly string[] = []): Obj {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) this.bad(path, v, 'an object');
    const o = v as Obj;
    for (const key of Object.keys(o)) {
      if (!required.includes(key) && !optional.includes(key)) {
        this.fail(`${path}.${key}`, `is not a field of ${REPORT_SCHEMA} (fields here: ${[...required, ...optional].join(', ')})`);
      }
    }
    for (const key of required) if (!Object.hasOwn(o, key)) this.fail(`${path}.${key}`, 'is missing');
    return o;
  }

  /** A plain object with any keys. */
  record(v: unknown, path: string): Obj {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) this.bad(path, v, 'an object');
    return v as Obj;
  }

  array(v: unknown, path: string, max: number): unknown[] {
    if (!Array.isArray(v)) this.bad(path, v, 'an array');
    if (v.length > max) this.fail(path, `has ${v.length} items: at most ${max} are allowed`);
    return v;
  }

  string(v: unknown, path: string, o: { max?: number; pattern?: RegExp; what?: string; oneLine?: boolean } = {}): string {
    const max = o.max ?? MAX_TEXT;
    if (typeof v !== 'string') this.bad(path, v, o.what ?? 'a string');
    if (v.length > max) this.fail(path, `has ${v.length} characters: at most ${max} are allowed`);
    if (o.oneLine && /[\r\n\u2028\u2029]/.test(v)) this.bad(path, v, 'one line');
    if (o.pattern && !o.pattern.test(v)) this.bad(path, v, o.what ?? `a string matching ${o.pattern}`);
    return v;
  }

  nonEmpty(v: unknown, path: string, max = MAX_TEXT): string {
    const s = this.string(v, path, { max });
    if (s === '') this.bad(path, v, 'a non-empty string');
    return s;
  }

  orNull<T>(v: unknown, f: (v: unknown) => T): T | null {
    return v === null ? null : f(v);
  }

  oneOf<T extends string>(v: unknown, path: string, valid: readonly T[]): T {
    if (typeof v !== 'string' || !(valid as readonly string[]).includes(v)) this.bad(path, v, `one of ${valid.join(', ')}`);
    return v as T;
  }

  number(v: unknown, path: string, o: { min?: number; max?: number; integer?: boolean } = {}): number {
    const range = o.min !== undefined && o.max !== undefined ? ` in [${o.min}, ${o.max}]` : o.min !== undefined ? ` >= ${o.min}` : '';
    const expected = `${o.integer ? 'an integer' : 'a finite number'}${range}`;
    if (typeof v !== 'number' || !Number.isFinite(v)) this.bad(path, v, expected);
    if (o.integer && !Number.isSafeInteger(v)) this.bad(path, v, expected);
    if ((o.min !== undefined && v < o.min) || (o.max !== undefined && v > o.max)) this.bad(path, v, expected);
    return v;
  }

  count(v: unknown, path: string): number {
    return this.number(v, path, { min: 0, integer: true });
  }

  boolean(v: unknown, path: string): boolean {
    if (typeof v !== 'boolean') this.bad(path, v, 'true or false');
    return v;
  }

  /** Free-form JSON (the effective config, a section this validator does not know in detail), bounded in depth, size and string length. */
  json(v: unknown, path: string): unknown {
    let values = 0;
    const walk = (x: unknown, p: string, depth: number): void => {
      if (++values > MAX_VALUES) this.fail(path, `holds more than ${MAX_VALUES} values`);
      if (depth > MAX_DEPTH) this.fail(p, `is nested deeper than ${MAX_DEPTH} levels`);
      if (x === null || typeof x === 'boolean') return;
      if (typeof x === 'number') {
        this.number(x, p);
        return;
      }
      if (typeof x === 'string') {
        this.string(x, p);
        return;
      }
      if (Array.isArray(x)) {
        x.forEach((item, i) => walk(item, `${p}[${i}]`, depth + 1));
        return;
      }
      if (typeof x === 'object') {
        for (const [k, item] of Object.entries(x as Obj)) {
          this.string(k, `${p} key`, { max: 256 });
          walk(item, `${p}.${k}`, depth + 1);
        }
        return;
      }
      this.bad(p, x, 'a JSON value');
    };
    walk(v, path, 0);
    return v;
  }

  inputSummary(v: unknown, path: string): InputSummary {
    const o = this.object(v, path, ['files', 'rows']);
    const files = this.array(o.files, `${path}.files`, MAX_FILES).map((f, i) => this.nonEmpty(f, `${path}.files[${i}]`));
    return { files, rows: this.count(o.rows, `${path}.rows`) };
  }

  check(v: unknown, path: string): Check {
    const o = this.object(v, path, [
      'id', 'source', 'metric', 'segment', 'n', 'baseline', 'candidate', 'delta', 'ci', 'p_value', 'p_adjusted',
      'rule', 'status', 'severity', 'higher_is_better', 'detectable', 'message',
    ], ['tolerance']);
    const source = this.oneOf(o.source, `${path}.source`, SOURCES);
    const metric = this.string(o.metric, `${path}.metric`, { max: 256, oneLine: true });
    if (metric === '') this.bad(`${path}.metric`, metric, 'a metric name');
    const segment = this.nonEmpty(o.segment, `${path}.segment`);
    const id = this.nonEmpty(o.id, `${path}.id`, 2 * MAX_TEXT);
    const prefix = `${source}/${metric}/${segment}`;
    const suffix = id.startsWith(`${prefix}/`) ? id.slice(prefix.length + 1) : null;
    if (id !== prefix && (suffix === null || !ID_SUFFIX.test(suffix))) {
      this.fail(`${path}.id`, `is ${show(id)}: expected "${prefix.length > 80 ? `${prefix.slice(0, 80)}…` : prefix}" (source/metric/segment), optionally followed by /kind`);
    }
    const finite = (key: string) => this.orNull(o[key], (x) => this.number(x, `${path}.${key}`));
    const probability = (key: string) => this.orNull(o[key], (x) => this.number(x, `${path}.${key}`, { min: 0, max: 1 }));
    let ci: [number, number] | null = null;
    if (o.ci !== null) {
      const pair = this.array(o.ci, `${path}.ci`, 2);
      if (pair.length !== 2) this.bad(`${path}.ci`, o.ci, 'null or [low, high]');
      const lo = this.number(pair[0], `${path}.ci[0]`);
      const hi = this.number(pair[1], `${path}.ci[1]`);
      if (lo > hi) this.fail(`${path}.ci`, `is [${lo}, ${hi}]: the low end must not exceed the high end`);
      ci = [lo, hi];
    }
    return {
      id,
      source,
      metric,
      segment,
      n: this.orNull(o.n, (x) => this.count(x, `${path}.n`)),
      baseline: finite('baseline'),
      candidate: finite('candidate'),
      delta: finite('delta'),
      ci,
      p_value: probability('p_value'),
      p_adjusted: probability('p_adjusted'),
      rule: this.orNull(o.rule, (x) => this.string(x, `${path}.rule`, { max: 256 })),
      status: this.oneOf(o.status, `${path}.status`, STATUSES),
      severity: this.oneOf(o.severity, `${path}.severity`, SEVERITIES),
      higher_is_better: this.orNull(o.higher_is_better, (x) => this.boolean(x, `${path}.higher_is_better`)),
      detectable: this.orNull(o.detectable, (x) => this.number(x, `${path}.detectable`, { min: 0 })),
      message: this.string(o.message, `${path}.message`),
      ...(Object.hasOwn(o, 'tolerance') ? { tolerance: this.orNull(o.tolerance, (x) => this.number(x, `${path}.tolerance`, { min: 0 })) } : {}),
    };
  }

  /** The gate's name or a label: one non-empty line of at most MAX_NAME characters. */
  line(v: unknown, path: string): string {
    const s = this.string(v, path, { oneLine: true, max: MAX_NAME });
    if (s.trim() === '') this.bad(path, v, 'a non-empty line');
    return s;
  }

  login(v: unknown, path: string): string {
    return this.string(v, path, { max: 44, pattern: LOGIN, what: 'a GitHub login' });
  }

  refusal(v: unknown, path: string): OverrideRefusal {
    const o = this.object(v, path, ['label', 'actor', 'permission', 'reason']);
    return {
      label: this.line(o.label, `${path}.label`),
      actor: this.orNull(o.actor, (x) => this.login(x, `${path}.actor`)),
      permission: this.orNull(o.permission, (x) => this.oneOf(x, `${path}.permission`, ROLES)),
      reason: this.nonEmpty(o.reason, `${path}.reason`),
    };
  }

  report(v: unknown): Report {
    const o = this.object(
      v,
      '$',
      ['schema', 'name', 'verdict', 'counts', 'checks', 'inputs', 'config', 'run', 'override', 'generated_at'],
      [...Object.keys(EXTENSIONS), 'override_refused'],
    );
    if (o.schema !== REPORT_SCHEMA) this.bad('$.schema', o.schema, `"${REPORT_SCHEMA}"`);
    const name = this.line(o.name, '$.name');
    const verdict = this.oneOf(o.verdict, '$.verdict', VERDICTS);

    const checks = this.array(o.checks, '$.checks', MAX_CHECKS).map((c, i) => this.check(c, `$.checks[${i}]`));
    const seen = new Map<string, number>();
    checks.forEach((c, i) => {
      const first = seen.get(c.id);
      if (first !== undefined) this.fail(`$.checks[${i}].id`, `is ${show(c.id)}, the same as $.checks[${first}].id: check ids are unique`);
      seen.set(c.id, i);
    });

    const co = this.object(o.counts, '$.counts', ['pass', 'warn', 'fail', 'insufficient']);
    const tally = countChecks(checks);
    const counts = { pass: 0, warn: 0, fail: 0, insufficient: 0 };
    for (const k of STATUSES) {
      counts[k] = this.count(co[k], `$.counts.${k}`);
      if (counts[k] !== tally[k]) this.fail(`$.counts.${k}`, `is ${counts[k]}, but ${tally[k]} checks have status ${k}`);
    }

    const io = this.object(o.inputs, '$.inputs', ['baseline_eval', 'candidate_eval', 'examples', 'shadow', 'requests']);
    const inputs: Report['inputs'] = {
      baseline_eval: this.orNull(io.baseline_eval, (x) => this.inputSummary(x, '$.inputs.baseline_eval')),
      candidate_eval: this.orNull(io.candidate_eval, (x) => this.inputSummary(x, '$.inputs.candidate_eval')),
      examples: this.orNull(io.examples, (x) => this.count(x, '$.inputs.examples')),
      shadow: this.orNull(io.shadow, (x) => this.inputSummary(x, '$.inputs.shadow')),
      requests: this.orNull(io.requests, (x) => this.count(x, '$.inputs.requests')),
    };

    const config = this.json(this.record(o.config, '$.config'), '$.config') as Record<string, unknown>;

    const ro = this.object(o.run, '$.run', ['repository', 'commit', 'pull_request', 'url']);
    const run: Report['run'] = {
      repository: this.orNull(ro.repository, (x) => this.string(x, '$.run.repository', { pattern: REPOSITORY, what: 'null or "owner/name"' })),
      commit: this.orNull(ro.commit, (x) => this.string(x, '$.run.commit', { pattern: COMMIT, what: 'null or a full commit SHA (40 or 64 lowercase hex digits)' })),
      pull_request: this.orNull(ro.pull_request, (x) => this.number(x, '$.run.pull_request', { min: 1, integer: true })),
      url: this.orNull(ro.url, (x) => this.string(x, '$.run.url', { max: 2048, pattern: /^https?:\/\/\S+$/, what: 'null or an http(s) URL' })),
    };

    let override: Report['override'] = null;
    if (o.override !== null) {
      const ov = this.object(o.override, '$.override', ['label', 'actor', 'permission', 'overridden_checks']);
      override = {
        label: this.line(ov.label, '$.override.label'),
        actor: this.login(ov.actor, '$.override.actor'),
        permission: this.oneOf(ov.permission, '$.override.permission', ROLES.filter((r) => r !== 'none')),
        overridden_checks: this.array(ov.overridden_checks, '$.override.overridden_checks', MAX_CHECKS).map((x, i) =>
          this.string(x, `$.override.overridden_checks[${i}]`, { max: 2 * MAX_TEXT }),
        ),
      };
    }
    const refusedGiven = Object.hasOwn(o, 'override_refused');
    const refused = refusedGiven ? this.orNull(o.override_refused, (x) => this.refusal(x, '$.override_refused')) : undefined;

    const generated_at = this.string(o.generated_at, '$.generated_at', { pattern: TIMESTAMP, what: 'an ISO 8601 UTC time like 2025-01-01T00:00:00.000Z' });
    if (!Number.isFinite(Date.parse(generated_at))) this.bad('$.generated_at', generated_at, 'a real date and time');

    // The verdict must follow from the checks, or be a consistent override of a failure.
    const fromCounts = verdictOf(counts);
    if (verdict === 'overridden') {
      if (fromCounts !== 'fail') this.fail('$.verdict', `is "overridden", but no check failed (the checks give "${fromCounts}")`);
      if (override === null) this.fail('$.override', 'is null, but the verdict is "overridden": an override names its label, actor and checks');
      const failed = checks.filter((c) => c.status === 'fail').map((c) => c.id);
      if (override.overridden_checks.length !== failed.length || override.overridden_checks.some((id, i) => id !== failed[i])) {
        this.fail('$.override.overridden_checks', `does not list the ${failed.length} failed check ids in report order`);
      }
    } else {
      if (verdict !== fromCounts) this.fail('$.verdict', `is "${verdict}", but the checks give "${fromCounts}" (${counts.fail} failed, ${counts.warn} warned, ${counts.insufficient} insufficient)`);
      if (override !== null) this.fail('$.override', `is set, but the verdict is "${verdict}", not "overridden"`);
    }
    if (refused && verdict !== 'fail') this.fail('$.override_refused', `is set, but the verdict is "${verdict}": a refused override leaves the verdict "fail"`);

    const report: Report = { schema: REPORT_SCHEMA, name, verdict, counts, checks, inputs, config, run, override, generated_at };
    if (refusedGiven) report.override_refused = refused ?? null;
    for (const [key, validate] of Object.entries(EXTENSIONS)) {
      if (Object.hasOwn(o, key)) (report as unknown as Obj)[key] = validate(this, o[key], `$.${key}`);
    }
    return report;
  }
}

/** Top-level sections other parts of the gate add to the report, each with its validator. */
const EXTENSIONS: Record<string, (v: Validator, value: unknown, path: string) => unknown> = {
  shadow: (v, value, path) => (value === null ? null : shadowSummary(v, value, path)),
  distributions: (v, value, path) => {
    const o = v.object(value, path, ['offline'], ['shadow']);
    const out: Record<string, ScoreDistribution | null> = { offline: v.orNull(o.offline, (x) => distribution(v, x, `${path}.offline`)) };
    if (Object.hasOwn(o, 'shadow')) out.shadow = v.orNull(o.shadow, (x) => distribution(v, x, `${path}.shadow`));
    return out;
  },
  artifact: (v, value, path) => {
    if (value === null) return null;
    const o = v.object(value, path, ['name', 'url']);
    // The URL is never linked as given: src/report/links.ts only links a run-shaped URL of the report's own run.
    return { name: v.line(o.name, `${path}.name`), url: v.orNull(o.url, (x) => v.string(x, `${path}.url`, { max: 2048, oneLine: true })) };
  },
};

const num = (v: Validator, x: unknown, path: string): number => v.number(x, path);

function percentiles(v: Validator, value: unknown, path: string): LatencyPercentiles {
  const o = v.object(value, path, ['p50', 'p95', 'p99']);
  return { p50: num(v, o.p50, `${path}.p50`), p95: num(v, o.p95, `${path}.p95`), p99: num(v, o.p99, `${path}.p99`) };
}

function change(v: Validator, value: unknown, path: string, extra: readonly string[] = []): ShadowChange & Obj {
  const o = v.object(value, path, ['baseline', 'candidate', 'delta', 'relative'], extra);
  return {
    baseline: num(v, o.baseline, `${path}.baseline`),
    candidate: num(v, o.candidate, `${path}.candidate`),
    delta: num(v, o.delta, `${path}.delta`),
    relative: v.orNull(o.relative, (x) => num(v, x, `${path}.relative`)),
  };
}

/** The shadow run's summary (`report.shadow`), field by field. */
function shadowSummary(v: Validator, value: unknown, path: string): ShadowSummary {
  const o = v.object(value, path, ['requests', 'models', 'latency', 'cost_per_1k', 'error_rate', 'labels', 'value_for_money']);
  const models = v.object(o.models, `${path}.models`, ['baseline', 'candidate']);
  const latency = v.orNull(o.latency, (x) => {
    const l = v.object(x, `${path}.latency`, ['requests', 'baseline', 'candidate']);
    return {
      requests: v.count(l.requests, `${path}.latency.requests`),
      baseline: percentiles(v, l.baseline, `${path}.latency.baseline`),
      candidate: percentiles(v, l.candidate, `${path}.latency.candidate`),
    };
  });
  const cost = v.orNull(o.cost_per_1k, (x) => {
    const c = change(v, x, `${path}.cost_per_1k`, ['source']);
    return { ...c, source: v.oneOf((x as Obj).source, `${path}.cost_per_1k.source`, ['cost_usd', 'tokens'] as const) };
  });
  const l = v.object(o.labels, `${path}.labels`, ['labelled', 'coverage', 'from_log', 'from_file', 'file_rows', 'file_unmatched', 'online_requests', 'skipped_metrics']);
  const labels: ShadowSummary['labels'] = {
    labelled: v.count(l.labelled, `${path}.labels.labelled`),
    coverage: v.number(l.coverage, `${path}.labels.coverage`, { min: 0, max: 1 }),
    from_log: v.count(l.from_log, `${path}.labels.from_log`),
    from_file: v.count(l.from_file, `${path}.labels.from_file`),
    file_rows: v.orNull(l.file_rows, (x) => v.count(x, `${path}.labels.file_rows`)),
    file_unmatched: v.orNull(l.file_unmatched, (x) => v.count(x, `${path}.labels.file_unmatched`)),
    online_requests: v.count(l.online_requests, `${path}.labels.online_requests`),
    skipped_metrics: v.array(l.skipped_metrics, `${path}.labels.skipped_metrics`, 100).map((x, i) => v.string(x, `${path}.labels.skipped_metrics[${i}]`, { max: 512 })),
  };
  const vfm = v.orNull(o.value_for_money, (x) => {
    const p = `${path}.value_for_money`;
    const m = v.object(x, p, ['metric', 'source', 'baseline', 'candidate', 'lift', 'cost_per_1k', 'latency_p99_ms', 'cost_per_point']);
    return {
      metric: v.string(m.metric, `${p}.metric`, { max: 256, oneLine: true }),
      source: v.oneOf(m.source, `${p}.source`, ['offline', 'online'] as const),
      baseline: num(v, m.baseline, `${p}.baseline`),
      candidate: num(v, m.candidate, `${p}.candidate`),
      lift: num(v, m.lift, `${p}.lift`),
      cost_per_1k: v.orNull(m.cost_per_1k, (y) => change(v, y, `${p}.cost_per_1k`)),
      latency_p99_ms: v.orNull(m.latency_p99_ms, (y) => change(v, y, `${p}.latency_p99_ms`)),
      cost_per_point: v.orNull(m.cost_per_point, (y) => num(v, y, `${p}.cost_per_point`)),
    };
  });
  return {
    requests: v.count(o.requests, `${path}.requests`),
    models: { baseline: v.line(models.baseline, `${path}.models.baseline`), candidate: v.line(models.candidate, `${path}.models.candidate`) },
    latency,
    cost_per_1k: cost,
    error_rate: v.orNull(o.error_rate, (x) => change(v, x, `${path}.error_rate`)),
    labels,
    value_for_money: vfm,
  };
}

/** A score histogram: ascending edges, one more than the bins, and a count per bin for each model. */
function distribution(v: Validator, value: unknown, path: string): ScoreDistribution {
  const o = v.object(value, path, ['kind', 'edges', 'baseline', 'candidate']);
  const kind = v.oneOf(o.kind, `${path}.kind`, ['probability', 'prediction'] as const);
  const edges = v.array(o.edges, `${path}.edges`, 1001).map((x, i) => v.number(x, `${path}.edges[${i}]`));
  edges.forEach((e, i) => {
    if (i > 0 && !(e > edges[i - 1])) v.fail(`${path}.edges[${i}]`, 'is not above the edge before it: edges ascend');
  });
  const counts = (key: 'baseline' | 'candidate'): number[] => {
    const xs = v.array(o[key], `${path}.${key}`, 1000).map((x, i) => v.count(x, `${path}.${key}[${i}]`));
    if (xs.length !== Math.max(0, edges.length - 1)) v.fail(`${path}.${key}`, `has ${xs.length} bins, but the edges make ${Math.max(0, edges.length - 1)}`);
    return xs;
  };
  return { kind, edges, baseline: counts('baseline'), candidate: counts('candidate') };
}

/**
 * `value` as a `Report` if it is a valid `model-release-gate/report@1`, as a fresh
 * object holding only the fields the schema has. Throws `DataError` naming `file`
 * and the JSON path of the first problem, e.g.
 * `report.json: $.checks[3].p_value is "0.2": expected a finite number in [0, 1]`.
 */
export function validateReport(value: unknown, file: string): Report {
  return new Validator(file).report(value);
}

/**
 * Read, parse and validate the report.json at `path` (as the user gave it, for
 * messages). Throws `DataError` when it is missing, too large, not JSON, or invalid.
 */
export function loadReport(path: string): Report {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new DataError(path, 'not a file: from-report takes the path of report.json from the first run');
    size = st.size;
  } catch (e) {
    if (e instanceof DataError) throw e;
    throw new DataError(path, 'not found: from-report takes the path of report.json downloaded from the first run\'s artifact');
  }
  if (size > MAX_REPORT_BYTES) throw new DataError(path, `${size} bytes: a report.json is at most ${MAX_REPORT_BYTES} bytes`);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    const why = (e as Error).message.replace(/\s+/g, ' ');
    throw new DataError(path, `not valid JSON: ${why.length > 200 ? `${why.slice(0, 200)}…` : why}`);
  }
  return validateReport(value, path);
}
