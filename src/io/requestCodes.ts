// Dictionary-encodes the request ids of the shadow log, so each request's code
// is its pairing slot: typed arrays only, every hit confirmed by the strings.
import { MAX_PROBES_PER_KEY, seededHash } from './keyindex.js';

/**
 * The request ids dictionary-encoded: per row its request's code, codes in order of first
 * appearance, and the id of each. An open-addressing table of typed arrays keyed by the
 * id's hash, every hit confirmed by comparing the strings (cheaper for a million distinct
 * ids than a Map, and no per-id object).
 */
export function requestCodes(ids: string[], hash: (key: string) => number = seededHash): { codes: Int32Array; values: string[] } {
  const n = ids.length;
  // Sized for two rows per request, doubled when more than 70% full.
  let size = 1 << Math.max(4, 32 - Math.clz32(Math.max(1, n) - 1));
  let mask = size - 1;
  let slotCode = new Int32Array(size).fill(-1);
  let slotHash = new Int32Array(size);
  const hashes = new Int32Array(n);
  const codes = new Int32Array(n);
  const values: string[] = [];
  let budget = MAX_PROBES_PER_KEY * n + 1024;
  for (let row = 0; row < n; row++) {
    const id = ids[row];
    const h = hash(id);
    let p = h & mask;
    let code = slotCode[p];
    while (code !== -1 && (slotHash[p] !== h || values[code] !== id)) {
      p = (p + 1) & mask;
      code = slotCode[p];
      if (--budget < 0) return requestCodesByMap(ids);
    }
    if (code === -1) {
      code = values.length;
      values.push(id);
      hashes[code] = h;
      slotCode[p] = code;
      slotHash[p] = h;
      if (values.length > size * 0.7) {
        size *= 2;
        mask = size - 1;
        slotCode = new Int32Array(size).fill(-1);
        slotHash = new Int32Array(size);
        for (let c = 0; c < values.length; c++) {
          let q = hashes[c] & mask;
          while (slotCode[q] !== -1) q = (q + 1) & mask;
          slotCode[q] = c;
          slotHash[q] = hashes[c];
        }
      }
    }
    codes[row] = code;
  }
  return { codes, values };
}

/** requestCodes with a Map: the fallback when ids collide too much for the table. */
function requestCodesByMap(ids: string[]): { codes: Int32Array; values: string[] } {
  const map = new Map<string, number>();
  const codes = new Int32Array(ids.length);
  const values: string[] = [];
  for (let row = 0; row < ids.length; row++) {
    let code = map.get(ids[row]);
    if (code === undefined) {
      code = values.length;
      map.set(ids[row], code);
      values.push(ids[row]);
    }
    codes[row] = code;
  }
  return { codes, values };
}
