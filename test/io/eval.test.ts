import { describe, expect, it } from 'vitest';
import type { Columns, Task } from '../../src/config/types.js';
import { DataError } from '../../src/errors/index.js';
import { readEvalPair } from '../../src/io/eval.js';
import type { EvalData } from '../../src/io/types.js';
import { COLUMNS, csvToJsonl, errorOf, fixtureDir } from './fixtures.js';

interface PairCase {
  baseline?: string;
  candidate?: string;
  task?: Task;
  threshold?: number;
  columns?: Partial<Columns>;
  numericColumns?: string[];
}

/** Reads the pair `b.csv` / `c.csv` (or the names given) from `dir`. */
function read(dir: string, o: PairCase = {}): Promise<EvalData> {
  return readEvalPair({
    baseline: `${dir}/${o.baseline ?? 'b.csv'}`,
    candidate: `${dir}/${o.candidate ?? 'c.csv'}`,
    task: o.task ?? 'binary',
    threshold: o.threshold ?? 0.5,
    columns: { ...COLUMNS, ...o.columns },
    numericColumns: o.numericColumns ?? [],
  });
}

const BASE = ['id,label,score,region,weight', 'e1,1,0.9,BR,1', 'e2,0,0.4,US,2', 'e3,1,0.3,,1', 'e4,0,0.7,BR,0.5'].join('\n') + '\n';
// Another order, labels written as true/false in places, and a prediction column.
const CAND = ['id,score,label,prediction', 'e3,0.6,1,1', 'e1,0.8,true,1', 'e4,0.2,0,0', 'e2,0.55,false,0'].join('\n') + '\n';

