// Writes schema/config.schema.json (the editor schema of the config) from
// src/config/schema.ts. `--check`: exit 1 if the committed file is stale.
// `--markdown`: print the README's config reference instead.
// `--readme`: write that reference into README.md between its markers.
import { readFileSync, writeFileSync } from 'node:fs';
import { importTs, writeOrCheck } from './lib/generated.mjs';

const mod = await importTs(`export { configJsonSchemaText } from './src/config/json-schema.ts';\nexport { configReference } from './src/config/reference.ts';\n`);

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
} else {
  writeOrCheck('schema/config.schema.json', mod.configJsonSchemaText(), 'node scripts/config-schema.mjs');
}
