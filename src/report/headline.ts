// The numbers a reviewer reads first: each configured metric overall, baseline
// -> candidate (change), and the serving envelope's p99 latency and cost per
// 1,000 requests overall when there is a shadow log. Shared by the comment and
// the terminal's text. Pure: reads the Report only; values as `format.ts` shows them.
import type { Check, CheckStatus } from '../schema/index.js';
import { formatDelta, formatValue } from './format.js';
import type { Report } from './types.js';

export interface HeadlineRow {
  /** The metric as people read it: `recall`, `recall (online)`, `latency p99 (shadow)`. */
  label: string;
  baseline: string;
  candidate: string;
  delta: string;
  /** The worst status of the row's overall checks; null when none judged it. */
  status: CheckStatus | null;
}

const RANK: Record<CheckStatus, number> = { fail: 3, warn: 2, insufficient: 1, pass: 0 };

function worst(checks: Check[]): CheckStatus | null {
  let w: CheckStatus | null = null;
  for (const c of checks) if (w === null || RANK[c.status] > RANK[w]) w = c.status;
  return w;
}

function fromCheck(label: string, checks: Check[]): HeadlineRow | null {
  const shown = checks.find((c) => c.rule_kind === 'change' && c.baseline !== null) ?? checks.find((c) => c.baseline !== null || c.candidate !== null);
  if (!shown) return null;
  return {
    label,
    baseline: formatValue(shown.metric, shown.baseline),
    candidate: formatValue(shown.metric, shown.candidate),
    delta: formatDelta(shown.metric, shown.delta, shown.baseline),
    status: worst(checks),
  };
}

/** The configured metrics overall (offline, else online), then p99 latency and cost overall from the shadow run. */
export function headlineRows(report: Report): HeadlineRow[] {
  const overall = report.checks.filter((c) => c.segment === 'overall');
  const configured = report.config?.metrics && typeof report.config.metrics === 'object' ? Object.keys(report.config.metrics) : [];
  const rows: HeadlineRow[] = [];
  for (const metric of configured) {
    for (const source of ['offline', 'online'] as const) {
      const checks = overall.filter((c) => c.source === source && c.metric === metric);
      const row = fromCheck(source === 'offline' ? metric : `${metric} (${source})`, checks);
      if (row) {
        rows.push(row);
        break;
      }
    }
  }
  const s = report.shadow;
  if (s) {
    const shadowChecks = (metric: string) => overall.filter((c) => c.source === 'shadow' && c.metric === metric);
    if (s.latency) {
      const { baseline: b, candidate: c } = s.latency;
      rows.push({
        label: 'latency p99 (shadow)',
        baseline: formatValue('latency_p99_ms', b.p99),
        candidate: formatValue('latency_p99_ms', c.p99),
        delta: formatDelta('latency_p99_ms', c.p99 - b.p99, b.p99),
        status: worst(shadowChecks('latency_p99_ms')),
      });
    }
    if (s.cost_per_1k) {
      const k = s.cost_per_1k;
      rows.push({
        label: 'cost per 1k requests (shadow)',
        baseline: formatValue('cost_per_1k', k.baseline),
        candidate: formatValue('cost_per_1k', k.candidate),
        delta: formatDelta('cost_per_1k', k.delta, k.baseline),
        status: worst(shadowChecks('cost_per_1k')),
      });
    }
  }
  return rows;
}
