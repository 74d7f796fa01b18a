// What the generator scripts (report-schema.mjs, config-schema.mjs) share:
// loading a TypeScript entry of src/ through esbuild, and writing a generated
// file or, with `--check`, failing when the committed one is stale.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The module that `entry` (TypeScript source text, resolved from the repo root) exports. */
export async function importTs(entry) {
  const out = await build({ stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'warning' });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

/** Writes `text` to `file`; with `--check` on the command line, exits 1 instead when the file differs. */
export function writeOrCheck(file, text, command) {
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {}
    if (current !== text) {
      console.error(`${file} is stale: run ${command}`);
      process.exit(1);
    }
    return;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
