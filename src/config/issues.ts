// Collecting config issues: key paths, how bad values are quoted back to the
// user, and the shared wording of the most common messages.
import type { ConfigIssue } from '../errors/index.js';
import { didYouMean } from '../text/index.js';

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

/** `base; did you mean \`x\`? Valid: a, b` or `base; valid: a, b` when nothing is close. */
export function withValid(base: string, input: string, candidates: readonly string[], valid: readonly string[]): string {
  const hint = suggestion(input, candidates);
  return hint ? `${base}${hint} Valid: ${valid.join(', ')}` : `${base}; valid: ${valid.join(', ')}`;
}

export function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every issue found in one config, in the order found. */
export class Issues {
  readonly list: ConfigIssue[] = [];
  /** Problems that do not stop the config (printed as warnings), in the order found. */
  readonly warnings: ConfigIssue[] = [];
  /** The key path of each issue, to order them as the document is written. */
  private readonly paths: Path[] = [];

  /** A warning: the config stands, and the message is shown. */
  warn(path: Path, message: string): void {
    this.warnings.push({ path: formatPath(path), message });
  }

  add(path: Path, message: string): void {
    this.list.push({ path: formatPath(path), message });
    this.paths.push(path);
  }

  /** True when an issue was reported at the top-level `key` or below it. */
  has(key: string): boolean {
    return this.paths.some((p) => p[0] === key);
  }

  /**
   * The issues in the order their keys are written in `doc`: a key's issues
   * before its children's, keys the document lacks after its written ones,
   * otherwise in the order found.
   */
  inDocumentOrder(doc: unknown): ConfigIssue[] {
    const position = (path: Path): number[] => {
      const out: number[] = [];
      let node = doc;
      for (const key of path) {
        if (isMapping(node)) {
          const keys = Object.keys(node);
          const i = keys.indexOf(String(key));
          out.push(i < 0 ? keys.length : i);
          node = i < 0 ? undefined : node[String(key)];
        } else if (Array.isArray(node) && typeof key === 'number') {
          out.push(key);
          node = node[key];
        } else break;
      }
      return out;
    };
    const compare = (a: number[], b: number[]) => {
      for (let k = 0; k < Math.min(a.length, b.length); k++) if (a[k] !== b[k]) return a[k] - b[k];
      return a.length - b.length;
    };
    return this.list
      .map((issue, i) => ({ issue, pos: position(this.paths[i]), i }))
      .sort((a, b) => compare(a.pos, b.pos) || a.i - b.i)
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
