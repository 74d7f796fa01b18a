// Valid configs: the contract's example, defaults, shorthands, overrides,
// shadow, and the effective config's round trip.
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { defaultShadowConfig, effectiveConfig, formatRule, parseConfig, toleranceAmount } from '../../src/config/parse.js';
import type { GateConfig, Rule } from '../../src/config/types.js';

/** Section 3 of the contract, verbatim. */
const CONTRACT_EXAMPLE = `
task: binary                 # binary | multiclass | regression
threshold: 0.5               # binary decision threshold on score
columns:                     # renames; defaults as in section 2
  segments: [region, device]
segments:
  min_samples: 200           # fewer: the segment's checks are "insufficient" (a warning)
  cross: [[region, device]]  # optional crossed segments
statistics:
  confidence: 0.95
  correction: holm           # holm | bh | none, across all change checks of a run
  seed: 1
metrics:                     # offline rules, applied to every segment
  recall: { max_drop: 1pp }
  auc: { max_drop: 0.005, min: 0.80 }
  precision: { max_drop: 2% }
  expected_cost: { costs: { fp: 1, fn: 5 }, max_increase: 3% }
overrides:                   # per-segment changes to the rules
  "region=BR": { recall: { max_drop: 2pp } }
shadow:
  models: { baseline: baseline, candidate: candidate }
  pricing: { input_per_1k_tokens: 0.0005, output_per_1k_tokens: 0.0015 }
  envelope:
    latency_p99_ms: { max: 250, max_increase: 10% }
    latency_p50_ms: { max_increase: 10% }
    cost_per_1k: { max: 0.40, max_increase: 5% }
    error_rate: { max: 0.5pp }
  agreement: { min: 0.90 }
  score_psi: { max: 0.2 }
`;

const DEFAULT_COLUMNS = {
  id: 'id',
  label: 'label',
  score: 'score',
  prediction: 'prediction',
  weight: 'weight',
  segments: [] as string[],
  request_id: 'request_id',
  model: 'model',
  latency_ms: 'latency_ms',
  cost_usd: 'cost_usd',
  input_tokens: 'input_tokens',
  output_tokens: 'output_tokens',
  error: 'error',
};

const pp = (n: number, text: string) => ({ kind: 'points' as const, value: n, text });
const rel = (n: number, text: string) => ({ kind: 'relative' as const, value: n, text });
const abs = (n: number) => ({ kind: 'absolute' as const, value: n, text: String(n) });

const roundTrip = (cfg: GateConfig) => parseConfig(stringify(effectiveConfig(cfg)), 'effective');

