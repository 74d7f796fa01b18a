// The vocabulary the report schema is written in: each node is one kind of JSON
// value with its bounds and meaning. A node parses a value strictly (a fresh
// copy, or a DataError naming the JSON path) and writes its JSON Schema; its
// TypeScript type is `Infer<typeof node>`. report.ts describes report.json with it.
import { DataError } from '../errors/index.js';

/** A JSON Schema fragment (draft 2020-12). */
export type JsonSchema = { [key: string]: unknown };

/** Fails the parse: `path detail`, in the file being read. */
export interface Ctx {
  file: string;
  /** The schema id, for "is not a field of" messages. */
  schema: string;
  fail(path: string, detail: string): never;
  /** `path is <value>: expected <expected>`. */
  bad(path: string, v: unknown, expected: string): never;
}

export interface Node<T> {
  /** Parses `v` found at `path`: a fresh value of type T, or throws through `ctx`. */
  parse(v: unknown, path: string, ctx: Ctx): T;
  /** Its JSON Schema; named nodes go into `defs` and are referenced. */
  json(defs: Record<string, JsonSchema>): JsonSchema;
  /** A description for people (also the JSON Schema's `description`). */
  description?: string;
}

export type Infer<N> = N extends Node<infer T> ? T : never;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** A value for a message: short JSON, or its kind for containers. */
export function show(v: unknown): string {
  if (Array.isArray(v)) return `an array of ${v.length}`;
  if (v !== null && typeof v === 'object') return 'an object';
  if (typeof v === 'string') {
    const s = JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
    return v.length > 40 ? `${s} (${v.length} characters)` : s;
  }
  return String(v);
}

export function makeCtx(file: string, schema: string): Ctx {
  const ctx: Ctx = {
    file,
    schema,
    fail(path, detail) {
      throw new DataError(file, `${path} ${detail}`);
    },
    bad(path, v, expected) {
      return ctx.fail(path, `is ${v === undefined ? 'missing' : show(v)}: expected ${expected}`);
    },
  };
  return ctx;
}

const described = (description: string | undefined, s: JsonSchema): JsonSchema => (description ? { description, ...s } : s);

/** Characters that end a line (a one-line string has none of them). */
const LINE_BREAK = /[\r\n\u2028\u2029]/;

export interface TextOptions {
  /** At most this many characters (UTF-16 units, as JavaScript counts). */
  max: number;
  /** One line: no line breaks. */
  oneLine?: boolean;
  pattern?: RegExp;
  /** What a valid value is, for messages (`a GitHub login`). */
  what?: string;
  /** Refuse the empty string, saying this is expected; `trim`: also a string of only spaces. */
  nonEmpty?: string;
  trim?: boolean;
  /** A further test on the value; returns what is expected when it fails. */
  test?: (s: string) => string | null;
  description?: string;
}

export function text(o: TextOptions): Node<string> {
  return {
    description: o.description,
    parse(v: unknown, path: string, ctx: Ctx) {
      if (typeof v !== 'string') ctx.bad(path, v, o.what ?? 'a string');
      if (v.length > o.max) ctx.fail(path, `has ${v.length} characters: at most ${o.max} are allowed`);
      if (o.oneLine && LINE_BREAK.test(v)) ctx.bad(path, v, 'one line');
      if (o.pattern && !o.pattern.test(v)) ctx.bad(path, v, o.what ?? `a string matching ${o.pattern}`);
      if (o.nonEmpty && (o.trim ? v.trim() : v) === '') ctx.bad(path, v, o.nonEmpty);
      const failed = o.test?.(v);
      if (failed) ctx.bad(path, v, failed);
      return v;
    },
    json() {
      const patterns = [...(o.oneLine ? ['^[^\\r\\n\\u2028\\u2029]*$'] : []), ...(o.pattern ? [o.pattern.source] : []), ...(o.nonEmpty && o.trim ? ['\\S'] : [])];
      const s: JsonSchema = { type: 'string', maxLength: o.max };
      if (o.nonEmpty) s.minLength = 1;
      if (patterns.length === 1) s.pattern = patterns[0];
      if (patterns.length > 1) s.allOf = patterns.map((pattern) => ({ pattern }));
      return described(o.description, s);
    },
  };
}