describe('readEvalPair: binary', () => {
  it('joins on id in the baseline order, with decisions from prediction or threshold', async () => {
    const dir = fixtureDir({ 'b.csv': BASE, 'c.csv': CAND });
    const d = await read(dir, { columns: { segments: ['region'] } });
    expect(d.n).toBe(4);
    expect([...d.label]).toEqual([1, 0, 1, 0]);
    expect(d.classes).toEqual([]);
    expect([...d.baseline.score]).toEqual([0.9, 0.4, 0.3, 0.7]);
    expect([...d.baseline.decision]).toEqual([1, 0, 0, 1]); // score >= 0.5
    expect([...d.candidate.score]).toEqual([0.8, 0.55, 0.6, 0.2]);
    expect([...d.candidate.decision]).toEqual([1, 0, 1, 0]); // its prediction column (e2: 0.55 but predicted 0)
    expect([...d.weight!]).toEqual([1, 2, 1, 0.5]);
    expect(d.segments).toEqual([{ name: 'region', codes: Int32Array.of(0, 1, 2, 0), values: ['BR', 'US', '(missing)'] }]);
    expect(d.numeric).toEqual({});
    expect(d.integrity).toEqual({
      baselineRows: 4,
      candidateRows: 4,
      matched: 4,
      onlyBaseline: 0,
      onlyCandidate: 0,
      coverage: 1,
      examplesOnlyBaseline: [],
      examplesOnlyCandidate: [],
    });
    expect(d.files).toEqual({ baseline: [`${dir}/b.csv`], candidate: [`${dir}/c.csv`] });
  });

  it('applies the threshold with >=', async () => {
    const dir = fixtureDir({ 'b.csv': BASE, 'c.csv': CAND });
    expect([...(await read(dir, { threshold: 0.4 })).baseline.decision]).toEqual([1, 1, 0, 1]);
  });

  it('counts ids found on one side only, with up to 5 examples each, in file order', async () => {
    const base = ['id,label,score', ...['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8'].map((id) => `${id},0,0.1`)].join('\n');
    const cand = ['id,label,score', ...['z1', 'a8', 'z2', 'a2', 'z3', 'z4', 'a6', 'z5', 'z6', 'a4', 'z7'].map((id) => `${id},0,0.2`)].join('\n');
    const d = await read(fixtureDir({ 'b.csv': base, 'c.csv': cand }));
    expect(d.n).toBe(4);
    expect(d.integrity).toEqual({
      baselineRows: 8,
      candidateRows: 11,
      matched: 4,
      onlyBaseline: 4,
      onlyCandidate: 7,
      coverage: 4 / 11,
      examplesOnlyBaseline: ['a1', 'a3', 'a5', 'a7'],
      examplesOnlyCandidate: ['z1', 'z2', 'z3', 'z4', 'z5'],
    });
    expect([...d.candidate.score]).toEqual([0.2, 0.2, 0.2, 0.2]);
  });

  it('reads the same pair from CSV, TSV, JSON Lines and gzip alike', async () => {
    const csv = await read(fixtureDir({ 'b.csv': BASE, 'c.csv': CAND }), { columns: { segments: ['region'] } });
    const dir = fixtureDir({ 'b.jsonl.gz': csvToJsonl(BASE), 'c.tsv': CAND.replace(/,/g, '\t') });
    const mixed = await read(dir, { baseline: 'b.jsonl.gz', candidate: 'c.tsv', columns: { segments: ['region'] } });
    expect({ ...mixed, files: null }).toEqual({ ...csv, files: null });
  });

  it('concatenates the files a glob matches, sorted by path', async () => {
    const dir = fixtureDir({
      'b/part-2.csv': 'id,label,score\nx3,1,0.3\n',
      'b/part-10.csv': 'score,label,id\n0.2,0,x2\n',
      'b/part-1.csv': 'id,label,score\nx1,1,0.1\n',
      'c.csv.gz': 'id,label,score\nx1,1,0.5\nx2,0,0.5\nx3,1,0.5\n',
    });
    const d = await read(dir, { baseline: 'b/part-*.csv', candidate: '*.csv.gz' });
    expect(d.files.baseline).toEqual([`${dir}/b/part-1.csv`, `${dir}/b/part-10.csv`, `${dir}/b/part-2.csv`]);
    expect([...d.baseline.score]).toEqual([0.1, 0.2, 0.3]);
    expect([...d.label]).toEqual([1, 0, 1]);
  });

  it('takes weights from the candidate when only it has them, and checks them when both do', async () => {
    const base = 'id,label,score\na,1,0.9\nb,0,0.1\n';
    const cand = 'id,label,score,weight\nb,0,0.2,3\na,1,0.8,0.5\n';
    expect([...(await read(fixtureDir({ 'b.csv': base, 'c.csv': cand }))).weight!]).toEqual([0.5, 3]);
    expect((await read(fixtureDir({ 'b.csv': base, 'c.csv': base }))).weight).toBeNull();
    const same = 'id,label,score,weight\na,1,0.9,2\nb,0,0.1,1\n';
    expect([...(await read(fixtureDir({ 'b.csv': same, 'c.csv': same }))).weight!]).toEqual([2, 1]);
  });

  it('takes a segment from the candidate when the baseline lacks it, keeping only values on joined rows', async () => {
    const base = 'id,label,score,region\na,1,0.9,BR\nb,0,0.1,JP\nc,0,0.1,US\n';
    const cand = 'id,label,score,device\nc,0,0.2,ios\na,1,0.8,\nd,1,0.8,web\n';
    const d = await read(fixtureDir({ 'b.csv': base, 'c.csv': cand }), { columns: { segments: ['device', 'region'] } });
    expect(d.segments).toEqual([
      { name: 'device', codes: Int32Array.of(0, 1), values: ['(missing)', 'ios'] },
      { name: 'region', codes: Int32Array.of(0, 1), values: ['BR', 'US'] },
    ]);
  });

  it('reads numeric columns per model', async () => {
    const base = 'id,label,score,judge\na,1,0.9,4\nb,0,0.1,2.5\n';
    const cand = 'id,label,score,judge\nb,0,0.2,3\na,1,0.8,5\n';
    const d = await read(fixtureDir({ 'b.csv': base, 'c.csv': cand }), { numericColumns: ['judge'] });
    expect(d.numeric).toEqual({ judge: { baseline: Float64Array.of(4, 2.5), candidate: Float64Array.of(5, 3) } });
  });

  it('uses renamed columns', async () => {
    const base = 'ex,y,p,grp\na,1,0.9,g1\nb,0,0.1,g2\n';
    const d = await read(fixtureDir({ 'b.csv': base, 'c.csv': base }), { columns: { id: 'ex', label: 'y', score: 'p', segments: ['grp'] } });
    expect([...d.label]).toEqual([1, 0]);
    expect(d.segments[0].values).toEqual(['g1', 'g2']);
  });
});

