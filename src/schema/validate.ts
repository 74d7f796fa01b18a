// Strict validation of a report.json read back from disk. The fork-safe
// `from-report` mode reads one that an untrusted run produced, so nothing in it is
// taken on faith: the exact schema string, every field's type, enums, no unknown
// keys, finite numbers, bounded strings and arrays, check ids that match their
// source/metric/segment, counts that match the statuses, and a verdict that
// matches the counts (or a consistent override). All of it is the description
// in report.ts; `validateReport` is pure, `loadReport` adds the file read.
import { readFileSync, statSync } from 'node:fs';
import { DataError } from '../errors/index.js';
import { makeCtx } from './describe.js';
import { REPORT, REPORT_SCHEMA } from './report.js';
import type { Report } from './types.js';

/**
 * A report.json larger than this is refused before it is parsed: 500 MiB, under the
 * longest string Node can hold (2^29 - 24 characters), and above what MAX_CHECKS checks take.
 */
export const MAX_REPORT_BYTES = 500 * 1024 * 1024;

/**
 * `value` as a `Report` if it is a valid `model-release-gate/report@1`, as a fresh
 * object holding only the fields the schema has. Throws `DataError` naming `file`
 * and the JSON path of the first problem, e.g.
 * `report.json: $.checks[3].p_value is "0.2": expected a finite number in [0, 1]`.
 * Reports from before the structured check fields (`rule_kind`, `limit`,
 * `worsening`, `budget_used`) are valid: those fields are optional, and stay absent.
 */
export function validateReport(value: unknown, file: string): Report {
  return REPORT.parse(value, '$', makeCtx(file, REPORT_SCHEMA));
}

/**
 * Read, parse and validate the report.json at `path` (as the user gave it, for
 * messages). Throws `DataError` when it is missing, too large, not JSON, or invalid.
 */
export function loadReport(path: string): Report {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new DataError(path, 'not a file: from-report takes the path of report.json from the first run');
    size = st.size;
  } catch (e) {
    if (e instanceof DataError) throw e;
    throw new DataError(path, "not found: from-report takes the path of report.json downloaded from the first run's artifact");
  }
  if (size > MAX_REPORT_BYTES) throw new DataError(path, `${size} bytes: a report.json is at most ${MAX_REPORT_BYTES} bytes`);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    const why = (e as Error).message.replace(/\s+/g, ' ');
    throw new DataError(path, `not valid JSON: ${why.length > 200 ? `${why.slice(0, 200)}…` : why}`);
  }
  return validateReport(value, path);
}
