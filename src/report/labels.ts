// Labels that come late, or never, in the comment: the label coverage by
// request age (from the shadow log's timestamps, with the maturity cut), and
// the estimated checks labelled as estimates with what they assume and how
// they compared with the labels that exist. Pure: reads the Report only.
import type { Check } from '../schema/index.js';
import { escapeText } from './escape.js';
import { formatCount, formatInterval, formatValue } from './format.js';
import type { Report } from './types.js';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function coverage(report: Report): string {
  const lc = report.shadow?.label_coverage;
  if (!lc) return '';
  const head = `**Label coverage by request age** (ages back from the newest request, ${escapeText(lc.newest, { max: 40 })})`;
  const cut =
    lc.maturity !== null && lc.mature_requests !== null
      ? ` Online checks read only requests at least ${escapeText(lc.maturity, { max: 32 })} old: ${formatCount(lc.mature_requests)} requests${lc.young_labelled ? `; ${formatCount(lc.young_labelled)} younger labelled ones left out` : ''}.`
      : '';
  const rows = lc.by_age.map((b) => `| ${b.to_days === null ? `${b.from_days}d+` : `${b.from_days}d`} | ${formatCount(b.requests)} | ${formatCount(b.labelled)} | ${pct(b.coverage)} |`);
  return `${head}.${cut}\n\n| age | requests | labelled | share |\n|---|--:|--:|--:|\n${rows.join('\n')}`;
}

function estimates(report: Report): string {
  const e = report.shadow?.estimate;
  const checks = report.checks.filter((c) => c.source === 'estimated' && !c.id.endsWith('/labelled') && c.segment === 'overall');
  if (!e && checks.length === 0) return '';
  const lines = [
    `**Estimated without labels** on ${formatCount(e?.requests ?? 0)} requests (calibrated on ${formatCount(e?.calibration_examples ?? 0)} eval examples). ${escapeText(e?.assumption ?? '', { max: 512 })}`,
  ];
  if (checks.length > 0) {
    const model = (c: Check, which: 'baseline' | 'candidate') => {
      const ci = which === 'baseline' ? c.baseline_ci : c.candidate_ci;
      return `${formatValue(c.metric, c[which])} ${ci ? formatInterval(c.metric, ci) : ''}`.trim();
    };
    lines.push(
      '',
      '| metric (estimate) | baseline | candidate | delta interval | status |',
      '|---|--:|--:|--:|---|',
      ...checks.map((c) => `| ${escapeText(c.metric, { max: 60 })} | ${model(c, 'baseline')} | ${model(c, 'candidate')} | ${formatInterval(c.metric, c.ci)} | ${c.status} |`),
    );
  }
  const bad = (e?.comparisons ?? []).filter((c) => !c.agrees);
  if (bad.length > 0) {
    lines.push(
      '',
      `⚠️ On the labelled requests the estimate disagrees with the labels for ${bad.map((c) => `${escapeText(c.metric, { max: 60 })} (${c.model})`).join(', ')}: the assumption may not hold (concept drift); do not trust these estimates.`,
    );
  } else if ((e?.comparisons ?? []).length > 0) {
    lines.push('', `On ${formatCount(e!.comparisons[0].requests)} labelled requests the estimates agree with the labels.`);
  }
  return lines.join('\n');
}

/** The section, or '' when the report has neither timestamps nor estimates. */
export function labelsSection(report: Report): string {
  const parts = [coverage(report), estimates(report)].filter((p) => p !== '');
  return parts.length === 0 ? '' : `#### Labels that come late\n\n${parts.join('\n\n')}`;
}