describe('parseConfig: the contract example', () => {
  const cfg = parseConfig(CONTRACT_EXAMPLE, 'gate.yml');

  test('parses to the expected typed config', () => {
    const expected: GateConfig = {
      task: 'binary',
      threshold: 0.5,
      columns: { ...DEFAULT_COLUMNS, segments: ['region', 'device'] },
      segments: { minSamples: 200, cross: [['region', 'device']] },
      statistics: { confidence: 0.95, correction: 'holm', seed: 1, resamples: 2000 },
      integrity: { minCoverage: 0.99 },
      metrics: {
        recall: { rule: { maxDrop: pp(0.01, '1pp'), severity: 'fail' }, direction: 'higher' },
        auc: { rule: { min: 0.8, maxDrop: abs(0.005), severity: 'fail' }, direction: 'higher' },
        precision: { rule: { maxDrop: rel(0.02, '2%'), severity: 'fail' }, direction: 'higher' },
        expected_cost: {
          rule: { maxIncrease: rel(0.03, '3%'), severity: 'fail' },
          costs: { tp: 0, fp: 1, tn: 0, fn: 5 },
          direction: 'lower',
        },
      },
      overrides: { 'region=BR': { recall: { maxDrop: pp(0.02, '2pp'), severity: 'fail' } } },
      shadow: {
        models: { baseline: 'baseline', candidate: 'candidate' },
        pricing: { inputPer1kTokens: 0.0005, outputPer1kTokens: 0.0015 },
        envelope: {
          latency_p99_ms: { max: 250, maxIncrease: rel(0.1, '10%'), severity: 'fail' },
          latency_p50_ms: { maxIncrease: rel(0.1, '10%'), severity: 'fail' },
          cost_per_1k: { max: 0.4, maxIncrease: rel(0.05, '5%'), severity: 'fail' },
          error_rate: { max: 0.005, severity: 'fail' },
          agreement: { min: 0.9, severity: 'fail' },
          score_psi: { max: 0.2, severity: 'fail' },
        },
        valueForMoney: null,
      },
    };
    expect(cfg).toEqual(expected);
  });

  test('metrics, envelope and overrides keep the order they were written in', () => {
    expect(Object.keys(cfg.metrics)).toEqual(['recall', 'auc', 'precision', 'expected_cost']);
    expect(Object.keys(cfg.shadow!.envelope)).toEqual(['latency_p99_ms', 'latency_p50_ms', 'cost_per_1k', 'error_rate', 'agreement', 'score_psi']);
  });

  test('effective config: snake_case, tolerances as written, fixed key order', () => {
    const eff = effectiveConfig(cfg);
    expect(Object.keys(eff)).toEqual(['task', 'threshold', 'columns', 'segments', 'statistics', 'integrity', 'metrics', 'overrides', 'shadow']);
    expect(eff.metrics).toEqual({
      recall: { max_drop: '1pp', severity: 'fail' },
      auc: { min: 0.8, max_drop: 0.005, severity: 'fail' },
      precision: { max_drop: '2%', severity: 'fail' },
      expected_cost: { costs: { fp: 1, fn: 5, tp: 0, tn: 0 }, max_increase: '3%', severity: 'fail' },
    });
    expect(Object.keys((eff.metrics as Record<string, object>).auc)).toEqual(['min', 'max_drop', 'severity']);
    expect(eff.overrides).toEqual({ 'region=BR': { recall: { max_drop: '2pp', severity: 'fail' } } });
    expect(eff.shadow).toEqual({
      models: { baseline: 'baseline', candidate: 'candidate' },
      pricing: { input_per_1k_tokens: 0.0005, output_per_1k_tokens: 0.0015 },
      envelope: {
        latency_p99_ms: { max: 250, max_increase: '10%', severity: 'fail' },
        latency_p50_ms: { max_increase: '10%', severity: 'fail' },
        cost_per_1k: { max: 0.4, max_increase: '5%', severity: 'fail' },
        error_rate: { max: 0.005, severity: 'fail' },
        agreement: { min: 0.9, severity: 'fail' },
        score_psi: { max: 0.2, severity: 'fail' },
      },
      value_for_money: null,
    });
  });

  test('effective config round trip: its YAML (and its JSON) parse to an equal config', () => {
    expect(roundTrip(cfg)).toEqual(cfg);
    expect(parseConfig(JSON.stringify(effectiveConfig(cfg)), 'effective.json')).toEqual(cfg);
  });

  test('same text, same effective config, byte for byte', () => {
    expect(JSON.stringify(effectiveConfig(parseConfig(CONTRACT_EXAMPLE, 'a')))).toBe(JSON.stringify(effectiveConfig(cfg)));
  });
});

