// Non-finite numbers never pass (issue 12): every reader rejects ±Infinity naming
// the file, the line (or row) and the column; weights must sum, per segment, to a
// positive total that neither overflows nor underflows.
import { join } from 'node:path';
import { tableFromArrays } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors/index.js';
import { readEvalPair } from '../../src/io/index.js';
import { writeArrow, writeParquet } from './columnar.fixtures.js';
import { COLUMNS, errorOf, fixtureDir } from './fixtures.js';

const read = (baseline: string, candidate: string, task: 'binary' | 'regression' = 'regression', segments: string[] = []) =>
  readEvalPair({ baseline, candidate, columns: { ...COLUMNS, segments }, task, threshold: 0.5, numericColumns: [] });

const rows = (label: (i: number) => string, extra = '') => ['id,label,score', ...Array.from({ length: 20 }, (_, i) => `${i},${label(i)},0.5${extra}`)].join('\n');

describe('every reader rejects non-finite numbers', () => {
  it('CSV: 1e309 in a regression label, with file, line and column', async () => {
    const dir = fixtureDir({ 'b.csv': rows((i) => (i === 3 ? '1e309' : '1')), 'c.csv': rows(() => '1') });
    const e = await errorOf(() => read(join(dir, 'b.csv'), join(dir, 'c.csv')));
    expect(e).toBeInstanceOf(DataError);
    expect(e.message).toBe(`${join(dir, 'b.csv')}:5 (column "label"): "1e309" is not a number`);
  });

  it('JSON Lines: 1e309 (which JSON.parse reads as Infinity), with file, line and column', async () => {
    const jsonl = (bad: boolean) => Array.from({ length: 20 }, (_, i) => `{"id":"${i}","label":${bad && i === 3 ? '1e309' : '1'},"score":0.5}`).join('\n');
    const dir = fixtureDir({ 'b.jsonl': jsonl(true), 'c.jsonl': jsonl(false) });
    const e = await errorOf(() => read(join(dir, 'b.jsonl'), join(dir, 'c.jsonl')));
    expect(e).toBeInstanceOf(DataError);
    expect(e.message).toBe(`${join(dir, 'b.jsonl')}:4 (column "label"): Infinity is not a number`);
  });

  it('Parquet: an infinite double, with file, row and column', async () => {
    const dir = fixtureDir({});
    const p = (name: string, bad: boolean) =>
      writeParquet(`SELECT i::VARCHAR AS id, CASE WHEN ${bad} AND i = 3 THEN 'Infinity'::DOUBLE ELSE 1.0 END AS label, 0.5::DOUBLE AS score FROM range(20) t(i)`, join(dir, name));
    await p('b.parquet', true);
    await p('c.parquet', false);
    const e = await errorOf(() => read(join(dir, 'b.parquet'), join(dir, 'c.parquet')));
    expect(e).toBeInstanceOf(DataError);
    expect(e.message).toContain(join(dir, 'b.parquet'));
    expect(e.message).toContain('row 4');
    expect(e.message).toContain('(column "label")');
    expect(e.message).toContain('Infinity is not a number');
  });

  it('Arrow: an infinite double, with file, row and column', async () => {
    const dir = fixtureDir({});
    const a = (name: string, bad: boolean) =>
      writeArrow(
        tableFromArrays({
          id: Array.from({ length: 20 }, (_, i) => String(i)),
          label: Float64Array.from({ length: 20 }, (_, i) => (bad && i === 3 ? -Infinity : 1)),
          score: new Float64Array(20).fill(0.5),
        }),
        join(dir, name),
      );
    a('b.arrow', true);
    a('c.arrow', false);
    const e = await errorOf(() => read(join(dir, 'b.arrow'), join(dir, 'c.arrow')));
    expect(e).toBeInstanceOf(DataError);
    expect(e.message).toContain('row 4');
    expect(e.message).toContain('(column "label")');
    expect(e.message).toContain('-Infinity is not a number');
  });
});

describe('weights: finite, non-negative, with a positive and bounded total per segment', () => {
  const weighted = (w: (i: number) => string) =>
    ['id,label,score,weight,region', ...Array.from({ length: 20 }, (_, i) => `${i},${i % 2},0.${(i % 9) + 1},${w(i)},${i < 10 ? 'A' : 'B'}`)].join('\n');
  const cases: Array<[string, (i: number) => string, string]> = [
    ['all zero', () => '0', 'the weights of all rows sum to 0'],
    ['1e308 each (the sum overflows)', () => '1e308', 'the weights of all rows sum to Infinity'],
    ['5e-324 each (underflow)', () => '5e-324', 'the weights of all rows sum to 1e-322 (under 1e-150): weighted sums would underflow to 0'],
    ['zero in one segment only', (i) => (i < 10 ? '0' : '1'), 'the weights of segment region=A sum to 0'],
  ];
  for (const [name, w, message] of cases) {
    it(`${name}: a data error naming the weight column`, async () => {
      const dir = fixtureDir({ 'b.csv': weighted(w), 'c.csv': weighted(w) });
      const e = await errorOf(() => read(join(dir, 'b.csv'), join(dir, 'c.csv'), 'binary', ['region']));
      expect(e).toBeInstanceOf(DataError);
      expect(e.message).toContain(`${join(dir, 'b.csv')} (column "weight"): ${message}`);
    });
  }

  it('ordinary weights read as before', async () => {
    const dir = fixtureDir({ 'b.csv': weighted((i) => String(1 + (i % 3))), 'c.csv': weighted((i) => String(1 + (i % 3))) });
    const data = await read(join(dir, 'b.csv'), join(dir, 'c.csv'), 'binary', ['region']);
    expect(data.weight![2]).toBe(3);
  });
});
