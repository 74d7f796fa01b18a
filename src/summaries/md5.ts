// md5.ts: MD5 (RFC 1321) of a short text's UTF-8 bytes, for the jackknife's
// groups (idHash.ts). Hand-written for speed on millions of short ids: one
// reused buffer, no allocation per id (node:crypto's per-call overhead is
// several times this loop on ids of ~10 bytes). Not for security.

/** The per-step additive constants floor(|sin(i + 1)| * 2^32). */
const K = new Int32Array(64);
for (let i = 0; i < 64; i++) K[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) | 0;
/** The per-step rotations. */
const R = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

let bytes = new Uint8Array(256);
let words = new Int32Array(64);
const digest = new Int32Array(4);

/** Writes the UTF-8 bytes of `a` + `b` into `bytes` (grown as needed); returns the byte length. */
function utf8(a: string, b: string): number {
  const need = 3 * (a.length + b.length) + 72;
  if (bytes.length < need) {
    bytes = new Uint8Array(need * 2);
    words = new Int32Array(bytes.length >> 2);
  }
  let n = 0;
  for (const s of [a, b]) {
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c < 0x80) {
        bytes[n++] = c;
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
        bytes[n++] = 0xc0 | (c >> 6);
      } else if (c < 0x10000) {
        bytes[n++] = 0xe0 | (c >> 12);
        bytes[n++] = 0x80 | ((c >> 6) & 63);
      } else {
        bytes[n++] = 0xf0 | (c >> 18);
        bytes[n++] = 0x80 | ((c >> 12) & 63);
        bytes[n++] = 0x80 | ((c >> 6) & 63);
      }
      bytes[n++] = 0x80 | (c & 63);
    }
  }
  return n;
}

/** MD5 of the UTF-8 text of `prefix` + `s` into `digest` (the four little-endian state words). */
function md5Words(s: string, prefix: string): void {
  const n = utf8(prefix, s);
  // Padding: 0x80, zeros to 56 mod 64, then the bit length (little-endian, 64 bits).
  const total = ((n + 8) >> 6) * 64 + 64;
  bytes[n] = 0x80;
  bytes.fill(0, n + 1, total);
  const bits = n * 8;
  const wordCount = total >> 2;
  for (let i = 0, j = 0; i < wordCount; i++, j += 4) words[i] = bytes[j] | (bytes[j + 1] << 8) | (bytes[j + 2] << 16) | (bytes[j + 3] << 24);
  words[wordCount - 2] = bits | 0;
  words[wordCount - 1] = Math.floor(bits / 2 ** 32) | 0;
  let a0 = 0x67452301 | 0;
  let b0 = 0xefcdab89 | 0;
  let c0 = 0x98badcfe | 0;
  let d0 = 0x10325476 | 0;
  for (let o = 0; o < wordCount; o += 16) {
    let a = a0;
    let b = b0;
    let c = c0;
    let d = d0;
    for (let i = 0; i < 64; i++) {
      let f: number;
      let g: number;
      if (i < 16) {
        f = (b & c) | (~b & d);
        g = i;
      } else if (i < 32) {
        f = (d & b) | (~d & c);
        g = (5 * i + 1) & 15;
      } else if (i < 48) {
        f = b ^ c ^ d;
        g = (3 * i + 5) & 15;
      } else {
        f = c ^ (b | ~d);
        g = (7 * i) & 15;
      }
      const x = (a + f + K[i] + words[o + g]) | 0;
      const r = R[((i >> 4) << 2) | (i & 3)];
      a = d;
      d = c;
      c = b;
      b = (b + ((x << r) | (x >>> (32 - r)))) | 0;
    }
    a0 = (a0 + a) | 0;
    b0 = (b0 + b) | 0;
    c0 = (c0 + c) | 0;
    d0 = (d0 + d) | 0;
  }
  digest[0] = a0;
  digest[1] = b0;
  digest[2] = c0;
  digest[3] = d0;
}

/**
 * The MD5 digest of the UTF-8 text of `prefix` + `s`, as 32 hex digits.
 * @example md5Hex('abc') // '900150983cd24fb0d6963f7d28e17f72'
 */
export function md5Hex(s: string, prefix = ''): string {
  md5Words(s, prefix);
  let out = '';
  for (let w = 0; w < 4; w++) {
    for (let k = 0; k < 4; k++) out += ((digest[w] >>> (8 * k)) & 255).toString(16).padStart(2, '0');
  }
  return out;
}

/**
 * The first 32 bits of the MD5 digest of the UTF-8 text of `prefix` + `s`, as an
 * unsigned integer (= the digest's first 8 hex digits read as a number).
 * @example md5Upper32('abc') // 0x90015098
 */
export function md5Upper32(s: string, prefix = ''): number {
  md5Words(s, prefix);
  const a = digest[0];
  // The digest's first four bytes are the first state word, little-endian.
  return (((a & 255) << 24) | (((a >>> 8) & 255) << 16) | (((a >>> 16) & 255) << 8) | ((a >>> 24) & 255)) >>> 0;
}