describe('parseConfig: defaults', () => {
  const expectedDefaults: GateConfig = {
    task: 'binary',
    threshold: 0.5,
    columns: DEFAULT_COLUMNS,
    segments: { minSamples: 200, cross: [] },
    statistics: { confidence: 0.95, correction: 'holm', seed: 1, resamples: 2000 },
    integrity: { minCoverage: 0.99 },
    metrics: {
      auc: { rule: { maxDrop: abs(0.01), severity: 'fail' }, direction: 'higher' },
      recall: { rule: { maxDrop: pp(0.01, '1pp'), severity: 'fail' }, direction: 'higher' },
      precision: { rule: { maxDrop: pp(0.01, '1pp'), severity: 'fail' }, direction: 'higher' },
      log_loss: { rule: { maxIncrease: rel(0.05, '5%'), severity: 'fail' }, direction: 'lower' },
    },
    overrides: {},
    shadow: null,
  };

  test.each([
    ['no config', undefined],
    ['empty text', ''],
    ['whitespace', '  \n\t\n'],
    ['only comments', '# nothing here\n'],
    ['empty sections', 'columns:\nsegments: {}\nstatistics:\nmetrics: {}\noverrides:\nshadow: null\n'],
  ])('%s gives the documented defaults', (_what, text) => {
    expect(parseConfig(text, 'config input')).toEqual(expectedDefaults);
  });

  test('per-task default metrics', () => {
    expect(parseConfig('task: multiclass', 'x').metrics).toEqual({
      accuracy: { rule: { maxDrop: pp(0.01, '1pp'), severity: 'fail' }, direction: 'higher' },
      macro_f1: { rule: { maxDrop: pp(0.01, '1pp'), severity: 'fail' }, direction: 'higher' },
    });
    expect(parseConfig('task: regression', 'x').metrics).toEqual({
      mae: { rule: { maxIncrease: rel(0.02, '2%'), severity: 'fail' }, direction: 'lower' },
      rmse: { rule: { maxIncrease: rel(0.02, '2%'), severity: 'fail' }, direction: 'lower' },
    });
  });

  test('a shadow section without envelope gets the default envelope; agreement is added to it', () => {
    const s = parseConfig('shadow: { agreement: { min: 90% } }', 'x').shadow!;
    expect(s.models).toEqual({ baseline: 'baseline', candidate: 'candidate' });
    expect(s.pricing).toBeNull();
    expect(s.envelope).toEqual({
      latency_p99_ms: { maxIncrease: rel(0.1, '10%'), severity: 'fail' },
      cost_per_1k: { maxIncrease: rel(0.05, '5%'), severity: 'fail' },
      error_rate: { maxIncrease: pp(0.005, '0.5pp'), severity: 'fail' },
      agreement: { min: 0.9, severity: 'fail' },
    });
    expect(parseConfig('shadow: {}', 'x').shadow!.envelope).toEqual(parseConfig('shadow: { envelope: {} }', 'x').shadow!.envelope);
    expect(defaultShadowConfig()).toEqual({
      models: { baseline: 'baseline', candidate: 'candidate' },
      pricing: null,
      envelope: {
        latency_p99_ms: { maxIncrease: rel(0.1, '10%'), severity: 'fail' },
        cost_per_1k: { maxIncrease: rel(0.05, '5%'), severity: 'fail' },
        error_rate: { maxIncrease: pp(0.005, '0.5pp'), severity: 'fail' },
      },
      valueForMoney: null,
    });
  });

  test('the effective config of the defaults round-trips', () => {
    const cfg = parseConfig(undefined, 'x');
    expect(effectiveConfig(cfg).shadow).toBeNull();
    expect(roundTrip(cfg)).toEqual(cfg);
  });
});

