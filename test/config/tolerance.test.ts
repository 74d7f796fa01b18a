// Amounts as written ("2%", "1pp", 0.01) and what they mean in metric units.
import { describe, expect, test } from 'vitest';
import { parseAmount, spacingHint, toTolerance, toleranceAmount } from '../../src/config/tolerance.js';

describe('parseAmount', () => {
  test.each([
    [0.01, { number: 0.01, scaled: 0.01, unit: '', text: '0.01' }],
    ['0.0050', { number: 0.005, scaled: 0.005, unit: '', text: '0.005' }],
    ['2%', { number: 2, scaled: 0.02, unit: '%', text: '2%' }],
    ['1.1%', { number: 1.1, scaled: 0.011, unit: '%', text: '1.1%' }],
    ['0.5pp', { number: 0.5, scaled: 0.005, unit: 'pp', text: '0.5pp' }],
    ['.5pp', { number: 0.5, scaled: 0.005, unit: 'pp', text: '.5pp' }],
    ['1e-3', { number: 0.001, scaled: 0.001, unit: '', text: '0.001' }],
    ['-1pp', { number: -1, scaled: -0.01, unit: 'pp', text: '-1pp' }],
  ])('%s', (input, expected) => {
    expect(parseAmount(input)).toEqual(expected);
  });

  test('1.1% is exactly 0.011, not 1.1 / 100', () => {
    expect(1.1 / 100).not.toBe(0.011);
    expect(parseAmount('1.1%')!.scaled).toBe(0.011);
  });

  test.each(['2 %', '1 pp', 'pp', '%', '1p', '1.2.3', '', 'one', '1PP', Infinity, NaN, null, true, [1]])('rejects %s', (input) => {
    expect(parseAmount(input)).toBeNull();
  });

  test('spacing hint only when removing spaces makes it valid', () => {
    expect(spacingHint('2 %')).toBe('; write it without spaces: "2%"');
    expect(spacingHint('a b')).toBe('');
    expect(spacingHint('2%')).toBe('');
  });
});

describe('toTolerance and toleranceAmount', () => {
  test('kinds', () => {
    expect(toTolerance(parseAmount('2%')!)).toEqual({ kind: 'relative', value: 0.02, text: '2%' });
    expect(toTolerance(parseAmount('1pp')!)).toEqual({ kind: 'points', value: 0.01, text: '1pp' });
    expect(toTolerance(parseAmount(0.005)!)).toEqual({ kind: 'absolute', value: 0.005, text: '0.005' });
  });

  test('allowed worsening in metric units', () => {
    // log_loss baseline 0.31, max_increase 5%: 0.0155 more is allowed.
    expect(toleranceAmount(toTolerance(parseAmount('5%')!), 0.31)).toBeCloseTo(0.0155, 15);
    // recall 0.84, max_drop 1pp: 0.01 whatever the baseline.
    expect(toleranceAmount(toTolerance(parseAmount('1pp')!), 0.84)).toBe(0.01);
    // bias can be negative: relative tolerance uses |baseline|.
    expect(toleranceAmount(toTolerance(parseAmount('10%')!), -2)).toBeCloseTo(0.2, 15);
  });
});
