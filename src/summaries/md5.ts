// md5.ts: MD5 (RFC 1321) of a short text's UTF-8 bytes, for the jackknife's
// groups (idHash.ts). Hand-written for speed on millions of short ids: one
// reused block buffer, no allocation per id; ASCII text (the usual id) goes
// straight from its characters into the message words, and the 64 steps are
// written out (node:crypto's per-call overhead is many times this on ids of
// ~10 bytes). Any text may be given as a range of a longer string, so ids
// packed into one string are hashed without making a string each. Not for security.

/** The message words, grown as needed (16 per 64-byte block). */
let words = new Int32Array(64);
/** The UTF-8 bytes, for text that is not all ASCII. */
let bytes = new Uint8Array(256);
let a0 = 0;
let b0 = 0;
let c0 = 0;
let d0 = 0;

/** Writes the UTF-8 bytes of `a` + `b.slice(start, end)` into `bytes` (grown as needed); returns the byte length. */
function utf8(a: string, b: string, start: number, end: number): number {
  const need = 3 * (a.length + end - start) + 72;
  if (bytes.length < need) bytes = new Uint8Array(need * 2);
  let n = 0;
  for (let part = 0; part < 2; part++) {
    const s = part === 0 ? a : b;
    const to = part === 0 ? a.length : end;
    for (let i = part === 0 ? 0 : start; i < to; i++) {
      let c = s.charCodeAt(i);
      if (c < 0x80) {
        bytes[n++] = c;
        continue;
      }
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < to) {
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

/** Room for a message of `n` bytes and its padding; returns the number of words. */
function padded(n: number): number {
  const wordCount = (((n + 8) >> 6) + 1) << 4;
  if (words.length < wordCount) words = new Int32Array(wordCount * 2);
  words.fill(0, 0, wordCount);
  return wordCount;
}

/** The message words of `prefix` + `text.slice(start, end)` when all ASCII; returns the byte length, or -1 when not ASCII. */
function asciiWords(prefix: string, text: string, start: number, end: number): number {
  const n = prefix.length + end - start;
  padded(n);
  const w = words;
  let j = 0;
  for (let i = 0; i < prefix.length; i++, j++) {
    const c = prefix.charCodeAt(i);
    if (c >= 0x80) return -1;
    w[j >> 2] |= c << ((j & 3) << 3);
  }
  for (let i = start; i < end; i++, j++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return -1;
    w[j >> 2] |= c << ((j & 3) << 3);
  }
  return n;
}

/** MD5 of the UTF-8 text of `prefix` + `text.slice(start, end)` into a0..d0 (the four little-endian state words). */
function md5Words(prefix: string, text: string, start: number, end: number): void {
  let n = asciiWords(prefix, text, start, end);
  if (n < 0) {
    n = utf8(prefix, text, start, end);
    padded(n);
    for (let j = 0; j < n; j++) words[j >> 2] |= bytes[j] << ((j & 3) << 3);
  }
  // Padding: 0x80, zeros to 56 mod 64, then the bit length (little-endian, 64 bits).
  words[n >> 2] |= 0x80 << ((n & 3) << 3);
  const wordCount = (((n + 8) >> 6) + 1) << 4;
  const bits = n * 8;
  words[wordCount - 2] = bits | 0;
  words[wordCount - 1] = Math.floor(bits / 2 ** 32) | 0;
  a0 = 0x67452301;
  b0 = 0xefcdab89 | 0;
  c0 = 0x98badcfe | 0;
  d0 = 0x10325476;
  for (let o = 0; o < wordCount; o += 16) block(words, o);
}

/** One 64-byte block of words `x[o .. o + 15]` into the state (RFC 1321's four rounds, written out). */
function block(x: Int32Array, o: number): void {
  let a = a0;
  let b = b0;
  let c = c0;
  let d = d0;
  const x0 = x[o];
  const x1 = x[o + 1];
  const x2 = x[o + 2];
  const x3 = x[o + 3];
  const x4 = x[o + 4];
  const x5 = x[o + 5];
  const x6 = x[o + 6];
  const x7 = x[o + 7];
  const x8 = x[o + 8];
  const x9 = x[o + 9];
  const x10 = x[o + 10];
  const x11 = x[o + 11];
  const x12 = x[o + 12];
  const x13 = x[o + 13];
  const x14 = x[o + 14];
  const x15 = x[o + 15];
  let t: number;
  // Round 1: F(b, c, d) = (b & c) | (~b & d)
  t = (a + ((b & c) | (~b & d)) + x0 - 680876936) | 0;
  a = (((t << 7) | (t >>> 25)) + b) | 0;
  t = (d + ((a & b) | (~a & c)) + x1 - 389564586) | 0;
  d = (((t << 12) | (t >>> 20)) + a) | 0;
  t = (c + ((d & a) | (~d & b)) + x2 + 606105819) | 0;
  c = (((t << 17) | (t >>> 15)) + d) | 0;
  t = (b + ((c & d) | (~c & a)) + x3 - 1044525330) | 0;
  b = (((t << 22) | (t >>> 10)) + c) | 0;
  t = (a + ((b & c) | (~b & d)) + x4 - 176418897) | 0;
  a = (((t << 7) | (t >>> 25)) + b) | 0;
  t = (d + ((a & b) | (~a & c)) + x5 + 1200080426) | 0;
  d = (((t << 12) | (t >>> 20)) + a) | 0;
  t = (c + ((d & a) | (~d & b)) + x6 - 1473231341) | 0;
  c = (((t << 17) | (t >>> 15)) + d) | 0;
  t = (b + ((c & d) | (~c & a)) + x7 - 45705983) | 0;
  b = (((t << 22) | (t >>> 10)) + c) | 0;
  t = (a + ((b & c) | (~b & d)) + x8 + 1770035416) | 0;
  a = (((t << 7) | (t >>> 25)) + b) | 0;
  t = (d + ((a & b) | (~a & c)) + x9 - 1958414417) | 0;
  d = (((t << 12) | (t >>> 20)) + a) | 0;
  t = (c + ((d & a) | (~d & b)) + x10 - 42063) | 0;
  c = (((t << 17) | (t >>> 15)) + d) | 0;
  t = (b + ((c & d) | (~c & a)) + x11 - 1990404162) | 0;
  b = (((t << 22) | (t >>> 10)) + c) | 0;
  t = (a + ((b & c) | (~b & d)) + x12 + 1804603682) | 0;
  a = (((t << 7) | (t >>> 25)) + b) | 0;
  t = (d + ((a & b) | (~a & c)) + x13 - 40341101) | 0;
  d = (((t << 12) | (t >>> 20)) + a) | 0;
  t = (c + ((d & a) | (~d & b)) + x14 - 1502002290) | 0;
  c = (((t << 17) | (t >>> 15)) + d) | 0;
  t = (b + ((c & d) | (~c & a)) + x15 + 1236535329) | 0;
  b = (((t << 22) | (t >>> 10)) + c) | 0;
  // Round 2: G(b, c, d) = (b & d) | (c & ~d)
  t = (a + ((b & d) | (c & ~d)) + x1 - 165796510) | 0;
  a = (((t << 5) | (t >>> 27)) + b) | 0;
  t = (d + ((a & c) | (b & ~c)) + x6 - 1069501632) | 0;
  d = (((t << 9) | (t >>> 23)) + a) | 0;
  t = (c + ((d & b) | (a & ~b)) + x11 + 643717713) | 0;
  c = (((t << 14) | (t >>> 18)) + d) | 0;
  t = (b + ((c & a) | (d & ~a)) + x0 - 373897302) | 0;
  b = (((t << 20) | (t >>> 12)) + c) | 0;
  t = (a + ((b & d) | (c & ~d)) + x5 - 701558691) | 0;
  a = (((t << 5) | (t >>> 27)) + b) | 0;
  t = (d + ((a & c) | (b & ~c)) + x10 + 38016083) | 0;
  d = (((t << 9) | (t >>> 23)) + a) | 0;
  t = (c + ((d & b) | (a & ~b)) + x15 - 660478335) | 0;
  c = (((t << 14) | (t >>> 18)) + d) | 0;
  t = (b + ((c & a) | (d & ~a)) + x4 - 405537848) | 0;
  b = (((t << 20) | (t >>> 12)) + c) | 0;
  t = (a + ((b & d) | (c & ~d)) + x9 + 568446438) | 0;
  a = (((t << 5) | (t >>> 27)) + b) | 0;
  t = (d + ((a & c) | (b & ~c)) + x14 - 1019803690) | 0;
  d = (((t << 9) | (t >>> 23)) + a) | 0;
  t = (c + ((d & b) | (a & ~b)) + x3 - 187363961) | 0;
  c = (((t << 14) | (t >>> 18)) + d) | 0;
  t = (b + ((c & a) | (d & ~a)) + x8 + 1163531501) | 0;
  b = (((t << 20) | (t >>> 12)) + c) | 0;
  t = (a + ((b & d) | (c & ~d)) + x13 - 1444681467) | 0;
  a = (((t << 5) | (t >>> 27)) + b) | 0;
  t = (d + ((a & c) | (b & ~c)) + x2 - 51403784) | 0;
  d = (((t << 9) | (t >>> 23)) + a) | 0;
  t = (c + ((d & b) | (a & ~b)) + x7 + 1735328473) | 0;
  c = (((t << 14) | (t >>> 18)) + d) | 0;
  t = (b + ((c & a) | (d & ~a)) + x12 - 1926607734) | 0;
  b = (((t << 20) | (t >>> 12)) + c) | 0;
  // Round 3: H(b, c, d) = b ^ c ^ d
  t = (a + (b ^ c ^ d) + x5 - 378558) | 0;
  a = (((t << 4) | (t >>> 28)) + b) | 0;
  t = (d + (a ^ b ^ c) + x8 - 2022574463) | 0;
  d = (((t << 11) | (t >>> 21)) + a) | 0;
  t = (c + (d ^ a ^ b) + x11 + 1839030562) | 0;
  c = (((t << 16) | (t >>> 16)) + d) | 0;
  t = (b + (c ^ d ^ a) + x14 - 35309556) | 0;
  b = (((t << 23) | (t >>> 9)) + c) | 0;
  t = (a + (b ^ c ^ d) + x1 - 1530992060) | 0;
  a = (((t << 4) | (t >>> 28)) + b) | 0;
  t = (d + (a ^ b ^ c) + x4 + 1272893353) | 0;
  d = (((t << 11) | (t >>> 21)) + a) | 0;
  t = (c + (d ^ a ^ b) + x7 - 155497632) | 0;
  c = (((t << 16) | (t >>> 16)) + d) | 0;
  t = (b + (c ^ d ^ a) + x10 - 1094730640) | 0;
  b = (((t << 23) | (t >>> 9)) + c) | 0;
  t = (a + (b ^ c ^ d) + x13 + 681279174) | 0;
  a = (((t << 4) | (t >>> 28)) + b) | 0;
  t = (d + (a ^ b ^ c) + x0 - 358537222) | 0;
  d = (((t << 11) | (t >>> 21)) + a) | 0;
  t = (c + (d ^ a ^ b) + x3 - 722521979) | 0;
  c = (((t << 16) | (t >>> 16)) + d) | 0;
  t = (b + (c ^ d ^ a) + x6 + 76029189) | 0;
  b = (((t << 23) | (t >>> 9)) + c) | 0;
  t = (a + (b ^ c ^ d) + x9 - 640364487) | 0;
  a = (((t << 4) | (t >>> 28)) + b) | 0;
  t = (d + (a ^ b ^ c) + x12 - 421815835) | 0;
  d = (((t << 11) | (t >>> 21)) + a) | 0;
  t = (c + (d ^ a ^ b) + x15 + 530742520) | 0;
  c = (((t << 16) | (t >>> 16)) + d) | 0;
  t = (b + (c ^ d ^ a) + x2 - 995338651) | 0;
  b = (((t << 23) | (t >>> 9)) + c) | 0;
  // Round 4: I(b, c, d) = c ^ (b | ~d)
  t = (a + (c ^ (b | ~d)) + x0 - 198630844) | 0;
  a = (((t << 6) | (t >>> 26)) + b) | 0;
  t = (d + (b ^ (a | ~c)) + x7 + 1126891415) | 0;
  d = (((t << 10) | (t >>> 22)) + a) | 0;
  t = (c + (a ^ (d | ~b)) + x14 - 1416354905) | 0;
  c = (((t << 15) | (t >>> 17)) + d) | 0;
  t = (b + (d ^ (c | ~a)) + x5 - 57434055) | 0;
  b = (((t << 21) | (t >>> 11)) + c) | 0;
  t = (a + (c ^ (b | ~d)) + x12 + 1700485571) | 0;
  a = (((t << 6) | (t >>> 26)) + b) | 0;
  t = (d + (b ^ (a | ~c)) + x3 - 1894986606) | 0;
  d = (((t << 10) | (t >>> 22)) + a) | 0;
  t = (c + (a ^ (d | ~b)) + x10 - 1051523) | 0;
  c = (((t << 15) | (t >>> 17)) + d) | 0;
  t = (b + (d ^ (c | ~a)) + x1 - 2054922799) | 0;
  b = (((t << 21) | (t >>> 11)) + c) | 0;
  t = (a + (c ^ (b | ~d)) + x8 + 1873313359) | 0;
  a = (((t << 6) | (t >>> 26)) + b) | 0;
  t = (d + (b ^ (a | ~c)) + x15 - 30611744) | 0;
  d = (((t << 10) | (t >>> 22)) + a) | 0;
  t = (c + (a ^ (d | ~b)) + x6 - 1560198380) | 0;
  c = (((t << 15) | (t >>> 17)) + d) | 0;
  t = (b + (d ^ (c | ~a)) + x13 + 1309151649) | 0;
  b = (((t << 21) | (t >>> 11)) + c) | 0;
  t = (a + (c ^ (b | ~d)) + x4 - 145523070) | 0;
  a = (((t << 6) | (t >>> 26)) + b) | 0;
  t = (d + (b ^ (a | ~c)) + x11 - 1120210379) | 0;
  d = (((t << 10) | (t >>> 22)) + a) | 0;
  t = (c + (a ^ (d | ~b)) + x2 + 718787259) | 0;
  c = (((t << 15) | (t >>> 17)) + d) | 0;
  t = (b + (d ^ (c | ~a)) + x9 - 343485551) | 0;
  b = (((t << 21) | (t >>> 11)) + c) | 0;
  a0 = (a0 + a) | 0;
  b0 = (b0 + b) | 0;
  c0 = (c0 + c) | 0;
  d0 = (d0 + d) | 0;
}

/**
 * The MD5 digest of the UTF-8 text of `prefix` + `s`, as 32 hex digits.
 * @example md5Hex('abc') // '900150983cd24fb0d6963f7d28e17f72'
 */
export function md5Hex(s: string, prefix = ''): string {
  md5Words(prefix, s, 0, s.length);
  let out = '';
  for (const w of [a0, b0, c0, d0]) {
    for (let k = 0; k < 4; k++) out += ((w >>> (8 * k)) & 255).toString(16).padStart(2, '0');
  }
  return out;
}

/**
 * The first 32 bits of the MD5 digest of the UTF-8 text of `prefix` + `s`, as an
 * unsigned integer (= the digest's first 8 hex digits read as a number).
 * @example md5Upper32('abc') // 0x90015098
 */
export function md5Upper32(s: string, prefix = ''): number {
  return md5Upper32Range(prefix, s, 0, s.length);
}

/**
 * md5Upper32 of `prefix` + `text.slice(start, end)`, without making that string.
 * @example md5Upper32Range('7:', 'xx-abc', 3, 6) === md5Upper32('abc', '7:') // true
 */
export function md5Upper32Range(prefix: string, text: string, start: number, end: number): number {
  md5Words(prefix, text, start, end);
  const a = a0;
  // The digest's first four bytes are the first state word, little-endian.
  return (((a & 255) << 24) | (((a >>> 8) & 255) << 16) | (((a >>> 16) & 255) << 8) | ((a >>> 24) & 255)) >>> 0;
}
