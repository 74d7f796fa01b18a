// The estimate against the labels that exist: on the labelled requests the
// online checks measure, each model's estimate (from calibrated scores, with
// outcomes drawn as the calibration says) against the value its labels give.
// Under the estimate's assumption the measured value falls within the
// estimate's interval; one outside it is a sign the relation of scores to
// outcomes changed (concept drift), so the estimates on unlabelled requests
// cannot be trusted. The intervals here are Bonferroni-widened over the
// comparisons (2 models x metrics), so the warning fires by chance in at most
// 1 - confidence of runs where nothing changed.
import type { EstimateMetric } from '../../config/index.js';
import { makeCheck, type Check } from '../../gate/index.js';
import { formatCount, formatValue } from '../../report/index.js';
import type { ShadowSummary } from '../../report/index.js';
import { bootstrapSpread } from '../../stats/index.js';
import { cbpeMetrics, modelRows } from './cbpe.js';
import { drawsOf, type EstimateRows, type Estimates } from './estimate.js';

export type Comparison = NonNullable<ShadowSummary['estimate']>['comparisons'][number];

const MODELS = ['baseline', 'candidate'] as const;
const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** Estimate against measured, per metric and model, at the widened confidence. */
export function compareWithLabels(metrics: readonly EstimateMetric[], rows: EstimateRows, labels: Float64Array, est: Estimates, confidence: number): Comparison[] {
  const level = 1 - (1 - confidence) / (2 * metrics.length);
  const out: Comparison[] = [];
  for (const metric of metrics) {
    for (const model of MODELS) {
      const measured: Record<string, Float64Array> = { [metric]: new Float64Array(1).fill(NaN) };
      cbpeMetrics([metric], modelRows(rows[model].score, rows[model].decision, rows.seg, metric === 'auc'), rows.seg, labels, measured);
      const draws = drawsOf(est, model, metric, 0);
      const ci = draws.length >= 2 ? bootstrapSpread(draws, level).ci : null;
      const m = finite(measured[metric][0]);
      const agrees = m === null || ci === null || (m >= ci[0] - 1e-12 && m <= ci[1] + 1e-12);
      out.push({ metric, model, requests: labels.length, measured: m, estimate: finite(est[model].point[metric][0]), ci, agrees });
    }
  }
  return out;
}

/** One settled check per metric: `estimated/METRIC/overall/labelled`, a warning when either model's estimate disagrees with its labels. */
export function comparisonChecks(comparisons: Comparison[], models: { baseline: string; candidate: string }): Check[] {
  const byMetric = new Map<string, Comparison[]>();
  for (const c of comparisons) byMetric.set(c.metric, [...(byMetric.get(c.metric) ?? []), c]);
  return [...byMetric].map(([metric, cs]) => {
    const bad = cs.filter((c) => !c.agrees);
    const part = (c: Comparison) =>
      `${models[c.model]} measured ${formatValue(metric, c.measured)}, estimated ${formatValue(metric, c.estimate)} [${formatValue(metric, c.ci?.[0] ?? null)}, ${formatValue(metric, c.ci?.[1] ?? null)}]`;
    const base = `${metric} on ${formatCount(cs[0].requests)} labelled requests: ${cs.map(part).join('; ')}`;
    const b = cs.find((c) => c.model === 'baseline');
    const c = cs.find((x) => x.model === 'candidate');
    return makeCheck('estimated', metric, 'overall', {
      id: `estimated/${metric}/overall/labelled`,
      n: cs[0].requests,
      baseline: b?.measured ?? null,
      candidate: c?.measured ?? null,
      higher_is_better: true,
      severity: 'warn',
      status: bad.length > 0 ? 'warn' : 'pass',
      message:
        bad.length > 0
          ? `Estimate and labels disagree (${base}): the measured value is outside the estimate's interval, a sign the scores relate to outcomes differently than on the eval set (concept drift); do not trust the ${metric} estimates on unlabelled requests.`
          : `Estimate agrees with the labels (${base}).`,
    });
  });
}
