// The narrow paths that keep ten million rows a model in memory: binary labels and
// decisions as bytes (and only there: regression targets, weights and multiclass
// codes keep every value), the ids packed into chunk strings (KeyIndex) and hashed
// in place into the jackknife's groups, which must equal the groups of the id text.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readEvalPair } from '../../src/io/eval.js';
import { KeyIndex } from '../../src/io/keyindex.js';
import { idsToKeep, needsIdGroups } from '../../src/metrics/index.js';
import { idGrouper, idGroups } from '../../src/summaries/idHash.js';
import { md5Upper32, md5Upper32Range } from '../../src/summaries/md5.js';
import { writeParquet } from './columnar.fixtures.js';
import { COLUMNS, errorOf, fixtureDir } from './fixtures.js';

const pair = (dir: string, task: 'binary' | 'multiclass' | 'regression', extra: Record<string, unknown> = {}) =>
  readEvalPair({ baseline: `${dir}/b.csv`, candidate: `${dir}/c.csv`, task, threshold: 0.5, columns: COLUMNS, numericColumns: [], ...extra });

describe('narrow columns of the joined pair', () => {
  it('binary: labels and decisions are bytes with the values read; weights keep every digit', async () => {
    const dir = fixtureDir({
      'b.csv': 'id,label,score,weight\na,1,0.9,0.125\nb,0,0.4,2.5\nc,true,0.5,1e-9\n',
      'c.csv': 'id,label,score,prediction\nc,1,0.2,1\na,1,0.7,0\nb,false,0.6,1\n',
    });
    const d = await pair(dir, 'binary');
    expect(d.label).toBeInstanceOf(Uint8Array);
    expect(d.baseline.decision).toBeInstanceOf(Uint8Array);
    expect(d.candidate.decision).toBeInstanceOf(Uint8Array);
    expect([...d.label]).toEqual([1, 0, 1]);
    expect([...d.baseline.decision]).toEqual([1, 0, 1]); // score >= 0.5 (0.5 itself included)
    expect([...d.candidate.decision]).toEqual([0, 1, 1]); // its prediction column, in the baseline's order
    expect(d.weight).toBeInstanceOf(Float64Array);
    expect([...d.weight!]).toEqual([0.125, 2.5, 1e-9]);
  });

  it('regression: targets that are not 0/1 stay exact numbers', async () => {
    const dir = fixtureDir({
      'b.csv': 'id,label,score\na,2.5,2\nb,-1,0\nc,300.75,1\nd,1,1\n',
      'c.csv': 'id,label,score\nd,1,0.5\nc,300.75,299\nb,-1,-2\na,2.5,2.25\n',
    });
    const d = await pair(dir, 'regression');
    expect(d.label).toBeInstanceOf(Float64Array);
    expect([...d.label]).toEqual([2.5, -1, 300.75, 1]);
    expect([...d.candidate.decision]).toEqual([2.25, -2, 299, 0.5]);
  });

  it('multiclass: more than 255 classes keep distinct codes', async () => {
    const names = Array.from({ length: 300 }, (_, i) => `k${String(i).padStart(3, '0')}`);
    const rows = names.map((cls, i) => `r${i},${cls},${names[(i + 1) % 300]}`);
    const dir = fixtureDir({ 'b.csv': `id,label,prediction\n${rows.join('\n')}\n`, 'c.csv': `id,label,prediction\n${rows.join('\n')}\n` });
    const d = await pair(dir, 'multiclass');
    expect(d.classes).toEqual(names);
    expect([...d.label]).toEqual(names.map((_, i) => i));
    expect(d.baseline.decision[299]).toBe(0);
    expect(d.baseline.decision[298]).toBe(299);
  });

  it('binary from Parquet: integer labels go in as bytes, and a 2 is the same one-line error as in CSV', async () => {
    const dir = fixtureDir({});
    await writeParquet("SELECT * FROM (VALUES ('a', 1, 0.9), ('b', 0, 0.2)) t(id, label, score)", `${dir}/b.parquet`);
    await writeParquet("SELECT * FROM (VALUES ('b', 0, 0.6), ('a', 1, 0.4)) t(id, label, score)", `${dir}/c.parquet`);
    const d = await readEvalPair({ baseline: `${dir}/b.parquet`, candidate: `${dir}/c.parquet`, task: 'binary', threshold: 0.5, columns: COLUMNS, numericColumns: [] });
    expect(d.label).toBeInstanceOf(Uint8Array);
    expect([...d.label]).toEqual([1, 0]);
    expect([...d.candidate.decision]).toEqual([0, 1]);
    await writeParquet("SELECT * FROM (VALUES ('a', 1, 0.9), ('b', 2, 0.2)) t(id, label, score)", `${dir}/bad.parquet`);
    const e = await errorOf(() => readEvalPair({ baseline: `${dir}/bad.parquet`, candidate: `${dir}/c.parquet`, task: 'binary', threshold: 0.5, columns: COLUMNS, numericColumns: [] }));
    expect(e.message).toContain('row 2 (row group 0): "2" is not a binary label');
  });
});

