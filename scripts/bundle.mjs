// Builds the two committed, self-contained bundles: dist/index.js (the action)
// and dist/cli.js (the CLI). Deterministic: same sources and lockfile, same bytes.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

rmSync('dist', { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  sourcemap: false,
  logLevel: 'warning',
  // `model-gate --version` reads it: baked in, so the bundle needs no package.json beside it.
  define: { __MODEL_GATE_VERSION__: JSON.stringify(version) },
  // CommonJS dependencies inside an ESM bundle still call require().
  banner: {
    js: "import { createRequire as __mrgCreateRequire } from 'node:module';\nconst require = __mrgCreateRequire(import.meta.url);",
  },
};

await build({ ...common, entryPoints: ['src/action/index.ts'], outfile: 'dist/index.js' });
await build({
  ...common,
  entryPoints: ['src/cli/index.ts'],
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node\n' + common.banner.js },
});
