// The per-segment picture of one metric, shared by the comment's Mermaid chart
// and report.html's SVG charts: which metric is the "main" one, one check per
// segment, and its change in display units (pp for rates, % of the baseline for
// latency and cost, the metric's own units otherwise).
import type { Check, CheckSource } from '../schema/index.js';
import { allowanceOf } from './budget.js';
import { metricUnit } from './format.js';
import type { Report } from '../schema/index.js';

export interface MetricRef {
  source: CheckSource;
  metric: string;
  /** True when it is the first metric under `metrics` in the config; false when picked as the first checked one. */
  configured?: boolean;
}

/**
 * The main metric: the first metric under `metrics` in the effective config
 * (offline, else online or estimated), else the first metric of the first
 * shadow/online check; null when the report has neither.
 */
export function mainMetric(report: Report): MetricRef | null {
  const configured = report.config?.metrics;
  const first = configured && typeof configured === 'object' ? Object.keys(configured)[0] : undefined;
  if (first !== undefined) {
    for (const source of ['offline', 'online'] as const) {
      if (report.checks.some((c) => c.source === source && c.metric === first)) return { source, metric: first, configured: true };
    }
  }
  const c = report.checks.find((x) => x.source !== 'integrity');
  return c ? { source: c.source, metric: c.metric, configured: false } : null;
}

/** The metrics of a source in the order their checks first appear. */
export function metricsOf(report: Report, source: CheckSource): string[] {
  const seen = new Set<string>();
  for (const c of report.checks) if (c.source === source) seen.add(c.metric);
  return [...seen];
}

/** How a metric's changes are shown: `pp`, `%` (of the baseline), or '' (the metric's units). */
export function changeUnit(metric: string): 'pp' | '%' | '' {
  const u = metricUnit(metric);
  return u === '%' ? 'pp' : u === 'ms' || u === '$' ? '%' : '';
}

/** An amount of change in the metric's units, in display units (`changeUnit`). */
export function toChangeUnits(metric: string, amount: number, baseline: number | null): number | null {
  const unit = changeUnit(metric);
  if (unit === 'pp') return amount * 100;
  if (unit === '%') return baseline === null || baseline === 0 ? null : (amount / Math.abs(baseline)) * 100;
  return amount;
}

export interface SegmentChange {
  check: Check;
  /** How much worse the candidate is, in display units; negative when better. */
  worse: number;
  /** The worsening the change rule allows, in display units; null without a change rule. */
  allowed: number | null;
}

/**
 * One judged check per segment for the metric (the change rule's where a metric
 * has several rules), with its worsening (`Check.worsening`) in display units.
 * Segments with too little data or a missing value are left out. In report order (overall first).
 */
export function segmentChanges(report: Report, ref: MetricRef): SegmentChange[] {
  const bySegment = new Map<string, Check>();
  for (const c of report.checks) {
    if (c.source !== ref.source || c.metric !== ref.metric || c.status === 'insufficient') continue;
    if (c.baseline === null || c.candidate === null) continue;
    const prev = bySegment.get(c.segment);
    if (!prev || (c.rule_kind === 'change' && prev.rule_kind !== 'change')) bySegment.set(c.segment, c);
  }
  const out: SegmentChange[] = [];
  for (const c of bySegment.values()) {
    const a = allowanceOf(c);
    const rawWorse = c.worsening ?? null;
    const worse = rawWorse === null ? null : toChangeUnits(c.metric, rawWorse, c.baseline);
    if (worse === null || !Number.isFinite(worse)) continue;
    const allowed = a?.kind === 'change' && a.limit !== null ? toChangeUnits(c.metric, a.limit, c.baseline) : null;
    out.push({ check: c, worse, allowed });
  }
  return out;
}

/**
 * At most `max` segment changes to draw: overall first, then failed segments,
 * then the rest, each group worst first.
 */
export function chartSelection(changes: readonly SegmentChange[], max: number): SegmentChange[] {
  const rank = (s: SegmentChange): number => (s.check.segment === 'overall' ? 0 : s.check.status === 'fail' ? 1 : 2);
  return [...changes].sort((a, b) => rank(a) - rank(b) || b.worse - a.worse).slice(0, max);
}
