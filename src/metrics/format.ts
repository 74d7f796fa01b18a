// format.ts: numbers for people, by each metric's declared display unit. Rates as percentages, deltas with a real
// minus sign and units, everything else to four significant digits.
import { metricDisplayUnit } from './catalog.js';

const MINUS = '\u2212';

/** Integrity measures that are shares. */
const INTEGRITY_RATES = new Set(['id_coverage', 'label_coverage', 'request_coverage']);

/** Whether a metric is shown as a percentage (its declared display unit). */
export function isRateMetric(metric: string): boolean {
  if (INTEGRITY_RATES.has(metric)) return true;
  return metricDisplayUnit(metric) === 'percent';
}

/** Unit of a metric for display: `%` for rates, `ms` for latency, `$` for cost, '' otherwise (as declared). */
export function metricUnit(metric: string): '%' | 'ms' | '$' | '' {
  if (isRateMetric(metric)) return '%';
  const unit = metricDisplayUnit(metric);
  return unit === 'ms' ? 'ms' : unit === 'usd' || unit === 'money' ? '$' : '';
}

function sign(x: number): string {
  return x > 0 ? '+' : x < 0 ? MINUS : '±';
}

/** Four significant digits, no exponent for everyday magnitudes, real minus sign. */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const abs = Math.abs(x);
  let s: string;
  if (abs >= 1e6 || abs < 1e-4) s = abs.toExponential(2);
  else if (abs >= 1000) s = Math.round(abs).toLocaleString('en-US');
  else s = String(Number(abs.toPrecision(4)));
  return (x < 0 ? MINUS : '') + s;
}

/** A count with thousands separators: 1,234,567. */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

function percent(x: number): string {
  const p = x * 100;
  const digits = Math.abs(p) < 0.1 && p !== 0 ? 2 : 1;
  return p.toFixed(digits);
}

/** US dollars to three significant digits: `$0.412`, `$1,250`, `−$0.05` with a real minus. */
export function formatUsd(x: number): string {
  return `${x < 0 ? MINUS : ''}$${Math.abs(x) >= 100 ? formatCount(Math.abs(x)) : Number(Math.abs(x).toPrecision(3))}`;
}

/** A metric's value: `84.2%`, `123 ms`, `$0.412/1k` (cost per 1,000 requests), `$1.92` (money per example), `0.2314`; `–` for null. */
export function formatValue(metric: string, x: number | null): string {
  if (x === null || Number.isNaN(x)) return '–';
  switch (metricUnit(metric)) {
    case '%':
      return `${percent(x)}%`;
    case 'ms':
      return `${formatNumber(Number(x.toFixed(x < 10 ? 2 : 1)))} ms`;
    case '$':
      return metricDisplayUnit(metric) === 'money' ? formatUsd(x) : `${formatUsd(x)}/1k`;
    default:
      return formatNumber(x);
  }
}

/**
 * A change: `−5.1 pp` for rates, `+12%` relative for latency and cost, a signed
 * number otherwise; `–` when either side is missing.
 */
export function formatDelta(metric: string, delta: number | null, baseline: number | null = null): string {
  if (delta === null || Number.isNaN(delta)) return '–';
  const unit = metricUnit(metric);
  if (unit === '%') {
    const p = Math.abs(delta * 100);
    return `${sign(delta)}${p.toFixed(p < 0.1 && p !== 0 ? 2 : 1)} pp`;
  }
  if ((unit === 'ms' || unit === '$') && baseline !== null && baseline !== 0) {
    const rel = (delta / Math.abs(baseline)) * 100;
    return `${sign(rel)}${Math.abs(rel) < 10 ? Math.abs(rel).toFixed(1) : Math.round(Math.abs(rel))}%`;
  }
  const abs = formatNumber(Math.abs(delta));
  return `${sign(delta)}${abs}`;
}

/**
 * An interval of a delta in the delta's display units: `[−7.0, −3.2] pp` for rates,
 * relative `[+1.5%, +9.8%]` for latency and cost when the baseline is known (as
 * `formatDelta`), plain numbers otherwise; `–` when there is none.
 */
export function formatInterval(metric: string, ci: [number, number] | null, baseline: number | null = null): string {
  if (!ci) return '–';
  const unit = metricUnit(metric);
  if (unit === '%') {
    const f = (x: number): string => `${x < 0 ? MINUS : ''}${Math.abs(x * 100).toFixed(1)}`;
    return `[${f(ci[0])}, ${f(ci[1])}] pp`;
  }
  if ((unit === 'ms' || unit === '$') && baseline !== null && baseline !== 0) {
    const f = (x: number): string => {
      const rel = (x / Math.abs(baseline)) * 100;
      return `${sign(rel)}${Math.abs(rel) < 10 ? Math.abs(rel).toFixed(1) : Math.round(Math.abs(rel))}%`;
    };
    return `[${f(ci[0])}, ${f(ci[1])}]`;
  }
  return `[${formatNumber(ci[0])}, ${formatNumber(ci[1])}]${unit === 'ms' ? ' ms' : ''}`;
}

/** A p-value: `0.003`, `<0.001`. */
export function formatP(p: number | null): string {
  if (p === null) return '–';
  if (p < 0.001) return '<0.001';
  return p.toFixed(3);
}
