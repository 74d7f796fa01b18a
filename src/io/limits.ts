// Bounds on what one record may cost, so a hostile or broken file (a gzip bomb,
// a file with no line breaks) ends with one clear line instead of minutes and
// gigabytes, and read progress for long reads.
import { DataError } from '../errors/index.js';

/**
 * The longest line (CSV/TSV record, JSON Lines line) accepted: 64 MiB of text.
 * Longer ones are an error naming the file and this limit; no real record comes
 * near it, and it keeps one record's memory bounded.
 */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;

/** The error for a record longer than MAX_RECORD_BYTES, starting on `line`. */
export function recordTooLong(file: string, line: number): DataError {
  return new DataError(
    file,
    `a record longer than ${MAX_RECORD_BYTES / (1024 * 1024)} MB (the limit for one line); the file is missing its line breaks or is not ${/\.(t|c)sv(\.gz)?$/i.test(file) ? 'delimited text' : 'JSON Lines'}`,
    { line },
  );
}

/** One report of a read in progress. */
export interface ReadProgressEvent {
  file: string;
  rows: number;
  /** Bytes read from disk so far (compressed size for .gz and columnar files). */
  bytes: number;
  seconds: number;
  done: boolean;
}

/** Receives progress of long reads; see `progressFor`. */
export type ProgressReporter = (e: ReadProgressEvent) => void;

/**
 * Progress lines for a writer: the first after `afterSeconds`, then every `everySeconds`, and a
 * last one when a reported read ends.
 * @example lineProgress((s) => process.stderr.write(s), { afterSeconds: 2, everySeconds: 1 })
 */
export function lineProgress(write: (line: string) => void, opts: { afterSeconds: number; everySeconds: number }): ProgressReporter {
  let last = -Infinity;
  let file = '';
  return (e) => {
    if (e.file !== file) {
      file = e.file;
      last = -Infinity;
    }
    if (e.seconds < opts.afterSeconds) return;
    if (!e.done && e.seconds - last < opts.everySeconds) return;
    if (e.done && last === -Infinity) return;
    last = e.seconds;
    const mb = e.bytes / 1e6;
    write(`${e.file}: ${e.rows.toLocaleString('en-US')} rows read, ${mb.toFixed(0)} MB at ${(mb / Math.max(e.seconds, 1e-3)).toFixed(1)} MB/s${e.done ? ' (done)' : ''}\n`);
  };
}

let defaultReporter: ProgressReporter | null | undefined;

/**
 * The reporter used when a read is given none: on a terminal, stderr lines after 2 s, every
 * second; in a GitHub Actions log, every 10 s; nothing otherwise (and nothing under vitest).
 */
export function defaultProgress(): ProgressReporter | null {
  if (defaultReporter !== undefined) return defaultReporter;
  const env = process.env;
  if (env.VITEST) defaultReporter = null;
  else if (process.stderr.isTTY) defaultReporter = lineProgress((s) => process.stderr.write(s), { afterSeconds: 2, everySeconds: 1 });
  else if (env.GITHUB_ACTIONS === 'true') defaultReporter = lineProgress((s) => process.stderr.write(s), { afterSeconds: 10, everySeconds: 10 });
  else defaultReporter = null;
  return defaultReporter;
}

/** Replaces the default reporter (null: silent); for the entries and tests. */
export function setDefaultProgress(reporter: ProgressReporter | null): void {
  defaultReporter = reporter;
}

/** Counts a read's rows and bytes and calls the reporter at most every 250 ms. */
export class ReadMeter {
  private readonly t0 = performance.now();
  private nextAt = 250;
  bytes = 0;
  constructor(
    private readonly file: string,
    private readonly reporter: ProgressReporter | null,
  ) {}

  /** Called per chunk or batch read. */
  tick(rows: number, bytes: number): void {
    this.bytes += bytes;
    if (this.reporter === null) return;
    const ms = performance.now() - this.t0;
    if (ms < this.nextAt) return;
    this.nextAt = ms + 250;
    this.reporter({ file: this.file, rows, bytes: this.bytes, seconds: ms / 1000, done: false });
  }

  done(rows: number): void {
    this.reporter?.({ file: this.file, rows, bytes: this.bytes, seconds: (performance.now() - this.t0) / 1000, done: true });
  }
}
