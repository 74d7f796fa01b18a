// The data section as the report publishes it (`report.data`, snake_case, no
// NaN: JSON has none), and the data section rendered from a DataSection: the
// renderers are src/report's (data.ts, dataHtml.ts), which read report.json.
import { renderDataChecks, renderDataHtmlOf } from '../../report/index.js';
import type { DataSummary } from '../../report/index.js';
import type { DataSection } from './types.js';

const fin = (x: number | null): number | null => (x === null || !Number.isFinite(x) ? null : x);

/** The section for report.json. */
export function publishSection(s: DataSection): DataSummary {
  return {
    features: s.features.map((v) => ({
      feature: v.feature,
      type: v.type,
      segment: v.segment,
      n_reference: v.nReference,
      n_current: v.nCurrent,
      psi: fin(v.psi),
      distance: { kind: v.distance.kind, value: fin(v.distance.value) },
      null_rate: [fin(v.nullRate[0]), fin(v.nullRate[1])],
      sentinel_rate: [fin(v.sentinelRate[0]), fin(v.sentinelRate[1])],
      new_rate: fin(v.newRate),
      out_of_range_rate: fin(v.outOfRangeRate),
      buckets: v.buckets.map((b) => ({ label: b.label, reference: b.reference, current: b.current, ...(b.special ? { special: true } : {}) })),
    })),
    skew: s.skew.map((k) => ({
      feature: k.feature,
      segment: k.segment,
      n: k.n,
      mismatches: k.mismatches,
      online_missing: k.onlineMissing,
      mean_difference: fin(k.meanDifference),
      examples: k.examples.slice(0, 5),
    })),
    coverage: s.coverage && { ...s.coverage },
  };
}

/** The data section as Markdown (empty string when there are no data checks). */
export function renderDataMarkdown(section: DataSection): string {
  const text = renderDataChecks(publishSection(section), section.checks);
  return text === '' ? '' : `${text}\n`;
}

/** The per-feature view as an HTML fragment (a <section>), for report.html. */
export function renderDataHtml(section: DataSection): string {
  return renderDataHtmlOf(publishSection(section), section.checks);
}
