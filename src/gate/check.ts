// A new check with every field of the published schema: the one place that
// lists them, so no kind of check can leave one out.
import type { Check, CheckSource } from './types.js';

/**
 * A passing check `SOURCE/METRIC/SEGMENT` with no values, test or rule; `fields` fill in the rest.
 * @example makeCheck('integrity', 'id_coverage', 'overall', { candidate: 0.98 }).id // 'integrity/id_coverage/overall'
 */
export function makeCheck(source: CheckSource, metric: string, segment: string, fields: Partial<Check> = {}): Check {
  return {
    id: `${source}/${metric}/${segment}`,
    source,
    metric,
    segment,
    n: null,
    baseline: null,
    candidate: null,
    delta: null,
    ci: null,
    p_value: null,
    p_adjusted: null,
    rule: null,
    status: 'pass',
    severity: 'fail',
    higher_is_better: null,
    detectable: null,
    tolerance: null,
    message: '',
    ...fields,
  };
}
