// Seeded feature tables for the data checks' bench: request_id, region (8
// values), `numeric` numeric features (normal, some with 1% empty) and
// `categorical` ones (12 values, skewed), written as CSV in large chunks.
// `drift` shifts the first numeric feature by 0.3 sd in region BR.
import { createWriteStream } from 'node:fs';

/** xorshift32 in [0, 1). */
function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

const REGIONS = ['US', 'BR', 'DE', 'IN', 'MX', 'FR', 'JP', 'NG'];
const CATS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'kilo', 'lima'];

/** Writes `rows` rows to `path`; resolves when flushed. */
export async function writeFeatures({ rows, numeric, categorical, seed, drift = false }, path) {
  const u = rng(seed);
  const normal = () => Math.sqrt(-2 * Math.log(u() + 1e-12)) * Math.cos(2 * Math.PI * u());
  const out = createWriteStream(path);
  const head = ['request_id', 'region'];
  for (let j = 0; j < numeric; j++) head.push(`x${j}`);
  for (let j = 0; j < categorical; j++) head.push(`c${j}`);
  let buf = `${head.join(',')}\n`;
  for (let r = 0; r < rows; r++) {
    const region = REGIONS[Math.floor(u() * u() * REGIONS.length)];
    let line = `q${r},${region}`;
    for (let j = 0; j < numeric; j++) {
      if (j % 10 === 9 && u() < 0.01) line += ',';
      else line += `,${(normal() * (1 + j / 50) + j + (drift && j === 0 && region === 'BR' ? 0.3 : 0)).toFixed(4)}`;
    }
    for (let j = 0; j < categorical; j++) line += `,${CATS[Math.floor(u() * u() * CATS.length)]}`;
    buf += `${line}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise((res) => out.once('drain', res));
      buf = '';
    }
  }
  out.write(buf);
  await new Promise((res, rej) => out.end((e) => (e ? rej(e) : res())));
}
