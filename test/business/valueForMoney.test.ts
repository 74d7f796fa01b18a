// Value for money in money (issue 14): with an expected_cost in money, the
// value-for-money line states the expected saving per 1,000 requests next to the
// extra serving cost.
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import { setDisplayUnits } from '../../src/metrics/index.js';
import { valueForMoneyText } from '../../src/report/index.js';
import { change, savingPer1k, valueForMoney } from '../../src/sources/shadow/valueForMoney.js';

afterAll(() => setDisplayUnits({}));

describe('value for money in money', () => {
  const config = parseConfig('task: binary\nmetrics:\n  recall: { max_drop: 1pp }\n  expected_cost: { costs: { fp: 5, fn: amount } }\n', 'g.yml');

  it('the saving per 1,000 requests is (baseline - candidate) x 1,000 of the expected cost in money', () => {
    expect(savingPer1k(config, { expected_cost: { baseline: 2.41, candidate: 1.92 } })).toBeCloseTo(490, 9);
    expect(savingPer1k(config, { expected_cost: { baseline: 1.92, candidate: 2.41 } })).toBeCloseTo(-490, 9);
    const plain = parseConfig('task: binary\nmetrics:\n  expected_cost: { costs: { fp: 1, fn: 5 } }\n', 'g.yml');
    expect(savingPer1k(plain, { expected_cost: { baseline: 2, candidate: 1 } })).toBeNull();
  });

  it('the sentence puts the saving next to the serving cost', () => {
    const v = { ...valueForMoney({ metric: 'recall', source: 'offline', baseline: 0.8, candidate: 0.806, direction: 'higher' }, change(0.34, 0.4), null), saving_per_1k: 490 };
    expect(valueForMoneyText(v)).toBe('+0.6 pp recall (offline) for +18% cost per 1,000 requests (+$0.06); expected saving $490 per 1,000 requests next to +$0.06 serving cost');
    expect(valueForMoneyText({ ...v, saving_per_1k: -12.5 })).toMatch(/expected loss \$12\.5 per 1,000 requests/);
  });
});
