// The data section of the comment and report.md, pure: a function of the
// report's data checks (sources `data` and `skew`) and its `data` summary.
// Failing and warning data checks first (worst first), inconclusive passes
// with their noise floor, then the most drifted features with a small text
// histogram of the reference against the current. Built to a size: it drops
// histograms, then table rows, down to one counting line. Every data value
// goes through escape.ts.
import type { Check, CheckStatus, DataFeatureView, DataSummary, Report } from '../schema/index.js';
import { codeBlock, escapeNumber, escapeText, revealInvisible, truncate } from './escape.js';
import { formatCount, formatNumber } from './format.js';

const ICON: Record<CheckStatus, string> = { fail: '❌', warn: '⚠️', pass: '✅', insufficient: '➖' };
const MAX_ROWS = 15;
const MAX_HISTOGRAMS = 3;
const BAR = 16;

/** A check the data section shows (and the model sections leave out). */
export const isDataCheck = (c: Check): boolean => c.source === 'data' || c.source === 'skew';

const isRate = (c: Check) => /_rate\[/.test(c.metric);
const show = (c: Check, x: number | null | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? '—' : isRate(c) ? `${(x * 100).toFixed(1)}%` : formatNumber(x));

/** Worst first: failures, then warnings; within each the smallest adjusted p, then the largest excess over the limit. */
export function worstDataFirst(checks: readonly Check[]): Check[] {
  const rank = { fail: 0, warn: 1, insufficient: 2, pass: 3 } as const;
  const excess = (c: Check) => (c.candidate ?? 0) - (c.baseline ?? 0) - (c.tolerance ?? 0);
  return [...checks].sort((a, b) => rank[a.status] - rank[b.status] || (a.p_adjusted ?? 1) - (b.p_adjusted ?? 1) || excess(b) - excess(a) || (a.id < b.id ? -1 : 1));
}

/** The features that moved most: largest PSI beyond its noise floor, one view per feature. */
export function mostDrifted(data: DataSummary | null | undefined, checks: readonly Check[], max = MAX_HISTOGRAMS): DataFeatureView[] {
  if (!data) return [];
  const floor = new Map(checks.filter((c) => c.metric.startsWith('psi[')).map((c) => [`${c.metric}|${c.segment}`, c.noise_floor ?? 0]));
  const best = new Map<string, { v: DataFeatureView; score: number }>();
  for (const v of data.features) {
    if (v.psi === null || !Number.isFinite(v.psi)) continue;
    const score = v.psi - (floor.get(`psi[${v.feature}]|${v.segment}`) ?? 0);
    const prev = best.get(v.feature);
    if (!prev || score > prev.score) best.set(v.feature, { v, score });
  }
  return [...best.values()]
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, max)
    .map((x) => x.v);
}

/** A text histogram of one feature in one segment: each bucket's share, reference against current. */
export function histogram(v: DataFeatureView): string {
  const R = v.n_reference || 1;
  const C = v.n_current || 1;
  const rows = v.buckets.filter((b) => !b.special || b.reference + b.current > 0);
  const top = Math.max(...rows.map((b) => Math.max(b.reference / R, b.current / C)), 1e-12);
  const bar = (s: number) => '█'.repeat(Math.round((s / top) * BAR)).padEnd(BAR, ' ');
  const cell = (s: number) => `${bar(s)} ${(s * 100).toFixed(1).padStart(5)}%`;
  const label = (s: string) => truncate(revealInvisible(s.replace(/[\r\n]/g, ' ')), 18).padEnd(18);
  const lines = [`${label('bucket')}  ${'reference'.padEnd(BAR + 7)}  current`];
  for (const b of rows) lines.push(`${label(b.label)}  ${cell(b.reference / R)}  ${cell(b.current / C)}`);
  return lines.join('\n');
}

