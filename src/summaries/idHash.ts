// idHash.ts: the jackknife's groups from the example id (not the row index), so
// any producer of the summaries (this process, a warehouse) forms the same groups:
//   group = fnv1a32(utf8(`${seed}:${id}`)) mod groups
// FNV-1a, 32 bits: h = 0x811c9dc5; for each byte: h = (h XOR byte) * 0x01000193 mod 2^32.
// No final mixing, so it is a short loop in any SQL with a bytes-to-list function
// (e.g. DuckDB: list_reduce over the id's bytes) or a one-line UDF. md5 (in every
// warehouse's SQL) was measured and set aside: node:crypto ~1.1 s and a JS md5
// ~0.45 s per million ids, against ~0.03 s for this loop, on this (shared) machine.

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
 * Each example's jackknife group: fnv1a32(`${seed}:${id}`) mod `groups`.
 * @param ids the example ids as read; null: the row index (as decimal text) stands for the id
 * @example idGroups(['a', 'b'], 2, 1, 50) // [fnv1a32('1:a') % 50, fnv1a32('1:b') % 50]
 */
export function idGroups(ids: readonly string[] | null, n: number, seed: number, groups: number): Uint8Array {
  const out = new Uint8Array(n);
  const prefix = `${seed}:`;
  const h0 = fold(OFFSET, prefix);
  for (let r = 0; r < n; r++) out[r] = (fold(h0, ids === null ? String(r) : ids[r]) >>> 0) % groups;
  return out;
}
