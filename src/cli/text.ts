// The report for a terminal (`--format text`, the default when stdout is a TTY):
// aligned plain text, no Markdown escapes, no <details> or Mermaid; colour only
// when asked (a TTY, and NO_COLOR unset). Text from data is made inert for a
// terminal (control characters, escape sequences dropped; invisible ones shown).
import type { Check, CheckStatus, Report } from '../schema/index.js';
import {
  formatCount,
  formatDelta,
  formatInterval,
  formatP,
  formatValue,
  groupChecks,
  groupSegments,
  headlineRows,
  revealInvisible,
  ruleText,
  shownInterval,
  truncate,
  worstFirst,
} from '../report/index.js';

export interface TextOptions {
  /** ANSI colours (a TTY without NO_COLOR). */
  color: boolean;
  /** Report files written (shown in the footer only when there are some). */
  files: string[];
}

/** Most rows per table; the rest are counted (report.json has every check). */
const MAX_ROWS = 40;

const VERDICT: Record<string, string> = {
  pass: 'PASS: may ship',
  warn: 'WARN: may ship, with warnings',
  fail: 'FAIL: blocked',
  overridden: 'OVERRIDDEN: failed, overridden',
};
const MARK: Record<CheckStatus, string> = { pass: 'ok', warn: 'warn', fail: 'FAIL', insufficient: 'n/a' };
const COLOUR: Record<CheckStatus, string> = { pass: '32', warn: '33', fail: '31', insufficient: '90' };

/** One line of data, safe on a terminal: no control characters (so no escape sequences), invisible ones revealed. */
export function plain(s: unknown, max = 120): string {
  const line = String(s).replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: dropping control characters is the point
  return truncate(revealInvisible(line.replace(/[\u0000-\u001f\u007f-\u009f]/g, '')), max);
}

/** Display width: code points (good enough for the text the report holds). */
const width = (s: string): number => [...s].length;

/** Columns padded to their widest cell; `right` columns aligned right. Cells are plain text. */
export function alignTable(rows: string[][], right: ReadonlySet<number> = new Set()): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))));
  return rows.map((r) =>
    r
      .map((cell, i) => {
        const pad = ' '.repeat(widths[i] - width(cell));
        return right.has(i) ? pad + cell : i === r.length - 1 ? cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

function paint(on: boolean, code: string, s: string): string {
  return on ? `\u001b[${code}m${s}\u001b[0m` : s;
}

function metricName(c: Check): string {
  return c.source === 'offline' ? plain(c.metric, 60) : `${plain(c.metric, 60)} (${c.source})`;
}

function checkRows(checks: Check[], all: Check[], o: TextOptions): string[] {
  const groups = groupChecks(checks, all);
  const head = ['', 'segment', 'metric', 'n', 'baseline', 'candidate', 'delta', 'interval', 'p (adj.)', 'rule'];
  const rows = groups.slice(0, MAX_ROWS).map((g) => {
    const c = g.lead;
    return [
      MARK[c.status],
      plain(groupSegments(g), 60),
      metricName(c),
      c.n === null ? '-' : formatCount(c.n),
      formatValue(c.metric, c.baseline),
      formatValue(c.metric, c.candidate),
      formatDelta(c.metric, c.delta, c.baseline),
      formatInterval(c.metric, shownInterval(c), c.baseline),
      c.rule_kind === 'change' && (c.status === 'fail' || c.status === 'warn') ? formatP(c.p_adjusted) : '-',
      plain(ruleText(c) ?? '-', 60),
    ];
  });
  const lines = alignTable([head, ...rows], new Set([3, 4, 5, 6, 7, 8]));
  const out = [lines[0], ...lines.slice(1).map((l, i) => (o.color ? paint(true, COLOUR[groups[i].lead.status], l) : l))];
  if (groups.length > MAX_ROWS) out.push(`...and ${formatCount(groups.length - MAX_ROWS)} more (report.json has every check)`);
  for (const g of groups.slice(0, MAX_ROWS)) {
    if (g.lead.source === 'integrity') out.push(`  ${metricName(g.lead)}: ${plain(g.lead.message, 300)}`);
  }
  return out.map((l) => `  ${l}`);
}

/** The report as aligned plain text for a terminal. */
export function renderText(report: Report, o: TextOptions): string {
  const counts = report.counts;
  const verdict = VERDICT[report.verdict] ?? plain(report.verdict);
  const colour = report.verdict === 'fail' ? '1;31' : report.verdict === 'warn' ? '1;33' : '1;32';
  const out: string[] = [];
  out.push(paint(o.color, colour, `Model gate ${plain(report.name, 100)}: ${verdict}`));
  out.push(
    `${formatCount(counts.fail)} failed, ${formatCount(counts.warn)} warning${counts.warn === 1 ? '' : 's'}, ${formatCount(counts.pass)} passed, ${formatCount(counts.insufficient)} with too little data`,
  );
  const amounts: string[] = [];
  if (typeof report.inputs?.examples === 'number') amounts.push(`${formatCount(report.inputs.examples)} examples offline`);
  if (typeof report.inputs?.requests === 'number') amounts.push(`${formatCount(report.inputs.requests)} requests in shadow`);
  if (amounts.length) out.push(`Candidate against baseline on ${amounts.join(' and ')}.`);
  if (report.override) out.push(`Overridden by ${plain(report.override.actor, 60)} with the label "${plain(report.override.label, 60)}".`);

  const headline = headlineRows(report);
  if (headline.length) {
    out.push('');
    const rows = headline.map((r) => [plain(r.label, 60), r.baseline, r.candidate, r.delta, r.status === 'fail' || r.status === 'warn' ? MARK[r.status] : '']);
    out.push(...alignTable([['overall', 'baseline', 'candidate', 'change', ''], ...rows], new Set([1, 2, 3])).map((l) => `  ${l}`));
  }
  const by = (s: CheckStatus) => report.checks.filter((c) => c.status === s);
  for (const [status, title] of [
    ['fail', 'Failed checks'],
    ['warn', 'Warnings'],
  ] as const) {
    const checks = worstFirst(by(status));
    if (checks.length === 0) continue;
    out.push('', paint(o.color, COLOUR[status], `${title} (${formatCount(checks.length)})`), ...checkRows(checks, report.checks, o));
  }
  const insufficient = by('insufficient');
  if (insufficient.length) {
    out.push('', `Too little data to judge (${formatCount(insufficient.length)}): ${[...new Set(insufficient.map((c) => plain(c.segment, 40)))].slice(0, 12).join(', ')}`);
  }
  const passing = by('pass');
  if (passing.length) out.push('', `Passed: ${formatCount(passing.length)} checks (--format md or report.json lists them).`);
  out.push('');
  out.push(o.files.length ? `Report files: ${o.files.map((f) => plain(f, 300)).join(', ')}` : 'No report files written (add --report-dir DIR for report.json, report.md and report.html).');
  return `${out.join('\n')}\n`;
}
