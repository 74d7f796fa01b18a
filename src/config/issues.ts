// Collecting config issues: key paths, how bad values are quoted back to the
// user, and the shared wording of the most common messages.
import type { ConfigIssue } from '../errors.js';
import { didYouMean } from './suggest.js';

/** A key path inside the YAML: mapping keys and list indexes. */
export type Path = readonly (string | number)[];

/** `metrics.recall.max_drop`, `segments.cross[0][1]`; keys with dots or spaces are quoted: `overrides."v=1.2"`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else {
      const key = /^[^\s."'`]+$/.test(part) ? part : JSON.stringify(part);
      out += out === '' ? key : `.${key}`;
    }
  }
  return out;
}

/** A value as the user wrote it, short enough for a one-line message. */
export function show(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const kind = Array.isArray(value) ? 'a list' : 'a mapping';
  let text: string;
  try {
    text = JSON.stringify(value);
  } catch {
    text = '';
  }
  if (text.length > 60) text = `${text.slice(0, 57)}...`;
  return `${kind} ${text}`.trimEnd();
}

/** `a`, `a or b`, `a, b or c`. */
export function oneOf(values: readonly string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}

/** `; did you mean \`x\`?` or '' when nothing is close. */
export function suggestion(input: string, candidates: readonly string[]): string {
  const s = didYouMean(input, candidates);
  return s === null ? '' : `; did you mean \`${s}\`?`;
}

export function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every issue found in one config, in the order found. */
export class Issues {
  readonly list: ConfigIssue[] = [];
  /** The top-level key of each issue (`''` for the document), to order them as the document is written. */
  private readonly tops: string[] = [];

  add(path: Path, message: string): void {
    this.list.push({ path: formatPath(path), message });
    this.tops.push(path.length === 0 ? '' : String(path[0]));
  }

  /** True when an issue was reported at `key` (a top-level key) or below it. */
  has(key: string): boolean {
    return this.tops.includes(key);
  }

  /** The issues ordered by where their top-level key is in the document (stable within a key); keys not in the document last. */
  inDocumentOrder(documentKeys: readonly string[]): ConfigIssue[] {
    const rank = (top: string) => (top === '' ? -1 : documentKeys.includes(top) ? documentKeys.indexOf(top) : documentKeys.length);
    return this.list
      .map((issue, i) => ({ issue, r: rank(this.tops[i]), i }))
      .sort((a, b) => a.r - b.r || a.i - b.i)
      .map((x) => x.issue);
  }

  /** `unknown key \`x\`; did you mean \`y\`?`, or the valid keys when nothing is close. */
  unknownKey(path: Path, key: string, valid: readonly string[], what = 'key'): void {
    const hint = suggestion(key, valid);
    this.add([...path, key], `unknown ${what} \`${key}\`${hint || (valid.length ? `; valid ${what}s: ${valid.join(', ')}` : '')}`);
  }

  /** Reports every key of `obj` not in `valid`; true when there were none. */
  checkKeys(path: Path, obj: Record<string, unknown>, valid: readonly string[]): boolean {
    let ok = true;
    for (const key of Object.keys(obj)) {
      if (!valid.includes(key)) {
        this.unknownKey(path, key, valid);
        ok = false;
      }
    }
    return ok;
  }

  get count(): number {
    return this.list.length;
  }
}