describe('parseConfig: rule forms', () => {
  test('a metric with no limits: null, {} or only a severity', () => {
    const cfg = parseConfig('metrics:\n  recall:\n  auc: {}\n  f1: { severity: warn }', 'x');
    expect(cfg.metrics.recall.rule).toEqual({ severity: 'fail' });
    expect(cfg.metrics.auc.rule).toEqual({ severity: 'fail' });
    expect(cfg.metrics.f1.rule).toEqual({ severity: 'warn' });
    expect(formatRule(cfg.metrics.recall.rule)).toBe('no limit');
  });

  test('rate limits as numbers, percentages and points; tolerances without rounding noise', () => {
    const cfg = parseConfig('metrics:\n  recall: { min: 90%, max: "99.5%", max_drop: 1.1% }\n  fpr: { max: 0.5pp, max_increase: 0.25pp }\n  auc: { min: .8, max_drop: "0.005" }', 'x');
    expect(cfg.metrics.recall.rule).toEqual({ min: 0.9, max: 0.995, maxDrop: rel(0.011, '1.1%'), severity: 'fail' });
    expect(cfg.metrics.fpr.rule).toEqual({ max: 0.005, maxIncrease: pp(0.0025, '0.25pp'), severity: 'fail' });
    expect(cfg.metrics.auc.rule).toEqual({ min: 0.8, maxDrop: abs(0.005), severity: 'fail' });
  });

  test('non-rate metrics take any number for min/max and % for tolerances; zero tolerance is allowed', () => {
    const cfg = parseConfig('metrics:\n  log_loss: { max: 0.7, max_increase: 0 }\n  brier: { max_increase: 5% }', 'x');
    expect(cfg.metrics.log_loss.rule).toEqual({ max: 0.7, maxIncrease: abs(0), severity: 'fail' });
    expect(cfg.metrics.brier.rule).toEqual({ maxIncrease: rel(0.05, '5%'), severity: 'fail' });
  });

  test('mean[X] with a declared direction, for any task; recall[CLASS] for multiclass', () => {
    const cfg = parseConfig(
      'task: multiclass\nmetrics:\n  "recall[fraud]": { max_drop: 2pp }\n  "mean[judge_score]": { direction: higher, max_drop: 0.1, min: 3 }\n  "mean[tokens]": { direction: lower, max_increase: 10% }',
      'x',
    );
    expect(cfg.metrics['recall[fraud]']).toEqual({ rule: { maxDrop: pp(0.02, '2pp'), severity: 'fail' }, direction: 'higher' });
    expect(cfg.metrics['mean[judge_score]']).toEqual({ rule: { min: 3, maxDrop: abs(0.1), severity: 'fail' }, direction: 'higher' });
    expect(cfg.metrics['mean[tokens]']).toEqual({ rule: { maxIncrease: rel(0.1, '10%'), severity: 'fail' }, direction: 'lower' });
    const eff = effectiveConfig(cfg).metrics as Record<string, unknown>;
    expect(eff['mean[tokens]']).toEqual({ direction: 'lower', max_increase: '10%', severity: 'fail' });
    expect(eff['recall[fraud]']).toEqual({ max_drop: '2pp', severity: 'fail' });
    expect(roundTrip(cfg)).toEqual(cfg);
  });

  test('expected_cost with all four costs', () => {
    const cfg = parseConfig('metrics: { expected_cost: { costs: { fp: 1, fn: 5, tp: -2, tn: 0.5 }, max: 3 } }', 'x');
    expect(cfg.metrics.expected_cost.costs).toEqual({ tp: -2, fp: 1, tn: 0.5, fn: 5 });
    expect(roundTrip(cfg)).toEqual(cfg);
  });

  test('YAML anchors and merge keys share rules', () => {
    const cfg = parseConfig('metrics:\n  recall: &strict { max_drop: 1pp, severity: warn }\n  precision: *strict\n  f1: { <<: *strict, min: 0.5 }', 'x');
    expect(cfg.metrics.precision.rule).toEqual(cfg.metrics.recall.rule);
    expect(cfg.metrics.f1.rule).toEqual({ min: 0.5, maxDrop: pp(0.01, '1pp'), severity: 'warn' });
  });

  test('renamed columns and settings are kept', () => {
    const cfg = parseConfig(
      'columns: { id: example_id, score: p_fraud, segments: [country] }\nstatistics: { confidence: 0.9, correction: bh, seed: 42, resamples: 500 }\nintegrity: { min_coverage: 1 }\nsegments: { min_samples: 1 }',
      'x',
    );
    expect(cfg.columns).toEqual({ ...DEFAULT_COLUMNS, id: 'example_id', score: 'p_fraud', segments: ['country'] });
    expect(cfg.statistics).toEqual({ confidence: 0.9, correction: 'bh', seed: 42, resamples: 500 });
    expect(cfg.integrity).toEqual({ minCoverage: 1 });
    expect(cfg.segments.minSamples).toBe(1);
    expect(roundTrip(cfg)).toEqual(cfg);
  });

  test('threshold for binary; omitted from the effective config of other tasks', () => {
    expect(parseConfig('threshold: 0.3', 'x').threshold).toBe(0.3);
    const reg = parseConfig('task: regression', 'x');
    expect('threshold' in effectiveConfig(reg)).toBe(false);
    expect(roundTrip(reg)).toEqual(reg);
  });
});

