// String keys by row, built while a table is read, for finding duplicate keys
// and looking keys up. Typed arrays only (no per-key objects): duplicates are
// found by sorting hashes (sequential memory access, much cheaper than
// inserting a million keys into a hash table; only keys whose hash repeats
// are compared), and the hash table for lookups is built on the first lookup. Every hit is confirmed by comparing
// the strings, so two different keys never match.

import { randomBytes } from 'node:crypto';

const EMPTY = -1;

/** This process's hash seed: keys crafted to collide cannot be prepared without it. */
const SEED = randomBytes(4).readInt32LE(0) | 1;

/**
 * Probe steps a table may take in all, per key, before it gives up on hashing and uses a
 * Map instead (the guard for keys that still collide: the join stays linear).
 */
export const MAX_PROBES_PER_KEY = 16;

/**
 * hashKey with this process's seed mixed in before and after (what the tables use).
 * @example seededHash('a') === seededHash('a') // true within one process
 */
export function seededHash(s: string): number {
  let h = 0x811c9dc5 ^ SEED;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h ^ SEED, 0x2c1b3c6d);
  h ^= h >>> 12;
  h = Math.imul(h, 0x297a2d39);
  h ^= h >>> 15;
  return h;
}

/**
 * 32-bit FNV-1a over UTF-16 code units, with a final avalanche.
 * @example hashKey('a') === hashKey('a') // true
 */
export function hashKey(s: string): number {
  // Unseeded and stable across runs; the tables use seededHash.
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h;
}

/** Keys per packed chunk: a chunk's keys are joined into one flat string once it is full. */
const CHUNK_BITS = 12;
const CHUNK = 1 << CHUNK_BITS;

export class KeyIndex {
  private n = 0;
  /**
   * The keys, packed: full chunks of CHUNK keys joined into one string each (a few bytes a key,
   * against some 40 for a string of its own), and the chunk being filled as strings.
   */
  private readonly chunks: string[] = [];
  private pending: string[] = [];
  /** Per row, where its key ends within its chunk (it starts where the previous row's ends, or at 0). */
  private ends: Int32Array;
  private hashes: Int32Array;
  /** Interleaved (row, hash) pairs, row -1 for an empty slot; built on the first `get`. */
  private slots: Int32Array | null = null;
  private mask = 0;
  /** The fallback when the keys collide too much for the table (see MAX_PROBES_PER_KEY). */
  private map: Map<string, number> | null = null;

  /** @param hash the key hash (tests inject a colliding one; default seededHash) */
  constructor(
    expectedRows = 1024,
    private readonly hash: (key: string) => number = seededHash,
  ) {
    this.hashes = new Int32Array(Math.max(16, expectedRows));
    this.ends = new Int32Array(this.hashes.length);
  }

  get size(): number {
    return this.n;
  }

  /** The keys by row, as strings (made on each call: for tests and small tables; large ones use keyAt). */
  get keys(): string[] {
    return Array.from({ length: this.n }, (_, r) => this.keyAt(r));
  }

  /** Appends `key` as the next row (duplicates are found later by `firstDuplicate`). */
  push(key: string): void {
    const row = this.n;
    if (row === this.hashes.length) {
      const cap = Math.ceil(row * 1.5);
      const grown = new Int32Array(cap);
      grown.set(this.hashes);
      this.hashes = grown;
      const ends = new Int32Array(cap);
      ends.set(this.ends);
      this.ends = ends;
    }
    const local = row & (CHUNK - 1);
    this.ends[row] = (local === 0 ? 0 : this.ends[row - 1]) + key.length;
    this.hashes[row] = this.hash(key);
    this.pending.push(key);
    this.n = row + 1;
    if (local === CHUNK - 1) this.seal();
    this.slots = null;
    this.map = null;
  }

  /** Joins the pending keys into one flat chunk string. */
  private seal(): void {
    const joined = this.pending.join('');
    // Reading one character makes V8 flatten the string (a rope would hold every key).
    if (joined.length > 0) joined.charCodeAt(0);
    this.chunks.push(joined);
    this.pending = [];
  }

  /** The key of `row` (0 <= row < size). */
  keyAt(row: number): string {
    const c = row >> CHUNK_BITS;
    if (c === this.chunks.length) return this.pending[row & (CHUNK - 1)];
    const end = this.ends[row];
    return this.chunks[c].slice((row & (CHUNK - 1)) === 0 ? 0 : this.ends[row - 1], end);
  }

