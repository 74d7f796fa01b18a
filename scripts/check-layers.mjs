// The dependency rule of LAYERS.md, checked: every folder of src/ has a rank
// (1 = top); a file may import only from its own folder or a folder of a lower
// layer (a higher rank number); no two folders (or sibling sub-folders) import
// each other, even through others; an import into another folder goes to that
// folder's index.ts; every folder has an index.ts. Plain Node, no TypeScript
// compiler API: specifiers are read with a small lexer (comments blanked,
// strings and regex literals skipped) and a regex over `import ... from`,
// `export ... from`, `import '...'` and `import('...')`. Type-only imports count
// like any other: a type is a dependency too.
//
//   node scripts/check-layers.mjs [root]   prints `src/a/x.ts:12 imports src/b/y.ts: <rule>`
//                                          per violation; exit 1 if any.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** LAYERS.md, top -> bottom. `peers`: folders of the layer may import each other (never in a cycle). */
export const LAYERS = [
  { rank: 1, folders: ['action', 'cli'] },
  { rank: 2, folders: ['pipeline', 'sql'] },
  { rank: 3, folders: ['github'] },
  { rank: 4, folders: ['sources'] },
  { rank: 5, folders: ['report'] },
  { rank: 6, folders: ['gate'] },
  { rank: 7, folders: ['stats'] },
  { rank: 8, folders: ['config'] },
  { rank: 9, folders: ['metrics'] },
  { rank: 10, folders: ['summaries'] },
  { rank: 11, folders: ['io'] },
  { rank: 12, folders: ['schema'] },
  { rank: 13, folders: ['segments', 'sort', 'text', 'errors'], peers: true },
];

/**
 * Waivers: `{ from, to, rule, why }` (path prefixes relative to the root; `rule`: which
 * rule is waived). Empty: every import follows the layering. A waiver needs its reason.
 */
export const ALLOWED = [];

const rankOf = new Map(LAYERS.flatMap((l) => l.folders.map((f) => [f, l])));

