// Inline SVG charts for report.html: no scripts, no fonts, no external images;
// colours come from CSS classes so the page's light and dark styles apply.
// Every text from data goes through escapeHtml.
import { escapeHtml, truncate } from './escape.js';
import { formatNumber } from './format.js';

/** A number for SVG coordinates: two decimals, no exponent. */
const n2 = (x: number): string => (Math.round(x * 100) / 100).toString();

/** About `count` round tick values covering [lo, hi]. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) out.push(Math.abs(v) < step * 1e-9 ? 0 : Number(v.toPrecision(12)));
  return out;
}

export interface ForestRow {
  label: string;
  /** The change, in display units. */
  value: number;
  ci: [number, number] | null;
  /** The edge of the allowed change (display units); beyond it is a breach. */
  boundary: number | null;
  /** 'worse' | 'better' | 'same', for the colour. */
  tone: 'worse' | 'better' | 'same';
  failed: boolean;
}

/**
 * A forest plot: one row per segment, a bar from zero to the change, the
 * interval as a whisker, a dashed tick at the allowed boundary, failed rows
 * marked ✗. `unit` labels the axis (`pp`, `%`...).
 */
export function forestPlot(rows: readonly ForestRow[], unit: string, caption: string): string {
  const W = 820;
  const labelW = 230;
  const right = 20;
  const rowH = 22;
  const top = 10;
  const axisH = 34;
  const H = top + rows.length * rowH + axisH;
  let lo = 0;
  let hi = 0;
  for (const r of rows) {
    for (const v of [r.value, r.ci?.[0], r.ci?.[1], r.boundary]) {
      if (v === undefined || v === null || !Number.isFinite(v)) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  if (hi === lo) hi = lo + 1;
  const pad = (hi - lo) * 0.06;
  lo -= pad;
  hi += pad;
  const x = (v: number): number => labelW + ((v - lo) / (hi - lo)) * (W - labelW - right);
  const parts: string[] = [];
  const ticks = niceTicks(lo, hi, 6);
  const plotBottom = top + rows.length * rowH;
  for (const t of ticks) {
    parts.push(`<line class="grid" x1="${n2(x(t))}" x2="${n2(x(t))}" y1="${top}" y2="${plotBottom}"/>`);
    parts.push(`<text class="tick" x="${n2(x(t))}" y="${plotBottom + 14}" text-anchor="middle">${escapeHtml(formatNumber(t))}</text>`);
  }
  parts.push(`<text class="axis" x="${n2(labelW + (W - labelW - right) / 2)}" y="${plotBottom + 30}" text-anchor="middle">${escapeHtml(caption)} (${escapeHtml(unit)})</text>`);
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    const mid = y + rowH / 2;
    if (i % 2 === 1) parts.push(`<rect class="band" x="0" y="${y}" width="${W}" height="${rowH}"/>`);
    const label = `${r.failed ? '✗ ' : ''}${truncate(r.label, 34)}`;
    parts.push(`<text class="label${r.failed ? ' failed' : ''}" x="${labelW - 8}" y="${mid + 4}" text-anchor="end"><title>${escapeHtml(r.label)}</title>${escapeHtml(label)}</text>`);
    const x0 = x(0);
    const xv = x(r.value);
    parts.push(`<rect class="bar ${r.tone}" x="${n2(Math.min(x0, xv))}" y="${y + 5}" width="${n2(Math.max(1, Math.abs(xv - x0)))}" height="${rowH - 10}"/>`);
    if (r.ci) {
      const [a, b] = [x(r.ci[0]), x(r.ci[1])];
      parts.push(`<path class="whisker" d="M${n2(a)} ${mid}H${n2(b)}M${n2(a)} ${mid - 4}V${mid + 4}M${n2(b)} ${mid - 4}V${mid + 4}"/>`);
    }
    if (r.boundary !== null && Number.isFinite(r.boundary)) {
      const xb = x(r.boundary);
      parts.push(`<line class="limit" x1="${n2(xb)}" x2="${n2(xb)}" y1="${y + 2}" y2="${y + rowH - 2}"/>`);
    }
  });
  parts.push(`<line class="zero" x1="${n2(x(0))}" x2="${n2(x(0))}" y1="${top}" y2="${plotBottom}"/>`);
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(caption)}">${parts.join('')}</svg>`;
}

/**
 * Two histograms over the same bins, as shares of each model's examples:
 * the baseline as an outline, the candidate filled.
 */
