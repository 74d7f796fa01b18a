// Renders Markdown with a GFM-spec parser (micromark + micromark-extension-gfm,
// raw HTML let through as GitHub does before its sanitizer) and walks the HTML:
// tables with their cells' text, text outside code, tags and links.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

export function renderGfm(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
/** HTML text to plain text: entities decoded (the few micromark writes, and numeric ones). */
export function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (ENTITIES[e] !== undefined) return ENTITIES[e];
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return m;
  });
}

export interface Tag {
  name: string;
  closing: boolean;
  attrs: string;
}

interface Token {
  tag?: Tag;
  text?: string;
}

function tokens(html: string): Token[] {
  const out: Token[] = [];
  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>|<!--[\s\S]*?-->/g;
  let last = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m.index > last) out.push({ text: html.slice(last, m.index) });
    if (m[2]) out.push({ tag: { name: m[2].toLowerCase(), closing: m[1] === '/', attrs: m[3] } });
    last = re.lastIndex;
  }
  if (last < html.length) out.push({ text: html.slice(last) });
  return out;
}

/** Every tag in the HTML. */
export function tags(html: string): Tag[] {
  return tokens(html)
    .filter((t) => t.tag)
    .map((t) => t.tag!);
}

/** Decoded text nodes outside `<code>` and `<pre>` (where GitHub links nothing). */
export function proseText(html: string): string[] {
  const out: string[] = [];
  let inCode = 0;
  for (const t of tokens(html)) {
    if (t.tag && (t.tag.name === 'code' || t.tag.name === 'pre')) inCode += t.tag.closing ? -1 : 1;
    else if (t.text !== undefined && inCode === 0) out.push(decode(t.text));
  }
  return out;
}

export interface Table {
  head: string[];
  rows: string[][];
}

/** Every table: header cells and body rows, each cell as decoded plain text. */
export function tables(html: string): Table[] {
  const out: Table[] = [];
  let table: Table | null = null;
  let row: string[] | null = null;
  let cell: string | null = null;
  let inHead = false;
  for (const t of tokens(html)) {
    if (t.tag) {
      const { name, closing } = t.tag;
      if (name === 'table' && !closing) table = { head: [], rows: [] };
      else if (name === 'table' && closing && table) {
        out.push(table);
        table = null;
      } else if (name === 'thead') inHead = !closing;
      else if (name === 'tr' && !closing) row = [];
      else if (name === 'tr' && closing && row && table) {
        if (inHead) table.head = row;
        else table.rows.push(row);
        row = null;
      } else if ((name === 'td' || name === 'th') && !closing) cell = '';
      else if ((name === 'td' || name === 'th') && closing && row && cell !== null) {
        row.push(decode(cell));
        cell = null;
      }
    } else if (cell !== null && t.text !== undefined) cell += t.text;
  }
  return out;
}

/**
 * Cells per table line of the Markdown source, counting pipes as GFM does (a
 * pipe after an odd run of backslashes is text), for lines inside tables.
 */
export function sourceCellCounts(markdown: string): number[][] {
  const out: number[][] = [];
  let current: number[] | null = null;
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const f = /^(`{3,}|~{3,})/.exec(line);
    if (f) fence = fence === null ? f[1] : line.startsWith(fence) ? null : fence;
    if (fence !== null || f) continue;
    if (line.startsWith('|')) {
      let pipes = 0;
      let backslashes = 0;
      for (const ch of line) {
        if (ch === '|' && backslashes % 2 === 0) pipes++;
        backslashes = ch === '\\' ? backslashes + 1 : 0;
      }
      if (!current) out.push((current = []));
      current.push(pipes - 1);
    } else current = null;
  }
  return out;
}
