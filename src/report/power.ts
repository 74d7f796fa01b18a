// power.ts: the "what could these data miss" sentences of the comment. For
// passing change checks in small segments, the smallest worsening the paired
// test would have caught with 80% power (`Check.detectable`), one plain
// sentence per segment, so a reviewer does not read "pass" as "no regression"
// where the data cannot tell. Reads only the Report.
import { judgedOnAbsolute } from '../metrics/index.js';
import type { Check } from '../schema/index.js';
import { escapeText } from './escape.js';
import { formatCount, formatNumber, formatUsd, metricUnit } from './format.js';
import type { Report } from './types.js';

/** Segments listed at most; the rest are counted. */
const MAX_SEGMENTS = 12;

/** A worsening's size in the metric's display units: `6.1 pp` for rates, a number otherwise. */
export function formatWorsening(metric: string, x: number): string {
  const unit = metricUnit(metric);
  if (unit === '%') {
    const p = x * 100;
    return `${p.toFixed(p < 0.1 ? 2 : 1)} pp`;
  }
  if (unit === 'ms') return `${formatNumber(x)} ms`;
  if (unit === '$') return `${formatUsd(x)} per 1k requests`;
  return formatNumber(x);
}

/** `recall drops`, `log_loss increases`, `|bias| increases`. */
function worseningName(c: Check): string {
  if (judgedOnAbsolute(c.metric)) return `|${c.metric}| increases`;
  return `${c.metric} ${c.higher_is_better ? 'drops' : 'increases'}`;
}

/**
 * Whether a passing check's power is worth a sentence: it is an inconclusive pass
 * (beyond tolerance on its point estimate, not significant), its segment is small
 * (fewer than 10 x segments.min_samples examples), or the test could miss a
 * worsening of more than twice the rule's tolerance.
 */
export function isUnderpowered(c: Check, minSamples: number): boolean {
  if (c.status !== 'pass' || c.detectable === null || c.n === null) return false;
  // Beyond tolerance on its point estimate without evidence: always listed.
  if (c.inconclusive === true) return true;
  if (c.n < 10 * minSamples) return true;
  const tol = c.tolerance ?? null;
  return tol !== null && tol > 0 && c.detectable > 2 * tol;
}

/**
 * One sentence per segment with under-powered passing checks, e.g.
 * `region=BR (n=312): recall drops under 6.1 pp and log_loss increases under 0.021 could go unnoticed.`
 * Smallest segments first.
 */
export function powerSentences(report: Report): string[] {
  return powerLines(report).map((l) => l.text);
}

/** The sentences with the metrics each names (for the summary line). */
export function powerLines(report: Report): Array<{ text: string; metrics: string[] }> {
  const segments = (report.config.segments ?? {}) as { min_samples?: number };
  const minSamples = typeof segments.min_samples === 'number' ? segments.min_samples : 200;
  // A segment and metric that failed or warned is listed above as such, not here.
  const flagged = new Set(report.checks.filter((c) => c.status === 'fail' || c.status === 'warn').map((c) => `${c.segment}\u0000${c.metric}`));
  const bySegment = new Map<string, Check[]>();
  for (const c of report.checks) {
    if (!isUnderpowered(c, minSamples) || flagged.has(`${c.segment}\u0000${c.metric}`)) continue;
    const list = bySegment.get(c.segment) ?? [];
    list.push(c);
    bySegment.set(c.segment, list);
  }
  return [...bySegment.entries()]
    .sort((a, b) => (a[1][0].n ?? 0) - (b[1][0].n ?? 0) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([segment, checks]) => {
      const parts = checks.map((c) => `${escapeText(worseningName(c))} under ${formatWorsening(c.metric, c.detectable!)}`);
      const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
      return { text: `${escapeText(segment)} (n=${formatCount(checks[0].n!)}): ${list} could go unnoticed.`, metrics: checks.map((c) => c.metric) };
    });
}

/** The comment's folded power section, or null when every passing check has the power to tell. */
export function powerSection(report: Report): string | null {
  const sentences = powerLines(report);
  if (sentences.length === 0) return null;
  const shown = sentences.slice(0, MAX_SEGMENTS).map((s) => `- ${s.text}`);
  if (sentences.length > MAX_SEGMENTS) shown.push(`- and ${formatCount(sentences.length - MAX_SEGMENTS)} more segments (report.json has every check's \`detectable\`).`);
  const n = sentences.length;
  const metrics = [...new Set(sentences.flatMap((x) => x.metrics))].map((m) => escapeText(m));
  const seg = n === 1 ? 'one segment is' : `${formatCount(n)} segments are`;
  return `<details><summary>🔎 Passing, but ${seg} too small to rule out a regression beyond the rule (${metrics.join(', ')})</summary>\n\nPassing checks only, per segment: the smallest worsening each test would catch 4 times in 5 at this sample size; a smaller one could pass unseen.\n\n${shown.join('\n')}\n\n</details>`;
}
