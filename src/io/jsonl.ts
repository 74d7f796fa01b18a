// Reads a JSON Lines file (one JSON object per line) into a TableBuilder.
// Splits the byte stream on newlines itself, decoding one line at a time, so
// a file is never held whole in memory.
import { DataError } from '../errors.js';
import type { TableBuilder } from './builder.js';
import { openBytes, readFailure } from './source.js';

/**
 * Reads one JSON Lines file into `builder`. The first record's keys are the
 * file's columns; a key missing or null in a later record is an empty value.
 * Blank lines are skipped; a UTF-8 BOM and CRLF line ends are accepted.
 * @throws DataError for unreadable files, invalid JSON and bad values (file and line)
 */
export async function readJsonLines(file: string, gzip: boolean, builder: TableBuilder): Promise<void> {
  let line = 0;
  let started = false;
  const handle = (buf: Buffer, start: number, end: number): void => {
    line++;
    if (end > start && buf[end - 1] === 13) end--;
    let text = buf.toString('utf8', start, end);
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw new DataError(file, `invalid JSON (${(e as Error).message})`, { line });
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new DataError(file, `expected a JSON object, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`}`, {
        line,
      });
    }
    const obj = value as Record<string, unknown>;
    if (!started) {
      started = true;
      builder.beginFile(file, Object.keys(obj));
    }
    if (!builder.addObject(obj, line)) throw builder.error!;
  };

  const source = openBytes(file, gzip);
  let carry: Buffer | null = null;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      const buf: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
      let start = 0;
      for (let nl = buf.indexOf(10, start); nl !== -1; nl = buf.indexOf(10, start)) {
        handle(buf, start, nl);
        start = nl + 1;
      }
      carry = start < buf.length ? buf.subarray(start) : null;
    }
    if (carry) handle(carry, 0, carry.length);
  } catch (e) {
    source.destroy();
    throw readFailure(file, e);
  }
  if (!started) throw new DataError(file, 'the file has no records; expected one JSON object per line');
}
