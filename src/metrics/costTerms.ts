// costTerms.ts: the per-example terms of an expected_cost whose costs name columns
// of the eval files, for measuring (their weighted mean) and the paired mean test
// (their paired moments). The column is the example's property, so it is read from
// the baseline's file (the reader requires it, numeric, in both).
import type { EvalData } from '../io/index.js';
import { expectedCostTerms, hasCostColumns } from './expectedCost.js';
import { declarationOf, splitMetricName } from './registry.js';
import type { CostOutcome, MetricSpec } from './types.js';

export { hasCostColumns };

/** Model m's per-example costs (0 baseline, 1 candidate) under `spec`'s costs. */
export function costTerms(data: EvalData, spec: MetricSpec, m: 0 | 1, out: Float64Array = new Float64Array(data.n)): Float64Array {
  const columns: Partial<Record<CostOutcome, Float64Array>> = {};
  for (const [k, name] of Object.entries(spec.costColumns ?? {}) as Array<[CostOutcome, string]>) {
    const col = data.numeric[name];
    if (!col) throw new Error(`costTerms: numeric column ${name} of the costs was not loaded by the reader`);
    columns[k] = col.baseline;
  }
  const costs = spec.costs ?? { tp: 0, fp: 0, tn: 0, fn: 0 };
  expectedCostTerms(data.label, m === 0 ? data.baseline.decision : data.candidate.decision, costs, columns, out);
  return out;
}

/**
 * The numeric columns the configured metrics read: `mean[X]`'s X and every column a cost names.
 * @example numericColumnsOf({ 'mean[latency]': spec, expected_cost: { direction: 'lower', costColumns: { fn: 'amount' } } }) // ['latency', 'amount']
 */
export function numericColumnsOf(metrics: Record<string, MetricSpec>): string[] {
  const out = new Set<string>();
  for (const [name, spec] of Object.entries(metrics)) {
    const { arg } = splitMetricName(name);
    if (arg !== null && declarationOf(name)?.parameter === 'column') out.add(arg);
    for (const c of Object.values(spec.costColumns ?? {})) if (c) out.add(c);
  }
  return [...out];
}
