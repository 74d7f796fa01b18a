// Reads a CSV or TSV file into a TableBuilder with csv-parse. Records are
// consumed synchronously as the parser emits them (never queued as stream
// objects), and csv-parse's error codes become one-line DataErrors with the
// file and physical line.
import { CsvError, Parser } from 'csv-parse';
import { DataError } from '../errors/index.js';
import type { TableBuilder } from './builder.js';
import { MAX_RECORD_BYTES, recordTooLong, type ReadMeter } from './limits.js';
import { openBytes, readFailure } from './source.js';

type RecordSink = (fields: string[], endLine: number, emptyLines: number) => void;
const ignore = (): void => {};

/**
 * A csv-parse Parser whose records go to a callback instead of the readable
 * side. csv-parse emits each record through `this.push` at the moment it
 * completes, so `this.info` (public) describes that record. This is the cheap
 * equivalent of `on_record`, which builds an info object per record and
 * doubles the parse time.
 */
class SinkParser extends Parser {
  sink: RecordSink = () => {};
  override push(chunk: unknown, encoding?: BufferEncoding): boolean {
    if (chunk === null) return super.push(null, encoding);
    this.sink(chunk as string[], this.info.lines, this.info.empty_lines);
    return true;
  }
}

/**
 * Reads one delimited file into `builder` (header row first). Blank lines are
 * skipped; a UTF-8 BOM and CRLF line ends are accepted.
 * @throws DataError for unreadable files, malformed CSV and bad values (file and line)
 */
export async function readDelimited(file: string, gzip: boolean, delimiter: ',' | '\t', builder: TableBuilder, meter: ReadMeter | null = null): Promise<void> {
  // max_record_size counts characters; a record past the limit ends the read (recordTooLong).
  const parser = new SinkParser({ delimiter, bom: true, skip_empty_lines: true, max_record_size: MAX_RECORD_BYTES });
  // Parse errors are read from `parser.errored` after each write; the listener keeps them from being "unhandled".
  parser.on('error', ignore);
  let header: string[] | null = null;
  // The line a record starts on: one after the previous record's last line, plus skipped blank lines.
  // csv-parse counts a CRLF inside a quoted value as two lines; `overcount` corrects for those seen so far.
  let prevEnd = 0;
  let prevEmpty = 0;
  let overcount = 0;
  const rawStartOf = (emptyLines: number) => prevEnd + 1 + (emptyLines - prevEmpty);
  const startOf = (emptyLines: number) => rawStartOf(emptyLines) - overcount;
  parser.sink = (fields, endLine, emptyLines) => {
    const start = startOf(emptyLines);
    if (endLine !== rawStartOf(emptyLines)) overcount += countCrlf(fields);
    prevEnd = endLine;
    prevEmpty = emptyLines;
    if (header !== null) {
      builder.addFields(fields, start);
      return;
    }
    header = fields;
    try {
      builder.beginFile(file, fields);
    } catch (e) {
      builder.fail(e as DataError);
    }
  };
  const failure = (): DataError | null => {
    if (builder.error) return builder.error;
    const err = parser.errored;
    return err ? csvFailure(file, err, header, startOf, overcount) : null;
  };

  const source = openBytes(file, gzip);
  try {
    for await (const chunk of source) {
      parser.write(chunk);
      meter?.tick(builder.n, (chunk as Buffer).length);
      const f = failure();
      if (f) throw f;
    }
  } catch (e) {
    source.destroy();
    throw readFailure(file, e);
  }
  await end(parser);
  // The parser outlives this call (its last stream events are still queued), so nothing it holds
  // may keep the builder (every column, the id index) alive: its sink and listeners are made at
  // module level, since a closure made here would share this scope's context, which holds the builder.
  parser.sink = ignore;
  const f = failure();
  if (f) throw f;
  if (header === null) throw new DataError(file, 'the file is empty; expected a header row naming the columns');
}

/** Ends the parser and waits until it has parsed the rest (or failed: the caller reads `parser.errored`). */
function end(parser: Parser): Promise<void> {
  return new Promise<void>((resolve) => {
    parser.once('finish', resolve);
    parser.once('error', () => resolve());
    parser.once('close', () => resolve());
    parser.end();
  });
}

/** One clear line for a csv-parse error. */
function csvFailure(file: string, err: Error, header: string[] | null, startOf: (emptyLines: number) => number, overcount: number): DataError {
  if (!(err instanceof CsvError)) return readFailure(file, err);
  const e = err as CsvError & { lines?: number; empty_lines?: number; column?: number | string; record?: string[] };
  const recordLine = startOf(e.empty_lines ?? 0);
  const columnName = typeof e.column === 'number' && header ? (header[e.column] ?? null) : null;
  switch (e.code) {
    case 'CSV_MAX_RECORD_SIZE':
      return recordTooLong(file, recordLine);
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
    case 'CSV_RECORD_INCONSISTENT_COLUMNS': {
      const expected = header ? header.length : 0;
      const got = e.record ? e.record.length : 0;
      return new DataError(file, `expected ${expected} fields as in the header, found ${got}; quote values that contain the delimiter or a line break`, { line: recordLine });
    }
    case 'INVALID_OPENING_QUOTE':
      return new DataError(file, 'a quote appears inside an unquoted value; quote the whole value and double its inner quotes ("")', {
        line: e.lines !== undefined ? e.lines - overcount : recordLine,
        column: columnName,
      });
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return new DataError(file, 'a quoted value is followed by text before the next delimiter; double quotes inside a quoted value ("")', {
        line: e.lines !== undefined ? e.lines - overcount : recordLine,
        column: columnName,
      });
    case 'CSV_QUOTE_NOT_CLOSED':
      return new DataError(file, 'a quoted value starting in this row is never closed (the file ends inside quotes)', { line: recordLine });
    default:
      return new DataError(file, `malformed CSV (${e.message})`, { line: recordLine });
  }
}

/** How many CRLF pairs the fields of a record hold. */
function countCrlf(fields: string[]): number {
  let n = 0;
  for (const f of fields) for (let i = f.indexOf('\r\n'); i !== -1; i = f.indexOf('\r\n', i + 2)) n++;
  return n;
}
