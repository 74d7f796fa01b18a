// The data section of the PR comment, pure: failing and warning data checks
// first (worst first), inconclusive passes counted with their noise floor,
// then the most drifted features with a small text histogram of the reference
// against the current. Every data value (feature names, categories, segment
// ids, request ids) goes through src/report/escape.ts.
import { escapeNumber, escapeText, codeBlock, revealInvisible, truncate } from '../../report/index.js';
import { formatCount, formatNumber } from '../../metrics/index.js';
import type { Check } from '../../gate/index.js';
import type { DataCheck, DataSection, FeatureSegmentView } from './types.js';

const ICON: Record<Check['status'], string> = { fail: '❌', warn: '⚠️', pass: '✅', insufficient: '➖' };
const MAX_ROWS = 15;
const MAX_HISTOGRAMS = 3;
const BAR = 16;

const isRate = (c: DataCheck) => /_rate\[/.test(c.metric);
const show = (c: DataCheck, x: number | null) => (x === null || !Number.isFinite(x) ? '—' : isRate(c) ? `${(x * 100).toFixed(1)}%` : formatNumber(x));

/** Worst first: failures, then warnings; within each the smallest adjusted p, then the largest excess over the limit. */
export function worstFirst(checks: DataCheck[]): DataCheck[] {
  const rank = { fail: 0, warn: 1, insufficient: 2, pass: 3 } as const;
  const excess = (c: DataCheck) => (c.candidate ?? 0) - (c.baseline ?? 0) - (c.tolerance ?? 0);
  return [...checks].sort((a, b) => rank[a.status] - rank[b.status] || (a.p_adjusted ?? 1) - (b.p_adjusted ?? 1) || excess(b) - excess(a) || (a.id < b.id ? -1 : 1));
}

/** The features that moved most: largest PSI beyond its noise floor, one view per feature. */
export function mostDrifted(section: DataSection, max = MAX_HISTOGRAMS): FeatureSegmentView[] {
  const floor = new Map(section.checks.filter((c) => c.metric.startsWith('psi[')).map((c) => [`${c.metric}|${c.segment}`, c.noise_floor ?? 0]));
  const best = new Map<string, { v: FeatureSegmentView; score: number }>();
  for (const v of section.features) {
    if (!Number.isFinite(v.psi)) continue;
    const score = v.psi - (floor.get(`psi[${v.feature}]|${v.segment}`) ?? 0);
    const prev = best.get(v.feature);
    if (!prev || score > prev.score) best.set(v.feature, { v, score });
  }
  return [...best.values()].filter((x) => x.score > 0).sort((a, b) => b.score - a.score).slice(0, max).map((x) => x.v);
}

/** A text histogram of one feature in one segment: each bucket's share, reference against current. */
export function histogram(v: FeatureSegmentView): string {
  const R = v.nReference || 1;
  const C = v.nCurrent || 1;
  const rows = v.buckets.filter((b) => !b.special || b.reference + b.current > 0);
  const top = Math.max(...rows.map((b) => Math.max(b.reference / R, b.current / C)), 1e-12);
  const bar = (s: number) => '█'.repeat(Math.round((s / top) * BAR)).padEnd(BAR, ' ');
  const cell = (s: number) => `${bar(s)} ${(s * 100).toFixed(1).padStart(5)}%`;
  const label = (s: string) => truncate(revealInvisible(s.replace(/[\r\n]/g, ' ')), 18).padEnd(18);
  const lines = [`${label('bucket')}  ${'reference'.padEnd(BAR + 7)}  current`];
  for (const b of rows) lines.push(`${label(b.label)}  ${cell(b.reference / R)}  ${cell(b.current / C)}`);
  return lines.join('\n');
}

/** The data section as Markdown (empty string when there are no data checks). */
export function renderDataMarkdown(section: DataSection): string {
  const checks = section.checks;
  if (checks.length === 0) return '';
  const count = (s: Check['status']) => checks.filter((c) => c.status === s).length;
  const out: string[] = ['### Data checks', ''];
  const inconclusive = checks.filter((c) => c.inconclusive);
  out.push(
    `${formatCount(count('fail'))} failing, ${formatCount(count('warn'))} warning, ${formatCount(count('pass'))} passing${count('insufficient') ? `, ${formatCount(count('insufficient'))} with too few rows` : ''} of ${formatCount(checks.length)} data checks.`,
    '',
  );
  const bad = worstFirst(checks.filter((c) => c.status === 'fail' || c.status === 'warn'));
  if (bad.length) {
    out.push('| | check | value | limit | no drift up to | why |', '|---|---|---|---|---|---|');
    for (const c of bad.slice(0, MAX_ROWS)) {
      const value = c.baseline !== null && isRate(c) ? `${show(c, c.baseline)} → ${show(c, c.candidate)}` : show(c, c.candidate);
      out.push(`| ${ICON[c.status]} | ${escapeText(c.id, { max: 80 })} | ${escapeNumber(value)} | ${escapeText(c.rule ?? '—')} | ${escapeNumber(show(c, c.noise_floor))} | ${escapeText(c.message, { max: 240 })} |`);
    }
    if (bad.length > MAX_ROWS) out.push('', `…and ${formatCount(bad.length - MAX_ROWS)} more in report.json.`);
    out.push('');
  }
  if (inconclusive.length) {
    const list = inconclusive.slice(0, 5).map((c) => `${escapeText(c.id, { max: 80 })} (${escapeNumber(show(c, c.candidate))}, no drift up to ${escapeNumber(show(c, c.noise_floor))})`);
    out.push(`Beyond the limit but within the noise at this n (inconclusive, passing): ${list.join('; ')}${inconclusive.length > 5 ? `; …${formatCount(inconclusive.length - 5)} more` : ''}.`, '');
  }
  const drifted = mostDrifted(section);
  if (drifted.length) {
    out.push('**Most drifted features**', '');
    for (const v of drifted) {
      out.push(`${escapeText(v.feature, { max: 80 })} in ${escapeText(v.segment, { max: 80 })}: PSI ${escapeNumber(formatNumber(v.psi))} (reference ${formatCount(v.nReference)} rows, current ${formatCount(v.nCurrent)} rows)`, '');
      out.push(codeBlock(histogram(v)), '');
    }
  }
  return out.join('\n').replace(/\n+$/, '\n');
}
