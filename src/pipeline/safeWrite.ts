// The report directory and its files, made safely: a directory created one
// level at a time (bounded by the path's depth: Node's recursive mkdir can loop
// forever under /proc), a `report-dir` that names a file or cannot be made is
// one clear UsageError, and each file is written without following a link that
// was there before (a planted report.json symlink is replaced, never written through).
import { closeSync, constants, lstatSync, mkdirSync, openSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../errors/index.js';

const code = (e: unknown): string => (e as NodeJS.ErrnoException)?.code ?? String(e);

/**
 * Makes `dir` (and its missing parents) a directory, or throws a UsageError naming it.
 * @param label how the user named the directory, for messages (e.g. `report-dir`)
 */
export function ensureDirectory(dir: string, label: string): string {
  const abs = resolve(dir);
  const missing: string[] = [];
  let at = abs;
  // Up to the first ancestor that exists: at most one step per path component.
  for (;;) {
    let kind: 'dir' | 'other' | 'none';
    try {
      kind = lstatOrStat(at);
    } catch (e) {
      throw new UsageError(`${label} ${dir}: cannot inspect ${at} (${code(e)})`);
    }
    if (kind === 'dir') break;
    if (kind === 'other') throw new UsageError(`${label} ${dir}: ${at} exists and is not a directory; name a directory for the report files`);
    missing.push(at);
    const up = dirname(at);
    if (up === at) break;
    at = up;
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (e) {
      if (code(e) === 'EEXIST' && lstatOrStat(d) === 'dir') continue;
      throw new UsageError(`${label} ${dir}: cannot create ${d} (${code(e)}); name a writable directory for the report files`);
    }
  }
  return abs;
}

/** A path's kind, following a link for directories only (a link to a directory is a directory). */
function lstatOrStat(path: string): 'dir' | 'other' | 'none' {
  try {
    const st = lstatSync(path);
    if (st.isDirectory()) return 'dir';
    if (st.isSymbolicLink()) {
      try {
        return statSync(path).isDirectory() ? 'dir' : 'other';
      } catch {
        return 'other';
      }
    }
    return 'other';
  } catch (e) {
    // ENOTDIR: an ancestor is a file, which the walk up then finds.
    if (code(e) === 'ENOENT' || code(e) === 'ENOTDIR') return 'none';
    throw e;
  }
}

/**
 * Writes `text` to `path` without following links: an existing symbolic link there is removed
 * first (its target is left alone), and the file is opened with O_NOFOLLOW and O_EXCL.
 */
export function writeFileNoFollow(path: string, text: string, label: string): void {
  try {
    const st = lstatSync(path);
    if (st.isSymbolicLink() || st.isFile()) unlinkSync(path);
    else throw new UsageError(`${label}: ${path} exists and is not a file`);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    if (code(e) !== 'ENOENT') throw new UsageError(`${label}: cannot replace ${path} (${code(e)})`);
  }
  let fd: number;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
  } catch (e) {
    throw new UsageError(`${label}: cannot write ${path} (${code(e)})`);
  }
  try {
    const buf = Buffer.from(text);
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
  } finally {
    closeSync(fd);
  }
}
