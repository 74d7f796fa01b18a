// Seeded synthetic eval data: the examples, the bench and the tests all draw
// from here, so every generated file is reproducible from its seed.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** A small, fast, seeded PRNG (mulberry32): same seed, same sequence. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws from a uniform source (Box-Muller). */
export function normal(rand) {
  let u = 0;
  while (u === 0) u = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

const sigmoid = (x) => 1 / (1 + Math.exp(-x));

/**
 * Generates paired eval rows for a binary model.
 * @param {object} o
 * @param {number} o.n rows
 * @param {number} o.seed
 * @param {Record<string, string[]>} o.segments segment column -> values (drawn uniformly unless weights given)
 * @param {Record<string, number[]>} [o.weights] segment column -> relative frequencies
 * @param {number} [o.baseRate] share of positives (default 0.2)
 * @param {number} [o.baselineSignal] separation of the baseline's scores (default 2)
 * @param {number} [o.candidateSignal] separation of the candidate's scores (default = baseline)
 * @param {Array<{where: Record<string,string>, positiveShift?: number, negativeShift?: number}>} [o.effects]
 *   logit shifts of the candidate's scores in matching rows (a negative positiveShift lowers recall there)
 * @returns {Generator<{id: string, label: number, baseline: number, candidate: number, seg: Record<string,string>}>}
 */
export function* evalRows(o) {
  const rand = mulberry32(o.seed);
  const cols = Object.keys(o.segments);
  const baseRate = o.baseRate ?? 0.2;
  const bSig = o.baselineSignal ?? 2;
  const cSig = o.candidateSignal ?? bSig;
  const cum = Object.fromEntries(
    cols.map((c) => {
      const w = o.weights?.[c] ?? o.segments[c].map(() => 1);
      const total = w.reduce((a, b) => a + b, 0);
      let acc = 0;
      return [c, w.map((x) => (acc += x / total))];
    }),
  );
  const effects = o.effects ?? [];
  for (let i = 0; i < o.n; i++) {
    const seg = {};
    for (const c of cols) {
      const u = rand();
      const k = cum[c].findIndex((x) => u < x);
      seg[c] = o.segments[c][k === -1 ? cum[c].length - 1 : k];
    }
    const label = rand() < baseRate ? 1 : 0;
    const shared = normal(rand);
    const z = label ? 1 : -1;
    const offset = o.offset ?? -0.4;
    let cLogit = offset + (z * cSig) / 2 + 0.8 * shared + 0.6 * normal(rand);
    const bLogit = offset + (z * bSig) / 2 + 0.8 * shared + 0.6 * normal(rand);
    for (const e of effects) {
      if (Object.entries(e.where).every(([k, v]) => seg[k] === v)) cLogit += label ? (e.positiveShift ?? 0) : (e.negativeShift ?? 0);
    }
    yield { id: `ex-${String(i).padStart(7, '0')}`, label, baseline: sigmoid(bLogit), candidate: sigmoid(cLogit), seg };
  }
}

/** Writes lines to a file through a stream, respecting backpressure. */
export async function writeLines(path, lines) {
  const out = createWriteStream(path);
  let buf = '';
  for (const line of lines) {
    buf += line + '\n';
    if (buf.length > 1 << 16) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}

/**
 * Writes a baseline and a candidate CSV from `evalRows(o)`; scores rounded to 6 digits.
 * With `shuffleSeed`, the candidate file lists the examples in another (seeded) order.
 */
export async function writeEvalPair(o, baselinePath, candidatePath, shuffleSeed = null) {
  const cols = Object.keys(o.segments);
  const header = ['id', 'label', 'score', ...cols].join(',');
  const rows = [...evalRows(o)];
  const line = (r, model) => [r.id, r.label, r[model].toFixed(6), ...cols.map((c) => r.seg[c])].join(',');
  await writeLines(
    baselinePath,
    (function* () {
      yield header;
      for (const r of rows) yield line(r, 'baseline');
    })(),
  );
  const order = rows.map((_, i) => i);
  if (shuffleSeed !== null) {
    const rand = mulberry32(shuffleSeed);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
  }
  await writeLines(
    candidatePath,
    (function* () {
      yield header;
      for (const i of order) yield line(rows[i], 'candidate');
    })(),
  );
  return rows.length;
}
