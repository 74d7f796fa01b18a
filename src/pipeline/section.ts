// Merging the sources' report sections into the report, in source order:
// objects key by key (a key keeps its place; new keys go last), anything else
// (values, arrays, null) replaces what was there; nothing is copied.
import type { Report } from '../report/index.js';
import type { ReportSection } from '../sources/index.js';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function merge(into: Record<string, unknown>, patch: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const at = into[key];
    if (isObject(at) && isObject(value)) merge(at, value);
    else into[key] = value;
  }
}

/**
 * Merges one section into the report, in place.
 * @example mergeSection(report, { inputs: { examples: 10 } }) // report.inputs.examples === 10, other inputs unchanged
 */
export function mergeSection(report: Report, section: ReportSection): void {
  merge(report as unknown as Record<string, unknown>, section as Record<string, unknown>);
}
