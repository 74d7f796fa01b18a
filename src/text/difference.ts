// difference.ts: the first place two JSON-like settings differ, as a dotted path
// and the two values there, so a refusal can say `metrics.ece is absent there,
// null in this config` instead of printing both whole objects.

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (v === undefined ? 'absent' : JSON.stringify(v));

/**
 * The first path (keys in `ours` order, then theirs) where the two differ; null when equal.
 * Objects are followed key by key; arrays and scalars are compared whole.
 * @example firstDifference({ m: { a: 1 } }, { m: { a: 1, b: 2 } }) // { path: 'm.b', theirs: 'absent', ours: '2' }
 */
export function firstDifference(theirs: unknown, ours: unknown, path = ''): { path: string; theirs: string; ours: string } | null {
  if (isObject(theirs) && isObject(ours)) {
    for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
      const d = firstDifference(theirs[key], ours[key], path === '' ? key : `${path}.${key}`);
      if (d) return d;
    }
    return null;
  }
  return JSON.stringify(theirs) === JSON.stringify(ours) ? null : { path, theirs: text(theirs), ours: text(ours) };
}
