// report.html: the full report as one self-contained page. Inline CSS and SVG
// charts, no external scripts, fonts or images (a Content-Security-Policy with
// hashes forbids anything else); readable without JavaScript, a tiny inline
// script makes the tables sortable. A pure function of the Report; every value
// from data goes through escapeHtml.
import { judgedOnAbsolute } from '../metrics/index.js';
import { CSS, CSS_SHA256, SCRIPT, SCRIPT_SHA256 } from './htmlAssets.js';
import { stringify } from 'yaml';
import { worsening } from '../gate/index.js';
import type { Check, CheckStatus } from '../schema/index.js';
import { allowanceOf, formatUsed, worstFirst } from './budget.js';
import { dataHtml } from './dataHtml.js';
import { confusionSection } from './confusion.js';
import { escapeHtml } from './escape.js';
import { formatCount, formatDelta, formatInterval, formatP, formatValue } from './format.js';
import { shownInterval } from './interval.js';
import { commitUrl, runUrl as safeRunUrl, shortSha } from './links.js';
import { ruleText } from './rule.js';
import { chartSelection, changeUnit, mainMetric, metricsOf, segmentChanges, toChangeUnits, type MetricRef } from './segmentChanges.js';
import { budgetBar, forestPlot, histogram, pairedBars, type ForestRow } from './svg.js';
import type { Report, ScoreDistribution, Verdict } from './types.js';

/** Most segments per chart in report.html; the tables below hold all of them. */
export const HTML_CHART_SEGMENTS = 40;
/** Most metrics as columns of the per-segment table. */
const SEGMENT_TABLE_METRICS = 12;

// Text symbols, not emoji: they render in any font, and CSS colours them.
const VERDICT: Record<Verdict, string> = {
  pass: '✓ may ship',
  warn: '⚠\ufe0e may ship, with warnings',
  fail: '✗ blocked',
  overridden: '✗ failed, overridden',
};
const SYMBOL: Record<CheckStatus, string> = { pass: '✓', warn: '⚠\ufe0e', fail: '✗', insufficient: '–' };
const MARK: Record<CheckStatus, string> = {
  pass: `<span class="mk pass" title="passed">${SYMBOL.pass}</span>`,
  warn: `<span class="mk warn" title="warning">${SYMBOL.warn}</span>`,
  fail: `<span class="mk fail" title="failed">${SYMBOL.fail}</span>`,
  insufficient: `<span class="mk insufficient" title="too little data">${SYMBOL.insufficient}</span>`,
};
const STATUS_ORDER: Record<CheckStatus, number> = { fail: 0, warn: 1, insufficient: 2, pass: 3 };

const h = (s: unknown): string => escapeHtml(String(s ?? ''));
const plural = (n: number, one: string, many = `${one}s`): string => `${formatCount(n)} ${n === 1 ? one : many}`;

/** A cell; `v` is the sort key (numbers sort as numbers), `cls` its classes. */
function td(content: string, opts: { v?: number | string | null; cls?: string } = {}): string {
  const v = opts.v === undefined ? '' : ` data-v="${opts.v === null || (typeof opts.v === 'number' && !Number.isFinite(opts.v)) ? '' : h(opts.v)}"`;
  return `<td${opts.cls ? ` class="${opts.cls}"` : ''}${v}>${content}</td>`;
}

function th(label: string, num = false): string {
  return `<th${num ? ' class="num"' : ''} scope="col">${h(label)}</th>`;
}

/** Whether the change is better or worse for the metric's direction. */
function tone(c: Check): 'worse' | 'better' | 'same' {
  if (c.baseline === null || c.candidate === null || c.higher_is_better === null) return 'same';
  const w = worsening(c.metric, c.higher_is_better ? 'higher' : 'lower', c.baseline, c.candidate);
  return Math.abs(w) <= 1e-12 ? 'same' : w > 0 ? 'worse' : 'better';
}

function deltaHtml(c: Check): string {
  const t = tone(c);
  const text = h(formatDelta(c.metric, c.delta, c.baseline));
  return t === 'same' ? text : `<span class="${t}">${text}</span>`;
}

/** The change of a check in display units, for sorting. */
function deltaKey(c: Check): number | null {
  return c.delta === null ? null : toChangeUnits(c.metric, c.delta, c.baseline);
}

/** A segment id for a cell: long ones cut, the whole id in the tooltip. */
function segmentHtml(id: string): string {
  return id.length > 200 ? `<span title="${h(id)}">${escapeHtml(id, { max: 200 })}</span>` : h(id);
}