describe('readEvalPair: multiclass and regression', () => {
  it('codes labels and decisions into the sorted union of classes on the joined rows', async () => {
    const base = 'id,label,prediction,score\n1,cat,cat,0.8\n2,dog,cat,0.6\n3,bird,bird,0.9\n4,dog,dog,0.7\n';
    const cand = 'id,label,prediction\n4,dog,dog\n3,bird,fish\n2,dog,dog\n1,cat,cat\n9,zebra,zebra\n';
    const d = await read(fixtureDir({ 'b.csv': base, 'c.csv': cand }), { task: 'multiclass' });
    expect(d.classes).toEqual(['bird', 'cat', 'dog', 'fish']);
    expect([...d.label]).toEqual([1, 2, 0, 2]);
    expect([...d.baseline.decision]).toEqual([1, 1, 0, 2]);
    expect([...d.baseline.score]).toEqual([0.8, 0.6, 0.9, 0.7]);
    expect([...d.candidate.decision]).toEqual([1, 2, 3, 2]);
    expect([...d.candidate.score]).toEqual([NaN, NaN, NaN, NaN]);
    expect(d.integrity.examplesOnlyCandidate).toEqual(['9']);
  });

  it('takes the regression prediction from score, else from prediction', async () => {
    const base = 'id,label,score\n1,3.5,2\n2,-1,0.5\n';
    const cand = 'id,label,prediction\n2,-1,-0.25\n1,3.5,3\n';
    const d = await read(fixtureDir({ 'b.csv': base, 'c.csv': cand }), { task: 'regression' });
    expect([...d.label]).toEqual([3.5, -1]);
    expect([...d.baseline.score]).toEqual([2, 0.5]);
    expect([...d.baseline.decision]).toEqual([2, 0.5]);
    expect([...d.candidate.score]).toEqual([3, -0.25]);
    expect(d.classes).toEqual([]);
  });
});

