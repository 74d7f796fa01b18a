// Parquet and Arrow input, against files written by independent writers
// (DuckDB for Parquet, Apache Arrow's JS writer for Arrow IPC): each codec,
// nulls, int64 ids, dictionary strings, several row groups, missing columns,
// and the gate's report equal to the CSV report of the same data.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bool, Float64, Table as ArrowTable, tableFromArrays, vectorFromArray } from 'apache-arrow';
import { parquetMetadata } from 'hyparquet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import { DataError } from '../../src/errors/index.js';
import { ZSTD_SOURCE, columnOf, readColumns, readEvalPair, readTable } from '../../src/io/index.js';
import { readShadowLog } from '../../src/io/shadow.js';
import { runGate } from '../../src/pipeline/index.js';
import type { Report } from '../../src/report/types.js';
import { writeEvalPair } from '../../scripts/lib/generate.mjs';
import { writeShadowLog } from '../../scripts/lib/generateShadow.mjs';
import { PARQUET_CODECS, fromCsv, writeArrow, writeParquet } from './columnar.fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'mrg-columnar-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);

const EVAL_TYPES = { id: 'VARCHAR', label: 'INTEGER', score: 'DOUBLE', region: 'VARCHAR', device: 'VARCHAR' };
const SPEC = { n: 5000, seed: 11, segments: { region: ['BR', 'DE', 'US'], device: ['ios', 'web'] }, baseRate: 0.25, effects: [{ where: { region: 'BR' }, positiveShift: -0.7 }] };

