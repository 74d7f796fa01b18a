import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../src/text/suggest.js';

// Misspelt column names against a real-looking header, as the readers use it.
describe('didYouMean on a header', () => {
  const header = ['example_id', 'y_true', 'Score', 'pred_class', 'regoin', 'p'];
  it.each([
    ['score', 'Score'],
    ['region', 'regoin'],
    ['pred', 'pred_class'],
    ['example', 'example_id'],
    ['label', null],
    ['q', null],
    ['id', null],
  ])('%s -> %s', (name, expected) => {
    expect(didYouMean(name, header)).toBe(expected);
  });
});