describe('readEvalPair: errors', () => {
  const GOOD = 'id,label,score\ne1,1,0.9\ne2,0,0.4\n';
  // [what, files, options, message after "<dir>/" (DIR stands for the folder elsewhere)]
  const cases: Array<[string, Record<string, string | Buffer>, PairCase, string]> = [
    [
      'missing column, with a did-you-mean',
      { 'b.csv': GOOD, 'c.csv': 'id,label,scor\ne1,1,0.9\n' },
      {},
      'c.csv (column "score"): missing required column; did you mean "scor"? columns present: id, label, scor',
    ],
    ['unparsable number', { 'b.csv': GOOD, 'c.csv': 'id,label,score\ne1,1,0.9\ne2,0,.4.\n' }, {}, 'c.csv:3 (column "score"): ".4." is not a number'],
    ['score 1.2', { 'b.csv': 'id,label,score\ne1,1,1.2\n', 'c.csv': GOOD }, {}, 'b.csv:2 (column "score"): 1.2 is out of range; expected a probability in [0, 1]'],
    ['negative weight', { 'b.csv': 'id,label,score,weight\ne1,1,0.2,-1\n', 'c.csv': GOOD }, {}, 'b.csv:2 (column "weight"): -1 is out of range; expected a weight >= 0'],
    [
      'broken quote',
      { 'b.csv': GOOD, 'c.csv': 'id,label,score\ne1,1,0.9\n"e2,0,0.4\ne3,1,0.5\n' },
      {},
      'c.csv:3: a quoted value starting in this row is never closed (the file ends inside quotes)',
    ],
    [
      'wrong field count',
      { 'b.csv': 'id,label,score\ne1,1,0.9\ne2,0,0,4\n', 'c.csv': GOOD },
      {},
      'b.csv:3: expected 3 fields as in the header, found 4; quote values that contain the delimiter or a line break',
    ],
    ['duplicate id in the baseline', { 'b.csv': 'id,label,score\ne1,1,0.9\ne2,0,0.4\ne1,1,0.3\n', 'c.csv': GOOD }, {}, 'b.csv:4 (column "id"): duplicate id "e1", first seen on line 2'],
    ['duplicate id in the candidate', { 'b.csv': GOOD, 'c.csv': 'id,label,score\ne2,0,0.9\ne1,1,0.4\ne2,0,0.3\n' }, {}, 'c.csv:4 (column "id"): duplicate id "e2", first seen on line 2'],
    [
      'label mismatch',
      { 'b.csv': GOOD, 'c.csv': 'id,label,score\ne2,1,0.4\ne1,1,0.9\n' },
      {},
      'b.csv:3 (column "label"): id "e2" has label 0 here but 1 in DIR/c.csv:2; both files must carry the same labels',
    ],
    [
      'multiclass label mismatch',
      { 'b.csv': 'id,label,prediction\n1,cat,cat\n', 'c.csv': 'id,label,prediction\n1,Cat,cat\n' },
      { task: 'multiclass' },
      'b.csv:2 (column "label"): id "1" has label "cat" here but "Cat" in DIR/c.csv:2; both files must carry the same labels',
    ],
    [
      'weight mismatch',
      { 'b.csv': 'id,label,score,weight\ne1,1,0.9,1\ne2,0,0.4,2\n', 'c.csv': 'id,label,score,weight\ne1,1,0.9,1\ne2,0,0.4,3\n' },
      {},
      'b.csv:3 (column "weight"): id "e2" has weight 2 here but 3 in DIR/c.csv:3; both files must carry the same weights',
    ],
    [
      'no id in common',
      { 'b.csv': GOOD, 'c.csv': 'id,label,score\nx1,1,0.9\nx2,0,0.4\nx3,0,0.4\n' },
      {},
      'c.csv (column "id"): no id in common with the baseline DIR/b.csv (2 vs 3 rows); ids look like "e1", "e2" there and "x1", "x2", "x3" here; both files must score the same test set',
    ],
    [
      'bad JSONL line',
      { 'b.csv': GOOD, 'c.jsonl': '{"id":"e1","label":1,"score":0.9}\n{"id":"e2","label":0,"score":0.4\n' },
      { candidate: 'c.jsonl' },
      'c.jsonl:2: invalid JSON (JSONERROR)',
    ],
    ['glob matching nothing', { 'b.csv': GOOD }, { candidate: 'cand/*.csv' }, 'cand/*.csv: no files match this pattern'],
    [
      'unknown extension',
      { 'b.csv': GOOD, 'c.xlsx': 'x' },
      { candidate: 'c.xlsx' },
      'c.xlsx: unsupported file type (".xlsx"); expected .csv, .tsv, .jsonl, .ndjson (each optionally .gz), .parquet, .arrow, .feather',
    ],
    ['bad gzip', { 'b.csv': GOOD, 'c.csv.gz': Buffer.from(GOOD) }, { candidate: 'c.csv.gz' }, 'c.csv.gz: not valid gzip data (incorrect header check); a .gz file must be gzip-compressed'],
    [
      'segment column in neither file',
      { 'b.csv': 'id,label,score,region\ne1,1,0.9,BR\n', 'c.csv': GOOD },
      { columns: { segments: ['regoin'] } },
      'b.csv (column "regoin"): missing required column (segment column, in neither DIR/b.csv nor DIR/c.csv); did you mean "region"? columns present: id, label, score, region',
    ],
    [
      'numeric column missing in one file',
      { 'b.csv': 'id,label,score,judge\ne1,1,0.9,3\n', 'c.csv': GOOD },
      { numericColumns: ['judge'] },
      'c.csv (column "judge"): missing required column; columns present: id, label, score',
    ],
    [
      'multiclass without prediction',
      { 'b.csv': 'id,label\n1,cat\n', 'c.csv': 'id,label\n1,cat\n' },
      { task: 'multiclass' },
      'b.csv (column "prediction"): missing required column; columns present: id, label',
    ],
    [
      'regression without a prediction',
      { 'b.csv': 'id,label,score\n1,2,3\n', 'c.csv': 'id,label,pred\n1,2,3\n' },
      { task: 'regression' },
      'c.csv (column "score"): missing required column (the prediction; a "prediction" column also works); did you mean "pred"? columns present: id, label, pred',
    ],
  ];
  it.each(cases)('%s', async (_what, files, o, message) => {
    const dir = fixtureDir(files);
    let expected = `${dir}/${message.replaceAll('DIR', dir)}`;
    if (message.includes('JSONERROR')) {
      try {
        JSON.parse('{"id":"e2","label":0,"score":0.4');
      } catch (e) {
        expected = expected.replace('JSONERROR', (e as Error).message);
      }
    }
    const e = await errorOf(() => read(dir, o));
    expect(e).toBeInstanceOf(DataError);
    expect(e.message).toBe(expected);
  });

  it('names the right lines after a multi-line quoted value', async () => {
    const base = 'id,label,score,note\ne1,1,0.9,"two\nlines"\ne2,0,0.4,x\n';
    const cand = 'id,label,score\ne1,1,0.9\ne2,1,0.4\n';
    const dir = fixtureDir({ 'b.csv': base, 'c.csv': cand });
    const e = (await errorOf(() => read(dir))) as DataError;
    expect(e.message).toBe(`${dir}/b.csv:4 (column "label"): id "e2" has label 0 here but 1 in ${dir}/c.csv:3; both files must carry the same labels`);
    expect([e.file, e.line, e.column]).toEqual([`${dir}/b.csv`, 4, 'label']);
  });
});
