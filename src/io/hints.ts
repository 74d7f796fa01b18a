// Hints that name the fix for files shaped the way pandas (and friends) write
// them: an unnamed index column, predict_proba columns instead of a score, gzip
// bytes behind a .csv name, a semicolon-separated file, a wide shadow log where
// the long one is expected, and a path that is not a regular file. Small and
// pure apart from `sniffCompressed` (two bytes of the file).
import { closeSync, openSync, readSync } from 'node:fs';
import { DataError } from '../errors/index.js';

/** predict_proba-style columns: `proba_1`, `prob_0`, `p1`, `score_1`, `pred_proba_1`, `1`. */
const PROBA = /^(?:(?:pred_)?proba?|prob|p|score)?_?([01])$/i;

/**
 * Extra text for "missing required column NAME" given the header the file has,
 * each naming the fix; '' when nothing is recognised.
 * @example columnHints('score', ['', 'label', 'proba_0', 'proba_1'])
 */
export function columnHints(name: string, header: readonly string[]): string {
  const out: string[] = [];
  if (header.length === 1 && header[0].includes(';')) {
    out.push(`the header is one column "${header[0].slice(0, 60)}": this file looks semicolon-separated; write it with commas (pandas: to_csv(path, sep=",")) or as .tsv with tabs`);
  }
  const unnamed = header.findIndex((h) => h === '' || /^Unnamed: \d+$/.test(h));
  if (unnamed !== -1) {
    out.push(`column ${unnamed + 1} has no name (pandas writes its index that way): write with to_csv(path, index=False), or name the index`);
  }
  if (name === 'score') {
    const proba = header.filter((h) => PROBA.test(h));
    const positive = proba.find((h) => PROBA.exec(h)?.[1] === '1');
    if (proba.length >= 2 && positive) out.push(`these look like predict_proba columns: set columns.score: ${positive} (the positive class's probability)`);
  }
  const wide = header.filter((h) => /^(baseline|candidate)_/i.test(h));
  if (wide.length >= 2 && !header.includes('model')) {
    out.push(
      `this looks like a wide shadow log (${wide.slice(0, 3).join(', ')}${wide.length > 3 ? ', ...' : ''}); the shadow log is long: one row per request per model, with columns request_id, model (baseline or candidate), latency_ms, cost_usd, error, score (pandas: melt the baseline_* and candidate_* columns)`,
    );
  }
  return out.length ? ` (${out.join('; ')})` : '';
}

/**
 * Throws when a file named as uncompressed holds gzip bytes (1f 8b), naming the
 * fix; any read problem is left to the reader, which reports it.
 */
export function sniffCompressed(file: string, gzip: boolean): void {
  if (gzip) return;
  let fd = -1;
  const buf = Buffer.alloc(2);
  let got = 0;
  try {
    fd = openSync(file, 'r');
    got = readSync(fd, buf, 0, 2, 0);
  } catch {
    return;
  } finally {
    if (fd !== -1) closeSync(fd);
  }
  if (got === 2 && buf[0] === 0x1f && buf[1] === 0x8b) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    throw new DataError(file, `this file is gzip-compressed: name it ${name}.gz (the .gz tells the gate to decompress it)`);
  }
}

/** The message for a path that exists but is not a regular file or a directory. */
export function notARegularFile(path: string): DataError {
  return new DataError(path, 'is not a regular file (a FIFO, socket or device such as /dev/null); give the path of a data file');
}
