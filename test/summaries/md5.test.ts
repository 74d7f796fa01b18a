// The hand-written md5 against node:crypto: the published vectors, random ids
// (ASCII, accents, CJK, emoji, lone surrogates) and every length across the
// padding boundaries (55, 56, 63, 64 bytes and multi-block texts).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { md5Hex, md5Upper32 } from '../../src/summaries/md5.js';
import { Random } from '../../src/stats/random.js';

const hex = (s: string) => createHash('md5').update(s, 'utf8').digest('hex');

describe('md5', () => {
  it('gives the RFC 1321 test vectors', () => {
    expect(md5Hex('')).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(md5Hex('a')).toBe('0cc175b9c0f1b6a831c399e269772661');
    expect(md5Hex('abc')).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(md5Hex('message digest')).toBe('f96b697d7cb7938d525a2f31aaf161d0');
    expect(md5Hex('12345678901234567890123456789012345678901234567890123456789012345678901234567890')).toBe('57edf4a22be3c955ac49da2e2107b67a');
    expect(md5Upper32('abc')).toBe(0x90015098);
  });

  it('matches node:crypto at every length across the padding boundaries', () => {
    for (let n = 0; n <= 200; n++) {
      const s = 'x'.repeat(n);
      expect(md5Hex(s), `length ${n}`).toBe(hex(s));
      expect(md5Hex(s.slice(3), s.slice(0, 3)), `length ${n}, prefixed`).toBe(hex(s));
    }
  });

  it('matches node:crypto on 5000 random ids of any text', () => {
    const rng = new Random('md5-ids');
    const pieces = ['a', 'Z', '9', '-', ':', 'é', 'ß', '東', '京', '😀', '\ud800', '\udc00', 'ÿ', ' ', '\u0000'];
    for (let t = 0; t < 5000; t++) {
      const len = Math.floor(rng.uniform() * 40);
      let s = '';
      for (let i = 0; i < len; i++) s += pieces[Math.floor(rng.uniform() * pieces.length)];
      const seed = `${Math.floor(rng.uniform() * 1000)}:`;
      // A lone surrogate is hashed as U+FFFD, as node:crypto's utf8 encoding does.
      expect(md5Hex(s, seed), JSON.stringify(s)).toBe(hex(seed + s));
      expect(md5Upper32(s, seed)).toBe(Number.parseInt(hex(seed + s).slice(0, 8), 16));
    }
  });
});
