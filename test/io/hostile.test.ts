// Hostile sizes stay bounded: gzip bombs and 100 MB lines end with one clear
// line quickly and without gigabytes; a long but valid JSON line reads in
// linear time; keys that all collide in the hash keep the join linear. Time
// and memory bounds are loose guards, not benchmarks. Also the progress reporter.
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors/index.js';
import { columnOf, lineProgress, MAX_RECORD_BYTES, readTable, type ReadProgressEvent } from '../../src/io/index.js';
import { KeyIndex } from '../../src/io/keyindex.js';
import { requestCodes } from '../../src/io/requestCodes.js';

const dir = mkdtempSync(join(tmpdir(), 'mrg-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SPEC = [
  { name: 'id', kind: 'string' as const, required: true },
  { name: 'label', kind: 'label' as const, required: true },
];
const LIMIT = `a record longer than 64 MB (the limit for one line)`;

/** Writes `head` then `parts` (buffers, repeated `times`) to a file. */
function writeParts(path: string, head: Buffer, part: Buffer, times: number): void {
  const fd = openSync(path, 'w');
  writeSync(fd, head);
  for (let i = 0; i < times; i++) writeSync(fd, part);
  closeSync(fd);
}

/** Runs `f`, sampling the process's memory; returns the error it threw, the seconds and the peak RSS growth in MB. */
async function guarded(f: () => Promise<unknown>): Promise<{ error: unknown; seconds: number; mb: number }> {
  globalThis.gc?.();
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  let error: unknown = null;
  try {
    await f();
  } catch (e) {
    error = e;
  }
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { error, seconds: (performance.now() - t0) / 1000, mb: (peak - rss0) / 1e6 };
}

describe('bounded reads', () => {
  // 16 MB of "a" gzips to ~16 KB; 160 members make 2.5 GB without a newline in a file of ~2.6 MB.
  const member = gzipSync(Buffer.alloc(16 << 20, 'a'), { level: 9 });

  it.each([
    ['CSV', 'bomb.csv.gz', 'id,label\n'],
    ['JSON Lines', 'bomb.jsonl.gz', '{"id":"a","label":1}\n'],
  ])(
    'a %s gzip bomb (2.5 GB without a line break) ends with one line naming the file and the limit',
    async (_what, name, head) => {
      const path = join(dir, name);
      writeParts(path, gzipSync(head), member, 160);
      const { error, seconds, mb } = await guarded(() => readTable([path], SPEC));
      expect(error).toBeInstanceOf(DataError);
      expect((error as Error).message).toMatch(new RegExp(`^${path.replace(/[.]/g, '\\.')}:2: ${LIMIT.replace(/[()]/g, '\\$&')}; the file is missing its line breaks`));
      expect(seconds).toBeLessThan(30);
      expect(mb).toBeLessThan(1500);
    },
    60_000,
  );

  it.each([
    ['CSV', 'line.csv', 'id,label\n"'],
    ['JSON Lines', 'line.jsonl', '{"id":"'],
  ])(
    'a %s file with a 100 MB line ends with one line',
    async (_what, name, head) => {
      const path = join(dir, name);
      writeParts(path, Buffer.from(head), Buffer.alloc(1 << 20, 'x'), 100);
      const { error, seconds, mb } = await guarded(() => readTable([path], SPEC));
      expect((error as Error).message).toContain(LIMIT);
      expect((error as DataError).line).toBe(name.endsWith('.csv') ? 2 : 1);
      expect(seconds).toBeLessThan(30);
      expect(mb).toBeLessThan(1500);
    },
    60_000,
  );

  it('a valid 40 MB JSON line is read in linear time (pieces joined once)', async () => {
    const path = join(dir, 'long.jsonl');
    const fd = openSync(path, 'w');
    writeSync(fd, '{"id":"a","label":1}\n{"id":"b","label":0,"pad":"');
    const mb = Buffer.alloc(1 << 20, 'y');
    for (let i = 0; i < 40; i++) writeSync(fd, mb);
    writeSync(fd, '"}\n{"id":"c","label":1}\n');
    closeSync(fd);
    const { error, seconds } = await guarded(async () => {
      const t = await readTable([path], SPEC);
      expect(columnOf(t, 'id', 'string')!.values).toEqual(['a', 'b', 'c']);
      expect([...t.line]).toEqual([1, 2, 3]);
    });
    expect(error).toBeNull();
    expect(seconds).toBeLessThan(10); // quadratic re-concatenation took ~12 s here
  }, 60_000);

  it('the limit is 64 MiB', () => {
    expect(MAX_RECORD_BYTES).toBe(64 * 1024 * 1024);
  });
});

describe('keys crafted to collide', () => {
  const n = 100_000;
  const keys = Array.from({ length: n }, (_, i) => `k${i}`);
  const collide = () => 42;

  it('KeyIndex stays linear when every key has the same hash (falls back to a Map)', () => {
    const t0 = performance.now();
    const index = new KeyIndex(n, collide);
    for (const k of keys) index.push(k);
    expect(index.firstDuplicate()).toBeNull();
    for (let i = 0; i < n; i += 7) expect(index.get(keys[i])).toBe(i);
    expect(index.get('absent')).toBe(-1);
    expect(performance.now() - t0).toBeLessThan(5000); // linear probing over one cluster: minutes
  });

  it('requestCodes stays linear too, with the same codes', () => {
    const ids = keys.flatMap((k) => [k, k]);
    const t0 = performance.now();
    const r = requestCodes(ids, collide);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(r.values).toEqual(keys);
    expect(r.codes[2 * 999 + 1]).toBe(999);
    expect(requestCodes(ids)).toEqual(r);
  });
});

describe('progress', () => {
  it('a read reports its rows when done, to the reporter given (none by default under tests)', async () => {
    const path = join(dir, 'p.csv');
    writeParts(path, Buffer.from('id,label\n'), Buffer.from('a,1\n'), 1);
    const events: ReadProgressEvent[] = [];
    await readTable([path], SPEC, { progress: (e) => events.push(e) });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ file: path, rows: 1, bytes: 13, done: true });
  });

  it('lineProgress: nothing before `afterSeconds`, then at most every `everySeconds`, rows and MB/s', () => {
    const lines: string[] = [];
    const r = lineProgress((s) => lines.push(s), { afterSeconds: 2, everySeconds: 10 });
    const ev = (seconds: number, rows: number, done = false) => r({ file: 'f.csv', rows, bytes: seconds * 50e6, seconds, done });
    ev(1, 1000);
    ev(2.5, 2_500_000);
    ev(5, 5_000_000);
    ev(12.5, 12_000_000);
    ev(13, 13_000_000, true);
    expect(lines).toEqual([
      'f.csv: 2,500,000 rows read, 125 MB at 50.0 MB/s\n',
      'f.csv: 12,000,000 rows read, 625 MB at 50.0 MB/s\n',
      'f.csv: 13,000,000 rows read, 650 MB at 50.0 MB/s (done)\n',
    ]);
    const quiet: string[] = [];
    const q = lineProgress((s) => quiet.push(s), { afterSeconds: 2, everySeconds: 1 });
    q({ file: 'g.csv', rows: 5, bytes: 5, seconds: 0.1, done: true });
    expect(quiet).toEqual([]);
  });
});