describe('the ids: packed, and hashed in place into the jackknife groups', () => {
  const ids = Array.from({ length: 10_000 }, (_, i) => (i % 997 === 0 ? `é-東京-${i}😀` : `ex-${String(i).padStart(7, '0')}`));

  it('KeyIndex keeps every key exactly across its chunks (a chunk is 4096 keys), non-ASCII included', () => {
    const ix = new KeyIndex(16);
    for (const k of ids) ix.push(k);
    expect(ix.size).toBe(ids.length);
    for (const r of [0, 1, 4095, 4096, 4097, 8191, 8192, 9999, 997 * 5]) {
      expect(ix.keyAt(r)).toBe(ids[r]);
      expect(ix.keyIs(r, ids[r])).toBe(true);
      expect(ix.keyIs(r, `${ids[r]}x`)).toBe(false);
      expect(ix.get(ids[r])).toBe(r);
    }
    expect(ix.keys).toEqual(ids);
    expect(ix.firstDuplicate()).toBeNull();
    ix.push(ids[4100]);
    expect(ix.firstDuplicate()).toEqual([4100, 10_000]);
    const rows = Int32Array.of(9999, 0, 4096, 997 * 3);
    expect([...ix.mapRows(rows, (t, s, e) => t.slice(s, e).length)]).toEqual([...rows].map((r) => ids[r].length));
  });

  it('md5Upper32Range hashes a range of a longer string as the text itself', () => {
    const hex8 = (t: string) => createHash('md5').update(t, 'utf8').digest().readUInt32BE(0);
    for (const id of ['ex-1', 'é-東京-3😀', '', 'x'.repeat(70)]) {
      const text = `zz${id}yy`;
      expect(md5Upper32Range('7:', text, 2, 2 + id.length)).toBe(hex8(`7:${id}`));
      expect(md5Upper32Range('7:', text, 2, 2 + id.length)).toBe(md5Upper32(id, '7:'));
    }
  });

  it('the reader gives the groups of the id text, row by row in the joined order, and the ids only when asked', async () => {
    const shuffled = [...ids.keys()].sort((a, b) => ((a * 7919) % 10_007) - ((b * 7919) % 10_007));
    const dir = fixtureDir({
      'b.csv': `id,label,score\n${ids.map((id, i) => `${id},${i % 2},0.${i % 10}`).join('\n')}\n`,
      'c.csv': `id,label,score\n${shuffled.map((i) => `${ids[i]},${i % 2},0.5`).join('\n')}\n`,
    });
    const text = await pair(dir, 'binary');
    expect(text.ids).toEqual(ids);
    const grouped = await pair(dir, 'binary', { ids: idGrouper(3, 50) });
    expect(grouped.ids).toBeUndefined();
    expect(grouped.idGroups!.seed).toBe(3);
    expect([...grouped.idGroups!.of]).toEqual([...idGroups(ids, ids.length, 3, 50)]);
    const none = await pair(dir, 'binary', { ids: 'none' });
    expect(none.ids).toBeUndefined();
    expect(none.idGroups).toBeUndefined();
  });

  it('groups are kept only when a jackknife metric needs them', () => {
    expect(needsIdGroups({ auc: {}, accuracy: {} } as never, 'binary')).toBe(false);
    expect(needsIdGroups({ pr_auc: {} } as never, 'binary')).toBe(true);
    expect(needsIdGroups({ ece: {} } as never, 'binary')).toBe(true);
    expect(needsIdGroups({ accuracy: {} } as never, 'multiclass')).toBe(false);
    expect(idsToKeep({ auc: {} } as never, 'binary', 1)).toBe('none');
    expect(idsToKeep({ pr_auc: {} } as never, 'binary', 1)).toMatchObject({ seed: 1, groups: 50 });
  });
});
