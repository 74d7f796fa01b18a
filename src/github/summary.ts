// The job summary: the report's markdown appended to the file at
// GITHUB_STEP_SUMMARY, cut to GitHub's 1 MiB per step without breaking the markdown.

import { appendFile, stat } from 'node:fs/promises';
import type { Env } from './context.js';

/** GitHub rejects a step summary over 1 MiB (and then shows none of it). */
export const MAX_SUMMARY_BYTES = 1024 * 1024;

export const TRUNCATION_NOTE = "\n\n> **Summary truncated** to fit GitHub's 1 MiB job summary limit; the full report is `report.md` in the report directory and artifact.\n";

const utf8 = (s: string): number => Buffer.byteLength(s, 'utf8');

/** What must be appended to `text` to close a code fence or `<details>` blocks it leaves open. */
function closersFor(text: string): string {
  let fence: string | null = null;
  let details = 0;
  for (const line of text.split('\n')) {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (fence === null) fence = f[1];
      else if (f[1][0] === fence[0] && f[1].length >= fence.length) fence = null;
      continue;
    }
    if (fence !== null) continue;
    details += (line.match(/<details\b/gi) ?? []).length;
    details -= (line.match(/<\/details\s*>/gi) ?? []).length;
  }
  let out = fence !== null ? `\n${fence}` : '';
  for (let i = 0; i < Math.max(0, details); i++) out += '\n</details>';
  return out;
}

/**
 * `markdown` if it fits in `maxBytes` of UTF-8; otherwise its longest prefix that
 * ends at a line break, never splits a character, with open code fences and
 * `<details>` closed, followed by `note`, all within `maxBytes`.
 */
export function capSummary(markdown: string, maxBytes: number = MAX_SUMMARY_BYTES, note: string = TRUNCATION_NOTE): { text: string; truncated: boolean } {
  if (utf8(markdown) <= maxBytes) return { text: markdown, truncated: false };
  const buf = Buffer.from(markdown, 'utf8');
  let budget = maxBytes - utf8(note);
  for (;;) {
    if (budget <= 0) return { text: '', truncated: true };
    let end = Math.min(budget, buf.length);
    while (end > 0 && (buf[end] & 0xc0) === 0x80) end--; // not inside a multi-byte character
    let kept = buf.subarray(0, end).toString('utf8');
    if (end < buf.length && buf[end] !== 0x0a) {
      const nl = kept.lastIndexOf('\n'); // end inside a line: drop the partial line
      if (nl > 0) kept = kept.slice(0, nl);
    }
    const text = kept + closersFor(kept) + note;
    const size = utf8(text);
    if (size <= maxBytes) return { text, truncated: true };
    budget -= size - maxBytes; // the closers did not fit: give up that many more bytes
  }
}

export interface SummaryResult {
  /** False when there is no `GITHUB_STEP_SUMMARY` (not on a runner) or no room left in it. */
  written: boolean;
  path: string | null;
  bytes: number;
  truncated: boolean;
}

/**
 * Append `markdown` to the job summary file named by `GITHUB_STEP_SUMMARY`
 * (in `env`, default `process.env`), keeping the whole file within `maxBytes`
 * (counting what earlier writes of the step left there). Without the variable
 * (a local run) it writes nothing.
 */
export async function writeJobSummary(markdown: string, options: { env?: Env; maxBytes?: number } = {}): Promise<SummaryResult> {
  const env = options.env ?? process.env;
  const path = env.GITHUB_STEP_SUMMARY || null;
  if (!path) return { written: false, path: null, bytes: 0, truncated: false };
  const existing = await stat(path).then(
    (s) => s.size,
    () => 0,
  );
  const room = (options.maxBytes ?? MAX_SUMMARY_BYTES) - existing;
  const { text, truncated } = capSummary(markdown.endsWith('\n') ? markdown : `${markdown}\n`, room);
  if (text === '') return { written: false, path, bytes: 0, truncated };
  await appendFile(path, text, 'utf8');
  return { written: true, path, bytes: utf8(text), truncated };
}
