// registry.ts: every metric the gate knows, one declaration per file. Adding a
// metric is its file, its test and one line here.
import { metric as accuracy } from './accuracy.js';
import { metric as auc } from './auc.js';
import { metric as aucOvr } from './aucOvr.js';
import { metric as prAuc } from './averagePrecision.js';
import { metric as balancedAccuracy } from './balancedAccuracy.js';
import { metric as bias } from './bias.js';
import { metric as brier } from './brier.js';
import type { MetricDeclaration } from './declaration.js';
import { metric as ece } from './ece.js';
import { metric as expectedCost } from './expectedCost.js';
import { metric as f1 } from './f1.js';
import { metric as fpr } from './fpr.js';
import { metric as logLoss } from './logLoss.js';
import { metric as macroF1 } from './macroF1.js';
import { metric as macroRecall } from './macroRecall.js';
import { metric as mae } from './mae.js';
import { metric as mape } from './mape.js';
import { metric as mcc } from './mcc.js';
import { metric as meanColumn } from './mean.js';
import { metric as positiveRate } from './positiveRate.js';
import { classPrecisionMetric, metric as precision } from './precision.js';
import { classRecall, metric as recall } from './recall.js';
import { metric as rmse } from './rmse.js';
import { SHADOW_METRICS } from './shadow.js';
import { metric as topK } from './topK.js';

/** In the order the docs list them. Parameterised ones (`recall[CLASS]`, `mean[X]`) by their pattern. */
export const REGISTRY: readonly MetricDeclaration[] = [
  accuracy,
  precision,
  recall,
  f1,
  fpr,
  positiveRate,
  expectedCost,
  auc,
  prAuc,
  logLoss,
  brier,
  ece,
  macroF1,
  macroRecall,
  balancedAccuracy,
  mcc,
  aucOvr,
  mae,
  rmse,
  mape,
  bias,
  ...SHADOW_METRICS,
  classRecall,
  classPrecisionMetric,
  topK,
  meanColumn,
];

const BY_NAME = new Map(REGISTRY.map((d) => [d.name, d]));

/** A parsed metric name: `recall[fraud]` -> { base: 'recall', arg: 'fraud' }. */
export function splitMetricName(name: string): { base: string; arg: string | null } {
  const m = /^([a-z_0-9]+)\[(.+)\]$/.exec(name);
  return m ? { base: m[1], arg: m[2] } : { base: name, arg: null };
}

/**
 * The declaration behind a configured name (`recall[fraud]` -> the `recall[CLASS]` one), or null.
 * @example declarationOf('mean[judge]')!.summary // 'column'
 */
export function declarationOf(name: string): MetricDeclaration | null {
  const { base, arg } = splitMetricName(name);
  if (arg === null) return BY_NAME.get(name) ?? null;
  for (const d of REGISTRY) if (d.parameter && splitMetricName(d.name).base === base) return d;
  return null;
}
