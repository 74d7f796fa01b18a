// Value for money: the candidate's metric lift next to its cost and latency
// change, overall, e.g. "+0.6 pp recall (offline) for +18% cost per 1,000
// requests (+$0.07) and +12% p99 latency". A "point" is 0.01 of the metric
// (1 pp for a rate); the rule `shadow.value_for_money` bounds the extra cost
// per 1,000 requests per point of lift.
import type { Direction } from '../config/types.js';
import { formatDelta, formatUsd } from '../report/format.js';
import type { ShadowChange, ValueForMoney } from '../report/types.js';

export const POINT = 0.01;

/** A change of two values; relative is null when the baseline is 0. */
export function change(baseline: number, candidate: number): ShadowChange {
  const delta = candidate - baseline;
  return { baseline, candidate, delta, relative: baseline !== 0 ? delta / Math.abs(baseline) : null };
}

/**
 * The value-for-money figures.
 * @param lift the metric on both sides and its direction (from the overall offline or online check)
 * @example
 * valueForMoney({ metric: 'recall', source: 'offline', baseline: 0.80, candidate: 0.806, direction: 'higher' }, change(0.34, 0.40), null).cost_per_point
 * // 0.1 (USD 0.06 more per 1k requests for 0.6 points)
 */
export function valueForMoney(
  lift: { metric: string; source: 'offline' | 'online'; baseline: number; candidate: number; direction: Direction },
  cost: ShadowChange | null,
  latencyP99: ShadowChange | null,
): ValueForMoney {
  const gain = lift.direction === 'higher' ? lift.candidate - lift.baseline : lift.baseline - lift.candidate;
  const points = gain / POINT;
  return {
    metric: lift.metric,
    source: lift.source,
    baseline: lift.baseline,
    candidate: lift.candidate,
    lift: gain,
    cost_per_1k: cost,
    latency_p99_ms: latencyP99,
    cost_per_point: cost !== null && cost.delta > 0 && points > 0 ? cost.delta / points : null,
  };
}

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
  return parts.length ? `${metric} for ${parts.join(' and ')}` : metric;
}
