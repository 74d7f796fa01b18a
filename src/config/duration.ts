// Spans of time as the config writes them: a number and a unit, `7d`, `36h`,
// `90m`, `1.5w`, `30s`. Used by `shadow.labels.maturity`.
import type { Duration } from './types.js';

const UNIT_MS = { w: 7 * 86_400_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1_000 } as const;
const PATTERN = /^(\d+(?:\.\d+)?)\s*(w|d|h|m|s)$/;

/**
 * A duration, or null when the text is not one.
 * @example parseDuration('36h') // { text: '36h', ms: 129600000 }
 */
export function parseDuration(raw: unknown): Duration | null {
  if (typeof raw !== 'string') return null;
  const m = PATTERN.exec(raw.trim());
  if (!m) return null;
  const ms = Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
  return Number.isFinite(ms) && ms > 0 ? { text: raw.trim(), ms } : null;
}
