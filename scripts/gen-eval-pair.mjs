// Writes a seeded pair of offline eval files (baseline, candidate) for benchmarking
// the readers: `node scripts/gen-eval-pair.mjs DIR [ROWS] [csv|jsonl] [shuffle]`.
// Columns id,label,score,region,device; the candidate lists the same ids, in a
// shuffled order when `shuffle` is given.
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [dir = 'bench-data', rowsArg = '1000000', format = 'csv', order = 'same'] = process.argv.slice(2);
const rows = Number(rowsArg);
mkdirSync(dir, { recursive: true });

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const regions = ['BR', 'US', 'DE', 'IN', 'JP', 'MX', 'FR', 'GB'];
const devices = ['ios', 'android', 'web'];
const rand = mulberry32(1);
const labels = new Uint8Array(rows);
const region = new Uint8Array(rows);
const device = new Uint8Array(rows);
for (let i = 0; i < rows; i++) {
  labels[i] = rand() < 0.1 ? 1 : 0;
  region[i] = Math.floor(rand() * regions.length);
  device[i] = Math.floor(rand() * devices.length);
}
const perm = Int32Array.from({ length: rows }, (_, i) => i);
if (order === 'shuffle') {
  for (let i = rows - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = perm[i];
    perm[i] = perm[j];
    perm[j] = t;
  }
}

async function write(name, seed, rowOrder) {
  const r = mulberry32(seed);
  const out = createWriteStream(join(dir, `${name}.${format}`));
  let buf = format === 'csv' ? 'id,label,score,region,device\n' : '';
  for (let k = 0; k < rows; k++) {
    const i = rowOrder[k];
    const id = `ex${String(i).padStart(8, '0')}`;
    const s = Math.min(1, Math.max(0, labels[i] * 0.3 + r() * 0.7));
    buf +=
      format === 'csv'
        ? `${id},${labels[i]},${s},${regions[region[i]]},${devices[device[i]]}\n`
        : `{"id":"${id}","label":${labels[i]},"score":${s},"region":"${regions[region[i]]}","device":"${devices[device[i]]}"}\n`;
    if (buf.length > 1 << 16) {
      if (!out.write(buf)) await new Promise((res) => out.once('drain', res));
      buf = '';
    }
  }
  out.end(buf);
  await new Promise((res) => out.on('finish', res));
}
await write(
  'baseline',
  2,
  Int32Array.from({ length: rows }, (_, i) => i),
);
await write('candidate', 3, perm);
