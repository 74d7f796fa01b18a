// The edit distance behind "did you mean", and when a suggestion is offered.
import { describe, expect, test } from 'vitest';
import { didYouMean, editDistance } from '../../src/text/suggest.js';

describe('editDistance (optimal string alignment)', () => {
  test.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', 'abc', 0],
    ['kitten', 'sitting', 3], // the textbook Levenshtein example
    ['max_dorp', 'max_drop', 1], // one transposition, not two substitutions
    ['ca', 'abc', 3], // OSA (not unrestricted Damerau, which gives 2)
    ['thresold', 'threshold', 1],
    ['flaw', 'lawn', 2],
  ])('%s -> %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('didYouMean', () => {
  const keys = ['task', 'threshold', 'columns', 'segments', 'statistics', 'integrity', 'metrics', 'overrides', 'shadow'];
  test.each([
    ['metric', 'metrics'],
    ['thresold', 'threshold'],
    ['Task', 'task'],
    ['statistic', 'statistics'],
    ['shaddow', 'shadow'],
    ['override', 'overrides'],
  ])('%s -> %s', (input, expected) => {
    expect(didYouMean(input, keys)).toBe(expected);
  });

  test('case, dashes and camelCase are forgiven', () => {
    expect(didYouMean('min-samples', ['min_samples', 'cross'])).toBe('min_samples');
    expect(didYouMean('minSamples', ['min_samples', 'cross'])).toBe('min_samples');
  });

  test('a prefix counts when long enough', () => {
    expect(didYouMean('latency_p99', ['latency_p50_ms', 'latency_p99_ms'])).toBe('latency_p99_ms');
    expect(didYouMean('warning', ['fail', 'warn'])).toBe('warn');
  });

  test('nothing is suggested when nothing is close', () => {
    expect(didYouMean('banana', keys)).toBeNull();
    expect(didYouMean('x', ['min', 'max'])).toBeNull();
    expect(didYouMean('', ['min'])).toBeNull();
    expect(didYouMean('tolerance', ['min', 'max', 'max_drop', 'severity'])).toBeNull();
  });

  test('the closest wins, ties go to the first candidate', () => {
    expect(didYouMean('mxa', ['max', 'min'])).toBe('max');
    expect(didYouMean('fm', ['fp', 'fn'])).toBe('fp');
  });
});
