// The `summaries` input: one or more summaries files (a path, a glob, or several
// of them one per line), each routed by its header's settings.source: absent or
// 'offline' to the offline source, 'shadow' to the shadow source. A file without
// a header (one part of a split export) joins the source the headers name; with
// both kinds given, such a file is refused.
import { DataError } from '../errors/index.js';
import { expandInput, readColumns } from '../io/index.js';

export interface RoutedSummaries {
  offline: string[];
  shadow: string[];
}

/** The files of a `summaries` input: each line a path or glob, in order, once each. */
export function summariesFiles(input: string): string[] {
  const lines = input
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length === 0) return expandInput(input);
  return [...new Set(lines.flatMap((l) => expandInput(l)))];
}

/** Which source a file's header says it was made for; null without a readable header. */
async function sourceOf(file: string): Promise<string | null> {
  const t = await readColumns(
    [file],
    [
      { name: 'kind', kind: 'string' },
      { name: 'text', kind: 'string', required: false },
    ],
  );
  const kind = t.columns.kind;
  const text = t.columns.text;
  if (!kind || kind.kind !== 'string') return null;
  const r = kind.values.indexOf('header');
  if (r < 0 || !text || text.kind !== 'string') return null;
  try {
    const source = (JSON.parse(text.values[r]) as { settings?: { source?: unknown } }).settings?.source;
    return typeof source === 'string' ? source : 'offline';
  } catch {
    return null;
  }
}

/**
 * The summaries files by source.
 * @throws DataError for a header naming an unknown source, or a headerless file among both kinds
 */
export async function routeSummaries(input: string): Promise<RoutedSummaries> {
  const out: RoutedSummaries = { offline: [], shadow: [] };
  const loose: string[] = [];
  for (const file of summariesFiles(input)) {
    const source = await sourceOf(file);
    if (source === null) loose.push(file);
    else if (source === 'offline' || source === 'shadow') out[source].push(file);
    else throw new DataError(file, `the summaries header's settings.source is ${JSON.stringify(source)}; expected offline or shadow`, { column: 'text' });
  }
  if (loose.length > 0) {
    if (out.offline.length > 0 && out.shadow.length > 0) {
      throw new DataError(
        loose[0],
        'has no summaries header, and both offline and shadow summaries are given: give each export as its own input line so its parts go together, or include the header record',
      );
    }
    // Alone, or parts of one export: the offline reader names what is missing.
    (out.shadow.length > 0 ? out.shadow : out.offline).push(...loose);
  }
  return out;
}
