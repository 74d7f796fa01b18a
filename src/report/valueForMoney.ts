// Value for money as one sentence for people, e.g. "+0.6 pp recall (offline)
// for +18% cost per 1,000 requests (+$0.07) and +12% p99 latency". Pure: reads
// the report's ValueForMoney only (the figures are measured by the shadow source).
import { formatDelta, formatUsd } from './format.js';
import type { ValueForMoney } from './types.js';

/** A signed cost: `+$0.07`, `−$0.02`, `±$0`. */
function signedCost(x: number): string {
  const v = formatUsd(Math.abs(x));
  return `${x < 0 ? '\u2212' : x > 0 ? '+' : '±'}${v}`;
}

/**
 * One sentence for people, e.g. `+0.6 pp recall (offline) for +18% cost per 1,000 requests (+$0.07) and +12% p99 latency`.
 * Plain text: the metric name is the config's, not data.
 */
export function valueForMoneyText(v: ValueForMoney): string {
  const parts: string[] = [];
  const metric = `${formatDelta(v.metric, v.candidate - v.baseline, v.baseline)} ${v.metric} (${v.source})`;
  if (v.cost_per_1k) {
    const c = v.cost_per_1k;
    const rel = c.relative !== null ? `${formatDelta('cost_per_1k', c.delta, c.baseline)} cost per 1,000 requests (${signedCost(c.delta)})` : `${signedCost(c.delta)} per 1,000 requests`;
    parts.push(rel);
  }
  if (v.latency_p99_ms && v.latency_p99_ms.relative !== null) parts.push(`${formatDelta('latency_p99_ms', v.latency_p99_ms.delta, v.latency_p99_ms.baseline)} p99 latency`);
  const text = parts.length ? `${metric} for ${parts.join(' and ')}` : metric;
  if (v.saving_per_1k == null) return text;
  // Per-example costs in money: the expected saving next to the extra serving cost.
  const s = v.saving_per_1k;
  const serving = v.cost_per_1k ? ` next to ${signedCost(v.cost_per_1k.delta)} serving cost` : '';
  return `${text}; expected ${s >= 0 ? 'saving' : 'loss'} ${formatUsd(Math.abs(s))} per 1,000 requests${serving}`;
}
