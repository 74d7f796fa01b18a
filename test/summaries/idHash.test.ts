// The jackknife's groups come from a documented hash of the example id, so a
// warehouse computing (first 32 bits of md5(utf8(seed || ':' || id))) % 50 forms the same groups.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fnv1a32, idGroups } from '../../src/summaries/idHash.js';

/** FNV-1a over the bytes TextEncoder gives: the reference the hand-rolled UTF-8 must match. */
function reference(text: string): number {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(text)) h = Math.imul(h ^ b, 0x01000193);
  return h >>> 0;
}

describe('fnv1a32', () => {
  it('gives the published FNV-1a 32-bit test vectors', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('hashes the UTF-8 bytes, for any text (accents, CJK, emoji, a lone surrogate)', () => {
    for (const s of ['ex-0000001', 'café', '東京-17', 'id😀x', 'bad\ud800x', '\udc00', 'ÿ'.repeat(40)]) {
      expect(fnv1a32(s), s).toBe(reference(s));
      expect(fnv1a32(s.slice(2), s.slice(0, 2)), s).toBe(reference(s));
    }
  });
});

/** The first 32 bits of node:crypto's md5, the grouping's reference. */
function md5Reference(text: string): number {
  return createHash('md5').update(text, 'utf8').digest().readUInt32BE(0);
}

describe('idGroups', () => {
  it('is the first 32 bits of md5(`${seed}:${id}`) mod groups, and follows the id, not the row', () => {
    const ids = ['a', 'b', 'c', 'ex-42', 'café', '東京-17'];
    const g = idGroups(ids, ids.length, 7, 50);
    expect(Array.from(g)).toEqual(ids.map((id) => md5Reference(`7:${id}`) % 50));
    const reversed = idGroups([...ids].reverse(), ids.length, 7, 50);
    expect(Array.from(reversed)).toEqual(Array.from(g).reverse());
    expect(idGroups(ids, ids.length, 8, 50)).not.toEqual(g);
  });

  it('without ids, the row index as decimal text stands for the id', () => {
    expect(idGroups(null, 3, 1, 50)).toEqual(idGroups(['0', '1', '2'], 3, 1, 50));
  });

  it('spreads sequential ids evenly over the 50 groups', () => {
    const n = 100_000;
    const ids = Array.from({ length: n }, (_, i) => `ex-${String(i).padStart(7, '0')}`);
    const counts = new Array<number>(50).fill(0);
    for (const g of idGroups(ids, n, 1, 50)) counts[g]++;
    // Each count is about Binomial(n, 1/50): mean 2000, sd 44.
    for (const c of counts) expect(Math.abs(c - 2000)).toBeLessThan(250);
  });
});
