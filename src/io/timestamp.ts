// Request times in the shadow log: ISO 8601 (`2025-03-01`, `2025-03-01T12:00:00Z`,
// `2025-03-01 12:00:00.250+02:00`; without a zone the time is UTC) or epoch
// seconds (`1740830400`, `1740830400.25`), to milliseconds since the epoch.
import { showValue } from './builder.js';
import { errorAtTableRow } from './table.js';
import type { Table } from './types.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const EPOCH = /^\d{1,16}(?:\.\d+)?$/;
/** Epoch seconds at or above this (the year 5138) are taken for milliseconds given by mistake. */
const EPOCH_MAX = 1e11;

/**
 * Milliseconds since the epoch, or what is wrong with the text (a string) when it is no timestamp.
 * @example parseTimestamp('2025-03-01T00:00:00Z') // 1740787200000
 * @example parseTimestamp('1740787200') // 1740787200000
 */
export function parseTimestamp(text: string): number | string {
  const s = text.trim();
  if (EPOCH.test(s)) {
    const x = Number(s);
    if (x >= EPOCH_MAX) return 'is too large for epoch seconds (epoch milliseconds? divide by 1000)';
    return x * 1000;
  }
  const m = ISO.exec(s);
  if (!m) return 'is not a timestamp; expected ISO 8601 (e.g. 2025-03-01T12:00:00Z) or epoch seconds';
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => (m[i] === undefined ? 0 : Number(m[i])));
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > days || hour > 23 || minute > 59 || second > 59) return 'is not a real date and time';
  const fraction = m[7] === undefined ? 0 : Number(m[7]) * 1000;
  let offset = 0;
  const zone = m[8]?.toUpperCase();
  if (zone !== undefined && zone !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    const hours = Number(digits.slice(0, 2));
    const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
    if (hours > 23 || minutes > 59) return 'has an invalid time zone offset';
    offset = (zone[0] === '-' ? -1 : 1) * (hours * 60 + minutes) * 60_000;
  }
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(hour, minute, second, 0);
  return utc.getTime() + fraction - offset;
}

/**
 * Each paired request's time (ms since the epoch): the earlier of its two rows' timestamps
 * (a row may leave it empty when the request's other row has it).
 * @param col the timestamp column as read (dictionary-encoded, '' for empty)
 * @throws DataError (file, line, column) at the first value that is no timestamp, or at a request with none
 */
export function requestTimes(t: Table, col: { codes: Int32Array; values: string[] }, pairB: Int32Array, pairC: Int32Array, column: string, requestIds: string[]): Float64Array {
  const byCode = new Float64Array(col.values.length);
  col.values.forEach((v, code) => {
    if (v.trim() === '') {
      byCode[code] = NaN;
      return;
    }
    const ms = parseTimestamp(v);
    if (typeof ms === 'string') throw errorAtTableRow(t, col.codes.indexOf(code), column, `${showValue(v)} ${ms}`);
    byCode[code] = ms;
  });
  const out = new Float64Array(pairB.length);
  for (let k = 0; k < pairB.length; k++) {
    const a = byCode[col.codes[pairB[k]]];
    const b = byCode[col.codes[pairC[k]]];
    const x = a !== a ? b : b !== b ? a : Math.min(a, b);
    if (x !== x) {
      throw errorAtTableRow(t, pairB[k], column, `empty value: request ${showValue(requestIds[k])} has no time in either row; expected ISO 8601 or epoch seconds`);
    }
    out[k] = x;
  }
  return out;
}
