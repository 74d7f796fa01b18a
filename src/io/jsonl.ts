// Reads a JSON Lines file (one JSON object per line) into a TableBuilder.
// Splits the byte stream on newlines itself, decoding one line at a time, so
// a file is never held whole in memory. A line spanning chunks is gathered as
// a list of pieces joined once at its end (linear in its length), and a line
// longer than MAX_RECORD_BYTES ends the read.
import { DataError } from '../errors/index.js';
import type { TableBuilder } from './builder.js';
import { MAX_RECORD_BYTES, recordTooLong, type ReadMeter } from './limits.js';
import { openBytes, readFailure } from './source.js';

/**
 * Reads one JSON Lines file into `builder`. The first record's keys are the
 * file's columns; a key missing or null in a later record is an empty value.
 * Blank lines are skipped; a UTF-8 BOM and CRLF line ends are accepted.
 * @throws DataError for unreadable files, invalid JSON, a line over the length limit and bad values (file and line)
 */
export async function readJsonLines(file: string, gzip: boolean, builder: TableBuilder, meter: ReadMeter | null = null, maxLine = MAX_RECORD_BYTES): Promise<void> {
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
  // The start of the current line, when it began in an earlier chunk: pieces and their total length.
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      meter?.tick(builder.n, chunk.length);
      let start = 0;
      let nl = chunk.indexOf(10);
      if (pending.length > 0 && nl !== -1) {
        // The pending line ends in this chunk: join its pieces once.
        if (pendingBytes + nl > maxLine) throw recordTooLong(file, line + 1);
        const whole = Buffer.concat([...pending, chunk.subarray(0, nl)], pendingBytes + nl);
        pending = [];
        pendingBytes = 0;
        handle(whole, 0, whole.length);
        start = nl + 1;
        nl = chunk.indexOf(10, start);
      }
      for (; nl !== -1; nl = chunk.indexOf(10, start)) {
        if (nl - start > maxLine) throw recordTooLong(file, line + 1);
        handle(chunk, start, nl);
        start = nl + 1;
      }
      if (start < chunk.length) {
        pending.push(chunk.subarray(start));
        pendingBytes += chunk.length - start;
        if (pendingBytes > maxLine) throw recordTooLong(file, line + 1);
      }
    }
    if (pending.length > 0) {
      const whole = Buffer.concat(pending, pendingBytes);
      pending = [];
      handle(whole, 0, whole.length);
    }
  } catch (e) {
    source.destroy();
    throw readFailure(file, e);
  }
  if (!started) throw new DataError(file, 'the file has no records; expected one JSON object per line');
}