function form(data: DataSummary | null | undefined, checks: readonly Check[], maxRows: number, maxHistograms: number, more: string): string {
  const count = (s: CheckStatus) => checks.filter((c) => c.status === s).length;
  const out: string[] = ['### Data checks', ''];
  out.push(
    `${formatCount(count('fail'))} failing, ${formatCount(count('warn'))} warning, ${formatCount(count('pass'))} passing${count('insufficient') ? `, ${formatCount(count('insufficient'))} with too few rows` : ''} of ${formatCount(checks.length)} data checks.`,
    '',
  );
  const bad = worstDataFirst(checks.filter((c) => c.status === 'fail' || c.status === 'warn'));
  if (bad.length && maxRows > 0) {
    out.push('| | check | value | limit | no drift up to | why |', '|---|---|---|---|---|---|');
    for (const c of bad.slice(0, maxRows)) {
      const value = c.baseline !== null && isRate(c) ? `${show(c, c.baseline)} → ${show(c, c.candidate)}` : show(c, c.candidate);
      out.push(
        `| ${ICON[c.status]} | ${escapeText(c.id, { max: 80 })} | ${escapeNumber(value)} | ${escapeText(c.rule ?? '—')} | ${escapeNumber(show(c, c.noise_floor))} | ${escapeText(c.message, { max: 240 })} |`,
      );
    }
    if (bad.length > maxRows) out.push('', `…and ${formatCount(bad.length - maxRows)} more ${more}.`);
    out.push('');
  } else if (bad.length) out.push(`${formatCount(bad.length)} failing or warning data checks, listed ${more}.`, '');
  const inconclusive = checks.filter((c) => c.inconclusive === true);
  if (inconclusive.length && maxRows > 0) {
    const list = inconclusive.slice(0, 5).map((c) => `${escapeText(c.id, { max: 80 })} (${escapeNumber(show(c, c.candidate))}, no drift up to ${escapeNumber(show(c, c.noise_floor))})`);
    out.push(
      `Beyond the limit but within the noise at this n (inconclusive, passing): ${list.join('; ')}${inconclusive.length > 5 ? `; …${formatCount(inconclusive.length - 5)} more` : ''}.`,
      '',
    );
  }
  const drifted = mostDrifted(data, checks, maxHistograms);
  if (drifted.length) {
    out.push('**Most drifted features**', '');
    for (const v of drifted) {
      out.push(
        `${escapeText(v.feature, { max: 80 })} in ${escapeText(v.segment, { max: 80 })}: PSI ${escapeNumber(formatNumber(v.psi ?? NaN))} (reference ${formatCount(v.n_reference)} rows, current ${formatCount(v.n_current)} rows)`,
        '',
      );
      out.push(codeBlock(histogram(v)), '');
    }
  }
  return out.join('\n').replace(/\n+$/, '');
}

/**
 * The data section as Markdown in at most `budget` characters ('' without data checks):
 * the fullest form that fits, down to one line counting the data checks.
 * @param more where the rest is, e.g. `in report.json` or a link to the full report
 */
export function renderDataChecks(data: DataSummary | null | undefined, checks: readonly Check[], budget = Infinity, more = 'in report.json'): string {
  if (checks.length === 0) return '';
  const forms: Array<[number, number]> = [
    [MAX_ROWS, MAX_HISTOGRAMS],
    [MAX_ROWS, 1],
    [MAX_ROWS, 0],
    [5, 0],
    [1, 0],
    [0, 0],
  ];
  for (const [rows, hist] of forms) {
    const text = form(data, checks, rows, hist, more);
    if (text.length <= budget) return text;
  }
  const bad = checks.filter((c) => c.status === 'fail' || c.status === 'warn').length;
  const line = `**Data checks:** ${formatCount(bad)} failing or warning of ${formatCount(checks.length)}, listed ${more}.`;
  return line.length <= budget ? line : '';
}

/** The report's data section (the comment's hook). */
export function dataMarkdown(report: Report, budget: number, more: string): string {
  return renderDataChecks(report.data, report.checks.filter(isDataCheck), budget, more);
}
