// Builds EvalData for the metric tests from plain arrays, and a seeded random generator.
import type { MetricConfig } from '../../src/config/types.js';
import type { CategoricalColumn, EvalData } from '../../src/io/types.js';

export interface Rows {
  label: number[];
  weight?: number[] | null;
  classes?: string[];
  baseline: { score: number[]; decision?: number[] };
  candidate: { score: number[]; decision?: number[] };
  /** Segment columns: name -> value per row; `domain` adds values no row has (empty segments). */
  segments?: Record<string, string[]>;
  domain?: Record<string, string[]>;
  numeric?: Record<string, { baseline: number[]; candidate: number[] }>;
}

/** Dictionary-encodes a string column; codes follow first appearance, then any extra domain values. */
export function categorical(name: string, values: string[], extra: string[] = []): CategoricalColumn {
  const dict: string[] = [];
  const at = new Map<string, number>();
  const codes = new Int32Array(values.length);
  values.forEach((v, i) => {
    let c = at.get(v);
    if (c === undefined) {
      c = dict.length;
      dict.push(v);
      at.set(v, c);
    }
    codes[i] = c;
  });
  for (const v of extra) if (!at.has(v)) dict.push(v);
  return { name, codes, values: dict };
}

export function evalData(rows: Rows): EvalData {
  const n = rows.label.length;
  const f = (a: number[]) => Float64Array.from(a);
  const model = (m: { score: number[]; decision?: number[] }) => ({
    score: f(m.score),
    decision: f(m.decision ?? m.score),
  });
  return {
    n,
    label: f(rows.label),
    classes: rows.classes ?? [],
    weight: rows.weight ? f(rows.weight) : null,
    baseline: model(rows.baseline),
    candidate: model(rows.candidate),
    segments: Object.entries(rows.segments ?? {}).map(([name, v]) => categorical(name, v, rows.domain?.[name])),
    numeric: Object.fromEntries(Object.entries(rows.numeric ?? {}).map(([k, v]) => [k, { baseline: f(v.baseline), candidate: f(v.candidate) }])),
    integrity: {
      baselineRows: n,
      candidateRows: n,
      matched: n,
      onlyBaseline: 0,
      onlyCandidate: 0,
      coverage: 1,
      examplesOnlyBaseline: [],
      examplesOnlyCandidate: [],
    },
    files: { baseline: ['baseline.csv'], candidate: ['candidate.csv'] },
  };
}

/** A metric config with a placeholder rule (measuring ignores rules). */
export function metric(direction: 'higher' | 'lower' = 'higher', costs?: MetricConfig['costs']): MetricConfig {
  return { rule: { severity: 'fail' }, direction, ...(costs ? { costs } : {}) };
}

/** Configs for a list of metric names. */
export function metricsOf(names: string[], costs?: MetricConfig['costs']): Record<string, MetricConfig> {
  return Object.fromEntries(names.map((n) => [n, metric('higher', n === 'expected_cost' ? costs : undefined)]));
}

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const BINARY_METRICS = ['accuracy', 'precision', 'recall', 'f1', 'fpr', 'positive_rate', 'expected_cost', 'auc', 'pr_auc', 'log_loss', 'brier', 'ece'];

/** |actual - expected| within 1e-12 relative (floating sums in another order), nulls exactly. */
export function close(actual: number | null, expected: number | null, tol = 1e-12): boolean {
  if (actual === null || expected === null) return actual === expected;
  return Math.abs(actual - expected) <= tol * Math.max(1, Math.abs(expected));
}

/** The rows of `data` at `rows`, as a dataset of their own (no segment columns). */
export function subset(data: EvalData, rows: number[]): EvalData {
  const pick = (a: ArrayLike<number>) => Float64Array.from(rows, (r) => a[r]);
  return {
    ...data,
    n: rows.length,
    label: pick(data.label),
    weight: data.weight ? pick(data.weight) : null,
    baseline: { score: pick(data.baseline.score), decision: pick(data.baseline.decision) },
    candidate: { score: pick(data.candidate.score), decision: pick(data.candidate.decision) },
    segments: [],
    numeric: Object.fromEntries(Object.entries(data.numeric).map(([k, v]) => [k, { baseline: pick(v.baseline), candidate: pick(v.candidate) }])),
  };
}
