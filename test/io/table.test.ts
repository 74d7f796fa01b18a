import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors/index.js';
import { parseBoolean, parseLabel, parseNumber } from '../../src/io/builder.js';
import { KeyIndex } from '../../src/io/keyindex.js';
import { columnOf, readTable, rowLocation } from '../../src/io/table.js';
import type { ColumnSpec, Table } from '../../src/io/types.js';
import { csvToJsonl, errorOf, fixtureDir } from './fixtures.js';

const SPEC: ColumnSpec[] = [
  { name: 'id', kind: 'string', required: true },
  { name: 'y', kind: 'label', required: true },
  { name: 'p', kind: 'number', required: true, min: 0, max: 1, rangeText: 'a probability in [0, 1]' },
  { name: 'seg', kind: 'category', required: false, ifEmpty: '(missing)' },
  { name: 'err', kind: 'boolean', required: false },
  { name: 'w', kind: 'number', required: false, ifEmpty: Number.NaN },
];

const CSV = ['id,y,p,seg,err,w', 'a,1,0.25,BR,true,2', 'b,0,1e-1,US,0,', 'c,true,1,,FALSE,0.5', 'd,false,0,BR,1,3'].join('\n') + '\n';

/** What SPEC reads from CSV, whatever the format (JSON Lines has no header line). */
function expectCsvValues(t: Table, jsonl: boolean): void {
  expect(t.n).toBe(4);
  expect(columnOf(t, 'id', 'string')!.values).toEqual(['a', 'b', 'c', 'd']);
  expect([...columnOf(t, 'y', 'label')!.values]).toEqual([1, 0, 1, 0]);
  expect([...columnOf(t, 'p', 'number')!.values]).toEqual([0.25, 0.1, 1, 0]);
  const seg = columnOf(t, 'seg', 'category')!;
  expect(seg.values).toEqual(['BR', 'US', '(missing)']);
  expect([...seg.codes]).toEqual([0, 1, 2, 0]);
  expect([...columnOf(t, 'err', 'boolean')!.values]).toEqual([1, 0, 0, 1]);
  expect([...columnOf(t, 'w', 'number')!.values]).toEqual([2, Number.NaN, 0.5, 3]);
  expect([...t.line]).toEqual(jsonl ? [1, 2, 3, 4] : [2, 3, 4, 5]);
}

describe('readTable: formats', () => {
  const tsv = CSV.replace(/,/g, '\t');
  const jsonl = csvToJsonl(CSV) + '\n';
  const dir = fixtureDir({
    'a.csv': CSV,
    'a.tsv': tsv,
    'a.jsonl': jsonl,
    'a.ndjson': jsonl,
    'a.csv.gz': CSV,
    'a.tsv.gz': tsv,
    'a.jsonl.gz': jsonl,
    'A.CSV': CSV,
  });
  it.each(['a.csv', 'a.tsv', 'a.jsonl', 'a.ndjson', 'a.csv.gz', 'a.tsv.gz', 'a.jsonl.gz', 'A.CSV'])('%s', async (name) => {
    const t = await readTable([`${dir}/${name}`], SPEC);
    expectCsvValues(t, name.includes('json'));
    expect(t.files).toEqual([`${dir}/${name}`]);
    expect(t.headers[0]).toEqual(['id', 'y', 'p', 'seg', 'err', 'w']);
  });

  it('reads JSON numbers, booleans and nulls as values', async () => {
    const d = fixtureDir({
      'j.jsonl': ['{"id": 7, "y": true, "p": 0.5, "seg": "BR", "err": false, "w": null}', '', '{"id": "x", "y": 0, "p": "0.75", "seg": 3, "err": 1}'].join('\n'),
    });
    const t = await readTable([`${d}/j.jsonl`], SPEC);
    expect(columnOf(t, 'id', 'string')!.values).toEqual(['7', 'x']);
    expect([...columnOf(t, 'y', 'label')!.values]).toEqual([1, 0]);
    expect([...columnOf(t, 'p', 'number')!.values]).toEqual([0.5, 0.75]);
    expect(columnOf(t, 'seg', 'category')!.values).toEqual(['BR', '3']);
    expect([...columnOf(t, 'err', 'boolean')!.values]).toEqual([0, 1]);
    expect([...columnOf(t, 'w', 'number')!.values]).toEqual([Number.NaN, Number.NaN]);
    expect([...t.line]).toEqual([1, 3]);
  });
});

