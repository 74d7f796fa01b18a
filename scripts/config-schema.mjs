// Writes schema/config.schema.json (the editor schema of the config) from
// src/config/schema.ts. `--check`: exit 1 if the committed file is stale.
// `--markdown`: print the README's config reference instead.
// `--readme`: write that reference into README.md between its markers.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

const entry = `export { configJsonSchemaText } from './src/config/json-schema.ts';\nexport { configReference } from './src/config/reference.ts';\n`;
const out = await build({
  stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'warning',
});
const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);

const file = 'schema/config.schema.json';
if (process.argv.includes('--markdown')) {
  process.stdout.write(mod.configReference());
} else if (process.argv.includes('--readme')) {
  const readme = readFileSync('README.md', 'utf8');
  const start = '<!-- config-reference:start -->\n';
  const end = '<!-- config-reference:end -->';
  const i = readme.indexOf(start);
  const j = readme.indexOf(end);
  if (i < 0 || j < i) throw new Error('README.md has no config-reference markers');
  writeFileSync('README.md', readme.slice(0, i + start.length) + mod.configReference() + readme.slice(j));
  console.log('updated the config reference in README.md');
} else if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {}
  if (current !== mod.configJsonSchemaText()) {
    console.error(`${file} is stale: run node scripts/config-schema.mjs`);
    process.exit(1);
  }
} else {
  mkdirSync('schema', { recursive: true });
  writeFileSync(file, mod.configJsonSchemaText());
  console.log(`wrote ${file}`);
}
