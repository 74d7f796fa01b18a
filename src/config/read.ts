// Reads the plain keys of the schema (enums, numbers, names, sections) from
// the raw YAML value, filling defaults and reporting every bad value. Keys
// of kind `special` are returned raw for their own validators.
import { Issues, isMapping, oneOf, show, suggestion, type Path } from './issues.js';
import type { Field, Fields, NumberField, SectionValue } from './schema.js';

/** `a number from 0 to 1`, `an integer of at least 1`, `a number greater than 0.5 and less than 1`. */
export function describeNumber(f: Pick<NumberField, 'integer' | 'range'>): string {
  const what = f.integer ? 'an integer' : 'a number';
  const { min, max, minExclusive, maxExclusive } = f.range;
  if (min !== undefined && max !== undefined) {
    if (!minExclusive && !maxExclusive) return `${what} from ${min} to ${max}`;
    return `${what} ${minExclusive ? 'greater than' : 'of at least'} ${min} and ${maxExclusive ? 'less than' : 'at most'} ${max}`;
  }
  if (min !== undefined) return `${what} ${minExclusive ? 'greater than' : 'of at least'} ${min}`;
  if (max !== undefined) return `${what} ${maxExclusive ? 'less than' : 'of at most'} ${max}`;
  return what;
}

export function inRange(x: number, f: Pick<NumberField, 'integer' | 'range'>): boolean {
  const { min, max, minExclusive, maxExclusive } = f.range;
  if (!Number.isFinite(x) || (f.integer && !Number.isInteger(x))) return false;
  if (min !== undefined && (minExclusive ? x <= min : x < min)) return false;
  if (max !== undefined && (maxExclusive ? x >= max : x > max)) return false;
  return true;
}

/** A non-empty name; numbers get a hint to quote them. */
export function readName(value: unknown, path: Path, issues: Issues, what = 'name'): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value;
  const hint = typeof value === 'number' || typeof value === 'boolean' ? `; quote it to use it as a ${what}: "${value}"` : '';
  issues.add(path, `expected a non-empty ${what}, got ${show(value)}${hint}`);
  return null;
}

/** A list of distinct non-empty names. */
export function readNames(value: unknown, path: Path, issues: Issues, what = 'name'): string[] | null {
  if (!Array.isArray(value)) {
    issues.add(path, `expected a list of ${what}s such as [region, device], got ${show(value)}`);
    return null;
  }
  const out: string[] = [];
  value.forEach((item, i) => {
    const n = readName(item, [...path, i], issues, what);
    if (n === null) return;
    if (out.includes(n)) issues.add([...path, i], `${JSON.stringify(n)} is listed twice`);
    else out.push(n);
  });
  return out;
}

function readField(field: Field, value: unknown, path: Path, issues: Issues): unknown {
  if (field.kind === 'special') return value;
  if (field.kind === 'section') return field.optional ? readSection(field.fields, value, path, issues, true) : readSection(field.fields, value, path, issues);
  if (value === undefined || value === null) {
    if (field.kind === 'number' && field.default === undefined) {
      issues.add(path, `missing: expected ${describeNumber(field)} (${field.description.replace(/\.$/, '')})`);
      return 0;
    }
    return field.kind === 'names' ? [...field.default] : field.default;
  }
  switch (field.kind) {
    case 'enum':
      if (typeof value === 'string' && (field.values as readonly string[]).includes(value)) return value;
      issues.add(path, `expected ${oneOf(field.values)}, got ${show(value)}${typeof value === 'string' ? suggestion(value, field.values) : ''}`);
      return field.default;
    case 'number':
      if (typeof value === 'number' && inRange(value, field)) return value;
      issues.add(path, `expected ${describeNumber(field)}, got ${show(value)}`);
      return field.default ?? 0;
    case 'name':
      return readName(value, path, issues) ?? field.default;
    case 'names':
      return readNames(value, path, issues) ?? [...field.default];
  }
}

/**
 * Reads one section: unknown keys are reported with a "did you mean", each
 * known key is validated, absent keys get their defaults. An absent or null
 * section is all defaults (or null when `optional`).
 */
export function readSection<S extends Fields>(fields: S, raw: unknown, path: Path, issues: Issues, optional: true): SectionValue<S> | null;
export function readSection<S extends Fields>(fields: S, raw: unknown, path: Path, issues: Issues, optional?: false): SectionValue<S>;
export function readSection<S extends Fields>(fields: S, raw: unknown, path: Path, issues: Issues, optional = false): SectionValue<S> | null {
  if ((raw === undefined || raw === null) && optional) return null;
  let obj: Record<string, unknown> = {};
  if (isMapping(raw)) obj = raw;
  else if (raw !== undefined && raw !== null) {
    issues.add(path, `expected a mapping with keys ${Object.keys(fields).join(', ')}, got ${show(raw)}`);
    if (optional) return null;
  }
  const keys = Object.keys(fields);
  issues.checkKeys(path, obj, keys);
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = readField(fields[key], obj[key], [...path, key], issues);
  return out as SectionValue<S>;
}
