// The data section of the config: defaults, per-feature rule changes, every error at once.
import { describe, expect, test } from 'vitest';
import { ConfigError } from '../../../src/errors/index.js';
import { dataConfigOf, parseConfig } from '../../../src/config/parse.js';

const issues = (yaml: string) => {
  try {
    parseConfig(yaml, 'gate.yml');
  } catch (e) {
    return (e as ConfigError).issues.map((i) => `${i.path}: ${i.message}`);
  }
  return [];
};

describe('data config', () => {
  test('defaults', () => {
    const d = dataConfigOf(parseConfig(undefined, 'x'));
    expect(d.features).toBeNull();
    expect(d.correction).toBe('bh');
    expect(d.tolerance).toEqual({ abs: 1e-6, rel: 1e-4 });
    expect(d.rules.psi).toEqual({ max: 0.2, severity: 'fail' });
    expect(d.rules.null_rate.maxIncrease).toEqual({ kind: 'points', value: 0.02, text: '2pp' });
    expect(d.rules.new_category_rate.max).toBe(0.01);
    expect(d.rules.mismatch_rate.max).toBe(0.005);
    expect(d.rules.output_psi.maxIncrease).toEqual({ kind: 'absolute', value: 0.1, text: '0.1' });
    expect(parseConfig(undefined, 'x').data).toBeUndefined();
  });

  test('the contract example', () => {
    const d = parseConfig(
      `data:
  features:
    amount: { type: numeric, sentinels: [-1], psi: { max: 0.1 } }
    country: { type: categorical }
    account_age_days: {}
  rules:
    psi: { max: 0.2 }
    null_rate: { max_increase: 2pp }
    mismatch_rate: { max: 0.5pp }
  tolerance: { abs: 1e-6, rel: 1e-4 }
  correction: holm
`,
      'x',
    ).data!;
    expect(Object.keys(d.features!)).toEqual(['amount', 'country', 'account_age_days']);
    expect(d.features!.amount).toMatchObject({ type: 'numeric', sentinels: [-1] });
    expect(d.features!.amount.rules.psi.max).toBe(0.1);
    expect(d.features!.country.rules.psi.max).toBe(0.2);
    expect(d.features!.account_age_days.type).toBeNull();
    expect(d.correction).toBe('holm');
  });

  test('every error at once, with did-you-mean', () => {
    expect(
      issues(`data:
  features:
    amount: { typ: numeric, psi: { max: 2pp } }
    country: { type: categorial }
  rules:
    psii: { max: 0.1 }
    null_rate: { max_drop: 1pp }
  tolerance: { abs: -1 }
  correction: bhh
`),
    ).toEqual([
      'data.features.amount.typ: unknown key `typ`; did you mean `type`?',
      'data.features.amount.psi.max: "2pp" is a percentage, which applies to rates only; psi is not a rate: give a number in its own units',
      'data.features.country.type: expected numeric or categorical, got "categorial"; did you mean `categorical`?',
      'data.rules.psii: unknown data rule `psii`; did you mean `psi`?',
      'data.rules.null_rate.max_drop: null_rate: lower is better, so use max_increase (not max_drop)',
      'data.tolerance.abs: expected a number of at least 0, got -1',
      'data.correction: expected bh, holm or none, got "bhh"; did you mean `bh`?',
    ]);
  });
});
