// Test fixtures for the readers: data files written into a fresh temp folder
// from inline text (gzipped when the name ends in .gz), and the default columns.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Columns } from '../../src/config/types.js';

/** Writes `files` (relative path -> content) into a new temp folder; returns the folder. */
export function fixtureDir(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mrg-io-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, typeof content === 'string' && name.endsWith('.gz') ? gzipSync(content) : content);
  }
  return dir;
}

export const COLUMNS: Columns = {
  id: 'id',
  label: 'label',
  score: 'score',
  prediction: 'prediction',
  weight: 'weight',
  segments: [],
  request_id: 'request_id',
  model: 'model',
  latency_ms: 'latency_ms',
  cost_usd: 'cost_usd',
  input_tokens: 'input_tokens',
  output_tokens: 'output_tokens',
  error: 'error',
};

/** CSV text to JSON Lines text (every value a string, as a CSV would give it; `""` becomes absent). */
export function csvToJsonl(csv: string): string {
  const [head, ...rows] = csv.trim().split('\n');
  const names = head.split(',');
  return rows.map((r) => JSON.stringify(Object.fromEntries(r.split(',').flatMap((v, i) => (v === '' ? [] : [[names[i], v]]))))).join('\n');
}

/** The error a call throws or a promise rejects with; fails the test when there is none. */
export async function errorOf(run: () => unknown): Promise<Error> {
  try {
    await run();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error, got none');
}
