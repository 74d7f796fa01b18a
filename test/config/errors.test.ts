// Every kind of config mistake, one row each: the exact issues reported
// (`path: message`), all at once, in document order.
import { describe, expect, test } from 'vitest';
import { ConfigError } from '../../src/errors/index.js';
import { parseConfig } from '../../src/config/parse.js';

function issuesOf(yaml: string): string[] {
  try {
    parseConfig(yaml, 'gate.yml');
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    expect(e.source).toBe('gate.yml');
    return e.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
  }
  throw new Error('expected a ConfigError');
}

const SEG = 'columns: { segments: [region, device] }\n';

const rows: Array<{ what: string; yaml: string; expected: string[] }> = [
  {
    what: 'unknown top-level key, close to a known one',
    yaml: 'thresold: 0.4',
    expected: ['thresold: unknown key `thresold`; did you mean `threshold`?'],
  },
  {
    what: 'unknown top-level key, nothing close: lists the valid keys',
    yaml: 'banana: 1',
    expected: ['banana: unknown key `banana`; valid keys: task, threshold, columns, segments, statistics, integrity, metrics, overrides, shadow, data'],
  },
  {
    what: 'camelCase key is matched to its snake_case name',
    yaml: 'segments: { minSamples: 50 }',
    expected: ['segments.minSamples: unknown key `minSamples`; did you mean `min_samples`?'],
  },
  {
    what: 'unknown rule key (transposition)',
    yaml: 'metrics: { recall: { max_dorp: 1pp } }',
    expected: ['metrics.recall.max_dorp: unknown key `max_dorp`; did you mean `max_drop`?'],
  },
  {
    what: 'unknown rule key, nothing close: the keys valid for that metric',
    yaml: 'metrics: { recall: { tolerance: 1pp } }',
    expected: ['metrics.recall.tolerance: unknown key `tolerance`; valid keys: min, max, max_drop, severity'],
  },
  {
    what: 'max_increase on a higher-is-better metric',
    yaml: 'metrics: { recall: { max_increase: 1pp } }',
    expected: ['metrics.recall.max_increase: recall: higher is better, so use max_drop (not max_increase)'],
  },
  {
    what: 'max_drop on a lower-is-better metric',
    yaml: 'metrics: { log_loss: { max_drop: 5% } }',
    expected: ['metrics.log_loss.max_drop: log_loss: lower is better, so use max_increase (not max_drop)'],
  },
  {
    what: 'tolerance with a space before %',
    yaml: 'metrics: { precision: { max_drop: "2 %" } }',
    expected: ['metrics.precision.max_drop: expected a number, a relative "N%" or percentage points "Npp", got "2 %"; write it without spaces: "2%"'],
  },
  {
    what: 'tolerance with a space before pp',
    yaml: 'metrics: { recall: { max_drop: 1 pp } }',
    expected: ['metrics.recall.max_drop: expected a number, a relative "N%" or percentage points "Npp", got "1 pp"; write it without spaces: "1pp"'],
  },
  {
    what: 'tolerance that is not an amount at all',
    yaml: 'metrics: { recall: { max_drop: a little } }',
    expected: ['metrics.recall.max_drop: expected a number, a relative "N%" or percentage points "Npp", got "a little"'],
  },
  {
    what: 'negative tolerances, in pp and as a number',
    yaml: 'metrics: { recall: { max_drop: -1pp }, auc: { max_drop: -0.01 } }',
    expected: [
      'metrics.recall.max_drop: must not be negative, got "-1pp": max_drop is the worsening allowed, 0 or more',
      'metrics.auc.max_drop: must not be negative, got -0.01: max_drop is the worsening allowed, 0 or more',
    ],
  },
  {
    what: 'pp on a metric that is not a rate',
    yaml: 'metrics: { log_loss: { max_increase: 1pp } }',
    expected: ['metrics.log_loss.max_increase: "1pp" is in percentage points, which apply to rates only; log_loss is not a rate: use a number in its own units or a relative "N%"'],
  },
  {
    what: 'a percentage limit on a metric that is not a rate',
    yaml: 'metrics: { log_loss: { max: 50% } }',
    expected: ['metrics.log_loss.max: "50%" is a percentage, which applies to rates only; log_loss is not a rate: give a number in its own units'],
  },
  {
    what: 'a rate limit outside [0, 1] (80 meant as 80%)',
    yaml: 'metrics: { recall: { min: 80 } }',
    expected: ['metrics.recall.min: expected a rate from 0 to 1 (or a percentage such as "90%"), got 80'],
  },
  {
    what: 'a limit that is not a number',
    yaml: 'metrics: { log_loss: { max: high } }',
    expected: ['metrics.log_loss.max: expected a number, got "high"'],
  },
  {
    what: 'min above max',
    yaml: 'metrics: { auc: { min: 0.9, max: 0.8 } }',
    expected: ['metrics.auc.min: min 0.9 is greater than max 0.8; no value could pass'],
  },
  {
    what: 'expected_cost without costs',
    yaml: 'metrics: { expected_cost: { max_increase: 3% } }',
    expected: ['metrics.expected_cost.costs: missing: expected_cost needs costs: { fp: N, fn: N } (tp and tn are optional, default 0)'],
  },
  {
    what: 'costs with a missing, a bad and an unknown key',
    yaml: 'metrics: { expected_cost: { costs: { fp: 1, tp: free, fnn: 5 } } }',
    expected: [
      'metrics.expected_cost.costs.tp: expected a number (cost per example), got "free"',
      'metrics.expected_cost.costs.fnn: unknown key `fnn`; did you mean `fn`?',
      'metrics.expected_cost.costs.fn: missing: the cost of a false negative, a number',
    ],
  },
  {
    what: 'costs on a metric other than expected_cost',
    yaml: 'metrics: { recall: { costs: { fp: 1, fn: 5 }, max_drop: 1pp } }',
    expected: ['metrics.recall.costs: costs applies to expected_cost only, not recall'],
  },
  {
    what: 'mean[X] without direction',
    yaml: 'metrics: { "mean[judge_score]": { max_drop: 0.1 } }',
    expected: ['metrics.mean[judge_score].direction: missing: mean[judge_score] needs direction: higher or lower (which way is better)'],
  },
  {
    what: 'mean[X] with a direction that is neither higher nor lower',
    yaml: 'metrics: { "mean[judge_score]": { direction: up } }',
    expected: ['metrics.mean[judge_score].direction: expected higher or lower, got "up"'],
  },
  {
    what: 'mean[X] with the change key against its declared direction',
    yaml: 'metrics: { "mean[latency]": { direction: lower, max_drop: 5 } }',
    expected: ['metrics.mean[latency].max_drop: mean[latency]: lower is better, so use max_increase (not max_drop)'],
  },
  {
    what: 'direction on a built-in metric',
    yaml: 'metrics: { auc: { direction: lower } }',
    expected: ['metrics.auc.direction: direction applies to mean[X] only; auc is fixed: higher is better'],
  },
  {
    what: 'recall[CLASS] with task binary',
    yaml: 'metrics: { "recall[fraud]": { max_drop: 1pp } }',
    expected: ['metrics.recall[fraud]: recall[CLASS] is for task multiclass only (task is binary); use recall'],
  },
  {
    what: 'other metrics take no [argument]',
    yaml: 'task: multiclass\nmetrics: { "accuracy[cat]": {} }',
    expected: [
      'metrics.accuracy[cat]: unknown metric `accuracy[cat]`: only recall[CLASS], precision[CLASS], top_k_accuracy[K] and mean[X] take a [column, class or count]; valid for multiclass: accuracy, log_loss, macro_f1, macro_recall, balanced_accuracy, mcc, auc_ovr, recall[CLASS], precision[CLASS], top_k_accuracy[K], mean[X]',
    ],
  },
  {
    what: 'misspelt metric name',
    yaml: 'metrics: { recal: { max_drop: 1pp } }',
    expected: [
      'metrics.recal: unknown metric `recal` for task binary; did you mean `recall`? Valid: accuracy, precision, recall, f1, fpr, positive_rate, expected_cost, auc, pr_auc, log_loss, brier, ece, balanced_accuracy, mcc, mean[X]',
    ],
  },
  {
    what: 'a metric of another task',
    yaml: 'metrics: { mae: { max_increase: 2% } }',
    expected: [
      'metrics.mae: mae is a regression metric, not binary; valid for binary: accuracy, precision, recall, f1, fpr, positive_rate, expected_cost, auc, pr_auc, log_loss, brier, ece, balanced_accuracy, mcc, mean[X]',
    ],
  },
  {
    what: 'a shadow metric under metrics',
    yaml: 'metrics: { latency_p99_ms: { max: 250 } }',
    expected: ['metrics.latency_p99_ms: latency_p99_ms is a shadow metric; put it under shadow.envelope'],
  },
  {
    what: 'severity misspelt',
    yaml: 'metrics: { auc: { severity: warning } }',
    expected: ['metrics.auc.severity: expected fail or warn, got "warning"; did you mean `warn`?'],
  },
  {
    what: 'a rule that is not a mapping',
    yaml: 'metrics: { recall: 0.01 }',
    expected: ['metrics.recall: expected a rule such as { max_drop: 1pp }, got 0.01'],
  },
  {
    what: 'metrics as a list',
    yaml: 'metrics: [recall, auc]',
    expected: ['metrics: expected a mapping of metric name to rule, such as { recall: { max_drop: 1pp } }, got a list ["recall","auc"]'],
  },
  {
    what: 'unknown task: reported once, its metrics are not judged against a guess',
    yaml: 'task: bianry\nmetrics: { recall: { max_drop: 1pp } }',
    expected: ['task: expected binary, multiclass or regression, got "bianry"; did you mean `binary`?'],
  },
  {
    what: 'threshold with a task other than binary',
    yaml: 'task: regression\nthreshold: 0.3',
    expected: ['threshold: threshold 0.3 applies to task binary only (task is regression); remove it'],
  },
  {
    what: 'threshold outside [0, 1]',
    yaml: 'threshold: 50',
    expected: ['threshold: expected a number from 0 to 1, got 50'],
  },
  {
    what: 'several statistics errors reported together',
    yaml: 'statistics: { confidence: 1, correction: bonferroni, seed: 1.5, resamples: 50 }\nintegrity: { min_coverage: 0 }\nsegments: { min_samples: 0 }',
    expected: [
      'statistics.confidence: expected a number greater than 0.5 and less than 1, got 1',
      'statistics.correction: expected holm, bh or none, got "bonferroni"',
      'statistics.seed: expected an integer from 0 to 4294967295, got 1.5',
      'statistics.resamples: expected an integer from 200 to 100000, got 50',
      'integrity.min_coverage: expected a number greater than 0 and at most 1, got 0',
      'segments.min_samples: expected an integer of at least 1, got 0',
    ],
  },
  {
    what: 'column names: empty, a number, a repeated segment, a segment that is a role column, two roles on one column',
    yaml: 'columns: { label: "", id: 42, score: p, prediction: p, segments: [region, region, weight] }',
    expected: [
      'columns.label: expected a non-empty name, got ""',
      'columns.id: expected a non-empty name, got 42; quote it to use it as a name: "42"',
      'columns.prediction: "p" is already the score column; each role needs its own column',
      'columns.segments: "weight" is the weight column; a segment column must be another column (rename the weight column under columns if needed)',
      'columns.segments[1]: "region" is listed twice',
    ],
  },
  {
    what: 'bad crosses: one column, a column not segmented, a repeat, the same set twice',
    yaml: SEG + 'segments: { cross: [[region], [region, devic], [device, device], [region, device], [device, region]] }',
    expected: [
      'segments.cross[0]: a cross needs 2 or more columns, got a list ["region"]',
      'segments.cross[1][1]: "devic" is not in columns.segments (region, device); did you mean `device`?',
      'segments.cross[2][1]: "device" appears twice in this cross',
      'segments.cross[4]: a list ["device","region"] crosses the same columns as segments.cross[3]',
    ],
  },
  {
    what: 'cross without any segment columns',
    yaml: 'segments: { cross: [[region, device]] }',
    expected: [
      'segments.cross[0][0]: "region" is not a segment column; add it to columns.segments first',
      'segments.cross[0][1]: "device" is not a segment column; add it to columns.segments first',
    ],
  },
  {
    what: 'override of a metric not under metrics',
    yaml: SEG + 'metrics: { auc: { max_drop: 0.01 } }\noverrides: { "region=BR": { recall: { max_drop: 2pp } } }',
    expected: ['overrides.region=BR.recall: recall is not configured under metrics; add it under metrics first (configured: auc)'],
  },
  {
    what: 'override on a column that is not a segment column',
    yaml: SEG + 'overrides: { "regoin=BR": { recall: { max_drop: 2pp } } }',
    expected: ['overrides.regoin=BR: column "regoin" is not in columns.segments (region, device); did you mean `region`?'],
  },
  {
    what: 'override segment ids: bad syntax, crossed without a cross, crossed in the wrong order',
    yaml:
      SEG +
      'segments: { cross: [[region, device]] }\noverrides:\n  regionBR: { recall: { max_drop: 2pp } }\n  "region=": {}\n  "device=ios&region=BR": { recall: { max_drop: 2pp } }\n  "region=BR&region=US": {}',
    expected: [
      'overrides.regionBR: segment id "regionBR" is not valid: write overall, column=value, or a=x&b=y for a cross',
      'overrides.region=: segment id "region=" is not valid: write overall, column=value, or a=x&b=y for a cross',
      'overrides.device=ios&region=BR: write the columns in the order of the cross [region, device]: "region=BR&device=ios"',
      'overrides.region=BR&region=US: column "region" appears twice in segment id "region=BR&region=US"',
    ],
  },
  {
    what: 'crossed override without a matching cross',
    yaml: SEG + 'overrides: { "region=BR&device=ios": { recall: { max_drop: 2pp } } }',
    expected: ['overrides.region=BR&device=ios: segment id "region=BR&device=ios" crosses region and device, which segments.cross does not; add [region, device] there'],
  },
  {
    what: 'override changing costs, using the wrong direction key, and crossing min over the base max',
    yaml:
      SEG +
      'metrics:\n  expected_cost: { costs: { fp: 1, fn: 5 } }\n  auc: { max: 0.95 }\noverrides:\n  "region=BR":\n    expected_cost: { costs: { fp: 2, fn: 5 } }\n    auc: { min: 0.97, max_increase: 0.01 }',
    expected: [
      'overrides.region=BR.expected_cost.costs: costs defines expected_cost itself and cannot change per segment; set it under metrics.expected_cost',
      'overrides.region=BR.auc.max_increase: auc: higher is better, so use max_drop (not max_increase)',
    ],
  },
  {
    what: 'override whose merged rule has min above max',
    yaml: SEG + 'metrics: { auc: { max: 0.95 } }\noverrides: { "region=BR": { auc: { min: 0.97 } } }',
    expected: ['overrides.region=BR.auc.min: min 0.97 is greater than max 0.95; no value could pass'],
  },
  {
    what: 'YAML syntax error names line and column',
    yaml: 'task: binary\nmetrics:\n  recall: { max_drop: 1pp\n',
    expected: ['invalid YAML at line 4, column 1: flow map in block collection must be sufficiently indented and end with a }'],
  },
  {
    what: 'duplicate key names the key, line and column',
    yaml: 'metrics:\n  recall: {}\n  recall: { max_drop: 1pp }\n',
    expected: ['invalid YAML at line 3, column 3: the key `recall` appears twice in one mapping'],
  },
  {
    what: 'a document that is a list',
    yaml: '- task: binary\n',
    expected: ['expected a mapping with keys task, threshold, columns, segments, statistics, integrity, metrics, overrides, shadow, data, got a list [{"task":"binary"}]'],
  },
  {
    what: 'a document that is a plain string',
    yaml: 'recall max_drop 1pp',
    expected: ['expected a mapping with keys task, threshold, columns, segments, statistics, integrity, metrics, overrides, shadow, data, got "recall max_drop 1pp"'],
  },
  {
    what: 'a section that is not a mapping',
    yaml: 'statistics: 0.95',
    expected: ['statistics: expected a mapping with keys confidence, correction, seed, resamples, got 0.95'],
  },
  {
    what: 'shadow: same model names, half a pricing, unknown and offline envelope metrics',
    yaml: 'shadow:\n  models: { baseline: m, candidate: m }\n  pricing: { input_per_1k_tokens: 0.001 }\n  envelope:\n    latency_p99: { max: 250 }\n    recall: { max_drop: 1pp }\n    cost_per_1k: { max_drop: 5% }',
    expected: [
      'shadow.models.candidate: "m" is also the baseline\'s name; the two models need different names',
      'shadow.pricing.output_per_1k_tokens: missing: expected a number of at least 0 (USD per 1,000 output tokens)',
      'shadow.envelope.latency_p99: unknown shadow metric `latency_p99`; did you mean `latency_p99_ms`? Valid: latency_p50_ms, latency_p95_ms, latency_p99_ms, cost_per_1k, error_rate, agreement, score_psi',
      'shadow.envelope.recall: recall is an offline metric; put it under metrics',
      'shadow.envelope.cost_per_1k.max_drop: cost_per_1k: lower is better, so use max_increase (not max_drop)',
    ],
  },
  {
    what: 'shadow: agreement twice, agreement for regression, pp on latency',
    yaml: 'task: regression\nshadow:\n  envelope:\n    agreement: { min: 0.9 }\n    latency_p50_ms: { max_increase: 1pp }\n  agreement: { min: 0.95 }',
    expected: [
      "shadow.envelope.agreement: agreement compares the two models' decisions, which task regression does not have",
      'shadow.envelope.latency_p50_ms.max_increase: "1pp" is in percentage points, which apply to rates only; latency_p50_ms is not a rate: use a number in its own units or a relative "N%"',
      'shadow.agreement: agreement is also set under shadow.envelope; keep one of the two',
    ],
  },
  {
    what: 'value_for_money: unknown metric, missing price per point, typo key',
    yaml: 'shadow:\n  value_for_money: { metric: recal, max_cost_per_point: 0.02 }',
    expected: [
      'shadow.value_for_money.metric: unknown metric `recal` for task binary; did you mean `recall`? Valid: accuracy, precision, recall, f1, fpr, positive_rate, expected_cost, auc, pr_auc, log_loss, brier, ece, balanced_accuracy, mcc, mean[X]',
      'shadow.value_for_money.max_cost_per_point: unknown key `max_cost_per_point`; valid keys: metric, max_cost_per_1k_per_point, severity',
      'shadow.value_for_money.max_cost_per_1k_per_point: missing: expected a number of at least 0 (USD per 1,000 requests per point of lift)',
    ],
  },
  {
    what: 'errors from every section at once, in the order of the document',
    yaml: 'shadow: { models: { baseline: a, candidate: a } }\nmetrics: { auc: { max_increase: 1 } }\ntask: binary\nstatistics: { seed: -1 }\ncolumns: { segments: region }',
    expected: [
      'shadow.models.candidate: "a" is also the baseline\'s name; the two models need different names',
      'metrics.auc.max_increase: auc: higher is better, so use max_drop (not max_increase)',
      'statistics.seed: expected an integer from 0 to 4294967295, got -1',
      'columns.segments: expected a list of names such as [region, device], got "region"',
    ],
  },
];

describe('config errors', () => {
  test.each(rows)('$what', ({ yaml, expected }) => {
    expect(issuesOf(yaml)).toEqual(expected);
  });

  test('the error message has one line per issue, each naming the source and key path', () => {
    try {
      parseConfig('task: bianry\nthresold: 1', 'config input');
      throw new Error('expected a ConfigError');
    } catch (e) {
      expect((e as Error).message).toBe(
        'config input: task: expected binary, multiclass or regression, got "bianry"; did you mean `binary`?\n' + 'config input: thresold: unknown key `thresold`; did you mean `threshold`?',
      );
    }
  });
});