export interface NumberOptions {
  min?: number;
  max?: number;
  integer?: boolean;
  description?: string;
}

/** A finite number (JSON has no other), optionally an integer and within [min, max]. */
export function number(o: NumberOptions = {}): Node<number> {
  const range = o.min !== undefined && o.max !== undefined ? ` in [${o.min}, ${o.max}]` : o.min !== undefined ? ` >= ${o.min}` : '';
  const expected = `${o.integer ? 'an integer' : 'a finite number'}${range}`;
  return {
    description: o.description,
    parse(v: unknown, path: string, ctx: Ctx) {
      if (typeof v !== 'number' || !Number.isFinite(v)) ctx.bad(path, v, expected);
      if (o.integer && !Number.isSafeInteger(v)) ctx.bad(path, v, expected);
      if ((o.min !== undefined && v < o.min) || (o.max !== undefined && v > o.max)) ctx.bad(path, v, expected);
      return v;
    },
    json() {
      const s: JsonSchema = { type: o.integer ? 'integer' : 'number' };
      if (o.min !== undefined) s.minimum = o.min;
      if (o.max !== undefined) s.maximum = o.max;
      return described(o.description, s);
    },
  };
}

/** A whole number >= 0. */
export const count = (description?: string): Node<number> => number({ min: 0, integer: true, description });

export function boolean(description?: string): Node<boolean> {
  return {
    description,
    parse(v: unknown, path: string, ctx: Ctx) {
      if (typeof v !== 'boolean') ctx.bad(path, v, 'true or false');
      return v;
    },
    json: () => described(description, { type: 'boolean' }),
  };
}

/** One of a fixed list of strings. */
export function oneOf<const V extends string>(values: readonly V[], description?: string): Node<V> & { values: readonly V[] } {
  return {
    values,
    description,
    parse(v: unknown, path: string, ctx: Ctx) {
      if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) ctx.bad(path, v, `one of ${values.join(', ')}`);
      return v as V;
    },
    json: () => described(description, { enum: [...values] }),
  };
}

/** Exactly this string. */
export function literal<const V extends string>(value: V, description?: string): Node<V> {
  return {
    description,
    parse(v: unknown, path: string, ctx: Ctx) {
      if (v !== value) ctx.bad(path, v, JSON.stringify(value));
      return value;
    },
    json: () => described(description, { const: value }),
  };
}

/** The node's value or null. */
export function nullable<T>(node: Node<T>, description = node.description): Node<T | null> {
  return {
    description,
    parse: (v, path, ctx) => (v === null ? null : node.parse(v, path, ctx)),
    json(defs) {
      const inner = node.json(defs);
      const { description: _, ...bare } = inner;
      // A scalar type widens to [type, "null"]; anything else becomes anyOf.
      if (typeof bare.type === 'string' && !('enum' in bare) && !('const' in bare)) return described(description, { ...bare, type: [bare.type, 'null'] });
      if ('enum' in bare && !('type' in bare)) return described(description, { enum: [...(bare.enum as unknown[]), null] });
      return described(description, { anyOf: [bare, { type: 'null' }] });
    },
  };
}

export interface ArrayOptions<T> {
  /** At most this many items. */
  max: number;
  /** Exactly this many items, saying this is expected otherwise. */
  exactly?: { items: number; what: string };
  /** A test of the whole array after its items parsed. */
  check?: (items: T[], path: string, ctx: Ctx) => void;
  description?: string;
}

export function array<T>(item: Node<T>, o: ArrayOptions<T>): Node<T[]> {
  return {
    description: o.description,
    parse(v: unknown, path: string, ctx: Ctx) {
      if (!Array.isArray(v)) ctx.bad(path, v, 'an array');
      if (v.length > o.max) ctx.fail(path, `has ${v.length} items: at most ${o.max} are allowed`);
      if (o.exactly && v.length !== o.exactly.items) ctx.bad(path, v, o.exactly.what);
      const items = v.map((x, i) => item.parse(x, `${path}[${i}]`, ctx));
      o.check?.(items, path, ctx);
      return items;
    },
    json(defs) {
      const s: JsonSchema = { type: 'array', items: item.json(defs), maxItems: o.max };
      if (o.exactly) Object.assign(s, { minItems: o.exactly.items, maxItems: o.exactly.items });
      return described(o.description, s);
    },
  };
}