function metricLabel(c: Check): string {
  return c.source === 'offline' ? h(c.metric) : `${h(c.metric)} <span class="muted">(${h(c.source)})</span>`;
}

// ---- sections ----

function header(report: Report): string {
  const n = (k: CheckStatus): number => Number(report.counts?.[k] ?? 0);
  const hasLatency = latencySection(report) !== '';
  const inputs = report.inputs ?? ({} as Partial<Report['inputs']>);
  const amounts: string[] = [];
  if (typeof inputs.examples === 'number') amounts.push(`<b>${h(plural(inputs.examples, 'example'))}</b> offline`);
  if (typeof inputs.requests === 'number') amounts.push(`<b>${h(plural(inputs.requests, 'request'))}</b> in shadow`);
  const files = (label: string, f: { files?: string[]; rows?: number } | null | undefined): string =>
    f?.files?.length
      ? `<li>${label}: ${f.files
          .map((x) => `<code>${h(x)}</code>`)
          .slice(0, 20)
          .join(', ')}${f.files.length > 20 ? ` and ${h(formatCount(f.files.length - 20))} more` : ''} (${h(plural(Number(f.rows ?? 0), 'row'))})</li>`
      : '';
  const sha = shortSha(report);
  const cUrl = commitUrl(report);
  const commit = sha ? (cUrl ? `<a href="${h(cUrl)}"><code>${h(sha)}</code></a>` : `<code>${h(sha)}</code>`) : null;
  const runUrl = safeRunUrl(report);
  const where = [
    typeof report.run?.repository === 'string' ? `repository <code>${h(report.run.repository)}</code>` : null,
    commit ? `commit ${commit}` : null,
    typeof report.run?.pull_request === 'number' ? `pull request ${h(report.run.pull_request)}` : null,
    runUrl ? `<a href="${h(runUrl)}">workflow run</a>` : null,
  ].filter(Boolean);
  const o = report.override;
  const override = o
    ? `<p>Overridden by <b>${h(o.actor)}</b> (${h(o.permission)}) with the label <code>${h(o.label)}</code>; it overrode ${h(plural(o.overridden_checks?.length ?? 0, 'failed check'))}.</p>`
    : '';
  return `<header>
<h1>Model gate <span>${h(report.name)}</span></h1>
<div class="verdict ${h(report.verdict)}">${h(VERDICT[report.verdict] ?? report.verdict)}</div>
<p class="counts"><span><b>${h(formatCount(n('fail')))}</b> failed</span><span><b>${h(formatCount(n('warn')))}</b> warnings</span><span><b>${h(formatCount(n('pass')))}</b> passed</span><span><b>${h(formatCount(n('insufficient')))}</b> with too little data</span></p>
<p>Candidate against baseline on ${amounts.join(' and ') || 'no data'}.${where.length ? ` ${where.join(' · ')}.` : ''}</p>
${override}<ul class="muted">${files('candidate', inputs.candidate_eval)}${files('baseline', inputs.baseline_eval)}${files('shadow', inputs.shadow)}</ul>
<nav><a href="#failed">Failed</a><a href="#warnings">Warnings</a><a href="#segments">Per segment</a><a href="#budgets">Budgets</a><a href="#distributions">Score distributions</a>${hasLatency ? '<a href="#latency">Latency</a>' : ''}<a href="#segment-table">Segment table</a><a href="#checks">All checks</a><a href="#config">Config</a></nav>
</header>`;
}

