// Config that parses but cannot mean what it says (issue 12): tolerances as large as
// a rate's range, scikit-learn names, recall[CLASS] of a class the labels lack, a task
// that does not fit the labels.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import { ConfigError, DataError } from '../../src/errors/index.js';
import { checkClassNames, taskHint } from '../../src/config/index.js';
import { offlineSource } from '../../src/sources/offline/index.js';
import { errorOf, fixtureDir } from '../io/fixtures.js';

const issuesOf = (yaml: string): string[] => {
  try {
    parseConfig(yaml, 'gate.yml');
  } catch (e) {
    if (e instanceof ConfigError) return e.issues.map((i) => `${i.path}: ${i.message}`);
    throw e;
  }
  return [];
};

describe('a tolerance against a rate metric’s whole range', () => {
  it('recall: { max_drop: 1 } is an error: did you mean 1pp?', () => {
    expect(issuesOf('metrics:\n  recall: { max_drop: 1 }\n')).toEqual([
      'metrics.recall.max_drop: max_drop 1 allows the metric\'s whole range (0 to 1), so any change would pass; did you mean "1pp"? (a plain number is in the metric\'s own units: 0.01 is 1 pp)',
    ]);
    expect(issuesOf('metrics:\n  auc: { max_drop: 100pp }\n')[0]).toContain("allows the metric's whole range");
  });

  it('over half of the range is a warning that keeps the config', () => {
    const c = parseConfig('metrics:\n  recall: { max_drop: 0.6 }\n', 'gate.yml');
    expect(c.warnings).toEqual([{ path: 'metrics.recall.max_drop', message: 'max_drop 0.6 allows more than half of the metric\'s range (0 to 1); did you mean "0.6pp"?' }]);
    expect(parseConfig('metrics:\n  recall: { max_drop: 1pp }\n', 'gate.yml').warnings).toBeUndefined();
    // Not a rate: no range to exceed.
    expect(issuesOf('task: regression\nmetrics:\n  rmse: { max_increase: 5 }\n')).toEqual([]);
  });
});

describe("scikit-learn's names", () => {
  const cases: Array<[string, string, string]> = [
    ['binary', 'roc_auc', 'auc'],
    ['binary', 'average_precision', 'pr_auc'],
    ['binary', 'neg_log_loss', 'log_loss'],
    ['binary', 'f1_score', 'f1'],
    ['binary', 'brier_score_loss', 'brier'],
    ['regression', 'neg_root_mean_squared_error', 'rmse'],
    ['regression', 'mean_absolute_error', 'mae'],
  ];
  for (const [task, sk, ours] of cases) {
    it(`${sk} -> did you mean ${ours}?`, () => {
      const [issue] = issuesOf(`task: ${task}\nmetrics:\n  ${sk}: { max_drop: 1pp }\n`);
      expect(issue).toContain(`unknown metric \`${sk}\` for task ${task}; did you mean ${ours}? (${sk} is scikit-learn's name for it)`);
    });
  }
});

describe('recall[CLASS] of a class the labels do not have', () => {
  it('is an error listing the classes, with the near one', () => {
    const config = parseConfig('task: multiclass\nmetrics:\n  recall[ca]: { max_drop: 1pp }\n', 'gate.yml');
    const e = (() => {
      try {
        checkClassNames(config, ['bird', 'cat', 'dog']);
      } catch (x) {
        return x as ConfigError;
      }
      throw new Error('no error');
    })();
    expect(e).toBeInstanceOf(ConfigError);
    expect(e.issues).toEqual([{ path: 'metrics.recall[ca]', message: 'class "ca" is not in the labels (bird, cat, dog); did you mean `cat`?' }]);
    expect(() => checkClassNames(parseConfig('task: multiclass\nmetrics:\n  recall[cat]: { max_drop: 1pp }\n', 'g'), ['bird', 'cat', 'dog'])).not.toThrow();
  });

  it('the offline source refuses the run', async () => {
    const csv = ['id,label,prediction', ...Array.from({ length: 30 }, (_, i) => `${i},${['cat', 'dog', 'bird'][i % 3]},${['cat', 'dog', 'bird'][(i + (i % 2)) % 3]}`)].join('\n');
    const dir = fixtureDir({ 'b.csv': csv, 'c.csv': csv });
    const config = parseConfig('task: multiclass\nmetrics:\n  recall[ca]: { max_drop: 1pp }\n', 'gate.yml');
    const e = await errorOf(() => offlineSource({ baseline: join(dir, 'b.csv'), candidate: join(dir, 'c.csv') }).run({ config, time: async (_s, f) => f() }));
    expect(e).toBeInstanceOf(ConfigError);
    expect(e.message).toContain('class "ca" is not in the labels (bird, cat, dog)');
  });
});

describe('a task that does not fit the labels', () => {
  it('task: regression on 0/1 labels: a hint naming task: binary', () => {
    expect(taskHint('regression', Float64Array.of(0, 1, 1, 0))).toContain('task: binary');
    expect(taskHint('regression', Float64Array.of(0, 1, 2.5))).toBeNull();
    expect(taskHint('binary', Float64Array.of(0, 1))).toBeNull();
  });

  it('task: regression on 0/1 labels in a run: a warning check with the hint', async () => {
    const csv = ['id,label,score', ...Array.from({ length: 30 }, (_, i) => `${i},${i % 2},0.${(i % 9) + 1}`)].join('\n');
    const dir = fixtureDir({ 'b.csv': csv, 'c.csv': csv });
    const config = parseConfig('task: regression\n', 'gate.yml');
    const r = await offlineSource({ baseline: join(dir, 'b.csv'), candidate: join(dir, 'c.csv') }).run({ config, time: async (_s, f) => f() });
    const hint = r.integrity.find((c) => c.id === 'integrity/task/overall')!;
    expect(hint).toMatchObject({ status: 'warn', severity: 'warn' });
    expect(hint.message).toContain('task: binary');
  });

  it('class labels under task: binary: the reader error names task: multiclass', async () => {
    const csv = ['id,label,score', ...Array.from({ length: 10 }, (_, i) => `${i},${['cat', 'dog'][i % 2]},0.5`)].join('\n');
    const dir = fixtureDir({ 'b.csv': csv, 'c.csv': csv });
    const config = parseConfig('task: binary\n', 'gate.yml');
    const e = await errorOf(() => offlineSource({ baseline: join(dir, 'b.csv'), candidate: join(dir, 'c.csv') }).run({ config, time: async (_s, f) => f() }));
    expect(e).toBeInstanceOf(DataError);
    expect(e.message).toBe(
      `${join(dir, 'b.csv')}:2 (column "label"): "cat" is not a binary label; expected 0/1 or true/false (task is binary: class labels need task: multiclass, numeric targets task: regression)`,
    );
  });
});
