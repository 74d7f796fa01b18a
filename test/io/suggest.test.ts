import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from '../../src/io/suggest.js';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['score', 'scor', 1],
    ['label', 'lable', 2],
  ])('%j -> %j = %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('closestName', () => {
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
    expect(closestName(name, header)).toBe(expected);
  });
});
