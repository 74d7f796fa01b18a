// Renders the report as GitHub-flavoured Markdown: the PR comment and the job
// summary. A pure function of the Report (a `from-report` run re-renders a
// downloaded report.json the same way).
//
// The comment is a list of sections (SECTIONS, in display order), each a function
// of the report and a character budget. It is built to a size: sections are
// filled in priority order (verdict and failures first, then warnings, then the
// rest), each gets the room the others leave, and a table that does not fit is
// cut to the rows that do plus a line counting the rest, with a link to the full
// report. So the comment never exceeds `maxChars`, whatever the data.
import { stringify } from 'yaml';
import { EPSILON, worsening } from '../gate/index.js';
import type { Check, CheckStatus } from '../schema/index.js';
import { allowanceOf, formatUsed, textBar, worstFirst } from './budget.js';
import { codeBlock, escapeNumber, escapeText } from './escape.js';
import { formatCount, formatDelta, formatInterval, formatP, formatValue } from './format.js';
import { shownInterval } from './interval.js';
import { commitUrl, fullReportLink, shortSha } from './links.js';
import { fitTable, tableHead, tableRow, type Align } from './mdtable.js';
import { deltaChart } from './mermaid.js';
import { envelopeSection } from './envelope.js';
import { overrideMarkdown } from './override.js';
import { powerSection } from './power.js';
import type { Report, Verdict } from './types.js';

/** GitHub rejects comments longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/**
 * Characters that always fit in GitHub's 1 MiB job summary: a UTF-16 code unit
 * is at most 3 bytes of UTF-8 (a surrogate pair, two units, is 4).
 */
export const SUMMARY_CHARS = Math.floor((1024 * 1024) / 3) - 1024;

export interface MarkdownOptions {
  /**
   * The most characters the Markdown may have. Default 65,536 (GitHub's comment
   * limit); the action passes that minus its hidden marker line. At least 2,000.
   */
  maxChars?: number;
}

const HEADLINE: Record<Verdict, string> = {
  pass: '✅ may ship',
  warn: '⚠️ may ship, with warnings',
  fail: '❌ blocked',
  overridden: '🔓 failed, overridden',
};

const MARK: Record<CheckStatus, string> = { pass: '✅', warn: '⚠️', fail: '❌', insufficient: '➖' };

/** What every section reads: the report and values derived from it once. */
export interface RenderContext {
  report: Report;
  /** The checks of each status: failed and warned worst first, the others in report order. */
  byStatus: Record<CheckStatus, Check[]>;
  /** Markdown pointing at the full report (artifact, else workflow run, else the report directory). */
  fullReport: string;
}

/** One part of the comment. */
export interface Section {
  id: string;
  /** Lower is given room first. 0: always shown (title, verdict, footer). */
  priority: number;
  /**
   * The section in at most `budget` characters; when it cannot fit, its
   * smallest form (a line counting what is left out, or ''), which the
   * renderer reserves before it hands out room.
   */
  render(ctx: RenderContext, budget: number): string;
}