/** Two items, e.g. an interval [low, high]; `check` tests them once parsed. */
export function pair<T>(item: Node<T>, o: { what: string; check?: (items: [T, T], path: string, ctx: Ctx) => void; description?: string }): Node<[T, T]> {
  const inner = array(item, { max: 2, exactly: { items: 2, what: o.what }, description: o.description });
  return {
    description: o.description,
    parse(v: unknown, path: string, ctx: Ctx) {
      const items = inner.parse(v, path, ctx) as [T, T];
      o.check?.(items, path, ctx);
      return items;
    },
    json: (defs) => inner.json(defs),
  };
}

export type Shape = { readonly [key: string]: Node<unknown> };
export type ObjectOf<R extends Shape, O extends Shape> = Simplify<{ -readonly [K in keyof R]: Infer<R[K]> } & { -readonly [K in keyof O]?: Infer<O[K]> }>;

export interface ObjectOptions<T> {
  /** A test across the fields, after they parsed (e.g. an id made of three of them). */
  check?: (value: T, path: string, ctx: Ctx) => void;
  /** Says what `check` tests, for the JSON Schema's description (which cannot express it). */
  checkText?: string;
  description?: string;
}

export type ObjectNode<R extends Shape, O extends Shape> = Node<ObjectOf<R, O>> & { required: R; optional: O };

/**
 * A plain object with exactly the `required` keys and maybe some `optional`
 * ones; any other key is refused. The parsed copy holds the keys in the order
 * given; an optional key absent from the input stays absent.
 */
// biome-ignore lint/complexity/noBannedTypes: `{}` is the empty shape (no optional keys), not "any value".
export function object<R extends Shape, O extends Shape = {}>(required: R, optional: O = {} as O, o: ObjectOptions<ObjectOf<R, O>> = {}): ObjectNode<R, O> {
  const known = [...Object.keys(required), ...Object.keys(optional)];
  return {
    required,
    optional,
    description: o.description,
    parse(v: unknown, path: string, ctx: Ctx) {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) ctx.bad(path, v, 'an object');
      const obj = v as Record<string, unknown>;
      for (const key of Object.keys(obj)) {
        if (!known.includes(key)) ctx.fail(`${path}.${key}`, `is not a field of ${ctx.schema} (fields here: ${known.join(', ')})`);
      }
      for (const key of Object.keys(required)) if (!Object.hasOwn(obj, key)) ctx.fail(`${path}.${key}`, 'is missing');
      // The copy keeps the input's key order, so a report written back out reads the same.
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(obj)) out[key] = (required[key] ?? optional[key]).parse(obj[key], `${path}.${key}`, ctx);
      const value = out as ObjectOf<R, O>;
      o.check?.(value, path, ctx);
      return value;
    },
    json(defs) {
      const properties = Object.fromEntries(Object.entries({ ...required, ...optional }).map(([k, n]) => [k, n.json(defs)]));
      const description = [o.description, o.checkText].filter(Boolean).join(' ');
      return described(description || undefined, { type: 'object', additionalProperties: false, required: Object.keys(required), properties });
    },
  };
}

/** A node published once under `$defs/<name>` and referenced where it is used. */
export function named<N extends Node<unknown>>(name: string, node: N): N {
  return {
    ...node,
    json(defs: Record<string, JsonSchema>) {
      if (!(name in defs)) {
        defs[name] = {}; // reserve the name first: a node may refer to itself
        defs[name] = node.json(defs);
      }
      return { $ref: `#/$defs/${name}` };
    },
  };
}

/** The JSON Schema document of `root`, with every named node under `$defs`. */
export function jsonSchemaOf(root: Node<unknown>, head: JsonSchema): JsonSchema {
  const defs: Record<string, JsonSchema> = {};
  const body = root.json(defs);
  return { ...head, ...body, $defs: defs };
}
