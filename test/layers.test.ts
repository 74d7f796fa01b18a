// The dependency rule (LAYERS.md, issue 9) holds on this tree, and the checker
// (scripts/check-layers.mjs) catches what it is for: an import up the layers,
// folders importing each other, an import past a folder's index, a folder
// without an index, a file outside every folder.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCRIPT = join(ROOT, 'scripts/check-layers.mjs');

interface Violation {
  file: string;
  line: number;
  target: string;
  rule: string;
  text: string;
}
interface Checker {
  checkLayers(root: string, allowed?: unknown[]): Violation[];
  importsOf(text: string): Array<{ spec: string; line: number; typeOnly: boolean }>;
}
const checker = async (): Promise<Checker> => (await import(SCRIPT as string)) as Checker;

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A temp tree: path -> contents. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'layers-'));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('the layering of src/', () => {
  it('holds: check-layers exits 0 and prints no violation', () => {
    const r = spawnSync(process.execPath, [SCRIPT], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('check-layers', () => {
  it('flags an import up the layers, at its line, and exits 1', async () => {
    const root = tree({
      'src/gate/index.ts': "export { judge } from './judge.js';\n",
      'src/gate/judge.ts': "// judging\nimport type { Report } from '../pipeline/index.js';\nexport const judge = 1;\n",
      'src/pipeline/index.ts': "import { judge } from '../gate/index.js';\nexport type Report = number;\n",
    });
    const { checkLayers } = await checker();
    const v = checkLayers(root, []);
    expect(v.map((x) => x.text)).toContain('src/gate/judge.ts:2 imports src/pipeline/index.ts: src/gate/ (layer 6) may not import src/pipeline/ (layer 2, above it)');
    expect(v.find((x) => x.rule === 'cycle')?.text).toMatch(/folders import each other: src\/gate -> src\/pipeline -> src\/gate/);
    const r = spawnSync(process.execPath, [SCRIPT, root], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('src/gate/judge.ts:2 imports src/pipeline/index.ts: ');
  });

  it('flags a cycle between folders of one layer, and between sibling sub-folders', async () => {
    const root = tree({
      'src/sort/index.ts': "import { a } from '../text/index.js';\nexport const s = a;\n",
      'src/text/index.ts': "export const a = 1;\nexport { s } from '../sort/index.js';\n",
      'src/sources/index.ts': "export * from './a/index.js';\n",
      'src/sources/a/index.ts': "import { b } from '../b/index.js';\nexport const a = b;\n",
      'src/sources/b/index.ts': "import { a } from '../a/index.js';\nexport const b = 2;\nexport const c = a;\n",
    });
    const { checkLayers } = await checker();
    const v = checkLayers(root, []);
    expect(v.every((x) => x.rule === 'cycle')).toBe(true);
    expect(v.map((x) => x.text)).toEqual([
      'src/sort/index.ts:1 imports src/text/index.ts: folders import each other: src/sort -> src/text -> src/sort',
      'src/sources/a/index.ts:1 imports src/sources/b/index.ts: folders import each other: src/sources/a -> src/sources/b -> src/sources/a',
    ]);
  });

  it('flags an import past a folder index, a folder without one, a file outside every folder, a same-layer import', async () => {
    const root = tree({
      'src/cli/index.ts': "import { run } from '../action/index.js';\nimport { x } from '../config/parse.js';\nrun(x);\n",
      'src/action/index.ts': 'export const run = (x: number) => x;\n',
      'src/config/index.ts': "export { x } from './parse.js';\n",
      'src/config/parse.ts': 'export const x = 1;\n',
      'src/io/read.ts': "import { x } from '../config/index.js';\nexport const y = x;\n",
      'src/loose.ts': "import { x } from './config/index.js';\nexport const z = x;\n",
    });
    const { checkLayers } = await checker();
    expect(checkLayers(root, []).map((x) => `${x.rule} ${x.text}`)).toEqual([
      'rank src/cli/index.ts:1 imports src/action/index.ts: src/cli/ and src/action/ share layer 1: neither imports the other',
      'index src/cli/index.ts:2 imports src/config/parse.ts: import another folder through its index (src/config/index.ts)',
      'no-index src/io:0 imports src/io: the folder has no index.ts (its header and public surface)',
      'rank src/io/read.ts:1 imports src/config/index.ts: src/io/ (layer 11) may not import src/config/ (layer 8, above it)',
      'outside src/loose.ts:1 imports src/config/index.ts: src/loose.ts is outside every layer folder (move it into one)',
    ]);
    // A waiver silences exactly what it names.
    const waived = checkLayers(root, [{ from: 'src/io/', to: 'src/config/', rule: 'rank' }]);
    expect(waived.some((x) => x.file === 'src/io/read.ts')).toBe(false);
    expect(waived).toHaveLength(4);
  });

  it('reads every form of import and export, and nothing in comments, strings or regexes', async () => {
    const { importsOf } = await checker();
    const text = [
      "import a from './a.js';", // 1
      'import {', // 2
      '  b,',
      '  type C,',
      "} from '../b/index.js';",
      "import type { D } from './d.js';", // 6
      "import { type E, type F } from './ef.js';", // 7
      "export * from './g.js'; export { h } from './h.js';", // 8
      "export type { I } from './i.js';", // 9
      "import './side.js';", // 10
      "const j = await import('./j.js');", // 11
      "// import { no } from './comment.js';", // 12
      "/* export * from './block.js'; */", // 13
      'const s = "import x from \'./string.js\'";', // 14
      "const r = /import y from '.\\/regex.js'/;", // 15
      "const t = `import z from './template.js'`;", // 16
      'export const from = 1; export function f() { return from; }', // 17
    ].join('\n');
    expect(importsOf(text)).toEqual([
      { spec: './a.js', line: 1, typeOnly: false },
      { spec: '../b/index.js', line: 2, typeOnly: false },
      { spec: './d.js', line: 6, typeOnly: true },
      { spec: './ef.js', line: 7, typeOnly: true },
      { spec: './g.js', line: 8, typeOnly: false },
      { spec: './h.js', line: 8, typeOnly: false },
      { spec: './i.js', line: 9, typeOnly: true },
      { spec: './side.js', line: 10, typeOnly: false },
      { spec: './j.js', line: 11, typeOnly: false },
    ]);
  });
});
