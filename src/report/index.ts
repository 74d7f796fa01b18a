// src/report: the renderers. A Report (described in src/schema) in, text out:
// the PR comment and job summary (markdown.ts, cut to fit any character budget),
// report.html (html.ts, one self-contained file), and the pieces they share:
// escaping of anything from data (escape.ts), value formatting (format.ts),
// budgets read from the checks' structured fields (budget.ts), the per-segment
// picture of a metric (segmentChanges.ts), charts (mermaid.ts, svg.ts), the
// override line and what an override decision does to a report (override.ts).
// Pure: no I/O, no GitHub, no parsing of a check's text back into numbers.
//
// Public surface: renderMarkdown / renderHtml and their limits; applyOverride,
// withoutOverride, overrideMarkdown; escapeText; the format* helpers;
// scoreDistribution (the histograms the pipeline puts in the report); and, for
// old import paths, the report types and the validator re-exported from src/schema.
export { GITHUB_COMMENT_LIMIT, renderMarkdown, SUMMARY_CHARS, type MarkdownOptions } from './markdown.js';
export { renderHtml } from './html.js';
export { renderDataChecks, isDataCheck } from './data.js';
export { renderDataHtmlOf } from './dataHtml.js';
export { applyOverride, overrideMarkdown, withoutOverride, type OverrideDecision } from './override.js';
export { renderErrorMarkdown, type ErrorReport } from './error.js';
export { groupChecks, groupSegments, groupSummary, type CheckGroup } from './groups.js';
export { headlineRows, type HeadlineRow } from './headline.js';
export { ruleText } from './rule.js';
export { formatCount, formatDelta, formatInterval, formatNumber, formatP, formatUsd, formatValue, metricUnit } from './format.js';
export { scoreDistribution } from './distribution.js';
export { allowanceOf, worstFirst, type Allowance } from './budget.js';
export type { DataSummary, InputSummary, LatencyPercentiles, OverrideRefusal, Report, ScoreDistribution, ShadowChange, ShadowSummary, ValueForMoney, Verdict } from './types.js';
export { loadReport, validateReport } from './validate.js';
export { escapeText, escapeHtml, escapeNumber, codeBlock, revealInvisible, truncate, mermaidText, type EscapeOptions } from './escape.js';
export { valueForMoneyText } from './valueForMoney.js';
export { shownInterval } from './interval.js';
