// idHash.ts: the jackknife's groups from the example id (not the row index), so
// any producer of the summaries (this process, a warehouse) forms the same groups:
//   group = (first 32 bits of md5(utf8(`${seed}:${id}`)) as unsigned) mod groups
// i.e. the digest's first 8 hex digits read as a number. Every warehouse has md5:
//   DuckDB     CAST(('0x' || substr(md5(t), 1, 8)) AS UBIGINT) % 50
//   BigQuery   MOD(CAST(CONCAT('0x', SUBSTR(TO_HEX(MD5(t)), 1, 8)) AS INT64), 50)
//   Spark      pmod(CAST(conv(substr(md5(t), 1, 8), 16, 10) AS BIGINT), 50)
//   Snowflake  MOD(TO_NUMBER(SUBSTR(MD5(t), 1, 8), 'XXXXXXXX'), 50)
//   Trino      from_base(substr(to_hex(md5(to_utf8(t))), 1, 8), 16) % 50
// (src/sql/ writes these). The JS md5 (md5.ts) was measured at ~0.9 s per million ids on
// this shared machine, node:crypto per call ~8 s. fnv1a32 (FNV-1a, the grouping before
// md5; not expressible portably in SQL) stays for its callers, no longer for groups.
import type { IdGrouper } from '../io/index.js';
import { md5Upper32, md5Upper32Range } from './md5.js';

const OFFSET = 0x811c9dc5 | 0;
const PRIME = 0x01000193;

/** Folds the UTF-8 bytes of `s` into the FNV-1a state `h`. */
function fold(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      h = Math.imul(h ^ c, PRIME);
      continue;
    }
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    // A lone surrogate is encoded as U+FFFD, as TextEncoder does.
    if (c >= 0xd800 && c < 0xe000) c = 0xfffd;
    if (c < 0x800) {
      h = Math.imul(h ^ (0xc0 | (c >> 6)), PRIME);
    } else if (c < 0x10000) {
      h = Math.imul(h ^ (0xe0 | (c >> 12)), PRIME);
      h = Math.imul(h ^ (0x80 | ((c >> 6) & 63)), PRIME);
    } else {
      h = Math.imul(h ^ (0xf0 | (c >> 18)), PRIME);
      h = Math.imul(h ^ (0x80 | ((c >> 12) & 63)), PRIME);
      h = Math.imul(h ^ (0x80 | ((c >> 6) & 63)), PRIME);
    }
    h = Math.imul(h ^ (0x80 | (c & 63)), PRIME);
  }
  return h;
}

/**
 * 32-bit FNV-1a of the UTF-8 text of `prefix` + `s`, unsigned.
 * @example fnv1a32('a') // 0xe40c292c
 */
export function fnv1a32(s: string, prefix = ''): number {
  return fold(fold(OFFSET, prefix), s) >>> 0;
}

/**
 * Each example's jackknife group: md5Upper32(`${seed}:${id}`) mod `groups`.
 * @param ids the example ids as read; null: the row index (as decimal text) stands for the id
 * @example idGroups(['a', 'b'], 2, 1, 50) // [md5Upper32('1:a') % 50, md5Upper32('1:b') % 50]
 */
export function idGroups(ids: readonly string[] | null, n: number, seed: number, groups: number): Uint8Array {
  const out = new Uint8Array(n);
  const prefix = `${seed}:`;
  for (let r = 0; r < n; r++) out[r] = md5Upper32(ids === null ? String(r) : ids[r], prefix) % groups;
  return out;
}

/**
 * The same groups as idGroups, as a reader's IdGrouper: it hashes each id where the reader
 * keeps it (a range of a longer string), so the ids need not be made as strings.
 * @example idGrouper(1, 50).groupOf('xa', 1, 2) === idGroups(['a'], 1, 1, 50)[0] // true
 */
export function idGrouper(seed: number, groups: number): IdGrouper {
  const prefix = `${seed}:`;
  return { seed, groups, groupOf: (text, start, end) => md5Upper32Range(prefix, text, start, end) % groups };
}
