// The data section of report.html, pure: every feature and segment with its
// drift and health statistics and a histogram of the reference against the
// current (text bars: the page's Content-Security-Policy allows no inline
// styles), then batch vs online per feature. Every data value goes through escapeHtml.
import type { Check, DataFeatureView, DataSummary, Report } from '../schema/index.js';
import { isDataCheck, worstDataFirst } from './data.js';
import { escapeHtml } from './escape.js';
import { formatCount, formatNumber } from './format.js';

const h = (s: unknown): string => escapeHtml(String(s ?? ''));
const share = (x: number | null) => (x !== null && Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : '—');
const num = (x: number | null) => (x !== null && Number.isFinite(x) ? formatNumber(x) : '—');
const BAR = 24;

function bars(v: DataFeatureView): string {
  const R = v.n_reference || 1;
  const C = v.n_current || 1;
  const rows = v.buckets.filter((b) => !b.special || b.reference + b.current > 0);
  const top = Math.max(...rows.map((b) => Math.max(b.reference / R, b.current / C)), 1e-12);
  const bar = (s: number, cls: string) => `<span class="dbar ${cls}">${'█'.repeat(Math.round((s / top) * BAR))}</span> ${share(s)}`;
  return rows.map((b) => `<tr><td>${h(b.label)}</td><td>${bar(b.reference / R, 'ref')}</td><td>${bar(b.current / C, 'cur')}</td></tr>`).join('');
}

function checkRows(checks: readonly Check[]): string {
  return checks
    .map(
      (c) =>
        `<tr class="${h(c.status)}"><td>${h(c.status)}</td><td>${h(c.id)}</td><td>${num(c.candidate)}</td><td>${h(c.rule ?? '—')}</td><td>${num(c.noise_floor ?? null)}</td><td class="msg">${h(c.message)}</td></tr>`,
    )
    .join('');
}

/** The report's data section as an HTML <section> ('' without data checks). */
export function dataHtml(report: Report): string {
  return renderDataHtmlOf(report.data, report.checks.filter(isDataCheck));
}

/** The data section of `data` and the data checks as an HTML <section> ('' without data checks). */
export function renderDataHtmlOf(data: DataSummary | null | undefined, checks: readonly Check[]): string {
  if (checks.length === 0) return '';
  const report = { data };
  const parts: string[] = ['<section class="data-checks"><h2>Data checks</h2>'];
  const bad = worstDataFirst(checks.filter((c) => c.status === 'fail' || c.status === 'warn'));
  parts.push(
    `<p class="note">${formatCount(bad.length)} failing or warning of ${formatCount(checks.length)} data checks. "No drift up to" is the value the statistic shows with no drift at this n (its noise floor).</p>`,
  );
  if (bad.length)
    parts.push(
      `<div class="scroll"><table><thead><tr><th>status</th><th>check</th><th>value</th><th>limit</th><th>no drift up to</th><th>why</th></tr></thead><tbody>${checkRows(bad)}</tbody></table></div>`,
    );
  const byFeature = new Map<string, DataFeatureView[]>();
  for (const v of report.data?.features ?? []) byFeature.set(v.feature, [...(byFeature.get(v.feature) ?? []), v]);
  for (const [feature, views] of byFeature) {
    const worst = Math.max(...views.map((v) => v.psi ?? 0));
    parts.push(`<details${bad.some((c) => c.metric.endsWith(`[${feature}]`)) ? ' open' : ''}><summary>${h(feature)} (${h(views[0].type)}), largest PSI ${num(worst)}</summary>`);
    for (const v of views) {
      parts.push(
        `<h4>${h(v.segment)}: PSI ${num(v.psi)}, ${v.distance.kind === 'ks_d' ? 'KS D' : 'L∞'} ${num(v.distance.value)}; empty ${share(v.null_rate[0])} → ${share(v.null_rate[1])}; sentinel ${share(v.sentinel_rate[0])} → ${share(v.sentinel_rate[1])}${v.new_rate !== null ? `; new ${share(v.new_rate)}` : ''}${v.out_of_range_rate !== null ? `; out of range ${share(v.out_of_range_rate)}` : ''}; n ${formatCount(v.n_reference)} / ${formatCount(v.n_current)}</h4>`,
        `<table class="histogram"><thead><tr><th>bucket</th><th>reference</th><th>current</th></tr></thead><tbody>${bars(v)}</tbody></table>`,
      );
    }
    parts.push('</details>');
  }
  const skew = report.data?.skew ?? [];
  if (skew.length) {
    const cov = report.data?.coverage;
    parts.push(
      `<h3>Batch vs online</h3>${cov ? `<p class="note">${formatCount(cov.matched)} request ids in both (batch ${formatCount(cov.batch)} rows, online ${formatCount(cov.online)}).</p>` : ''}`,
    );
    parts.push(
      '<div class="scroll"><table><thead><tr><th>feature</th><th>segment</th><th>requests</th><th>differ</th><th>missing online</th><th>mean online − batch</th><th>examples</th></tr></thead><tbody>',
    );
    for (const s of skew) {
      parts.push(
        `<tr><td>${h(s.feature)}</td><td>${h(s.segment)}</td><td>${formatCount(s.n)}</td><td>${share(s.n ? s.mismatches / s.n : null)}</td><td>${share(s.n ? s.online_missing / s.n : null)}</td><td>${num(s.mean_difference)}</td><td>${h(s.examples.join(', '))}</td></tr>`,
      );
    }
    parts.push('</tbody></table></div>');
  }
  parts.push('</section>');
  return parts.join('\n');
}
