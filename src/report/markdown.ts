// Renders the report as GitHub-flavoured Markdown: the PR comment and the job
// summary. The verdict first, then the failing checks, the rest folded.
import { markdownTable } from 'markdown-table';
import { stringify } from 'yaml';
import type { Check } from '../gate/types.js';
import { envelopeSection } from './envelope.js';
import { codeBlock, escapeText } from './escape.js';
import { formatCount, formatDelta, formatInterval, formatValue } from './format.js';
import type { Report, Verdict } from './types.js';

const HEADLINE: Record<Verdict, string> = {
  pass: '✅ may ship',
  warn: '⚠️ may ship, with warnings',
  fail: '❌ blocked',
  overridden: '🔓 failed, overridden',
};

const MARK: Record<Check['status'], string> = { pass: '✅', warn: '⚠️', fail: '❌', insufficient: '➖' };

export interface MarkdownOptions {
  /** A link to the workflow run, shown in the footer. */
  runUrl?: string | null;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

function checkTable(checks: Check[]): string {
  const rows = checks.map((c) => [
    MARK[c.status],
    escapeText(c.segment),
    escapeText(c.metric),
    formatValue(c.metric, c.baseline),
    formatValue(c.metric, c.candidate),
    formatDelta(c.metric, c.delta, c.baseline),
    formatInterval(c.metric, c.ci),
    c.rule === null ? '–' : escapeText(c.rule),
  ]);
  return markdownTable([['', 'segment', 'metric', 'baseline', 'candidate', 'delta', 'interval', 'rule'], ...rows], {
    alignDelimiters: false,
    align: ['c', 'l', 'l', 'r', 'r', 'r', 'r', 'l'],
  });
}

function messageList(checks: Check[]): string {
  return checks.map((c) => `- **${escapeText(c.segment)} · ${escapeText(c.metric)}**: ${escapeText(c.message)}`).join('\n');
}

function folded(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** What was compared, in one line. */
function comparedLine(report: Report): string {
  const parts: string[] = [];
  if (report.inputs.examples !== null) parts.push(`${plural(report.inputs.examples, 'example')} offline`);
  if (report.inputs.requests !== null) parts.push(`${plural(report.inputs.requests, 'request')} in shadow`);
  const commit = report.run.commit ? ` at \`${report.run.commit.slice(0, 7).replace(/[^0-9a-f]/gi, '')}\`` : '';
  return `Candidate against baseline on ${parts.join(' and ') || 'no data'}${commit}.`;
}

export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const { counts } = report;
  const byStatus = (s: Check['status']): Check[] => report.checks.filter((c) => c.status === s);
  const failed = byStatus('fail');
  const warned = byStatus('warn');
  const insufficient = byStatus('insufficient');
  const passed = byStatus('pass');

  const out: string[] = [];
  out.push(`### Model gate ${escapeText(report.name)}: ${HEADLINE[report.verdict]}`);
  out.push(
    `**${plural(counts.fail, 'check')} failed** · ${plural(counts.warn, 'warning')} · ${formatCount(counts.pass)} passed · ${formatCount(counts.insufficient)} insufficient. ${comparedLine(report)}`,
  );
  if (report.override) {
    out.push(
      `Overridden by @${ZW}${escapeText(report.override.actor)} (${escapeText(report.override.permission)}) with the label \`${escapeText(report.override.label)}\`; it overrode ${plural(report.override.overridden_checks.length, 'failed check')}.`,
    );
  }
  const envelope = envelopeSection(report);
  if (envelope) out.push(envelope);
  if (failed.length) out.push(`#### Failed\n\n${checkTable(failed)}\n\n${messageList(failed)}`);
  if (warned.length) out.push(folded(`⚠️ ${plural(warned.length, 'warning')}`, `${checkTable(warned)}\n\n${messageList(warned)}`));
  if (insufficient.length) out.push(folded(`➖ ${plural(insufficient.length, 'check')} with too little data`, `${checkTable(insufficient)}\n\n${messageList(insufficient)}`));
  if (passed.length) out.push(folded(`✅ ${plural(passed.length, 'passing check')}`, checkTable(passed)));
  out.push(folded('Effective config', codeBlock(stringify(report.config), 'yaml')));
  const run = opts.runUrl ? ` · [workflow run](${encodeURI(opts.runUrl)})` : '';
  out.push(`<sub>model-release-gate · \`report.json\` has every check${run}</sub>`);
  return `${out.join('\n\n')}\n`;
}

const ZW = '\u200b';
