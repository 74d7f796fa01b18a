// The shadow run in the comment: the envelope table (budget, baseline,
// candidate, delta, interval, status), value for money, label coverage, and a
// Mermaid bar chart of the latency percentiles, baseline against candidate,
// which GitHub renders in the comment itself. Pure: reads the Report only.
import { markdownTable } from 'markdown-table';
import type { Check } from '../schema/index.js';
import { labelsSection } from './labels.js';
import { groupChecks } from './groups.js';
import { valueForMoneyText } from './valueForMoney.js';
import { escapeText } from './escape.js';
import { formatCount, formatDelta, formatInterval, formatUsd, formatValue, metricUnit } from './format.js';
import { shownInterval } from './interval.js';
import type { Report, ShadowSummary } from './types.js';

const STATUS: Record<Check['status'], string> = { pass: '✅ pass', warn: '⚠️ warn', fail: '❌ fail', insufficient: '➖ insufficient' };

/** Segment rows beyond overall shown at most (failing and warning ones); the rest are in report.json. */
export const MAX_SEGMENT_ROWS = 20;
/** Longest segment text in a cell. */
const MAX_SEGMENT_TEXT = 60;

function short(s: string): string {
  return s.length > MAX_SEGMENT_TEXT ? `${s.slice(0, MAX_SEGMENT_TEXT - 1)}…` : s;
}

function value(c: Check, x: number | null): string {
  if (c.metric === 'value_for_money') return x === null ? '–' : `${formatUsd(x)}/1k per pt`;
  return formatValue(c.metric, x);
}

/** The interval in the delta's units: relative to the baseline for latency and cost (as the delta), else as offline. */
function interval(c: Check): string {
  const unit = metricUnit(c.metric);
  const ci = shownInterval(c);
  if (ci && (unit === 'ms' || unit === '$') && c.baseline !== null && c.baseline !== 0) {
    const base = c.baseline;
    const f = (x: number) => formatDelta(c.metric, x, base);
    return `[${f(ci[0])}, ${f(ci[1])}]`;
  }
  return formatInterval(c.metric, ci);
}

function row(c: Check): string[] {
  return [
    escapeText(short(c.segment)),
    escapeText(c.metric),
    c.rule === null ? '–' : escapeText(c.rule),
    value(c, c.baseline),
    value(c, c.candidate),
    formatDelta(c.metric, c.delta, c.baseline),
    interval(c),
    STATUS[c.status],
  ];
}

/** The envelope table: every overall shadow check, then segments that failed or warned. */
export function envelopeTable(checks: Check[]): string {
  const shadow = checks.filter((c) => c.source === 'shadow');
  const overall = shadow.filter((c) => c.segment === 'overall');
  // A check failing the same way in overall and every segment is one row: its overall one.
  const grouped = new Set(
    (['fail', 'warn'] as const).flatMap((st) =>
      groupChecks(
        shadow.filter((c) => c.status === st),
        checks,
      )
        .filter((g) => g.uniform)
        .flatMap((g) => g.members.slice(1)),
    ),
  );
  const flagged = shadow.filter((c) => c.segment !== 'overall' && (c.status === 'fail' || c.status === 'warn') && !grouped.has(c));
  const shown = [...overall, ...flagged.slice(0, MAX_SEGMENT_ROWS)];
  const table = markdownTable([['segment', 'metric', 'budget', 'baseline', 'candidate', 'delta', 'interval', 'status'], ...shown.map(row)], {
    alignDelimiters: false,
    align: ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'l'],
  });
  const more = flagged.length - MAX_SEGMENT_ROWS;
  return more > 0 ? `${table}\n\n${formatCount(more)} more segment rows failed or warned; \`report.json\` has them all.` : table;
}

/** A number as Mermaid's xychart grammar reads it: plain decimals, no exponent. */
function mermaidNumber(x: number): string {
  if (!Number.isFinite(x) || x <= 0) return '0';
  return x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toFixed(3);
}