/** The CSV's columns as Arrow arrays (no quoting in these files). */
function arrowFromCsv(path: string, batches: number): ArrowTable {
  const [head, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  const names = head.split(',');
  const rows = lines.map((l) => l.split(','));
  const col = (k: number) => rows.map((r) => r[k]);
  const t = tableFromArrays({
    id: col(names.indexOf('id')),
    label: Int32Array.from(col(names.indexOf('label')), Number),
    score: Float64Array.from(col(names.indexOf('score')), Number),
    region: col(names.indexOf('region')),
    device: col(names.indexOf('device')),
  });
  const size = Math.ceil(t.numRows / batches);
  const parts = [];
  for (let s = 0; s < t.numRows; s += size) parts.push(...t.slice(s, s + size).batches);
  return new ArrowTable(parts);
}

const CONFIG = `task: binary
columns: { segments: [region, device] }
segments: { min_samples: 200 }
statistics: { seed: 7, resamples: 200 }
metrics:
  accuracy: { max_drop: 1pp }
  recall: { max_drop: 1pp }
  auc: { max_drop: 0.005 }
  ece: { max_increase: 1pp }
`;
const RUN = { repository: null, commit: null, pull_request: null, url: null };
const gate = (b: string, c: string): Promise<Report> =>
  runGate({ name: 'm', config: parseConfig(CONFIG, 'gate.yml'), baselineEval: b, candidateEval: c, shadow: null, labels: null, run: RUN, now: () => new Date('2026-01-01T00:00:00Z') });
/** The checks with the file names' extensions taken out (messages name the files). */
const checksOf = (r: Report) => JSON.parse(JSON.stringify(r.checks).replace(/\.(csv|parquet|arrow|feather)\b/g, '.X'));

describe('the gate reads Parquet and Arrow as it reads CSV', () => {
  let csvReport: Report;
  beforeAll(async () => {
    await writeEvalPair(SPEC, at('b.csv'), at('c.csv'), 4);
    for (const codec of PARQUET_CODECS) {
      for (const side of ['b', 'c']) await writeParquet(fromCsv(at(`${side}.csv`), EVAL_TYPES), at(`${side}-${codec}.parquet`), codec, 2048);
    }
    for (const side of ['b', 'c']) {
      writeArrow(arrowFromCsv(at(`${side}.csv`), 3), at(`${side}.arrow`));
      writeArrow(arrowFromCsv(at(`${side}.csv`), 3), at(`${side}-zstd.feather`), { zstd: true });
      writeArrow(arrowFromCsv(at(`${side}.csv`), 2), at(`${side}-stream.arrow`), { stream: true });
    }
    csvReport = await gate(at('b.csv'), at('c.csv'));
  }, 120_000);

  it('the Parquet files have several row groups and dictionary-encoded strings', () => {
    const md = parquetMetadata(new Uint8Array(readFileSync(at('b-zstd.parquet'))).buffer);
    expect(md.row_groups.length).toBeGreaterThan(1);
    const region = md.row_groups[0].columns.find((c) => c.meta_data?.path_in_schema[0] === 'region')!;
    expect(region.meta_data!.encodings.some((e) => /DICTIONARY/.test(e))).toBe(true);
    expect(region.meta_data!.codec).toBe('ZSTD');
  });

  it.each(PARQUET_CODECS)('Parquet %s: the same checks as the CSV, check by check', async (codec) => {
    const r = await gate(at(`b-${codec}.parquet`), at(`c-${codec}.parquet`));
    expect(csvReport.checks.length).toBeGreaterThan(20);
    expect(checksOf(r)).toEqual(checksOf(csvReport));
    expect(r.verdict).toEqual(csvReport.verdict);
  });

  it.each([
    ['uncompressed file format', 'b.arrow', 'c.arrow'],
    ['zstd feather', 'b-zstd.feather', 'c-zstd.feather'],
    ['stream format', 'b-stream.arrow', 'c-stream.arrow'],
  ])('Arrow %s: the same checks as the CSV', async (_what, b, c) => {
    const r = await gate(at(b), at(c));
    expect(checksOf(r)).toEqual(checksOf(csvReport));
  });

  it('a CSV baseline against a Parquet candidate joins as two CSVs do', async () => {
    const r = await gate(at('b.csv'), at('c-snappy.parquet'));
    expect(checksOf(r)).toEqual(checksOf(csvReport));
  });
});

describe('Parquet values and errors', () => {
  beforeAll(async () => {
    await writeParquet(
      `SELECT 9007199254740993::BIGINT + i AS id, (i % 2)::INTEGER AS label, (i % 2 = 0) AS flag,
        CASE WHEN i % 5 = 0 THEN NULL ELSE i / 10000.0 END::DOUBLE AS score,
        CASE WHEN i % 7 = 0 THEN NULL ELSE ['US', 'BR', 'DE'][1 + i % 3] END AS region
       FROM range(5000) t(i)`,
      at('values.parquet'),
      'zstd',
      1024,
    );
    await writeParquet(`SELECT 'a' || i AS id, i::INTEGER AS label, 0.5::DOUBLE AS score FROM range(3000) t(i)`, at('badlabel.parquet'), 'snappy', 1024);
    await writeParquet(`SELECT 'a' || i AS id, 1 AS label FROM range(10) t(i)`, at('noscore.parquet'));
  });

  it('int64 ids beyond 2^53 stay exact as text; booleans, nulls and dictionary strings map as in CSV', async () => {
    const t = await readTable(
      [at('values.parquet')],
      [
        { name: 'id', kind: 'string', required: true, unique: true },
        { name: 'label', kind: 'label', required: true },
        { name: 'flag', kind: 'boolean', required: true },
        { name: 'score', kind: 'number', required: true, ifEmpty: NaN },
        { name: 'region', kind: 'category', required: true, ifEmpty: '(missing)' },
      ],
    );
    expect(t.n).toBe(5000);
    const ids = columnOf(t, 'id', 'string')!.values;
    expect(ids.slice(0, 2)).toEqual(['9007199254740993', '9007199254740994']);
    expect(ids[4999]).toBe('9007199254745992');
    expect([...columnOf(t, 'label', 'label')!.values.slice(0, 3)]).toEqual([0, 1, 0]);
    expect([...columnOf(t, 'flag', 'boolean')!.values.slice(0, 3)]).toEqual([1, 0, 1]);
    const score = columnOf(t, 'score', 'number')!.values;
    expect([score[0], score[1], score[5], score[6]]).toEqual([NaN, 0.0001, NaN, 0.0006]);
    const region = columnOf(t, 'region', 'category')!;
    expect([0, 1, 2, 3, 7].map((i) => region.values[region.codes[i]])).toEqual(['(missing)', 'BR', 'DE', 'US', '(missing)']);
    expect(t.line[4999]).toBe(5000);
  });

  it('a null where a value is required names the file, row, row group and column', async () => {
    const e = await readTable([at('values.parquet')], [{ name: 'score', kind: 'number', required: true, min: 0, max: 1, rangeText: 'a probability in [0, 1]' }]).catch((x) => x);
    expect(e).toBeInstanceOf(DataError);
    expect(e.message).toBe(`${at('values.parquet')} (column "score"): row 1 (row group 0): empty value; expected a probability in [0, 1]`);
  });

  it('a bad value in a later row group names that row group and the row in the file', async () => {
    const e = await readTable([at('badlabel.parquet')], [{ name: 'label', kind: 'label', required: true }]).catch((x) => x);
    expect(e.message).toBe(`${at('badlabel.parquet')} (column "label"): row 3 (row group 0): "2" is not a binary label; expected 0/1 or true/false`);
    const s = await readTable([at('badlabel.parquet')], [{ name: 'label', kind: 'number', required: true, max: 2047 }]).catch((x) => x);
    expect(s.message).toBe(`${at('badlabel.parquet')} (column "label"): row 2049 (row group 1): 2048 is out of range; expected a number <= 2047`);
  });

  it('a missing column is the same error as for CSV', async () => {
    const e = await readEvalPair({
      baseline: at('noscore.parquet'),
      candidate: at('noscore.parquet'),
      columns: parseConfig('task: binary', 'g').columns,
      task: 'binary',
      threshold: 0.5,
      numericColumns: [],
    }).catch((x) => x);
    expect(e).toBeInstanceOf(DataError);
    expect(e.message).toBe(`${at('noscore.parquet')} (column "score"): missing required column; columns present: id, label`);
  });

  it('a duplicate id names both rows', async () => {
    await writeParquet(`SELECT CASE WHEN i = 9 THEN 'a2' ELSE 'a' || i END AS id FROM range(10) t(i)`, at('dup.parquet'));
    const e = await readTable([at('dup.parquet')], [{ name: 'id', kind: 'string', required: true, unique: true }]).catch((x) => x);
    expect(e.message).toBe(`${at('dup.parquet')} (column "id"): row 10: duplicate id "a2", first seen on row 3`);
  });

  it('a file that is not Parquet, and a gzipped Parquet file, end with one line', async () => {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(at('text.parquet'), 'id,label\n1,0\n');
    const e = await readTable([at('text.parquet')], [{ name: 'id', kind: 'string', required: true }]).catch((x) => x);
    expect(e).toBeInstanceOf(DataError);
    expect(e.message).toMatch(/text\.parquet: not a valid Parquet file \(.+\)$/);
    const g = await readTable([at('x.parquet.gz')], [{ name: 'id', kind: 'string', required: true }]).catch((x) => x);
    expect(g.message).toMatch(/x\.parquet\.gz: a \.parquet file is compressed inside \(its own codecs\); give it without the \.gz$/);
  });

  it('readColumns: the generic read of named columns, for feature tables', async () => {
    const t = await readColumns(
      [at('values.parquet')],
      [
        { name: 'score', kind: 'number' },
        { name: 'region', kind: 'category' },
        { name: 'absent', kind: 'number', required: false },
      ],
    );
    expect(t.n).toBe(5000);
    expect(columnOf(t, 'score', 'number')!.values[0]).toBeNaN();
    expect(columnOf(t, 'region', 'category')!.values).toContain('');
    expect(t.columns.absent).toBeUndefined();
    const e = await readColumns([at('values.parquet')], [{ name: 'age', kind: 'number' }]).catch((x) => x);
    expect(e.message).toBe(`${at('values.parquet')} (column "age"): missing required column; columns present: id, label, flag, score, region`);
  });
});

describe('shadow logs and labels in Parquet', () => {
  it('read the same as their CSV', async () => {
    await writeShadowLog({ n: 1500, seed: 3, segments: { region: ['US', 'BR'] }, labelShare: 0.6 }, at('s.csv'), at('l.csv'));
    const types = { request_id: 'VARCHAR', model: 'VARCHAR', score: 'DOUBLE', latency_ms: 'DOUBLE', cost_usd: 'DOUBLE', error: 'BOOLEAN', region: 'VARCHAR' };
    await writeParquet(fromCsv(at('s.csv'), types), at('s.parquet'), 'zstd', 1024);
    await writeParquet(fromCsv(at('l.csv'), { request_id: 'VARCHAR', label: 'INTEGER' }), at('l.parquet'), 'gzip');
    const opts = (s: string, l: string) => ({
      shadow: at(s),
      labels: at(l),
      columns: parseConfig('columns: { segments: [region] }', 'g').columns,
      task: 'binary' as const,
      threshold: 0.5,
      models: { baseline: 'baseline', candidate: 'candidate' },
      pricing: null,
      needs: {},
    });
    const csv = await readShadowLog(opts('s.csv', 'l.csv'));
    const pq = await readShadowLog(opts('s.parquet', 'l.parquet'));
    expect(pq.n).toBe(csv.n);
    expect({ ...pq, files: null, labels: { ...pq.labels, files: null } }).toEqual({ ...csv, files: null, labels: { ...csv.labels, files: null } });
  });
});

describe('Arrow values and errors', () => {
  it('int64 ids stay exact, nulls follow the empty-value rule, booleans map, errors name the record batch', async () => {
    const t = new ArrowTable({
      id: vectorFromArray(BigInt64Array.of(2n ** 53n + 1n, 2n ** 53n + 2n, 3n)),
      score: vectorFromArray([0.25, null, 0.5], new Float64()),
      ok: vectorFromArray([true, false, null], new Bool()),
      region: vectorFromArray(['US', null, 'BR']),
    });
    writeArrow(t, at('v.arrow'), { zstd: true });
    const r = await readTable(
      [at('v.arrow')],
      [
        { name: 'id', kind: 'string', required: true, unique: true },
        { name: 'score', kind: 'number', required: true, ifEmpty: NaN },
        { name: 'region', kind: 'category', required: true, ifEmpty: '(missing)' },
      ],
    );
    expect(columnOf(r, 'id', 'string')!.values).toEqual(['9007199254740993', '9007199254740994', '3']);
    expect([...columnOf(r, 'score', 'number')!.values]).toEqual([0.25, NaN, 0.5]);
    const reg = columnOf(r, 'region', 'category')!;
    expect(Array.from(reg.codes, (c) => reg.values[c])).toEqual(['US', '(missing)', 'BR']);
    const e = await readTable([at('v.arrow')], [{ name: 'ok', kind: 'boolean', required: true }]).catch((x) => x);
    expect(e.message).toBe(`${at('v.arrow')} (column "ok"): row 3 (record batch 0): empty value; expected true/false or 1/0`);
    const m = await readTable([at('v.arrow')], [{ name: 'label', kind: 'label', required: true }]).catch((x) => x);
    expect(m.message).toBe(`${at('v.arrow')} (column "label"): missing required column; columns present: id, score, ok, region`);
  });

  it('zstd comes from node:zlib where Node has it (>= 22.15), else from fzstd', () => {
    const [major, minor] = process.versions.node.split('.').map(Number);
    expect(ZSTD_SOURCE).toBe(major > 22 || (major === 22 && minor >= 15) ? 'node:zlib' : 'fzstd');
  });
});
