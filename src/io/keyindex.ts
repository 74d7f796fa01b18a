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

export class KeyIndex {
  /** The keys by row. */
  readonly keys: string[] = [];
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
  }

  get size(): number {
    return this.keys.length;
  }

  /** Appends `key` as the next row (duplicates are found later by `firstDuplicate`). */
  push(key: string): void {
    const row = this.keys.length;
    this.keys.push(key);
    if (row === this.hashes.length) {
      const grown = new Int32Array(row * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[row] = this.hash(key);
    this.slots = null;
    this.map = null;
  }

  /**
   * The duplicate key whose second occurrence comes first, as [earlier row, later row], or null.
   * @example (keys a, b, a, b) -> [0, 2]
   */
  firstDuplicate(): [number, number] | null {
    const n = this.keys.length;
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
      const first = firstRowOf.get(this.keys[r]);
      if (first !== undefined) return [first, r];
      firstRowOf.set(this.keys[r], r);
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
      if (slots[2 * p + 1] === h && this.keys[row] === key) return row;
      p = (p + 1) & mask;
    }
    return -1;
  }

  private build(): void {
    const n = this.keys.length;
    const size = 1 << Math.max(4, 32 - Math.clz32(Math.max(1, n) * 2 - 1));
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
    const keys = this.keys;
    for (let row = 0; row < keys.length; row++) if (!map.has(keys[row])) map.set(keys[row], row);
    this.map = map;
    this.slots = null;
  }
}
