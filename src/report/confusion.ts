// confusion.ts: the multiclass confusion matrices of report.html (both models side
// by side, per segment) and the comment's note naming the cell behind a failed
// per-class recall ("recall[dog] 81% → 70%: dog taken for cat 12 → 57"). Pure.
import { formatCount, formatValue, splitMetricName, worstConfusion } from '../metrics/index.js';
import type { Check } from '../schema/index.js';
import { escapeHtml as h } from './escape.js';
import type { Report } from './types.js';

type Matrices = NonNullable<Report['confusion']>[number];

/** Most segments shown in report.html (overall first, then those with a failed check, then the rest). */
export const HTML_CONFUSION_SEGMENTS = 12;

function table(m: Matrices, which: 'baseline' | 'candidate'): string {
  const other = which === 'baseline' ? m.candidate : m.baseline;
  const head = `<tr><th>true \\ decided</th>${m.classes.map((c) => `<th>${h(c)}</th>`).join('')}</tr>`;
  const rows = m.classes.map((c, i) => {
    const cells = m[which][i].map((x, j) => {
      // Mark the candidate's off-diagonal cells that grew.
      const grew = which === 'candidate' && i !== j && x > other[i][j];
      return `<td class="num${grew ? ' fail' : ''}">${formatCount(x)}</td>`;
    });
    return `<tr><th>${h(c)}</th>${cells.join('')}</tr>`;
  });
  return `<table><caption>${which}</caption><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The report.html section, or '' when the report has no matrices (other tasks, older reports). */
export function confusionSection(report: Report): string {
  const all = report.confusion ?? [];
  if (all.length === 0) return '';
  const failed = new Set(report.checks.filter((c) => c.status === 'fail').map((c) => c.segment));
  const order = [...all].sort((a, b) => rank(a) - rank(b));
  function rank(m: Matrices): number {
    return m.segment === 'overall' ? 0 : failed.has(m.segment) ? 1 : 2;
  }
  const shown = order.slice(0, HTML_CONFUSION_SEGMENTS);
  const blocks = shown.map((m) => `<h3>${h(m.segment)}</h3><div class="pair">${table(m, 'baseline')}${table(m, 'candidate')}</div>`);
  const more = all.length > shown.length ? `<p class="note">${all.length - shown.length} more segments in report.json (\`confusion\`).</p>` : '';
  return `<section id="confusion"><h2>Confusion matrices</h2><p class="note">Rows: the true class; columns: the decided class; row counts. Candidate cells taken for another class more often than the baseline's are marked.</p>${blocks.join('\n')}${more}</section>`;
}

/**
 * For a failed `recall[CLASS]` check: the cell behind it, from the report's matrices.
 * @example confusionNote(report, check) // "recall[dog] 81% → 70%: dog taken for cat 12 → 57"
 */
export function confusionNote(report: Report, c: Check): string | null {
  const { base, arg } = splitMetricName(c.metric);
  if (base !== 'recall' || arg === null || c.status !== 'fail') return null;
  const m = report.confusion?.find((x) => x.segment === c.segment);
  const w = m ? worstConfusion(m, arg) : null;
  if (!w) return null;
  const where = c.segment === 'overall' ? '' : `${c.segment}: `;
  return `${where}${c.metric} ${formatValue(c.metric, c.baseline)} → ${formatValue(c.metric, c.candidate)}: ${arg} taken for ${w.takenFor} ${formatCount(w.baseline)} → ${formatCount(w.candidate)}`;
}
