// Amounts as users write them: `0.01`, `"2%"`, `"1pp"`. Parsing tolerances
// (max_drop/max_increase) and limits (min/max), and turning a tolerance into
// metric units.
import type { Tolerance } from './types.js';

const AMOUNT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(?:[eE]([+-]?\d+))?(%|pp)?$/;

export interface Amount {
  /** The number as written, before the unit is applied (`"2%"` -> 2). */
  number: number;
  /** The number divided by 100 for `%` and `pp`, without binary rounding noise (`"1.1%"` -> 0.011). */
  scaled: number;
  unit: '' | '%' | 'pp';
  text: string;
}

/** Parses a number or a string `N`, `N%`, `Npp`; null when it is neither or not finite. */
export function parseAmount(value: unknown): Amount | null {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { number: value, scaled: value, unit: '', text: String(value) } : null;
  }
  if (typeof value !== 'string') return null;
  const m = AMOUNT.exec(value);
  if (!m) return null;
  const exp = m[2] === undefined ? 0 : Number(m[2]);
  const unit = (m[3] ?? '') as Amount['unit'];
  const number = Number(`${m[1]}e${exp}`);
  // Shift the decimal exponent instead of dividing, so "1.1%" is exactly 0.011.
  const scaled = unit === '' ? number : Number(`${m[1]}e${exp - 2}`);
  if (!Number.isFinite(number)) return null;
  return { number, scaled, unit, text: unit === '' ? String(number) : value };
}

/** The "remove the space" hint for `"2 %"`, `"1 pp"`, or ''. */
export function spacingHint(value: unknown): string {
  if (typeof value !== 'string' || !/\s/.test(value)) return '';
  const tight = value.replace(/\s+/g, '');
  return parseAmount(tight) ? `; write it without spaces: ${JSON.stringify(tight)}` : '';
}

/** Builds a tolerance from a parsed amount. Callers check sign and units first. */
export function toTolerance(a: Amount): Tolerance {
  if (a.unit === '%') return { kind: 'relative', value: a.scaled, text: a.text };
  if (a.unit === 'pp') return { kind: 'points', value: a.scaled, text: a.text };
  return { kind: 'absolute', value: a.number, text: a.text };
}

/**
 * The worsening a tolerance allows, in the metric's units, for a given
 * baseline value: relative tolerances scale with |baseline|, points and
 * absolute ones do not.
 * @example toleranceAmount({ kind: 'relative', value: 0.05, text: '5%' }, 0.2) // 0.01
 * @example toleranceAmount({ kind: 'points', value: 0.01, text: '1pp' }, 0.8) // 0.01
 */
export function toleranceAmount(tol: Tolerance, baseline: number): number {
  return tol.kind === 'relative' ? tol.value * Math.abs(baseline) : tol.value;
}
