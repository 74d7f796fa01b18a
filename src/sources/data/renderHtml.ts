// The data section of report.html, pure: every feature and segment with its
// statistics and a bar histogram (reference against current), all data values
// escaped with escapeHtml.
import { escapeHtml } from '../../report/index.js';
import { formatCount, formatNumber } from '../../metrics/index.js';
import type { DataSection, FeatureSegmentView } from './types.js';
import { worstFirst } from './render.js';

const share = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : '—');

function bars(v: FeatureSegmentView): string {
  const R = v.nReference || 1;
  const C = v.nCurrent || 1;
  const rows = v.buckets.filter((b) => !b.special || b.reference + b.current > 0);
  const top = Math.max(...rows.map((b) => Math.max(b.reference / R, b.current / C)), 1e-12);
  const w = (s: number) => `${((s / top) * 100).toFixed(1)}%`;
  return rows
    .map(
      (b) =>
        `<tr><td>${escapeHtml(b.label, { max: 60 })}</td><td><div class="bar ref" style="width:${w(b.reference / R)}"></div>${share(b.reference / R)}</td><td><div class="bar cur" style="width:${w(b.current / C)}"></div>${share(b.current / C)}</td></tr>`,
    )
    .join('');
}

/** The per-feature view as an HTML fragment (a <section>), for report.html. */
export function renderDataHtml(section: DataSection): string {
  if (section.checks.length === 0) return '';
  const parts: string[] = ['<section class="data-checks"><h2>Data checks</h2>'];
  const bad = worstFirst(section.checks.filter((c) => c.status === 'fail' || c.status === 'warn'));
  if (bad.length) {
    parts.push('<table><thead><tr><th>status</th><th>check</th><th>message</th></tr></thead><tbody>');
    for (const c of bad) parts.push(`<tr class="${c.status}"><td>${c.status}</td><td>${escapeHtml(c.id)}</td><td>${escapeHtml(c.message)}</td></tr>`);
    parts.push('</tbody></table>');
  }
  const byFeature = new Map<string, FeatureSegmentView[]>();
  for (const v of section.features) byFeature.set(v.feature, [...(byFeature.get(v.feature) ?? []), v]);
  for (const [feature, views] of byFeature) {
    parts.push(`<details><summary>${escapeHtml(feature)} (${escapeHtml(views[0].type)})</summary>`);
    for (const v of views) {
      parts.push(
        `<h4>${escapeHtml(v.segment)}: PSI ${formatNumber(v.psi)}, ${v.distance.kind === 'ks_d' ? 'KS D' : 'L∞'} ${formatNumber(v.distance.value)}; empty ${share(v.nullRate[0])} → ${share(v.nullRate[1])}; n ${formatCount(v.nReference)} / ${formatCount(v.nCurrent)}</h4>`,
        `<table class="histogram"><thead><tr><th>bucket</th><th>reference</th><th>current</th></tr></thead><tbody>${bars(v)}</tbody></table>`,
      );
    }
    parts.push('</details>');
  }
  if (section.skew.length) {
    parts.push('<h3>Batch vs online</h3><table><thead><tr><th>feature</th><th>segment</th><th>requests</th><th>differ</th><th>missing online</th><th>mean online − batch</th><th>examples</th></tr></thead><tbody>');
    for (const s of section.skew) {
      parts.push(
        `<tr><td>${escapeHtml(s.feature)}</td><td>${escapeHtml(s.segment)}</td><td>${formatCount(s.n)}</td><td>${share(s.mismatches / s.n)}</td><td>${share(s.onlineMissing / s.n)}</td><td>${s.meanDifference === null ? '—' : formatNumber(s.meanDifference)}</td><td>${escapeHtml(s.examples.join(', '))}</td></tr>`,
      );
    }
    parts.push('</tbody></table>');
  }
  parts.push('</section>');
  return parts.join('\n');
}