/** Source text with comments blanked (newlines kept) and template literals' text blanked; strings and regexes kept. */
export function stripComments(text) {
  let out = '';
  let i = 0;
  const n = text.length;
  let prev = ''; // last significant character of code, to tell a regex from a division
  while (i < n) {
    const c = text[i];
    const d = text[i + 1];
    if (c === '/' && d === '/') {
      while (i < n && text[i] !== '\n') (out += ' '), i++;
      continue;
    }
    if (c === '/' && d === '*') {
      while (i < n && !(text[i] === '*' && text[i + 1] === '/')) (out += text[i] === '\n' ? '\n' : ' '), i++;
      out += '  ';
      i += 2;
      continue;
    }
    if (c === "'" || c === '"') {
      // A string ends at its quote or (unterminated) the end of the line.
      let j = i + 1;
      while (j < n && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
      prev = c;
      continue;
    }
    if (c === '`') {
      let j = i + 1;
      let depth = 0;
      while (j < n && !(text[j] === '`' && depth === 0)) {
        if (text[j] === '\\') j++;
        else if (text[j] === '$' && text[j + 1] === '{') depth++, j++;
        else if (text[j] === '}' && depth > 0) depth--;
        j++;
      }
      out += '`' + text.slice(i + 1, j).replace(/[^\n]/g, ' ') + '`';
      i = j + 1;
      prev = '`';
      continue;
    }
    if (c === '/' && (prev === '' || '(,=:[!&|?{};+-*%<>~^'.includes(prev) || /\b(return|typeof|case|in|of)\s*$/.test(out.slice(-8)))) {
      // A regex literal: skip to its closing slash (outside a class), on this line.
      let j = i + 1;
      let inClass = false;
      while (j < n && text[j] !== '\n' && (inClass || text[j] !== '/')) {
        if (text[j] === '\\') j++;
        else if (text[j] === '[') inClass = true;
        else if (text[j] === ']') inClass = false;
        j++;
      }
      out += ' '.repeat(j + 1 - i);
      i = j + 1;
      prev = ')';
      continue;
    }
    out += c;
    if (!/\s/.test(c)) prev = c;
    i++;
  }
  return out;
}

const STATIC = /(?:^|[;{}\n])[ \t]*(import|export)\s+(type\s+)?([\w$\s,{}*]*?)\s*\bfrom\s*(['"])([^'"\n]+)\4/g;
const SIDE = /(?:^|[;{}\n])[ \t]*import\s*(['"])([^'"\n]+)\1/g;
const DYNAMIC = /\bimport\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g;

/**
 * The module specifiers a file imports, with their line and whether they are type-only.
 * @example importsOf("import type { A } from './a.js';\nexport * from '../b/index.js';")
 * // [{ spec: './a.js', line: 1, typeOnly: true }, { spec: '../b/index.js', line: 2, typeOnly: false }]
 */
export function importsOf(text) {
  const code = stripComments(text);
  const lineAt = (index) => code.slice(0, index).split('\n').length;
  const out = [];
  for (const m of code.matchAll(STATIC)) {
    const at = m.index + m[0].indexOf(m[1]);
    const clause = m[3];
    const names = /^\{([^}]*)\}$/
      .exec(clause.trim())?.[1]
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const typeOnly = Boolean(m[2]) || (names !== undefined && names.length > 0 && names.every((s) => s.startsWith('type ')));
    out.push({ spec: m[5], line: lineAt(at), typeOnly });
  }
  for (const m of code.matchAll(SIDE)) out.push({ spec: m[2], line: lineAt(m.index + m[0].indexOf('import')), typeOnly: false });
  for (const m of code.matchAll(DYNAMIC)) out.push({ spec: m[2], line: lineAt(m.index), typeOnly: false });
  return out.sort((a, b) => a.line - b.line);
}

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (/\.(ts|mts|js|mjs)$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

function resolveSpec(fromFile, spec) {
  const base = resolve(dirname(fromFile), spec);
  const stem = base.replace(/\.(js|mjs|ts)$/, '');
  for (const c of [`${stem}.ts`, `${stem}.mts`, base, join(base, 'index.ts')]) if (existsSync(c) && statSync(c).isFile()) return c;
  return null;
}

const toPosix = (p) => p.split(sep).join(posix.sep);

/**
 * Every violation of the layering under `root`/src, as `{ file, line, target, rule, text }`
 * (`text` is the printed line). `allowed`: the waivers (default ALLOWED).
 */
export function checkLayers(root, allowed = ALLOWED) {
  const src = join(root, 'src');
  const rel = (p) => toPosix(relative(root, p));
  const files = walk(src);
  const violations = [];
  const waived = (from, to, rule) => allowed.some((a) => a.rule === rule && from.startsWith(a.from) && to.startsWith(a.to));
  const report = (file, line, target, rule, message) => {
    if (!waived(file, target, rule)) violations.push({ file, line, target, rule, text: `${file}:${line} imports ${target}: ${message}` });
  };
  /** Folder path segments under src/ (empty for a file directly in src/). */
  const partsOf = (p) =>
    toPosix(relative(src, dirname(p)))
      .split('/')
      .filter((s) => s && s !== '.');
  /** Edges between folders, for cycles: at the top level, and between sibling sub-folders. */
  const edges = new Map();
  const edgeAt = new Map();
  const addEdge = (a, b, where) => {
    if (!edges.has(a)) edges.set(a, new Set());
    edges.get(a).add(b);
    if (!edgeAt.has(`${a}>${b}`)) edgeAt.set(`${a}>${b}`, where);
  };

  // Every folder has an index.ts.
  const folders = new Set(files.map((f) => toPosix(relative(root, dirname(f)))).filter((d) => d !== 'src'));
  for (const d of [...folders].sort()) {
    if (!existsSync(join(root, d, 'index.ts'))) report(d, 0, d, 'no-index', 'the folder has no index.ts (its header and public surface)');
  }

  for (const file of files) {
    const from = rel(file);
    const fp = partsOf(file);
    for (const { spec, line } of importsOf(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      const target = resolveSpec(file, spec);
      if (target === null) {
        report(from, line, spec, 'resolve', 'does not resolve to a file');
        continue;
      }
      const to = rel(target);
      if (!to.startsWith('src/')) continue;
      const tp = partsOf(target);
      if (fp.length === 0) {
        report(from, line, to, 'outside', `${from} is outside every layer folder (move it into one)`);
        continue;
      }
      if (tp.length === 0) {
        report(from, line, to, 'outside', `${to} is outside every layer folder`);
        continue;
      }
      const [fTop, tTop] = [fp[0], tp[0]];
      if (fTop !== tTop) {
        const fl = rankOf.get(fTop);
        const tl = rankOf.get(tTop);
        if (!fl || !tl) report(from, line, to, 'rank', `src/${!fl ? fTop : tTop}/ has no layer in LAYERS.md`);
        else if (tl.rank < fl.rank) report(from, line, to, 'rank', `src/${fTop}/ (layer ${fl.rank}) may not import src/${tTop}/ (layer ${tl.rank}, above it)`);
        else if (tl.rank === fl.rank && !fl.peers) report(from, line, to, 'rank', `src/${fTop}/ and src/${tTop}/ share layer ${fl.rank}: neither imports the other`);
        // A waived upward import stays out of the cycle graph (its cycle is the same waiver).
        if (!(tl && fl && tl.rank < fl.rank && waived(from, to, 'rank'))) addEdge(`src/${fTop}`, `src/${tTop}`, { from, line, to });
      }
      // Across folders, only an index: the first folder below the two files' common folder.
      let k = 0;
      while (k < fp.length && k < tp.length && fp[k] === tp[k]) k++;
      if (k < tp.length) {
        const entry = `src/${tp.slice(0, k + 1).join('/')}/index.ts`;
        if (to !== entry) report(from, line, to, 'index', `import another folder through its index (${entry})`);
        if (k > 0 && k < fp.length) addEdge(`src/${fp.slice(0, k + 1).join('/')}`, `src/${tp.slice(0, k + 1).join('/')}`, { from, line, to });
      }
    }
  }

  // Cycles between folders (each reported once, at its first edge).
  const seen = new Set();
  for (const start of [...edges.keys()].sort()) {
    const stack = [[start, [start]]];
    while (stack.length) {
      const [node, path] = stack.pop();
      for (const next of [...(edges.get(node) ?? [])].sort()) {
        if (next === start) {
          const cycle = [...path];
          const key = [...cycle].sort().join(' ');
          if (seen.has(key)) continue;
          seen.add(key);
          const at = edgeAt.get(`${cycle[0]}>${cycle[1] ?? start}`);
          report(at.from, at.line, at.to, 'cycle', `folders import each other: ${[...cycle, start].join(' -> ')}`);
        } else if (!path.includes(next) && next > start) stack.push([next, [...path, next]]);
      }
    }
  }
  return violations.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
  const violations = checkLayers(root);
  for (const v of violations) console.log(v.text);
  if (violations.length) {
    console.error(`check-layers: ${violations.length} violation${violations.length === 1 ? '' : 's'} of the layering (LAYERS.md).`);
    process.exitCode = 1;
  } else console.error('check-layers: the layering holds.');
}
