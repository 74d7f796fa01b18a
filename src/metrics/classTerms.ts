// classTerms.ts: the per-example terms a multiclass metric declares on the class
// probabilities (log_loss's classTerms, top_k_accuracy's terms), for measuring and
// the paired mean test alike.
import type { ClassTermFill, MetricDeclaration } from './declaration.js';

/** The declaration's multiclass per-example terms, or null (auc_ovr, decision metrics). */
export function classTermsOf(d: MetricDeclaration): ClassTermFill | null {
  if (d.summary === 'scores') return d.classTerms ?? null;
  if (d.summary === 'classScores') return d.terms ?? null;
  return null;
}
