// The summaries@1 record files' shared header check (src/summaries/records.ts),
// as every reader (offline, shadow, data profiles) now gets it: one header of the
// format, a fingerprint matching its settings, a text column, files given once.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors/index.js';
import { readHeader, readRecords, recordsOf, settingsFingerprint } from '../../src/summaries/index.js';

const dir = mkdtempSync(join(tmpdir(), 'mrg-records-'));
const FORMAT = 'model-release-gate/summaries@1';
const settings = { source: 'shadow', threshold: 0.5 };
const header = (s: unknown = settings, fingerprint = settingsFingerprint(s)) => ({
  segment: '',
  kind: 'header',
  key: FORMAT,
  value: null,
  text: JSON.stringify({ fingerprint, settings: s }),
});
const write = (name: string, records: unknown[]) => {
  const path = join(dir, name);
  writeFileSync(path, records.map((r) => JSON.stringify(r)).join('\n'));
  return path;
};
async function headerOf(files: string[], prefix?: string) {
  return readHeader(recordsOf(await readRecords(files), { name: '(x)', prefix }), FORMAT);
}
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: Error) => e,
  );

describe('readHeader', () => {
  it('returns the header row and its settings', async () => {
    const r = await headerOf([write('ok.jsonl', [{ segment: 'overall', kind: 'count', key: 'rows', value: 3, text: null }, header()])]);
    expect(r).toEqual({ row: 1, settings });
  });

  it('refuses no header, two (naming both), another format, an edited header, and a missing text column', async () => {
    const one = write('one.jsonl', [header()]);
    const cases: Array<[() => Promise<unknown>, RegExp]> = [
      [() => headerOf([write('none.jsonl', [{ segment: '', kind: 'count', key: 'rows', value: 1, text: '' }])]), /found none: is this a model-release-gate\/summaries@1 file\?/],
      [() => headerOf([one, one]), /2 header records \(.*one\.jsonl:1, .*one\.jsonl:1\): one summaries file per source, each given once/],
      [() => headerOf([write('fmt.jsonl', [{ ...header(), key: 'other@2' }])]), /format "other@2"; this gate reads model-release-gate\/summaries@1/],
      [() => headerOf([write('edit.jsonl', [header({ ...settings, threshold: 0.6 }, settingsFingerprint(settings))])]), /does not match the header's settings .*: the file was edited/],
    ];
    const csv = join(dir, 'notext.csv');
    writeFileSync(csv, `segment,kind,key,value\n,header,${FORMAT},\n`);
    cases.push([() => headerOf([csv]), /no text column/]);
    for (const [p, re] of cases) {
      const e = await refusal(p());
      expect(e).toBeInstanceOf(DataError);
      expect((e as Error).message).toMatch(re);
    }
    // A reader's prefix leads its refusals.
    expect(((await refusal(headerOf([one, one], 'not a valid profile: '))) as Error).message).toMatch(/not a valid profile: 2 header records/);
  });
});
