// A current profile cut on other bins than the reference's (two unrelated profiles, or
// the two swapped) fails with one line naming the file and feature, exit 2, no stack:
// the error is thrown inside the data source's finish, where a timer once swallowed it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';

const dir = mkdtempSync(join(tmpdir(), 'mrg-profile-mismatch-'));
const at = (f: string) => join(dir, f);
const csv = (n: number, scale: number) => `x,region\n${Array.from({ length: n }, (_, i) => `${((i * 37) % 101) * scale},${i % 2 ? 'a' : 'b'}`).join('\n')}\n`;

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const status = await main(
    args,
    (s) => (out += s),
    (s) => (err += s),
  );
  return { status, out, err };
}

describe('profiles that do not belong together', () => {
  it('two reference profiles of different data as reference and current: exit 2, one line, no stack', async () => {
    writeFileSync(at('gate.yml'), 'columns: { segments: [region] }\ndata: { features: { x: { type: numeric } } }\n');
    writeFileSync(at('a.csv'), csv(600, 1));
    writeFileSync(at('b.csv'), csv(600, 7.5));
    for (const [src, out] of [
      ['a.csv', 'a.json'],
      ['b.csv', 'b.json'],
    ]) {
      expect((await cli(['profile', '--reference', at(src), '--config', at('gate.yml'), '--out', at(out)])).status).toBe(0);
    }
    const r = await cli(['--config', at('gate.yml'), '--reference', at('a.json'), '--current', at('b.json'), '--format', 'json']);
    expect(r.status).toBe(2);
    expect(r.err.split('\n')[0]).toMatch(/current.*feature x was profiled on other bins than the reference's/);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.err).not.toMatch(/Unexpected error|this is a bug/);
  });
});