/** A section that is shown whole when it fits, else left out. */
export function whole(id: string, priority: number, f: (report: Report) => string): Section {
  return {
    id,
    priority,
    render: (ctx, budget) => {
      const text = f(ctx.report);
      return text.length <= budget ? text : '';
    },
  };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

function folded(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

// ---- check tables ----

/** `recall`, or `latency_p99_ms (shadow)` for sources other than offline. */
function metricCell(c: Check): string {
  const m = escapeText(c.metric, { max: 80 });
  return c.source === 'offline' ? m : `${m} (${c.source})`;
}

/** A delta with a mark telling better (🟢) from worse (🔴), whichever way the metric points. */
function deltaCell(c: Check): string {
  const text = escapeNumber(formatDelta(c.metric, c.delta, c.baseline));
  if (c.delta === null || c.baseline === null || c.candidate === null || c.higher_is_better === null) return text;
  const worse = worsening(c.metric, c.higher_is_better ? 'higher' : 'lower', c.baseline, c.candidate);
  if (Math.abs(worse) <= EPSILON || text.startsWith('±')) return text;
  return `${text} ${worse > 0 ? '🔴' : '🟢'}`;
}

function ruleCell(c: Check): string {
  if (c.rule === null) return '–';
  return `${escapeText(c.rule, { max: 80 })}${c.severity === 'warn' ? ' (advisory)' : ''}`;
}

const CHECK_HEAD = ['', 'segment', 'metric', 'n', 'baseline', 'candidate', 'delta', 'interval', 'p (adj.)', 'rule'];
const CHECK_ALIGN: Align[] = ['c', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'l'];

function checkRow(c: Check, withP: boolean): string {
  const cells = [
    MARK[c.status],
    escapeText(c.segment, { max: 120 }),
    metricCell(c),
    c.n === null ? '–' : formatCount(c.n),
    escapeNumber(formatValue(c.metric, c.baseline)),
    escapeNumber(formatValue(c.metric, c.candidate)),
    deltaCell(c),
    escapeNumber(formatInterval(c.metric, shownInterval(c), c.baseline)),
  ];
  if (withP) cells.push(escapeNumber(formatP(c.p_adjusted)));
  cells.push(ruleCell(c));
  return tableRow(cells);
}

/** A table of checks within `budget`, the rest counted as `more(n)`; the p column only when some check has one. */
function checkTable(checks: Check[], budget: number, more: (n: number) => string): string {
  const withP = checks.some((c) => c.p_adjusted !== null);
  const head = withP ? CHECK_HEAD : CHECK_HEAD.filter((h) => h !== 'p (adj.)');
  const align = withP ? CHECK_ALIGN : CHECK_ALIGN.filter((_, i) => CHECK_HEAD[i] !== 'p (adj.)');
  return fitTable(
    tableHead(head, align),
    checks.map((c) => checkRow(c, withP)),
    budget,
    more,
  ).text;
}

/** Messages of integrity checks: their table row alone does not say what is wrong. */
function integrityNotes(checks: Check[], budget: number): string {
  const lines: string[] = [];
  let size = 0;
  for (const c of checks.filter((x) => x.source === 'integrity').slice(0, 10)) {
    const line = `- **${escapeText(c.metric, { max: 80 })}**: ${escapeText(c.message, { max: 500 })}`;
    if (size + line.length + 1 > budget) break;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

/** A heading, a table cut to fit, and integrity notes if room is left. */
function checkSection(ctx: RenderContext, checks: Check[], heading: string, what: string, budget: number): string {
  if (checks.length === 0) return '';
  const more = (n: number): string => `…and ${plural(n, `more ${what}`)}, less severe than those above: see the ${ctx.fullReport}.`;
  const minimal = `${heading}\n\n${plural(checks.length, what)}: they do not fit in this comment; see the ${ctx.fullReport}.`;
  const room = budget - heading.length - 2;
  if (room <= 0) return minimal;
  const table = checkTable(checks, room, more);
  if (!table.startsWith('|')) return minimal;
  let text = `${heading}\n\n${table}`;
  const notes = integrityNotes(checks, budget - text.length - 2);
  if (notes) text += `\n\n${notes}`;
  return text;
}

// ---- sections ----

function title(ctx: RenderContext): string {
  return `### Model gate ${escapeText(ctx.report.name, { max: 100 })}: ${HEADLINE[ctx.report.verdict] ?? escapeText(String(ctx.report.verdict))}`;
}

function filesText(files: string[] | undefined): string {
  if (!files || files.length === 0) return '';
  const first = escapeText(files[0], { max: 80 });
  return files.length === 1 ? first : `${first} and ${plural(files.length - 1, 'more file')}`;
}

/** What was compared: which files, how many examples and requests, at which commit. */
function comparedLine(report: Report): string {
  const inputs = report.inputs ?? ({} as Partial<Report['inputs']>);
  const amounts: string[] = [];
  if (typeof inputs.examples === 'number') amounts.push(`**${plural(inputs.examples, 'example')}** offline`);
  if (typeof inputs.requests === 'number') amounts.push(`**${plural(inputs.requests, 'request')}** in shadow`);
  const cand = filesText(inputs.candidate_eval?.files);
  const base = filesText(inputs.baseline_eval?.files);
  const which = cand && base ? `Candidate (${cand}) against baseline (${base})` : 'Candidate against baseline';
  const sha = shortSha(report);
  const url = commitUrl(report);
  const commit = sha ? ` · commit ${url ? `[\`${sha}\`](${url})` : `\`${sha}\``}` : '';
  return `${which} on ${amounts.join(' and ') || 'no data'}${commit}.`;
}

function verdictLines(ctx: RenderContext): string {
  const { report } = ctx;
  const n = (k: CheckStatus): number => Number(report.counts?.[k] ?? 0);
  const lines = [
    `**${plural(n('fail'), 'check')} failed** · ${plural(n('warn'), 'warning')} · ${formatCount(n('pass'))} passed · ${formatCount(n('insufficient'))} with too little data`,
    comparedLine(report),
  ];
  const override = overrideMarkdown(report);
  if (override) lines.push(override);
  return lines.join('\n');
}

function failures(ctx: RenderContext, budget: number): string {
  const failed = ctx.byStatus.fail;
  return checkSection(ctx, failed, `#### ❌ ${plural(failed.length, 'failed check')}`, 'failed check', budget);
}

function warnings(ctx: RenderContext, budget: number): string {
  const warned = ctx.byStatus.warn;
  return checkSection(ctx, warned, `#### ⚠️ ${plural(warned.length, 'warning')}`, 'warning', budget);
}

/** For each rule with a budget (a change tolerance or a `max`): how much of it overall and the worst segment use. */
function budgets(ctx: RenderContext, budget: number): string {
  interface Line {
    key: string;
    overall: Check | null;
    worst: Check | null;
    worstUsed: number;
  }
  const lines = new Map<string, Line>();
  for (const c of ctx.report.checks) {
    if (c.status === 'insufficient') continue;
    const a = allowanceOf(c);
    if (!a || a.kind === 'min') continue;
    const key = `${c.source}\u0000${c.metric}\u0000${c.rule}`;
    let line = lines.get(key);
    if (!line) lines.set(key, (line = { key, overall: null, worst: null, worstUsed: -1 }));
    if (c.segment === 'overall') line.overall = c;
    else if (a.used > line.worstUsed) {
      line.worst = c;
      line.worstUsed = a.used;
    }
  }
  if (lines.size === 0) return '';
  const anyUsed = [...lines.values()].some((l) => l.worstUsed > 0 || (l.overall !== null && allowanceOf(l.overall)!.used > 0));
  if (!anyUsed) return '**Budgets used:** none; the candidate is no worse than the baseline under any rule that allows a worsening or sets a `max`.';
  const cell = (c: Check | null): string => {
    if (!c) return '–';
    const used = allowanceOf(c)!.used;
    return `\`${textBar(used)}\` ${formatUsed(used)}${c.status === 'fail' || c.status === 'warn' ? ` ${MARK[c.status]}` : ''}`;
  };
  const rows = [...lines.values()].map((l) =>
    tableRow([
      metricCell((l.overall ?? l.worst)!),
      ruleCell((l.overall ?? l.worst)!),
      cell(l.overall),
      l.worst === null ? '–' : l.worstUsed > 0 ? `${cell(l.worst)} ${escapeText(l.worst.segment, { max: 60 })}` : 'none worse',
    ]),
  );
  const heading = '#### Budgets used';
  const intro = 'How much of each allowed worsening (or `max` limit) the candidate uses: 100% is the limit.';
  const table = fitTable(tableHead(['metric', 'rule', 'overall', 'worst segment'], ['l', 'l', 'l', 'l']), rows, budget - heading.length - intro.length - 4, (n) =>
    `…and ${plural(n, 'more rule')}: see the ${ctx.fullReport}.`,
  );
  if (table.shown === 0) return '';
  return `${heading}\n\n${intro}\n\n${table.text}`;
}

function chart(report: Report): string {
  const c = deltaChart(report);
  return c ? `#### At a glance\n\n${c.caption}\n\n${c.block}` : '';
}

function insufficient(ctx: RenderContext, budget: number): string {
  const checks = ctx.byStatus.insufficient;
  if (checks.length === 0) return '';
  const minimal = `➖ ${plural(checks.length, 'check')} with too little data to judge: see the ${ctx.fullReport}.`;
  const rows = checks.map((c) =>
    tableRow([escapeText(c.segment, { max: 120 }), metricCell(c), ruleCell(c), c.n === null ? '–' : formatCount(c.n), escapeText(c.message, { max: 200 })]),
  );
  const summary = `➖ ${plural(checks.length, 'check')} with too little data`;
  const wrap = folded(summary, '');
  const table = fitTable(tableHead(['segment', 'metric', 'rule', 'n', 'why'], ['l', 'l', 'l', 'r', 'l']), rows, budget - wrap.length, (n) =>
    `…and ${formatCount(n)} more: see the ${ctx.fullReport}.`,
  );
  return table.shown === 0 ? minimal : folded(summary, table.text);
}

function passing(ctx: RenderContext, budget: number): string {
  const checks = ctx.report.checks.filter((c) => c.status === 'pass');
  if (checks.length === 0) return '';
  const minimal = `✅ ${plural(checks.length, 'passing check')}: see the ${ctx.fullReport}.`;
  const summary = `✅ ${plural(checks.length, 'passing check')}`;
  const room = budget - folded(summary, '').length;
  const table = checkTable(checks, room, (n) => `…and ${plural(n, 'more passing check')}: see the ${ctx.fullReport}.`);
  return table.startsWith('|') ? folded(summary, table) : minimal;
}

function effectiveConfig(report: Report): string {
  return folded('Effective config', codeBlock(stringify(report.config ?? {}), 'yaml'));
}

function footer(ctx: RenderContext): string {
  const at = typeof ctx.report.generated_at === 'string' ? ` · ${escapeText(ctx.report.generated_at, { max: 40 })}` : '';
  return `<sub>model-release-gate · ${ctx.fullReport}${at}</sub>`;
}

const fixed = (id: string, f: (ctx: RenderContext) => string): Section => ({ id, priority: 0, render: (ctx) => f(ctx) });

/**
 * The comment's sections in display order. To add one, put it where it should
 * appear and give it a priority (lower fills first; ties fill in display order).
 */
export const SECTIONS: readonly Section[] = [
  fixed('title', title),
  fixed('verdict', verdictLines),
  whole('envelope', 1, envelopeSection),
  { id: 'failures', priority: 1, render: failures },
  { id: 'warnings', priority: 2, render: warnings },
  // What the data could not tell: passing checks in small segments.
  whole('unnoticed', 3, (report) => powerSection(report) ?? ''),
  { id: 'budgets', priority: 3, render: budgets },
  whole('chart', 4, chart),
  { id: 'insufficient', priority: 5, render: insufficient },
  { id: 'passing', priority: 6, render: passing },
  whole('config', 7, effectiveConfig),
  fixed('footer', footer),
];

const SEP = '\n\n';

/** Length of the parts joined by SEP, with the final newline. */
function joinedLength(parts: readonly string[]): number {
  let n = 0;
  let k = 0;
  for (const p of parts) {
    if (p === '') continue;
    n += p.length;
    k++;
  }
  return n + Math.max(0, k - 1) * SEP.length + 1;
}

export function renderContext(report: Report): RenderContext {
  const byStatus: Record<CheckStatus, Check[]> = { pass: [], warn: [], fail: [], insufficient: [] };
  for (const c of report.checks) byStatus[c.status]?.push(c);
  // Insufficient checks keep the report's order (by segment): nothing was judged, nothing is worse.
  for (const k of ['fail', 'warn'] as const) byStatus[k] = worstFirst(byStatus[k]);
  return { report, byStatus, fullReport: fullReportLink(report).markdown };
}

/**
 * The report as Markdown in at most `maxChars` characters (default GitHub's
 * 65,536): the verdict and what was compared, failed checks worst first, then
 * warnings, budgets, a chart, and the rest folded; what does not fit is counted,
 * with a link to the full report.
 */
export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const maxChars = Math.max(2_000, opts.maxChars ?? GITHUB_COMMENT_LIMIT);
  const ctx = renderContext(report);
  const parts = SECTIONS.map((s) => s.render(ctx, 0));
  const order = SECTIONS.map((_, i) => i).sort((a, b) => SECTIONS[a].priority - SECTIONS[b].priority || a - b);
  for (const i of order) {
    if (SECTIONS[i].priority === 0) continue;
    const without = parts.map((p, j) => (j === i ? '' : p));
    const budget = maxChars - joinedLength(without) - SEP.length;
    const full = SECTIONS[i].render(ctx, budget);
    if (full.length <= Math.max(budget, parts[i].length)) parts[i] = full;
  }
  return `${parts.filter((p) => p !== '').join(SEP)}\n`;
}
