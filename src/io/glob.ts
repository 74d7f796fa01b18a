// Turns an input (a path or a glob) into the sorted list of files it names.
// Supports `*`, `?`, `[abc]`, `**` (any depth) and `{a,b}`; wildcards do not
// match names starting with a dot unless the pattern does.
import { readdirSync, statSync } from 'node:fs';
import { DataError } from '../errors/index.js';
import { notARegularFile } from './hints.js';

const MAGIC = /[*?[{]/;

/** True when `input` contains glob syntax. */
export function isGlob(input: string): boolean {
  return MAGIC.test(input);
}

/**
 * The files an input names, sorted by path (code-unit order).
 * A plain path must be an existing file; a glob must match at least one file.
 * @throws DataError naming the path or pattern
 * @example expandInput('eval/part-*.csv') // ['eval/part-0.csv', 'eval/part-1.csv']
 */
export function expandInput(input: string): string[] {
  if (input.trim() === '') throw new DataError('(empty path)', 'no file given; expected a path or a glob');
  if (!isGlob(input)) {
    const kind = statKind(input);
    if (kind === 'file') return [input];
    if (kind === 'dir') throw new DataError(input, 'is a directory; expected a file or a glob such as "dir/*.csv"');
    if (kind === 'other') throw notARegularFile(input);
    throw new DataError(input, 'file not found');
  }
  const found = new Set<string>();
  for (const pattern of expandBraces(input)) matchPattern(pattern, found);
  if (found.size === 0) throw new DataError(input, 'no files match this pattern');
  return [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Expands `{a,b}` alternatives (nested allowed) into separate patterns.
 * A brace group without a top-level comma is kept literally.
 * @example expandBraces('x.{csv,tsv}') // ['x.csv', 'x.tsv']
 */
export function expandBraces(pattern: string): string[] {
  for (let open = pattern.indexOf('{'); open !== -1; open = pattern.indexOf('{', open + 1)) {
    let depth = 0;
    const commas: number[] = [];
    let close = -1;
    for (let i = open; i < pattern.length && close === -1; i++) {
      const c = pattern[i];
      if (c === '\\') i++;
      else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) close = i;
      else if (c === ',' && depth === 1) commas.push(i);
    }
    if (close === -1) return [pattern];
    if (commas.length === 0) continue;
    const head = pattern.slice(0, open);
    const tail = pattern.slice(close + 1);
    const bounds = [open, ...commas, close];
    const out: string[] = [];
    for (let k = 0; k + 1 < bounds.length; k++) {
      for (const p of expandBraces(head + pattern.slice(bounds[k] + 1, bounds[k + 1]) + tail)) out.push(p);
    }
    return out;
  }
  return [pattern];
}

/** A regular expression for one path segment of a glob (no `/`, no braces). */
export function segmentRegExp(segment: string): RegExp {
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '\\' && i + 1 < segment.length) re += escapeRegExp(segment[++i]);
    else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = segment.indexOf(']', i + 2);
      if (end === -1) re += '\\[';
      else {
        let body = segment.slice(i + 1, end);
        if (body[0] === '!') body = '^' + body.slice(1);
        re += `[${body.replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else re += escapeRegExp(c);
  }
  return new RegExp(`^${re}$`);
}

function escapeRegExp(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

function statKind(path: string): 'file' | 'dir' | 'other' | null {
  try {
    const s = statSync(path);
    return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : 'other';
  } catch {
    return null;
  }
}

function joinPath(base: string, name: string): string {
  return base === '' ? name : base.endsWith('/') ? base + name : `${base}/${name}`;
}

function matchPattern(pattern: string, out: Set<string>): void {
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/').filter((s) => s !== '');
  // A trailing `**` means every file below.
  if (segments[segments.length - 1] === '**') segments.push('*');
  walk(absolute ? '/' : '', segments, 0, out);
}

function walk(base: string, segments: string[], i: number, out: Set<string>): void {
  const segment = segments[i];
  const last = i === segments.length - 1;
  if (segment === '**') {
    walk(base, segments, i + 1, out);
    for (const entry of listDir(base)) {
      // Symlinked directories are not followed under `**` (no cycles).
      if (entry.dir && !entry.name.startsWith('.')) walk(joinPath(base, entry.name), segments, i, out);
    }
    return;
  }
  if (!isGlob(segment)) {
    const path = joinPath(base, segment.replace(/\\(.)/g, '$1'));
    const kind = statKind(path);
    if (last ? kind === 'file' : kind === 'dir') {
      if (last) out.add(path);
      else walk(path, segments, i + 1, out);
    }
    return;
  }
  const re = segmentRegExp(segment);
  const dotOk = segment.startsWith('.');
  for (const entry of listDir(base)) {
    if ((!dotOk && entry.name.startsWith('.')) || !re.test(entry.name)) continue;
    const path = joinPath(base, entry.name);
    if (last) {
      if (statKind(path) === 'file') out.add(path);
    } else if (statKind(path) === 'dir') walk(path, segments, i + 1, out);
  }
}

function listDir(base: string): Array<{ name: string; dir: boolean }> {
  try {
    return readdirSync(base === '' ? '.' : base, { withFileTypes: true }).map((d) => ({ name: d.name, dir: d.isDirectory() }));
  } catch {
    return [];
  }
}