export function histogram(edges: readonly number[], baseline: readonly number[], candidate: readonly number[], xLabel: string): string {
  const W = 820;
  const H = 260;
  const L = 56;
  const R = 16;
  const T = 14;
  const B = 46;
  const share = (xs: readonly number[]): number[] => {
    const total = xs.reduce((a, b) => a + b, 0) || 1;
    return xs.map((v) => (v / total) * 100);
  };
  const b = share(baseline);
  const c = share(candidate);
  const top = Math.max(1, ...b, ...c) * 1.08;
  const lo = edges[0];
  const hi = edges[edges.length - 1];
  const x = (v: number): number => L + ((v - lo) / (hi - lo || 1)) * (W - L - R);
  const y = (v: number): number => T + (1 - v / top) * (H - T - B);
  const parts: string[] = [];
  for (const t of niceTicks(0, top, 4)) {
    parts.push(`<line class="grid" x1="${L}" x2="${W - R}" y1="${n2(y(t))}" y2="${n2(y(t))}"/>`);
    parts.push(`<text class="tick" x="${L - 6}" y="${n2(y(t) + 4)}" text-anchor="end">${escapeHtml(formatNumber(t))}%</text>`);
  }
  for (const t of niceTicks(lo, hi, 5)) {
    parts.push(`<text class="tick" x="${n2(x(t))}" y="${H - B + 16}" text-anchor="middle">${escapeHtml(formatNumber(t))}</text>`);
  }
  for (let i = 0; i < c.length; i++) {
    const x0 = x(edges[i]);
    const w = Math.max(0, x(edges[i + 1]) - x0 - 1);
    parts.push(
      `<rect class="hist candidate" x="${n2(x0 + 0.5)}" y="${n2(y(c[i]))}" width="${n2(w)}" height="${n2(y(0) - y(c[i]))}"><title>candidate ${escapeHtml(formatNumber(edges[i]))}–${escapeHtml(formatNumber(edges[i + 1]))}: ${escapeHtml(formatNumber(c[i]))}%</title></rect>`,
    );
  }
  let d = `M${n2(x(edges[0]))} ${n2(y(0))}`;
  for (let i = 0; i < b.length; i++) d += `V${n2(y(b[i]))}H${n2(x(edges[i + 1]))}`;
  d += `V${n2(y(0))}`;
  parts.push(`<path class="hist baseline" d="${d}"/>`);
  parts.push(`<line class="zero" x1="${L}" x2="${W - R}" y1="${n2(y(0))}" y2="${n2(y(0))}"/>`);
  parts.push(`<text class="axis" x="${n2(L + (W - L - R) / 2)}" y="${H - 10}" text-anchor="middle">${escapeHtml(xLabel)}</text>`);
  parts.push(legend(W - R - 250, T + 4));
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(`Distribution of ${xLabel}`)}">${parts.join('')}</svg>`;
}

function legend(x: number, y: number): string {
  return (
    `<rect class="hist baseline" x="${x}" y="${y}" width="14" height="10"/><text class="tick" x="${x + 20}" y="${y + 9}">baseline</text>` +
    `<rect class="hist candidate" x="${x + 100}" y="${y}" width="14" height="10"/><text class="tick" x="${x + 120}" y="${y + 9}">candidate</text>`
  );
}

export interface PairedValue {
  label: string;
  baseline: number | null;
  candidate: number | null;
  /** Formatted values for the labels. */
  baselineText: string;
  candidateText: string;
}

/** Horizontal bars, baseline and candidate side by side per row (e.g. latency percentiles). */
export function pairedBars(rows: readonly PairedValue[], axisLabel: string): string {
  const W = 820;
  const labelW = 160;
  const R = 110;
  const groupH = 40;
  const T = 28;
  const H = T + rows.length * groupH + 10;
  const top = Math.max(1e-12, ...rows.flatMap((r) => [r.baseline ?? 0, r.candidate ?? 0])) * 1.05;
  const x = (v: number): number => labelW + (v / top) * (W - labelW - R);
  const parts: string[] = [legend(labelW, 6)];
  rows.forEach((r, i) => {
    const y = T + i * groupH;
    parts.push(`<text class="label" x="${labelW - 8}" y="${y + 20}" text-anchor="end">${escapeHtml(r.label)}</text>`);
    const bar = (v: number | null, cls: string, dy: number, text: string): void => {
      if (v === null || !Number.isFinite(v)) return;
      const w = Math.max(1, x(Math.max(0, v)) - labelW);
      parts.push(`<rect class="hist ${cls}" x="${labelW}" y="${y + dy}" width="${n2(w)}" height="14"/>`);
      parts.push(`<text class="tick" x="${n2(labelW + w + 6)}" y="${y + dy + 11}">${escapeHtml(text)}</text>`);
    };
    bar(r.baseline, 'baseline', 2, r.baselineText);
    bar(r.candidate, 'candidate', 18, r.candidateText);
  });
  return `<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(axisLabel)}">${parts.join('')}</svg>`;
}

/** A small bar of a share of a budget: full at 100%, red beyond. */
export function budgetBar(used: number): string {
  const W = 120;
  const fill = Math.max(0, Math.min(1, used)) * W;
  const cls = used > 1 ? 'over' : used > 0.8 ? 'near' : 'ok';
  return `<svg class="budget" viewBox="0 0 ${W} 10" width="${W}" height="10" aria-hidden="true"><rect class="track" width="${W}" height="10"/><rect class="${cls}" width="${n2(fill)}" height="10"/></svg>`;
}
