// pandas-shaped files (issue 13): each gets a hint naming the fix, through the real CLI
// (the readers, the header peek and the glob expansion), plus the hint functions themselves.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { columnHints } from '../../src/io/hints.js';

const CLI = join(import.meta.dirname, '../../dist/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'mrg-hints-'));
const file = (name: string, content: string | Buffer): string => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};
/** The one error line the CLI prints for these eval files (or this shadow log). */
function error(args: string[]): string {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });
  expect(r.status).toBe(2);
  return r.stderr.split('\n')[0];
}
const evalPair = (f: string) => ['--baseline-eval', f, '--candidate-eval', f];

describe('hints that name the fix for pandas-shaped files', () => {
  it('an unnamed index column (pandas to_csv with its index): says to write index=False', () => {
    const f = file('index.csv', ',label,score\nex-1,1,0.9\nex-2,0,0.1\n');
    expect(error(evalPair(f))).toBe(
      `model-gate: data error: ${f} (column "id"): missing required column; columns present: , label, score (column 1 has no name (pandas writes its index that way): write with to_csv(path, index=False), or name the index)`,
    );
  });

  it('two predict_proba columns and no score: suggests columns.score: proba_1', () => {
    const f = file('proba.csv', 'id,label,proba_0,proba_1\na,1,0.1,0.9\nb,0,0.8,0.2\n');
    expect(error(evalPair(f))).toContain('these look like predict_proba columns: set columns.score: proba_1');
  });

  it('gzip bytes in a file named .csv: name it .csv.gz', () => {
    const f = file('scores.csv', gzipSync('id,label,score\na,1,0.5\n'));
    expect(error(evalPair(f))).toBe(`model-gate: data error: ${f}: this file is gzip-compressed: name it scores.csv.gz (the .gz tells the gate to decompress it)`);
  });

  it('a semicolon-separated file: detected and said', () => {
    const f = file('semi.csv', 'id;label;score\na;1;0,5\n');
    expect(error(evalPair(f))).toContain('this file looks semicolon-separated; write it with commas (pandas: to_csv(path, sep=","))');
  });

  it('a wide shadow log where the long one is expected: says what the long format is', () => {
    const f = file('wide.csv', 'request_id,baseline_latency,candidate_latency,baseline_score,candidate_score\nr1,10,12,0.1,0.2\n');
    const line = error(['--shadow', f]);
    expect(line).toContain('this looks like a wide shadow log (baseline_latency, candidate_latency, baseline_score, ...)');
    expect(line).toContain('the shadow log is long: one row per request per model, with columns request_id, model (baseline or candidate), latency_ms');
  });

  it('a FIFO or /dev/null is "not a regular file", not "file not found"', () => {
    const fifo = join(dir, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    const ok = file('ok.csv', 'id,label,score\na,1,0.5\n');
    expect(error(['--baseline-eval', fifo, '--candidate-eval', ok])).toBe(
      `model-gate: data error: ${fifo}: is not a regular file (a FIFO, socket or device such as /dev/null); give the path of a data file`,
    );
    expect(error(['--baseline-eval', '/dev/null', '--candidate-eval', ok])).toContain('/dev/null: is not a regular file');
    expect(error(['--baseline-eval', join(dir, 'nope.csv'), '--candidate-eval', ok])).toContain('nope.csv: file not found');
  });
});

describe('columnHints', () => {
  it('says nothing for an ordinary header', () => {
    expect(columnHints('score', ['id', 'label', 'prediction'])).toBe('');
    // One probability column alone is not predict_proba output.
    expect(columnHints('score', ['id', 'label', 'p1'])).toBe('');
  });
  it('recognises pandas read-back names and other predict_proba spellings', () => {
    expect(columnHints('id', ['Unnamed: 0', 'label', 'score'])).toContain('column 1 has no name');
    expect(columnHints('score', ['id', 'label', 'prob_0', 'prob_1'])).toContain('columns.score: prob_1');
  });
});
