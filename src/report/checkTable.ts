// checkTable.ts: the comment's tables of checks: one row per check (or per group
// of checks failing the same way in every segment), cut to a character budget,
// with the integrity checks' messages as notes; and the small helpers the
// comment's sections share (status marks, plurals, folded details).
import { EPSILON, worsening } from '../gate/index.js';
import type { Check, CheckStatus } from '../schema/index.js';
import { allowanceOf } from './budget.js';
import { escapeNumber, escapeText } from './escape.js';
import { formatCount, formatDelta, formatInterval, formatP, formatValue } from './format.js';
import { groupChecks, groupSegments, type CheckGroup } from './groups.js';
import { shownInterval } from './interval.js';
import { fitTable, tableHead, tableRow, type Align } from './mdtable.js';
import { ruleText } from './rule.js';

/** The status marks of the tables and headlines. */
export const MARK: Record<CheckStatus, string> = { pass: '✅', warn: '⚠️', fail: '❌', insufficient: '➖' };

/** `3 checks`, `1 check`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** A collapsed `<details>` block. */
export function folded(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** `recall`, or `latency_p99_ms (shadow)` for sources other than offline. */
export function metricCell(c: Check): string {
  const m = escapeText(c.metric, { max: 80 });
  return c.source === 'offline' ? m : `${m} (${c.source})`;
}

/**
 * A delta, marked 🔴 only where the candidate is worse beyond the rule (it uses
 * more than its allowance, or the check failed or warned) and 🟢 where it is
 * better; a worsening within the rule carries no mark.
 */
function deltaCell(c: Check): string {
  const text = escapeNumber(formatDelta(c.metric, c.delta, c.baseline));
  if (c.delta === null || c.baseline === null || c.candidate === null || c.higher_is_better === null) return text;
  const worse = worsening(c.metric, c.higher_is_better ? 'higher' : 'lower', c.baseline, c.candidate);
  if (Math.abs(worse) <= EPSILON || text.startsWith('±')) return text;
  if (worse < 0) return `${text} 🟢`;
  const beyond = c.status === 'fail' || c.status === 'warn' || (allowanceOf(c)?.used ?? 0) > 1;
  return beyond ? `${text} 🔴` : text;
}

export function ruleCell(c: Check): string {
  const rule = ruleText(c);
  if (rule === null) return '–';
  return `${escapeText(rule, { max: 80 })}${c.severity === 'warn' ? ' (advisory)' : ''}`;
}

/** The adjusted p-value where it decided something: a change check that failed or warned. */
function pCell(c: Check): string {
  return c.rule_kind === 'change' && (c.status === 'fail' || c.status === 'warn') ? escapeNumber(formatP(c.p_adjusted)) : '–';
}

const CHECK_HEAD = ['', 'segment', 'metric', 'n', 'baseline', 'candidate', 'delta', 'interval', 'p (adj.)', 'rule'];
const CHECK_ALIGN: Align[] = ['c', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'l'];

function checkRow(c: Check, withP: boolean, segment = c.segment): string {
  const cells = [
    MARK[c.status],
    escapeText(segment, { max: 120 }),
    metricCell(c),
    c.n === null ? '–' : formatCount(c.n),
    escapeNumber(formatValue(c.metric, c.baseline)),
    escapeNumber(formatValue(c.metric, c.candidate)),
    deltaCell(c),
    escapeNumber(formatInterval(c.metric, shownInterval(c), c.baseline)),
  ];
  if (withP) cells.push(pCell(c));
  cells.push(ruleCell(c));
  return tableRow(cells);
}

/**
 * A table of checks (or groups of checks, one row each) within `budget`, the rest
 * counted as `more(n)`; the p column only where a p-value decided a row.
 */
export function checkTable(rows: Array<Check | CheckGroup>, budget: number, more: (n: number) => string): string {
  const groups = rows.map((r) => ('lead' in r ? r : { lead: r, members: [r], uniform: false }));
  const withP = groups.some((g) => pCell(g.lead) !== '–');
  const head = withP ? CHECK_HEAD : CHECK_HEAD.filter((h) => h !== 'p (adj.)');
  const align = withP ? CHECK_ALIGN : CHECK_ALIGN.filter((_, i) => CHECK_HEAD[i] !== 'p (adj.)');
  return fitTable(
    tableHead(head, align),
    groups.map((g) => checkRow(g.lead, withP, groupSegments(g))),
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

/**
 * A heading, a table cut to fit (a check failing the same way in overall and
 * every segment is one row, its segment rows folded below), and integrity notes
 * if room is left.
 */
export function checkSection(fullReport: string, all: Check[], checks: Check[], heading: string, what: string, budget: number): string {
  if (checks.length === 0) return '';
  const more = (n: number): string => `…and ${plural(n, `more ${what}`)}, less severe than those above: see the ${fullReport}.`;
  const minimal = `${heading}\n\n${plural(checks.length, what)}: they do not fit in this comment; see the ${fullReport}.`;
  const room = budget - heading.length - 2;
  if (room <= 0) return minimal;
  const groups = groupChecks(checks, all);
  const table = checkTable(groups, room, more);
  if (!table.startsWith('|')) return minimal;
  let text = `${heading}\n\n${table}`;
  const folds = groups.filter((g) => g.uniform);
  if (folds.length > 0) {
    const rows = folds.flatMap((g) => g.members.slice(1));
    const summary = `The ${plural(rows.length, 'segment row')} behind ${folds.length === 1 ? 'the grouped row' : `the ${folds.length} grouped rows`}`;
    const wrap = folded(summary, '');
    const inner = checkTable(rows, budget - text.length - wrap.length - 2, (n) => `…and ${formatCount(n)} more: see the ${fullReport}.`);
    if (inner.startsWith('|')) text += `\n\n${folded(summary, inner)}`;
  }
  const notes = integrityNotes(checks, budget - text.length - 2);
  if (notes) text += `\n\n${notes}`;
  return text;
}
