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
import type { Check, CheckStatus } from '../schema/index.js';
import { allowanceOf, formatUsed, textBar, worstFirst } from './budget.js';
import { dataMarkdown, isDataCheck } from './data.js';
import { MARK, checkSection, checkTable, folded, metricCell, plural, ruleCell } from './checkTable.js';
import { confusionNote } from './confusion.js';
import { codeBlock, escapeNumber, escapeText } from './escape.js';
import { formatCount } from './format.js';
import { commitUrl, fullReportLink, shortSha } from './links.js';
import { headlineRows } from './headline.js';
import { fitTable, tableHead, tableRow } from './mdtable.js';
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
  /**
   * False when no report files exist (the CLI without --report-dir): the text
   * then points at `--report-dir` instead of files that are not there. Default true.
   */
  files?: boolean;
}

const HEADLINE: Record<Verdict, string> = {
  pass: '✅ may ship',
  warn: '⚠️ may ship, with warnings',
  fail: '❌ blocked',
  overridden: '🔓 failed, overridden',
};

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
  // From a summaries file both sides are the same file: name it once.
  const which = cand && base ? (cand === base ? `Candidate against baseline (from ${cand})` : `Candidate (${cand}) against baseline (${base})`) : 'Candidate against baseline';
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

/** The numbers first: each configured metric overall, and the shadow run's p99 latency and cost. */
function headline(report: Report): string {
  const rows = headlineRows(report);
  if (rows.length === 0) return '';
  const mark = (s: CheckStatus | null): string => (s === 'fail' || s === 'warn' ? ` ${MARK[s]}` : '');
  return fitTable(
    tableHead(['overall', 'baseline', 'candidate', 'change'], ['l', 'r', 'r', 'r']),
    rows.map((r) => tableRow([escapeText(r.label, { max: 80 }), escapeNumber(r.baseline), escapeNumber(r.candidate), `${escapeNumber(r.delta)}${mark(r.status)}`])),
    Number.MAX_SAFE_INTEGER,
    () => '',
  ).text;
}

function failures(ctx: RenderContext, budget: number): string {
  const failed = ctx.byStatus.fail;
  const text = checkSection(ctx.fullReport, ctx.report.checks, failed, `#### ❌ ${plural(failed.length, 'failed check')}`, 'failed check', budget);
  // Multiclass: the confusion behind each failed per-class recall, when it fits.
  const notes = failed
    .map((c) => confusionNote(ctx.report, c))
    .filter((x): x is string => x !== null)
    .slice(0, 5);
  const extra = notes.length && text.startsWith('####') ? `\n\n${notes.map((x) => `- ${escapeText(x, { max: 300 })}`).join('\n')}` : '';
  return extra && text.length + extra.length <= budget ? text + extra : text;
}

function warnings(ctx: RenderContext, budget: number): string {
  const warned = ctx.byStatus.warn;
  return checkSection(ctx.fullReport, ctx.report.checks, warned, `#### ⚠️ ${plural(warned.length, 'warning')}`, 'warning', budget);
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
  const table = fitTable(
    tableHead(['metric', 'rule', 'overall', 'worst segment'], ['l', 'l', 'l', 'l']),
    rows,
    budget - heading.length - intro.length - 4,
    (n) => `…and ${plural(n, 'more rule')}: see the ${ctx.fullReport}.`,
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
  const rows = checks.map((c) => tableRow([escapeText(c.segment, { max: 120 }), metricCell(c), ruleCell(c), c.n === null ? '–' : formatCount(c.n), escapeText(c.message, { max: 200 })]));
  const summary = `➖ ${plural(checks.length, 'check')} with too little data`;
  const wrap = folded(summary, '');
  const table = fitTable(
    tableHead(['segment', 'metric', 'rule', 'n', 'why'], ['l', 'l', 'l', 'r', 'l']),
    rows,
    budget - wrap.length,
    (n) => `…and ${formatCount(n)} more: see the ${ctx.fullReport}.`,
  );
  return table.shown === 0 ? minimal : folded(summary, table.text);
}

function passing(ctx: RenderContext, budget: number): string {
  const checks = ctx.report.checks.filter((c) => c.status === 'pass' && !isDataCheck(c));
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
  const files = ctx.fullReport.includes('--report-dir') ? '' : ` · ${ctx.fullReport}`;
  return `<sub>model-release-gate${files}${at}</sub>`;
}

const fixed = (id: string, f: (ctx: RenderContext) => string): Section => ({ id, priority: 0, render: (ctx) => f(ctx) });

/**
 * The comment's sections in display order. To add one, put it where it should
 * appear and give it a priority (lower fills first; ties fill in display order).
 */
export const SECTIONS: readonly Section[] = [
  fixed('title', title),
  fixed('verdict', verdictLines),
  whole('headline', 1, headline),
  { id: 'failures', priority: 1, render: failures },
  { id: 'warnings', priority: 2, render: warnings },
  // After the failures: a passing envelope is folded.
  whole('envelope', 2, envelopeSection),
  // What the data could not tell: passing checks in small segments.
  whole('unnoticed', 3, (report) => powerSection(report) ?? ''),
  { id: 'budgets', priority: 3, render: budgets },
  whole('chart', 4, chart),
  // The data checks (sources data and skew) in their own section, after the model checks (src/report/data.ts).
  { id: 'data', priority: 2, render: (ctx, budget) => dataMarkdown(ctx.report, budget, `in the ${ctx.fullReport}`) },
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

export function renderContext(report: Report, files = true): RenderContext {
  const byStatus: Record<CheckStatus, Check[]> = { pass: [], warn: [], fail: [], insufficient: [] };
  // Data checks are listed in the data section, not with the model checks.
  for (const c of report.checks) if (!isDataCheck(c)) byStatus[c.status]?.push(c);
  // Insufficient checks keep the report's order (by segment): nothing was judged, nothing is worse.
  for (const k of ['fail', 'warn'] as const) byStatus[k] = worstFirst(byStatus[k]);
  const link = fullReportLink(report);
  const fullReport = files || link.url !== null ? link.markdown : 'full report (run with `--report-dir DIR` for report.json and report.html)';
  return { report, byStatus, fullReport };
}

/**
 * The report as Markdown in at most `maxChars` characters (default GitHub's
 * 65,536): the verdict and what was compared, failed checks worst first, then
 * warnings, budgets, a chart, and the rest folded; what does not fit is counted,
 * with a link to the full report.
 */
export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const maxChars = Math.max(2_000, opts.maxChars ?? GITHUB_COMMENT_LIMIT);
  const ctx = renderContext(report, opts.files ?? true);
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
