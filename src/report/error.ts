// The comment and job summary when the gate could not run (a config or data
// error): the gate's own heading, so the sticky comment an earlier run left is
// replaced and no reviewer reads an earlier verdict as the current one.
import { escapeText } from './escape.js';
import { safeUrl } from './links.js';

export interface ErrorReport {
  /** The gate's name (the `name` input). */
  name: string;
  /** One line each, as the step printed them. */
  lines: string[];
  /** The workflow run, for the full log; null when unknown. */
  runUrl: string | null;
  /** The commit the run was for; null when unknown. */
  commit: string | null;
}

/** At most this many error lines are listed; the rest are counted. */
const MAX_LINES = 20;

/**
 * Markdown saying the gate could not run, and why.
 * @example renderErrorMarkdown({ name: 'm', lines: ['x.csv:3: score is NaN'], runUrl: null, commit: null })
 * // '### Model gate m: ❌ could not run\n\n...'
 */
export function renderErrorMarkdown(e: ErrorReport): string {
  const shown = e.lines.slice(0, MAX_LINES).map((l) => `- ${escapeText(l, { max: 500 })}`);
  if (e.lines.length > MAX_LINES) shown.push(`- …and ${e.lines.length - MAX_LINES} more (see the run's log).`);
  const sha = e.commit && /^[0-9a-f]{7,64}$/i.test(e.commit) ? ` at \`${e.commit.slice(0, 7).toLowerCase()}\`` : '';
  const url = safeUrl(e.runUrl);
  const where = url ? `[workflow run](${url})` : "the workflow run's log";
  return (
    [
      `### Model gate ${escapeText(e.name, { max: 100 })}: ❌ could not run`,
      `The gate did not judge this version${sha}: no verdict, so any earlier verdict no longer applies. Fix the ${e.lines.length === 1 ? 'error' : 'errors'} below and re-run.`,
      shown.join('\n'),
      `<sub>model-release-gate · ${where}</sub>`,
    ].join('\n\n') + '\n'
  );
}