/** A round upper end for the y axis, a little above the largest value. */
function axisMax(x: number): number {
  if (!(x > 0)) return 1;
  const target = x * 1.1;
  const step = 10 ** Math.floor(Math.log10(target));
  for (const k of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (k * step >= target) return k * step;
  return 10 * step;
}

/**
 * A Mermaid `xychart-beta` bar chart of p50/p95/p99 latency, baseline against candidate.
 * Each category holds one model's bar; the other series is 0 there, so the two colours
 * never hide each other (xychart draws bars of several series on the same spot).
 * @returns null when there are no latencies
 */
export function latencyChart(s: ShadowSummary): string | null {
  if (!s.latency) return null;
  const { baseline: b, candidate: c } = s.latency;
  const keys = ['p50', 'p95', 'p99'] as const;
  const values = keys.flatMap((k) => [b[k], c[k]]);
  if (!values.every(Number.isFinite)) return null;
  const max = axisMax(Math.max(...values));
  const categories = keys.flatMap((k) => [`"${k} baseline"`, `"${k} candidate"`]).join(', ');
  const base = keys.flatMap((k) => [mermaidNumber(b[k]), '0']).join(', ');
  const cand = keys.flatMap((k) => ['0', mermaidNumber(c[k])]).join(', ');
  return [
    '```mermaid',
    'xychart-beta',
    '    title "Latency percentiles, overall"',
    `    x-axis [${categories}]`,
    `    y-axis "ms" 0 --> ${mermaidNumber(max)}`,
    `    bar "baseline" [${base}]`,
    `    bar "candidate" [${cand}]`,
    '```',
  ].join('\n');
}

function labelsLine(s: ShadowSummary): string | null {
  const l = s.labels;
  if (l.labelled === 0 && l.file_rows === null) return null;
  const pct = (x: number) => `${(x * 100).toFixed(x < 0.001 && x > 0 ? 2 : 1)}%`;
  const parts = [`${formatCount(l.labelled)} of ${formatCount(s.requests)} requests labelled (${pct(l.coverage)})`];
  if (l.from_file > 0 || l.file_rows !== null) parts.push(`${formatCount(l.from_file)} of them from the labels file`);
  if (l.file_unmatched) parts.push(`${formatCount(l.file_unmatched)} labels named no request served by both models`);
  const online = l.online_requests > 0 ? ` Online checks ran on the ${formatCount(l.online_requests)} labelled requests both models served.` : ' No online checks ran.';
  const skipped = l.skipped_metrics.length ? ` Not measured online: ${l.skipped_metrics.map((x) => escapeText(x)).join('; ')}.` : '';
  return `**Labels:** ${parts.join('; ')}.${online}${skipped}`;
}

/**
 * The shadow section of the comment; '' when the report has no shadow run.
 * @example envelopeSection(report) // '#### Serving envelope\n\n| segment | metric | budget | ...'
 */
export function envelopeSection(report: Report): string {
  const s = report.shadow;
  if (!s) return '';
  const out: string[] = [];
  const models = `${escapeText(s.models.candidate)} against ${escapeText(s.models.baseline)}`;
  out.push(`#### Serving envelope\n\nShadow run on ${formatCount(s.requests)} requests both models served (${models}).`);
  const flagged = report.checks.some((c) => c.source === 'shadow' && (c.status === 'fail' || c.status === 'warn'));
  const table = envelopeTable(report.checks);
  // A passing envelope is folded: the failures above it are what a reviewer reads first.
  out.push(flagged ? table : `<details><summary>✅ every envelope check passed: the table</summary>\n\n${table}\n\n</details>`);
  if (s.value_for_money) out.push(`**Value for money:** ${escapeText(valueForMoneyText(s.value_for_money))}.`);
  const labels = labelsLine(s);
  if (labels) out.push(labels);
  const late = labelsSection(report);
  if (late) out.push(late);
  const chart = latencyChart(s);
  if (chart) out.push(chart);
  return out.join('\n\n');
}
