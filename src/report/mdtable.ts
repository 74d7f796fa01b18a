// Markdown tables built to a size budget: as many rows as fit, then one line
// counting the rest. Cells must already be escaped (escapeText) or be our own text.

export type Align = 'l' | 'c' | 'r';

const DELIMITER: Record<Align, string> = { l: ':-', c: ':-:', r: '-:' };

/** `| a | b |` — one row. */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** The header row and the delimiter row. */
export function tableHead(headers: readonly string[], align: readonly Align[]): string {
  return `${tableRow(headers)}\n| ${headers.map((_, i) => DELIMITER[align[i] ?? 'l']).join(' | ')} |`;
}

export interface FittedTable {
  text: string;
  /** Rows shown. */
  shown: number;
}

/**
 * `head` and as many of `rows` (in order) as fit in `budget` characters; when
 * some do not fit, a blank line and `more(count)` follow the table. When not even
 * one row fits, only `more(rows.length)`: the smallest form (it may exceed a
 * tiny budget; the caller reserves room for it).
 */
export function fitTable(head: string, rows: readonly string[], budget: number, more: (n: number) => string): FittedTable {
  let size = head.length;
  for (const r of rows) size += 1 + r.length;
  if (size <= budget) return { text: [head, ...rows].join('\n'), shown: rows.length };
  let used = head.length;
  let shown = 0;
  while (shown < rows.length) {
    const next = used + 1 + rows[shown].length;
    if (next + 2 + more(rows.length - shown - 1).length > budget) break;
    used = next;
    shown++;
  }
  if (shown === 0) return { text: more(rows.length), shown: 0 };
  return { text: `${[head, ...rows.slice(0, shown)].join('\n')}\n\n${more(rows.length - shown)}`, shown };
}