function checksTable(checks: readonly Check[], id: string): string {
  const rows = checks.map((c) => {
    const a = allowanceOf(c);
    return `<tr class="${h(c.status)}">${[
      td(`${MARK[c.status] ?? ''} ${h(c.status)}`, { v: STATUS_ORDER[c.status] ?? 9, cls: 'nowrap' }),
      td(segmentHtml(c.segment), { cls: 'seg' }),
      td(metricLabel(c)),
      td(c.n === null ? '–' : h(formatCount(c.n)), { cls: 'num', v: c.n }),
      td(h(formatValue(c.metric, c.baseline)), { cls: 'num', v: c.baseline }),
      td(h(formatValue(c.metric, c.candidate)), { cls: 'num', v: c.candidate }),
      td(deltaHtml(c), { cls: 'num', v: deltaKey(c) }),
      td(h(formatInterval(c.metric, shownInterval(c), c.baseline)), { cls: 'num wrap', v: shownInterval(c) ? toChangeUnits(c.metric, shownInterval(c)![0], c.baseline) : null }),
      td(h(formatP(c.p_adjusted)), { cls: 'num', v: c.p_adjusted }),
      td(c.rule === null ? '–' : `${h(ruleText(c))}${c.severity === 'warn' ? ' <span class="muted">(advisory)</span>' : ''}`, { cls: 'wrap' }),
      td(a && a.kind !== 'min' ? h(formatUsed(a.used)) : '–', { cls: 'num', v: a && a.kind !== 'min' ? a.used : null }),
      td(h(c.message), { cls: 'msg' }),
    ].join('')}</tr>`;
  });
  const head = [
    th('status'),
    th('segment'),
    th('metric'),
    th('n', true),
    th('baseline', true),
    th('candidate', true),
    th('delta', true),
    th('interval', true),
    th('p (adj.)', true),
    th('rule'),
    th('budget used', true),
    th('message'),
  ];
  // Fits a 1,400 px window: the unadjusted p (in report.json) is left out, the interval and rule wrap; narrow screens get one block per check.
  return `<div class="scroll"><table class="sortable" id="${id}" data-checks><thead><tr>${head.join('')}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>`;
}

function statusSection(id: string, title: string, checks: Check[], empty: string): string {
  if (checks.length === 0) return `<section id="${id}"><h2>${h(title)}</h2><p class="note">${h(empty)}</p></section>`;
  return `<section id="${id}"><h2>${h(`${title} (${formatCount(checks.length)})`)}</h2><p class="note">Worst first. Intervals and p-values are of the change (candidate minus baseline); budget used is the share of the allowed worsening (or of a max limit) the candidate uses.</p>${checksTable(checks, `${id}-table`)}</section>`;
}

function forestFor(report: Report, ref: MetricRef): string {
  const changes = segmentChanges(report, ref);
  if (changes.length === 0) return '';
  const shown = chartSelection(changes, HTML_CHART_SEGMENTS);
  const unit = changeUnit(ref.metric);
  const rows: ForestRow[] = shown.map((s) => {
    const c = s.check;
    const value = toChangeUnits(c.metric, c.delta ?? 0, c.baseline) ?? 0;
    const shown = shownInterval(c);
    const ci = shown ? ([toChangeUnits(c.metric, shown[0], c.baseline), toChangeUnits(c.metric, shown[1], c.baseline)] as const) : null;
    const higher = c.higher_is_better ?? true;
    const boundary = s.allowed === null || judgedOnAbsolute(c.metric) ? null : higher ? -s.allowed : s.allowed;
    return {
      label: c.segment,
      value,
      ci: ci && ci[0] !== null && ci[1] !== null ? [ci[0], ci[1]] : null,
      boundary,
      tone: tone(c),
      failed: c.status === 'fail',
    };
  });
  const unitText = unit === 'pp' ? 'pp' : unit === '%' ? '% of the baseline' : 'metric units';
  const more =
    changes.length > shown.length
      ? ` Showing ${h(formatCount(shown.length))} of ${h(formatCount(changes.length))} segments: overall, the failed ones, then the worst; the segment table below has all.`
      : '';
  const dir = report.checks.find((c) => c.metric === ref.metric && c.source === ref.source)?.higher_is_better;
  const direction = dir === true ? 'higher is better' : dir === false ? 'lower is better' : '';
  return `<h3>${h(ref.metric)}${ref.source === 'offline' ? '' : ` (${h(ref.source)})`}${direction ? ` <span class="muted">· ${direction}</span>` : ''}</h3>
<p class="note">Change from baseline to candidate per segment (bar), its interval (whisker) and the edge of the allowed worsening (dashed).${more}</p>
${forestPlot(rows, unitText, `change in ${ref.metric}`)}`;
}

function segmentsSection(report: Report): string {
  const main = mainMetric(report);
  const refs: MetricRef[] = [];
  if (main) refs.push(main);
  for (const source of ['offline', 'online', 'shadow'] as const) {
    for (const metric of metricsOf(report, source)) if (!refs.some((r) => r.source === source && r.metric === metric)) refs.push({ source, metric });
  }
  const charts = refs.map((r) => forestFor(report, r)).filter(Boolean);
  const body = charts.length ? charts.join('\n') : '<p class="note">No per-segment changes to draw.</p>';
  return `<section id="segments"><h2>Per-segment changes</h2><p class="note">The first chart is the main metric (the first in the config). Red bars are worse, green better, whatever the metric's direction; ✗ marks a failed check.</p>${body}</section>`;
}