describe('readTable: CSV details', () => {
  it('keeps line numbers right after quoted fields with commas, quotes and line breaks', async () => {
    const text = ['id,y,p,seg', 'a,1,0.5,"Rio, BR"', 'b,0,0.5,"two', 'lines, and a ""quote"""', 'c,1,0.5,"three', '', 'lines"', 'd,0,0.5,plain'].join('\n');
    const t = await readTable([`${fixtureDir({ 'q.csv': text })}/q.csv`], SPEC.slice(0, 4));
    expect(columnOf(t, 'seg', 'category')!.values).toEqual(['Rio, BR', 'two\nlines, and a "quote"', 'three\n\nlines', 'plain']);
    expect([...t.line]).toEqual([2, 3, 5, 8]);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('counts lines right with %s line ends inside and outside quoted values', async (_what, eol) => {
    const text = ['id,note', 'a,"x', 'y"', 'b,z', 'c,"p', '', 'q"', 'd,w', ''].join(eol);
    const t = await readTable(
      [`${fixtureDir({ 'l.csv': text })}/l.csv`],
      [
        { name: 'id', kind: 'string', required: true },
        { name: 'note', kind: 'string', required: true },
      ],
    );
    expect(columnOf(t, 'note', 'string')!.values).toEqual([`x${eol}y`, 'z', `p${eol}${eol}q`, 'w']);
    expect([...t.line]).toEqual([2, 4, 5, 8]);
  });

  it('names the right line for a bad value after CRLF line breaks inside quotes', async () => {
    const dir = fixtureDir({ 'l.csv': 'id,y,p\r\n"a\r\nb",1,0.5\r\nc,1,2\r\n' });
    const e = await errorOf(() => readTable([`${dir}/l.csv`], SPEC.slice(0, 3)));
    expect(e.message).toBe(`${dir}/l.csv:4 (column "p"): 2 is out of range; expected a probability in [0, 1]`);
  });

  it('accepts a BOM, CRLF line ends and blank lines in JSON Lines', async () => {
    const text = '\ufeff{"id":"a","y":1,"p":0.5}\r\n\r\n{"id":"b","y":0,"p":0.25}\r\n';
    const t = await readTable([`${fixtureDir({ 'w.jsonl': text })}/w.jsonl`], SPEC.slice(0, 3));
    expect(columnOf(t, 'id', 'string')!.values).toEqual(['a', 'b']);
    expect([...t.line]).toEqual([1, 3]);
  });

  it('accepts a BOM, CRLF line ends, blank lines and spaces around header names', async () => {
    const text = '\ufeffid, y ,p\r\n\r\na,1,0.5\r\n\r\nb,0,"0.25"\r\n';
    const t = await readTable([`${fixtureDir({ 'w.csv': text })}/w.csv`], SPEC.slice(0, 3));
    expect(columnOf(t, 'id', 'string')!.values).toEqual(['a', 'b']);
    expect([...columnOf(t, 'p', 'number')!.values]).toEqual([0.5, 0.25]);
    expect([...t.line]).toEqual([3, 5]);
  });

  it('concatenates several files in the order given, each with its own header order', async () => {
    const dir = fixtureDir({ '1.csv': 'id,y,p\na,1,0.5\nb,0,0.5\n', '2.tsv': 'p\ty\tid\n0.75\t1\tc\n', '3.jsonl': '{"id":"d","y":0,"p":0.1}\n' });
    const files = [`${dir}/1.csv`, `${dir}/2.tsv`, `${dir}/3.jsonl`];
    const t = await readTable(files, SPEC.slice(0, 3));
    expect(columnOf(t, 'id', 'string')!.values).toEqual(['a', 'b', 'c', 'd']);
    expect([...columnOf(t, 'p', 'number')!.values]).toEqual([0.5, 0.5, 0.75, 0.1]);
    expect(t.fileStart).toEqual([0, 2, 3, 4]);
    expect(rowLocation(t, 1)).toEqual({ file: files[0], line: 3 });
    expect(rowLocation(t, 2)).toEqual({ file: files[1], line: 2 });
    expect(rowLocation(t, 3)).toEqual({ file: files[2], line: 1 });
  });

  it('leaves an absent optional column undefined and reads one column under two keys', async () => {
    const t = await readTable(
      [`${fixtureDir({ 'a.csv': 'id,y,p\na,1,0.5\n' })}/a.csv`],
      [...SPEC.slice(0, 3), { name: 'y', key: 'y-as-segment', kind: 'category', required: false }, { name: 'seg', kind: 'category', required: false }],
    );
    expect(t.columns.seg).toBeUndefined();
    expect(columnOf(t, 'y-as-segment', 'category')!.values).toEqual(['1']);
  });

  it('grows its arrays past the initial size', async () => {
    const rows = Array.from({ length: 100 }, (_, i) => `r${i},${i % 2},${i / 100}`);
    const t = await readTable([`${fixtureDir({ 'g.csv': `id,y,p\n${rows.join('\n')}\n` })}/g.csv`], SPEC.slice(0, 3), { initialRows: 3 });
    expect(t.n).toBe(100);
    expect(columnOf(t, 'p', 'number')!.values[99]).toBe(0.99);
    expect(t.line[99]).toBe(101);
  });
});

describe('readTable: errors', () => {
  const head = 'id,y,p,seg\n';
  // [what, file name, content, message after "<dir>/"]
  const cases: Array<[string, string, string | Buffer, string]> = [
    ['missing required column', 'a.csv', 'Id,y,p\na,1,0.5\n', 'a.csv (column "id"): missing required column; did you mean "Id"? columns present: Id, y, p'],
    ['missing column, nothing close', 'a.csv', 'id,y,zzzz\na,1,0.5\n', 'a.csv (column "p"): missing required column; columns present: id, y, zzzz'],
    ['column named twice', 'a.csv', 'id,y,p,p\na,1,0.5,0.5\n', 'a.csv:1 (column "p"): the header names this column twice (fields 3 and 4)'],
    ['not a number', 'a.csv', `${head}a,1,0.5,x\nb,1,abc,x\n`, 'a.csv:3 (column "p"): "abc" is not a number'],
    ['hex is not a number', 'a.csv', `${head}a,1,0x1,x\n`, 'a.csv:2 (column "p"): "0x1" is not a number'],
    ['decimal comma', 'a.csv', `${head}a,1,"0,5",x\n`, 'a.csv:2 (column "p"): "0,5" is not a number'],
    ['out of range', 'a.csv', `${head}a,1,1.2,x\n`, 'a.csv:2 (column "p"): 1.2 is out of range; expected a probability in [0, 1]'],
    ['negative out of range', 'a.csv', `${head}a,1,-0.1,x\n`, 'a.csv:2 (column "p"): -0.1 is out of range; expected a probability in [0, 1]'],
    ['empty number', 'a.csv', `${head}a,1,,x\n`, 'a.csv:2 (column "p"): empty value; expected a probability in [0, 1]'],
    ['empty id', 'a.csv', `${head},1,0.5,x\n`, 'a.csv:2 (column "id"): empty value; a value is required'],
    ['empty category without a default', 'a.csv', `${head}a,1,0.5,\n`, 'a.csv:2 (column "seg"): empty value; a value is required'],
    ['bad label', 'a.csv', `${head}a,yes,0.5,x\n`, 'a.csv:2 (column "y"): "yes" is not a binary label; expected 0/1 or true/false'],
    ['label 2', 'a.csv', `${head}a,2,0.5,x\n`, 'a.csv:2 (column "y"): "2" is not a binary label; expected 0/1 or true/false'],
    [
      'quote never closed (line of its row)',
      'a.csv',
      `${head}a,1,0.5,x\nb,1,0.5,"x\nc,1,0.5,x\n`,
      'a.csv:3: a quoted value starting in this row is never closed (the file ends inside quotes)',
    ],
    [
      'quote inside a value',
      'a.csv',
      `${head}a,1,0.5,x\nb,1,0.5,x"y\n`,
      'a.csv:3 (column "seg"): a quote appears inside an unquoted value; quote the whole value and double its inner quotes ("")',
    ],
    [
      'text after a closing quote',
      'a.csv',
      `${head}a,1,0.5,"x"y\n`,
      'a.csv:2 (column "seg"): a quoted value is followed by text before the next delimiter; double quotes inside a quoted value ("")',
    ],
    ['too many fields', 'a.csv', `${head}a,1,0.5,x\nb,1,0.5,x,y\n`, 'a.csv:3: expected 4 fields as in the header, found 5; quote values that contain the delimiter or a line break'],
    [
      'too few fields after a multi-line value',
      'a.csv',
      `${head}a,1,0.5,"x\ny"\nb,1,0.5\n`,
      'a.csv:4: expected 4 fields as in the header, found 3; quote values that contain the delimiter or a line break',
    ],
    ['TSV with a comma-separated row', 'a.tsv', 'id\ty\tp\nb,1,0.5\n', 'a.tsv:2: expected 3 fields as in the header, found 1; quote values that contain the delimiter or a line break'],
    ['JSONL missing required key', 'a.jsonl', '{"id":"a","y":1,"p":0.5}\n{"id":"b","y":1}\n', 'a.jsonl:2 (column "p"): empty value; expected a probability in [0, 1]'],
    ['JSONL array value', 'a.jsonl', '{"id":"a","y":1,"p":[0.5]}\n', 'a.jsonl:1 (column "p"): expected a probability in [0, 1], got a JSON array'],
    ['JSONL not an object', 'a.jsonl', '{"id":"a","y":1,"p":0.5}\n[1,2]\n', 'a.jsonl:2: expected a JSON object, got an array'],
    ['JSONL number out of range', 'a.jsonl', '{"id":"a","y":1,"p":1.5}\n', 'a.jsonl:1 (column "p"): 1.5 is out of range; expected a probability in [0, 1]'],
    ['unknown extension', 'a.xlsx', 'x', 'a.xlsx: unsupported file type (".xlsx"); expected .csv, .tsv, .jsonl, .ndjson (each optionally .gz), .parquet, .arrow, .feather'],
    ['no extension', 'data', 'x', 'data: unsupported file type (no extension); expected .csv, .tsv, .jsonl, .ndjson (each optionally .gz), .parquet, .arrow, .feather'],
    ['not gzip', 'a.csv.gz', Buffer.from('id,y,p\n'), 'a.csv.gz: not valid gzip data (incorrect header check); a .gz file must be gzip-compressed'],
    ['empty file', 'a.csv', '', 'a.csv: the file is empty; expected a header row naming the columns'],
    ['empty JSONL file', 'a.jsonl', '\n\n', 'a.jsonl: the file has no records; expected one JSON object per line'],
  ];
  it.each(cases)('%s', async (_what, name, content, message) => {
    const dir = fixtureDir({ [name]: content });
    const e = await errorOf(() =>
      readTable(
        [`${dir}/${name}`],
        SPEC.slice(0, 4).map((s) => (s.name === 'seg' ? { ...s, ifEmpty: undefined } : s)),
      ),
    );
    expect(e).toBeInstanceOf(DataError);
    expect(e.message).toBe(`${dir}/${message}`);
  });

  it('names the line of invalid JSON', async () => {
    const dir = fixtureDir({ 'a.jsonl': '{"id":"a","y":1,"p":0.5}\n\n{"id":"b", y:1}\n' });
    let engine = '';
    try {
      JSON.parse('{"id":"b", y:1}');
    } catch (e) {
      engine = (e as Error).message;
    }
    const e = await errorOf(() => readTable([`${dir}/a.jsonl`], SPEC.slice(0, 3)));
    expect(e.message).toBe(`${dir}/a.jsonl:3: invalid JSON (${engine})`);
    expect((e as DataError).line).toBe(3);
  });

  it('reports a truncated gzip file', async () => {
    const { gzipSync } = await import('node:zlib');
    const dir = fixtureDir({ 'a.csv.gz': gzipSync(`${head}a,1,0.5,x\n`).subarray(0, 25) });
    const e = await errorOf(() => readTable([`${dir}/a.csv.gz`], SPEC.slice(0, 3)));
    expect(e.message).toBe(`${dir}/a.csv.gz: the gzip data is truncated (unexpected end of file)`);
  });

  it('reports a file that does not exist', async () => {
    const e = await errorOf(() => readTable(['/nonexistent/a.csv'], SPEC.slice(0, 3)));
    expect(e.message).toBe('/nonexistent/a.csv: file not found');
  });

  it('requires an optional column in all files of an input or none', async () => {
    const dir = fixtureDir({ '1.csv': 'id,y,p,seg\na,1,0.5,x\n', '2.csv': 'id,y,p\nb,1,0.5\n' });
    const e = await errorOf(() => readTable([`${dir}/1.csv`, `${dir}/2.csv`], SPEC.slice(0, 4)));
    expect(e.message).toBe(`${dir}/2.csv (column "seg"): column is in ${dir}/1.csv but not in this file; all files of one input need the same columns`);
  });

  it('carries file, line and column on the error', async () => {
    const dir = fixtureDir({ 'a.csv': `${head}a,1,0.5,x\nb,1,7,x\n` });
    const e = (await errorOf(() => readTable([`${dir}/a.csv`], SPEC.slice(0, 4)))) as DataError;
    expect([e.file, e.line, e.column, e.detail]).toEqual([`${dir}/a.csv`, 3, 'p', '7 is out of range; expected a probability in [0, 1]']);
  });
});

describe('readTable: unique and match keys', () => {
  const unique: ColumnSpec = { name: 'id', kind: 'string', required: true, unique: true };

  it.each([
    ['within a file', { 'a.csv': 'id\na\nb\n"a"\n' }, ['a.csv'], 'a.csv:4 (column "id"): duplicate id "a", first seen on line 2'],
    ['the earliest repeat wins', { 'a.csv': 'id\nx\ny\nz\ny\nx\n' }, ['a.csv'], 'a.csv:5 (column "id"): duplicate id "y", first seen on line 3'],
    ['across files', { '1.csv': 'id\na\nb\n', '2.csv': 'id\nc\nb\n' }, ['1.csv', '2.csv'], '2.csv:3 (column "id"): duplicate id "b", first seen on DIR/1.csv:3'],
  ])('finds a duplicate %s', async (_what, files, names, message) => {
    const dir = fixtureDir(files);
    const e = await errorOf(() =>
      readTable(
        names.map((n) => `${dir}/${n}`),
        [unique],
      ),
    );
    expect(e.message).toBe(`${dir}/${message.replace('DIR', dir)}`);
  });

  it('matches keys against an index, positionally or not, and keeps the unmatched', async () => {
    const dir = fixtureDir({ 'b.csv': 'id\na\nb\nc\nd\n', 'c.csv': 'id\na\nb\nd\nx\nc\ny\n' });
    const base = await readTable([`${dir}/b.csv`], [unique]);
    const index = columnOf(base, 'id', 'string')!.index!;
    const cand = await readTable([`${dir}/c.csv`], [{ name: 'id', kind: 'match', required: true, index }]);
    const m = columnOf(cand, 'id', 'match')!;
    expect([...m.rowIn]).toEqual([0, 1, 3, -1, 2, -1]);
    expect([...m.rowOf]).toEqual([0, 1, 4, 2]);
    expect(m.unmatchedRows).toEqual([3, 5]);
    expect(m.unmatchedKeys).toEqual(['x', 'y']);
  });

  it.each([
    ['a matched key', 'id\nb\na\nb\n', 'c.csv:4 (column "id"): duplicate id "b", first seen on line 2'],
    ['an unmatched key', 'id\nq\na\nq\n', 'c.csv:4 (column "id"): duplicate id "q", first seen on line 2'],
  ])('finds a repeated %s in the matching table', async (_what, text, message) => {
    const dir = fixtureDir({ 'b.csv': 'id\na\nb\n', 'c.csv': text });
    const base = await readTable([`${dir}/b.csv`], [unique]);
    const index = columnOf(base, 'id', 'string')!.index!;
    const e = await errorOf(() => readTable([`${dir}/c.csv`], [{ name: 'id', kind: 'match', required: true, index }]));
    expect(e.message).toBe(`${dir}/${message}`);
  });
});

describe('KeyIndex', () => {
  // Two different keys with the same 32-bit hash, found by search, so exactness is tested.
  function collidingPair(): [string, string] {
    const seen = new Map<number, string>();
    const probe = new KeyIndex();
    for (let i = 0; ; i++) {
      const k = `k${i}`;
      probe.push(k);
      const h = (probe as unknown as { hashes: Int32Array }).hashes[i];
      const other = seen.get(h);
      if (other !== undefined) return [other, k];
      seen.set(h, k);
    }
  }

  it('does not take keys with equal hashes for duplicates or matches', () => {
    const [a, b] = collidingPair();
    const ix = new KeyIndex(2);
    for (const k of ['z', a, 'y', b, 'x']) ix.push(k);
    expect(ix.firstDuplicate()).toBeNull();
    expect([ix.get(a), ix.get(b), ix.get('x'), ix.get('nope')]).toEqual([1, 3, 4, -1]);
    ix.push(b);
    expect(ix.firstDuplicate()).toEqual([3, 5]);
  });

  it('finds the repeat that comes first and returns the first row of a key', () => {
    const ix = new KeyIndex(1);
    for (const k of ['a', 'b', 'c', 'b', 'a', 'c']) ix.push(k);
    expect(ix.firstDuplicate()).toEqual([1, 3]);
    expect(ix.get('a')).toBe(0);
    expect(ix.size).toBe(6);
  });
});

describe('value parsing', () => {
  it.each([
    ['0.25', 0.25],
    [' 2 ', 2],
    ['1e-3', 0.001],
    ['-0.5', -0.5],
    ['+3', 3],
    ['.5', 0.5],
    ['5.', 5],
    ['', Number.NaN],
    ['  ', Number.NaN],
    ['0x10', Number.NaN],
    ['0b1', Number.NaN],
    ['Infinity', Number.NaN],
    ['nan', Number.NaN],
    ['1,5', Number.NaN],
    ['1_000', Number.NaN],
  ])('parseNumber(%j) = %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each([
    ['1', 1, 1],
    ['0', 0, 0],
    ['true', 1, 1],
    ['False', 0, 0],
    ['TRUE', 1, 1],
    ['1.0', -1, 1],
    ['0.0', -1, 0],
    ['2', -1, -1],
    ['yes', -1, -1],
    ['', -1, -1],
  ])('%j: boolean %d, label %d', (text, boolean, label) => {
    expect(parseBoolean(text)).toBe(boolean);
    expect(parseLabel(text)).toBe(label);
  });
});

describe('pickCategories', () => {
  it('takes the rows in order and keeps only the values that occur, numbered by first appearance', async () => {
    const { pickCategories } = await import('../../src/io/table.js');
    const col = { codes: Int32Array.of(0, 1, 0, 2), values: ['BR', 'US', 'DE'] };
    const out = pickCategories('region', col, Int32Array.of(1, 2, 0));
    expect(out).toEqual({ name: 'region', codes: Int32Array.of(0, 1, 1), values: ['US', 'BR'] });
  });
});