  /**
   * Row `row`'s key as a range of one string (no copy): `text.slice(start, end)` is the key.
   * @example const { text, start, end } = index.keyRange(0)
   */
  keyRange(row: number): { text: string; start: number; end: number } {
    const c = row >> CHUNK_BITS;
    if (c === this.chunks.length) {
      const text = this.pending[row & (CHUNK - 1)];
      return { text, start: 0, end: text.length };
    }
    return { text: this.chunks[c], start: (row & (CHUNK - 1)) === 0 ? 0 : this.ends[row - 1], end: this.ends[row] };
  }

  /**
   * f(key) for the key of each of `rows`, in that order (f's values fit a byte, e.g. a group
   * number), without making the keys' strings: f gets the key as `text.slice(start, end)`.
   */
  mapRows(rows: Int32Array, f: (text: string, start: number, end: number) => number): Uint8Array {
    const out = new Uint8Array(rows.length);
    const sealed = this.chunks.length;
    for (let k = 0; k < rows.length; k++) {
      const row = rows[k];
      const c = row >> CHUNK_BITS;
      if (c === sealed) {
        const text = this.pending[row & (CHUNK - 1)];
        out[k] = f(text, 0, text.length);
      } else out[k] = f(this.chunks[c], (row & (CHUNK - 1)) === 0 ? 0 : this.ends[row - 1], this.ends[row]);
    }
    return out;
  }

  /** Whether row `row`'s key is `key` (without making the key's string). */
  keyIs(row: number, key: string): boolean {
    const c = row >> CHUNK_BITS;
    if (c === this.chunks.length) return this.pending[row & (CHUNK - 1)] === key;
    const end = this.ends[row];
    const start = (row & (CHUNK - 1)) === 0 ? 0 : this.ends[row - 1];
    if (end - start !== key.length) return false;
    const text = this.chunks[c];
    for (let i = 0; i < key.length; i++) if (text.charCodeAt(start + i) !== key.charCodeAt(i)) return false;
    return true;
  }

  /**
   * The duplicate key whose second occurrence comes first, as [earlier row, later row], or null.
   * @example (keys a, b, a, b) -> [0, 2]
   */
  firstDuplicate(): [number, number] | null {
    const n = this.n;
    if (n < 2) return null;
    // Hashes that occur more than once (sorting a copy: sequential memory access).
    const sorted = this.hashes.slice(0, n).sort();
    const repeated = new Set<number>();
    for (let i = 1; i < n; i++) if (sorted[i] === sorted[i - 1]) repeated.add(sorted[i]);
    if (repeated.size === 0) return null;
    // Their rows, in row order; equal keys among them are the duplicates.
    const firstRowOf = new Map<string, number>();
    for (let r = 0; r < n; r++) {
      if (!repeated.has(this.hashes[r])) continue;
      const key = this.keyAt(r);
      const first = firstRowOf.get(key);
      if (first !== undefined) return [first, r];
      firstRowOf.set(key, r);
    }
    return null;
  }

  /** The first row holding `key`, or -1. */
  get(key: string): number {
    if (this.slots === null && this.map === null) this.build();
    if (this.map !== null) return this.map.get(key) ?? -1;
    const slots = this.slots!;
    const mask = this.mask;
    const h = this.hash(key);
    let p = h & mask;
    for (let row = slots[2 * p]; row !== EMPTY; row = slots[2 * p]) {
      if (slots[2 * p + 1] === h && this.keyIs(row, key)) return row;
      p = (p + 1) & mask;
    }
    return -1;
  }

  private build(): void {
    const n = this.n;
    // At most 2/3 full: a few probes per lookup, and half the room of a table twice the keys.
    const size = 1 << Math.max(4, 32 - Math.clz32(Math.ceil(Math.max(1, n) * 1.5) - 1));
    const mask = size - 1;
    const slots = new Int32Array(size * 2).fill(EMPTY);
    const hashes = this.hashes;
    let budget = MAX_PROBES_PER_KEY * n + 1024;
    for (let row = 0; row < n; row++) {
      const h = hashes[row];
      let p = h & mask;
      // Keep the first row of a repeated key: later ones go further along the probe.
      while (slots[2 * p] !== EMPTY) {
        p = (p + 1) & mask;
        if (--budget < 0) {
          this.buildMap();
          return;
        }
      }
      slots[2 * p] = row;
      slots[2 * p + 1] = h;
    }
    this.slots = slots;
    this.mask = mask;
  }

  private buildMap(): void {
    const map = new Map<string, number>();
    for (let row = 0; row < this.n; row++) {
      const key = this.keyAt(row);
      if (!map.has(key)) map.set(key, row);
    }
    this.map = map;
    this.slots = null;
  }
}