function budgetsSection(report: Report): string {
  const rows = report.checks
    .map((c) => ({ c, a: allowanceOf(c) }))
    .filter((x): x is { c: Check; a: NonNullable<ReturnType<typeof allowanceOf>> } => x.a !== null && x.a.kind !== 'min' && x.c.status !== 'insufficient' && x.a.used > 0)
    .sort((x, y) => (y.a.used === x.a.used ? 0 : y.a.used > x.a.used ? 1 : -1))
    .slice(0, 200);
  if (rows.length === 0)
    return `<section id="budgets"><h2>Budgets used</h2><p class="note">No check uses any of its allowed worsening: the candidate is no worse anywhere a rule has a change tolerance or a max limit.</p></section>`;
  const body = rows
    .map(
      ({ c, a }) =>
        `<tr class="${h(c.status)}">${[td(`${MARK[c.status] ?? ''}`, { v: STATUS_ORDER[c.status] }), td(segmentHtml(c.segment), { cls: 'seg' }), td(metricLabel(c)), td(h(c.rule)), td(`${budgetBar(a.used)}${h(formatUsed(a.used))}`, { v: a.used })].join('')}</tr>`,
    )
    .join('\n');
  const total = report.checks.filter((c) => {
    const a = allowanceOf(c);
    return a !== null && a.kind !== 'min' && c.status !== 'insufficient' && a.used > 0;
  }).length;
  return `<section id="budgets"><h2>Budgets used</h2><p class="note">How much of each allowed worsening (or max limit) the candidate uses, fullest first; 100% is the limit. Checks that use none are left out.${total > rows.length ? ` The ${h(formatCount(rows.length))} fullest of ${h(formatCount(total))}; all are in the checks table.` : ''}</p><div class="scroll"><table class="sortable"><thead><tr>${th('')}${th('segment')}${th('metric')}${th('rule')}${th('used')}</tr></thead><tbody>\n${body}\n</tbody></table></div></section>`;
}

function distributionBlock(title: string, d: ScoreDistribution | null | undefined): string {
  if (!d || !Array.isArray(d.edges) || d.edges.length < 2) return '';
  const total = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  const label = d.kind === 'probability' ? 'score (P(positive))' : 'prediction';
  return `<h3>${h(title)}</h3><p class="note">Share of examples per bin of the ${h(label)}: baseline ${h(plural(total(d.baseline), 'example'))}, candidate ${h(plural(total(d.candidate), 'example'))}.</p>${histogram(d.edges, d.baseline, d.candidate, label)}`;
}

function distributionsSection(report: Report): string {
  const blocks = [distributionBlock('Offline eval', report.distributions?.offline), distributionBlock('Shadow traffic', report.distributions?.shadow)].filter(Boolean);
  return `<section id="distributions"><h2>Score distributions</h2>${blocks.length ? blocks.join('\n') : '<p class="note">No score distributions in this report (multiclass, or a report from an older version).</p>'}</section>`;
}

/** p50/p95/p99 of both models, as the comment shows them (the shadow summary), else from the latency checks; '' without latency. */
function latencySection(report: Report): string {
  const summary = report.shadow?.latency ?? null;
  let rows: Array<{ label: string; baseline: number | null; candidate: number | null; baselineText: string; candidateText: string }>;
  if (summary) {
    rows = (['p50', 'p95', 'p99'] as const).map((k) => {
      const metric = `latency_${k}_ms`;
      const b = summary.baseline[k];
      const c = summary.candidate[k];
      return { label: k, baseline: b, candidate: c, baselineText: formatValue(metric, b), candidateText: `${formatValue(metric, c)} (${formatDelta(metric, c - b, b)})` };
    });
  } else {
    const lat = report.checks.filter((c) => c.segment === 'overall' && /^latency_p\d+_ms$/.test(c.metric));
    const seen = new Set<string>();
    rows = lat
      .filter((c) => (seen.has(c.metric) ? false : (seen.add(c.metric), true)))
      .sort((a, b) => Number(/\d+/.exec(a.metric)![0]) - Number(/\d+/.exec(b.metric)![0]))
      .map((c) => ({
        label: c.metric.replace(/^latency_(p\d+)_ms$/, '$1'),
        baseline: c.baseline,
        candidate: c.candidate,
        baselineText: formatValue(c.metric, c.baseline),
        candidateText: `${formatValue(c.metric, c.candidate)} (${formatDelta(c.metric, c.delta, c.baseline)})`,
      }));
  }
  // An offline-only report has no latency: no empty section.
  if (rows.length === 0) return '';
  return `<section id="latency"><h2>Latency percentiles</h2><p class="note">Serving latency of both models on the same requests, overall.</p>${pairedBars(rows, 'Latency percentiles')}</section>`;
}

