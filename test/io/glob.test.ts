import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors/index.js';
import { expandBraces, expandInput, segmentRegExp } from '../../src/io/glob.js';
import { errorOf, fixtureDir } from './fixtures.js';

describe('expandBraces', () => {
  it.each([
    ['a.csv', ['a.csv']],
    ['x.{csv,tsv}', ['x.csv', 'x.tsv']],
    ['{a,b}/{c,d}', ['a/c', 'a/d', 'b/c', 'b/d']],
    ['p{1,{2,3}}', ['p1', 'p2', 'p3']],
    ['{a/x,b}.csv', ['a/x.csv', 'b.csv']],
    ['lit{eral}.csv', ['lit{eral}.csv']],
    ['open{a,b.csv', ['open{a,b.csv']],
  ])('%s', (pattern, expected) => {
    expect(expandBraces(pattern)).toEqual(expected);
  });
});

describe('segmentRegExp', () => {
  it.each([
    ['*.csv', 'part-1.csv', true],
    ['*.csv', 'part-1.csv.gz', false],
    ['part-?.csv', 'part-1.csv', true],
    ['part-?.csv', 'part-10.csv', false],
    ['part-[0-2].csv', 'part-2.csv', true],
    ['part-[!0-2].csv', 'part-2.csv', false],
    ['a+b(1).csv', 'a+b(1).csv', true],
    ['\\*.csv', '*.csv', true],
    ['\\*.csv', 'x.csv', false],
  ])('%s ~ %s: %s', (segment, name, matches) => {
    expect(segmentRegExp(segment).test(name)).toBe(matches);
  });
});

describe('expandInput', () => {
  const dir = fixtureDir({
    'eval/part-10.csv': 'x',
    'eval/part-2.csv': 'x',
    'eval/part-1.csv': 'x',
    'eval/notes.txt': 'x',
    'eval/.hidden.csv': 'x',
    'eval/sub/part-3.csv': 'x',
    'eval/sub/deep/part-4.csv.gz': 'x',
    'eval/.git/part-5.csv': 'x',
    'other/b.tsv': 'x',
  });
  const rel = (files: string[]) => files.map((f) => f.slice(dir.length + 1));

  it.each([
    ['eval/*.csv', ['eval/part-1.csv', 'eval/part-10.csv', 'eval/part-2.csv']],
    ['eval/part-?.csv', ['eval/part-1.csv', 'eval/part-2.csv']],
    ['eval/**/*.csv', ['eval/part-1.csv', 'eval/part-10.csv', 'eval/part-2.csv', 'eval/sub/part-3.csv']],
    ['eval/**/*.{csv,csv.gz}', ['eval/part-1.csv', 'eval/part-10.csv', 'eval/part-2.csv', 'eval/sub/deep/part-4.csv.gz', 'eval/sub/part-3.csv']],
    ['{eval,other}/*.{csv,tsv}', ['eval/part-1.csv', 'eval/part-10.csv', 'eval/part-2.csv', 'other/b.tsv']],
    ['eval/.*.csv', ['eval/.hidden.csv']],
    ['*/b.tsv', ['other/b.tsv']],
    ['eval/sub/**', ['eval/sub/deep/part-4.csv.gz', 'eval/sub/part-3.csv']],
  ])('%s', (pattern, expected) => {
    expect(rel(expandInput(`${dir}/${pattern}`))).toEqual(expected);
  });

  it('returns a plain path that exists as is', () => {
    expect(expandInput(`${dir}/eval/part-1.csv`)).toEqual([`${dir}/eval/part-1.csv`]);
  });

  it.each([
    ['eval/*.jsonl', 'eval/*.jsonl: no files match this pattern'],
    ['missing/**/*.csv', 'missing/**/*.csv: no files match this pattern'],
    ['eval/part-9.csv', 'eval/part-9.csv: file not found'],
    ['eval', 'eval: is a directory; expected a file or a glob such as "dir/*.csv"'],
  ])('%s fails: %s', async (input, message) => {
    const e = await errorOf(() => expandInput(`${dir}/${input}`));
    expect(e).toBeInstanceOf(DataError);
    expect(e.message).toBe(`${dir}/${message}`);
  });
});