describe('parseConfig: overrides', () => {
  const yaml = `
columns: { segments: [region, device] }
segments: { cross: [[region, device]] }
metrics:
  auc: { min: 0.8, max_drop: 0.01 }
  recall: { max_drop: 1pp, severity: warn }
shadow:
  envelope:
    latency_p99_ms: { max: 250 }
overrides:
  overall: { auc: { min: 0.85 } }
  "region=BR": { recall: { max_drop: 2pp }, auc: { min: null } }
  "region=BR&device=ios": { recall: { severity: fail }, latency_p99_ms: { max: 400 } }
`;
  const cfg = parseConfig(yaml, 'x');

  test('merge key by key over the metric rule: replaced, kept, removed with null', () => {
    expect(cfg.overrides).toEqual({
      overall: { auc: { min: 0.85, maxDrop: abs(0.01), severity: 'fail' } },
      'region=BR': {
        recall: { maxDrop: pp(0.02, '2pp'), severity: 'warn' },
        auc: { maxDrop: abs(0.01), severity: 'fail' },
      },
      'region=BR&device=ios': {
        recall: { maxDrop: pp(0.01, '1pp'), severity: 'fail' },
        latency_p99_ms: { max: 400, severity: 'fail' },
      },
    });
  });

  test('the metric rules themselves are untouched by overrides', () => {
    expect(cfg.metrics.auc.rule).toEqual({ min: 0.8, maxDrop: abs(0.01), severity: 'fail' });
  });

  test('the effective config writes removed limits as null, so the round trip is exact', () => {
    expect((effectiveConfig(cfg).overrides as Record<string, unknown>)['region=BR']).toEqual({
      recall: { max_drop: '2pp', severity: 'warn' },
      auc: { min: null, max_drop: 0.01, severity: 'fail' },
    });
    expect(roundTrip(cfg)).toEqual(cfg);
  });
});

describe('parseConfig: shadow', () => {
  test('value_for_money and renamed models', () => {
    const cfg = parseConfig(
      'metrics: { recall: { max_drop: 1pp } }\nshadow:\n  models: { baseline: prod-v3, candidate: "2024" }\n  value_for_money: { metric: pr_auc, max_cost_per_1k_per_point: 0.02, severity: warn }\n  score_psi: {}',
      'x',
    );
    expect(cfg.shadow!.models).toEqual({ baseline: 'prod-v3', candidate: '2024' });
    expect(cfg.shadow!.valueForMoney).toEqual({ metric: 'pr_auc', maxCostPer1kPerPoint: 0.02, severity: 'warn' });
    expect(cfg.shadow!.envelope.score_psi).toEqual({ severity: 'fail' });
    expect(roundTrip(cfg)).toEqual(cfg);
  });
});

describe('rule helpers', () => {
  const rule: Rule = { min: 0.8, max: 0.99, maxDrop: pp(0.01, '1pp'), severity: 'fail' };

  test('formatRule renders one limit or all of them', () => {
    expect(formatRule(rule, 'maxDrop')).toBe('max_drop 1pp');
    expect(formatRule(rule, 'min')).toBe('min 0.8');
    expect(formatRule({ maxIncrease: rel(0.05, '5%'), severity: 'warn' }, 'maxIncrease')).toBe('max_increase 5%');
    expect(formatRule({ maxDrop: abs(0.005), severity: 'fail' })).toBe('max_drop 0.005');
    expect(formatRule(rule)).toBe('min 0.8, max 0.99, max_drop 1pp');
    expect(formatRule(rule, 'maxIncrease')).toBe('no limit');
  });

  test('toleranceAmount: relative scales with |baseline|, points and absolute do not', () => {
    expect(toleranceAmount(rel(0.05, '5%'), 0.2)).toBeCloseTo(0.01, 15);
    expect(toleranceAmount(rel(0.02, '2%'), -3)).toBeCloseTo(0.06, 15);
    expect(toleranceAmount(rel(0.02, '2%'), 0)).toBe(0);
    expect(toleranceAmount(pp(0.01, '1pp'), 0.8)).toBe(0.01);
    expect(toleranceAmount(abs(0.005), 123)).toBe(0.005);
  });
});
