// Writes schema/report.schema.json (the JSON Schema of report.json) from the
// description in src/schema/report.ts. `--check`: exit 1 if the committed file is stale.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

const out = await build({
  stdin: { contents: "export { reportJsonSchemaText } from './src/schema/json-schema.ts';\n", resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  logLevel: 'warning',
});
const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);

const file = 'schema/report.schema.json';
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {}
  if (current !== mod.reportJsonSchemaText()) {
    console.error(`${file} is stale: run node scripts/report-schema.mjs`);
    process.exit(1);
  }
} else {
  mkdirSync('schema', { recursive: true });
  writeFileSync(file, mod.reportJsonSchemaText());
  console.log(`wrote ${file}`);
}