function segmentTable(report: Report): string {
  const source = report.checks.some((c) => c.source === 'offline') ? 'offline' : report.checks.find((c) => c.source !== 'integrity')?.source;
  if (!source) return '';
  const metrics = metricsOf(report, source).slice(0, SEGMENT_TABLE_METRICS);
  const segs = new Map<string, { n: number | null; cells: Map<string, Check>; worst: CheckStatus }>();
  for (const c of report.checks) {
    if (c.source !== source) continue;
    let s = segs.get(c.segment);
    if (!s) segs.set(c.segment, (s = { n: c.n, cells: new Map(), worst: 'pass' }));
    if (STATUS_ORDER[c.status] < STATUS_ORDER[s.worst]) s.worst = c.status;
    const prev = s.cells.get(c.metric);
    if (!prev || STATUS_ORDER[c.status] < STATUS_ORDER[prev.status]) s.cells.set(c.metric, c);
  }
  const rows = [...segs.entries()].map(([seg, s]) => {
    const cells = metrics.map((m) => {
      const c = s.cells.get(m);
      if (!c) return td('–');
      const mark = c.status === 'pass' ? '' : ` ${MARK[c.status]}`;
      return td(`${h(formatValue(m, c.candidate))} <span class="muted">(</span>${deltaHtml(c)}<span class="muted">)</span>${mark}`, { cls: 'num', v: deltaKey(c) });
    });
    return `<tr class="${h(s.worst)}">${td(`${MARK[s.worst]}`, { v: STATUS_ORDER[s.worst] })}${td(segmentHtml(seg), { cls: 'seg' })}${td(s.n === null ? '–' : h(formatCount(s.n)), { cls: 'num', v: s.n })}${cells.join('')}</tr>`;
  });
  const more = metricsOf(report, source).length > metrics.length ? ` The first ${metrics.length} metrics; all are in the checks table.` : '';
  return `<section id="segment-table"><h2>Per-segment table (${h(source)})</h2><p class="note">Each segment's candidate value and change per metric; click a header to sort (by the change for metric columns).${more}</p><div class="scroll"><table class="sortable"><thead><tr>${th('')}${th('segment')}${th('n', true)}${metrics.map((m) => th(m, true)).join('')}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div></section>`;
}

function allChecks(report: Report): string {
  const ordered = worstFirst(report.checks).sort((a, b) => (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9));
  return `<section id="checks"><h2>All checks (${h(formatCount(report.checks.length))})</h2><p class="note">Failed first, then warnings, too little data, passed; each worst first. Click a header to sort.</p>${checksTable(ordered, 'all-checks')}</section>`;
}

function configSection(report: Report): string {
  return `<section id="config"><h2>Effective config</h2><p class="note">The config as the gate applied it, defaults filled in.</p><pre>${h(stringify(report.config ?? {}))}</pre></section>`;
}

/** report.html for the report: one self-contained page. */
export function renderHtml(report: Report): string {
  const byStatus = (s: CheckStatus): Check[] => worstFirst(report.checks.filter((c) => c.status === s));
  const confusion = confusionSection(report);
  const main = [
    statusSection('failed', 'Failed checks', byStatus('fail'), 'No check failed.'),
    statusSection('warnings', 'Warnings', byStatus('warn'), 'No warnings.'),
    segmentsSection(report),
    budgetsSection(report),
    distributionsSection(report),
    ...(confusion ? [confusion] : []),
    latencySection(report),
    segmentTable(report),
    dataHtml(report),
    allChecks(report),
    configSection(report),
  ].join('\n');
  const csp = `default-src 'none'; style-src 'sha256-${CSS_SHA256}'; script-src 'sha256-${SCRIPT_SHA256}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const generated = typeof report.generated_at === 'string' ? report.generated_at : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>Model gate ${h(report.name)}: ${h(VERDICT[report.verdict] ?? report.verdict)}</title>
<style>${CSS}</style>
</head>
<body>
${header(report)}
<main>
${main}
</main>
<footer>model-release-gate · ${h(report.schema)} · generated ${h(generated)}</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
