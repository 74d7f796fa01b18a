import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { capSummary, MAX_SUMMARY_BYTES, TRUNCATION_NOTE, writeJobSummary } from '../../src/github/summary.js';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe('capSummary', () => {
  it('returns markdown that fits unchanged, up to exactly the limit', () => {
    expect(capSummary('abc\n', 4)).toEqual({ text: 'abc\n', truncated: false });
    expect(capSummary('€', 3)).toEqual({ text: '€', truncated: false }); // 3 bytes
  });

  it('cuts at the last line break that fits and appends the note', () => {
    const md = 'line 1\nline 2\nline 3\n';
    const note = '\n[cut]\n';
    // "line 1\nline 2" is 13 bytes and the note 7: 20 bytes keep both lines, 19 only the first
    expect(capSummary(md, 20, note)).toEqual({ text: 'line 1\nline 2' + note, truncated: true });
    expect(capSummary(md, 19, note)).toEqual({ text: 'line 1' + note, truncated: true });
  });

  it('never splits a multi-byte character, even on a line with no break', () => {
    const md = '€'.repeat(100); // 300 bytes, no newline
    const { text } = capSummary(md, 50, '!');
    expect(text).toBe('€'.repeat(16) + '!'); // 49 bytes; a 17th euro would need 52
    expect(text).not.toContain('\uFFFD');
  });

  it('closes a code fence and <details> blocks left open by the cut', () => {
    const md = ['# Report', '<details><summary>All checks</summary>', '', '```text', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', '```', '</details>'].join('\n');
    expect(bytes(md)).toBe(87);
    // kept "...a\nb" is 60 bytes, the closers "\n```\n</details>" 15 and the note 6: 81 in all
    const { text } = capSummary(md, 81, '\nNOTE\n');
    expect(text).toBe(['# Report', '<details><summary>All checks</summary>', '', '```text', 'a', 'b', '```', '</details>', 'NOTE', ''].join('\n'));
    expect(bytes(text)).toBe(81);
  });

  it('does not count <details> written inside a code fence', () => {
    const md = '```html\n<details>\n```\n' + 'x\n'.repeat(100);
    const { text } = capSummary(md, 60, '\nN\n');
    expect(text).not.toContain('</details>');
  });

  it("keeps a 3 MiB report within GitHub's 1 MiB, ending with the default note", () => {
    const row = '| region=BR | recall | 0.842 | 0.791 | -0.051 | [-0.07, -0.032] | max_drop 1pp | fail | ✗ |\n';
    const md = '| segment | metric | b | c | d | ci | rule | status | |\n|---|---|---|---|---|---|---|---|---|\n' + row.repeat(Math.ceil((3 * MAX_SUMMARY_BYTES) / bytes(row)));
    const { text, truncated } = capSummary(md);
    expect(truncated).toBe(true);
    expect(bytes(text)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES);
    expect(bytes(text)).toBeGreaterThan(MAX_SUMMARY_BYTES - bytes(row) - bytes(TRUNCATION_NOTE));
    expect(text.endsWith(TRUNCATION_NOTE)).toBe(true);
    expect(text.slice(0, -TRUNCATION_NOTE.length).endsWith('| fail | ✗ |')).toBe(true);
  });
});

describe('writeJobSummary', () => {
  it('appends to GITHUB_STEP_SUMMARY, ending with a newline', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mrg-sum-'));
    const path = join(dir, 'summary.md');
    await writeFile(path, '');
    const env = { GITHUB_STEP_SUMMARY: path };
    expect(await writeJobSummary('# One', { env })).toEqual({ written: true, path, bytes: 6, truncated: false });
    await writeJobSummary('# Two\n', { env });
    expect(await readFile(path, 'utf8')).toBe('# One\n# Two\n');
  });

  it('keeps the whole file within the limit, counting what the step already wrote', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mrg-sum-'));
    const path = join(dir, 'summary.md');
    await writeFile(path, 'x'.repeat(60));
    const lines = Array.from({ length: 100 }, (_, i) => `line ${i}\n`).join('');
    const r = await writeJobSummary(lines, { env: { GITHUB_STEP_SUMMARY: path }, maxBytes: 400 });
    expect(r.truncated).toBe(true);
    const content = await readFile(path, 'utf8');
    expect(bytes(content)).toBeLessThanOrEqual(400);
    expect(bytes(content)).toBeGreaterThan(400 - 8);
    expect(content.startsWith('x'.repeat(60) + 'line 0\nline 1\n')).toBe(true);
    expect(content.endsWith(TRUNCATION_NOTE)).toBe(true);
  });

  it('writes nothing outside a runner (no GITHUB_STEP_SUMMARY)', async () => {
    expect(await writeJobSummary('# x', { env: {} })).toEqual({ written: false, path: null, bytes: 0, truncated: false });
  });
});
