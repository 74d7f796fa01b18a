// A JSON object of any shape (the effective config in a report), bounded so a
// hostile report cannot make the validator walk without end.
import { number, text, type Ctx, type JsonSchema, type Node } from './describe.js';

export interface FreeJsonOptions {
  /** At most this deep, this many values, this long a string, this long a key. */
  depth: number;
  values: number;
  text: number;
  key: number;
  description?: string;
}

/** A JSON object of any shape (the effective config), bounded in depth, size and string length. */
export function freeObject(o: FreeJsonOptions): Node<Record<string, unknown>> {
  return {
    description: o.description,
    parse(v: unknown, path: string, ctx: Ctx) {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) ctx.bad(path, v, 'an object');
      let values = 0;
      const str = text({ max: o.text });
      const keyText = text({ max: o.key });
      const num = number();
      const walk = (x: unknown, p: string, depth: number): void => {
        if (++values > o.values) ctx.fail(path, `holds more than ${o.values} values`);
        if (depth > o.depth) ctx.fail(p, `is nested deeper than ${o.depth} levels`);
        if (x === null || typeof x === 'boolean') return;
        if (typeof x === 'number') {
          num.parse(x, p, ctx);
          return;
        }
        if (typeof x === 'string') {
          str.parse(x, p, ctx);
          return;
        }
        if (Array.isArray(x)) {
          x.forEach((item, i) => walk(item, `${p}[${i}]`, depth + 1));
          return;
        }
        if (typeof x === 'object') {
          for (const [k, item] of Object.entries(x as Record<string, unknown>)) {
            keyText.parse(k, `${p} key`, ctx);
            walk(item, `${p}.${k}`, depth + 1);
          }
          return;
        }
        ctx.bad(p, x, 'a JSON value');
      };
      walk(v, path, 0);
      return v as Record<string, unknown>;
    },
    json: (): JsonSchema => ({
      description: `${o.description ?? ''} At most ${o.depth} levels deep, ${o.values} values, strings of ${o.text} characters.`.trim(),
      type: 'object',
    }),
  };
}
