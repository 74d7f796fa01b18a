// The comment's chart: a Mermaid `xychart-beta` (GitHub renders it) of how much
// worse the candidate is than the baseline on the main metric, per segment.
//
// Mermaid draws bars from the edge of the plot, not from zero, so signed deltas
// would mislead; the chart shows the worsening (improvements are 0) against the
// allowed worsening as a line, which is the question a reviewer asks. Failed
// segments are red bars (a second series) and marked ✗ in their label.
import { codeBlock, escapeText, mermaidText } from './escape.js';
import { formatCount } from './format.js';
import { chartSelection, changeUnit, mainMetric, segmentChanges } from './segmentChanges.js';
import type { Report } from './types.js';

/** Most segments in the chart: more would be unreadable at a comment's width. */
export const CHART_MAX_SEGMENTS = 20;

/**
 * Colours of the series in order: red bars for failed segments, grey bars for the
 * others, the blue line. Mermaid draws a zero as a short stub; grey drawn last
 * makes those stubs neutral.
 */
const init = (colors: string[]): string => `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${colors.join(', ')}"}}}}%%`;
const GREY = '#8c959f';
const RED = '#cf222e';
const BLUE = '#0969da';

/** Numbers as Mermaid's grammar reads them: no exponent, a fixed number of decimals. */
function numbers(xs: number[], decimals: number): string {
  return xs.map((x) => (x === 0 ? '0' : x.toFixed(decimals))).join(', ');
}

/**
 * Short labels for segments: the value alone for a one-column segment
 * (`region=BR` -> `BR`, the columns are named in the caption), the full id
 * otherwise or when two labels would look the same; long ones keep their
 * start and end.
 */
export function chartLabels(report: Report, segments: readonly string[]): string[] {
  const cols = (report.config?.columns as { segments?: unknown } | undefined)?.segments;
  const columns = Array.isArray(cols) ? cols.filter((c): c is string => typeof c === 'string') : [];
  const short = (id: string): string => {
    const col = columns.find((c) => id.startsWith(`${c}=`) && !id.slice(c.length + 1).includes('&'));
    return col === undefined ? id : id.slice(col.length + 1);
  };
  const middle = (s: string): string => {
    const t = mermaidText(s, 10_000);
    return t.length <= 28 ? t : `${t.slice(0, 13)}…${t.slice(-13)}`;
  };
  const first = segments.map((id) => middle(short(id)));
  const counts = new Map<string, number>();
  for (const l of first) counts.set(l, (counts.get(l) ?? 0) + 1);
  return segments.map((id, i) => (counts.get(first[i])! > 1 ? middle(id) : first[i]));
}

export interface DeltaChart {
  /** A sentence saying what the chart shows (Markdown, escaped). */
  caption: string;
  /** The fenced `mermaid` block. */
  block: string;
}

/** The chart, or null when the main metric has fewer than two segments to compare or none is worse. */
export function deltaChart(report: Report, maxSegments = CHART_MAX_SEGMENTS): DeltaChart | null {
  const ref = mainMetric(report);
  if (!ref) return null;
  const changes = segmentChanges(report, ref);
  if (changes.length < 2) return null;
  const shown = chartSelection(changes, maxSegments);
  const unit = changeUnit(ref.metric);
  const unitText = unit === 'pp' ? 'pp' : unit === '%' ? '% of baseline' : 'metric units';
  const worse = shown.map((s) => Math.max(0, s.worse));
  if (!worse.some((w) => w > 0)) return null;
  const allowed = shown.map((s) => s.allowed);
  const hasAllowed = allowed.some((a) => a !== null);
  const top = Math.max(...worse, ...allowed.map((a) => a ?? 0));
  const scaleTop = top > 0 ? top * 1.1 : 1;
  const decimals = Math.min(10, Math.max(0, 3 - Math.floor(Math.log10(scaleTop))));
  const failed = shown.map((s, i) => (s.check.status === 'fail' ? worse[i] : 0));
  const others = shown.map((s, i) => (s.check.status === 'fail' ? 0 : worse[i]));
  const names = chartLabels(
    report,
    shown.map((s) => s.check.segment),
  );
  const labels = shown.map((s, i) => `"${s.check.status === 'fail' ? '✗ ' : ''}${names[i]}"`);
  const metricLabel = mermaidText(ref.metric, 40);

  const anyFailed = failed.some((w, i) => w > 0 || shown[i].check.status === 'fail');
  const colors = [...(anyFailed ? [RED] : []), GREY, ...(hasAllowed ? [BLUE] : [])];
  const lines = [
    init(colors),
    'xychart-beta horizontal',
    `  title "${metricLabel}: how much worse than the baseline"`,
    `  x-axis [${labels.join(', ')}]`,
    `  y-axis "worse by (${unitText})" 0 --> ${scaleTop.toFixed(decimals)}`,
  ];
  if (anyFailed) lines.push(`  bar [${numbers(failed, decimals)}]`);
  lines.push(`  bar [${numbers(others, decimals)}]`);
  if (hasAllowed)
    lines.push(
      `  line [${numbers(
        allowed.map((a) => Math.max(0, a ?? 0)),
        decimals,
      )}]`,
    );

  const of = changes.length > shown.length ? ` (the ${formatCount(shown.length)} of ${formatCount(changes.length)} segments to look at first)` : '';
  const caption =
    `${escapeText(ref.metric, { max: 80 })}${ref.source === 'offline' ? '' : ` (${ref.source})`} (${ref.configured ? 'the first metric in the config' : 'the first metric checked'}) per segment${of}: ` +
    `bars show how much worse the candidate is (0 when it is better), red and ✗ where a check failed` +
    `${hasAllowed ? '; the line is the worsening the rule allows' : ''}.`;
  return { caption, block: codeBlock(lines.join('\n'), 'mermaid') };
}
