// Makes text from user data inert wherever the report shows it:
// - escapeText: GitHub-flavoured Markdown (paragraphs and table cells). It cannot
//   break a table row, inject HTML, @-mention anyone, cross-reference an issue,
//   autolink a URL, or smuggle a link or emphasis.
// - escapeHtml: HTML text and attribute values (report.html).
// - mermaidText: a label inside a Mermaid chart's quoted string.
// - codeBlock: a fenced block no backtick run inside can close.
// All of them first make invisible and direction-changing characters visible
// (`⟨U+202E⟩`), so a value cannot hide or reorder what a reviewer reads.

const ZWSP = '\u200b';
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Bidirectional controls (they reorder what follows, e.g. U+202E), zero-width and
 * other invisible format characters (two values that look equal, or a value that
 * looks empty), Hangul fillers and tag characters (invisible text). Emoji
 * variation selectors are left alone.
 */
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0\ufff0-\ufffb]|\udb40[\udc00-\udfff]/g;

/** `⟨U+202E⟩` in place of each invisible or direction-changing character. */
export function revealInvisible(s: string): string {
  return s.replace(INVISIBLE, (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`);
}

/** At most `max` characters (never splitting a surrogate pair), with `…` when cut. */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = Math.max(0, max - 1);
  const code = s.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--; // do not keep half a pair
  return `${s.slice(0, end)}…`;
}

/** One line, no control characters, invisible characters revealed, at most `max` characters. */
function plain(s: string, max: number): string {
  return truncate(
    revealInvisible(
      s
        // One line: a newline would end the table row or the list item.
        .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
        // Control characters have no business in a report.
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, ''),
    ),
    max,
  );
}

export interface EscapeOptions {
  /** Longest text kept before `…` (default 300 characters: a reviewer reads a cell, not a file). */
  max?: number;
}

/**
 * Inline text, safe in a Markdown paragraph or a table cell: one line, HTML
 * escaped, Markdown punctuation backslash-escaped (so `|` cannot split the cell),
 * and a zero-width space after `@`, `#`, `GH`, `://` and `www` so GitHub neither
 * mentions, cross-references nor autolinks.
 * @example escapeText('a|b @team #12 <b>') // 'a\\|b @\u200bteam #\u200b12 &lt;b&gt;'
 */
export function escapeText(s: string, opts: EscapeOptions = {}): string {
  return (
    plain(s, opts.max ?? 300)
      // GitHub links these in the rendered text, after Markdown: break them first.
      // Mentions (@user, @org/team), references (#12, GH-12, owner/repo#12), URLs.
      .replace(/@/g, `@${ZWSP}`)
      .replace(/#/g, `#${ZWSP}`)
      .replace(/\b(gh)(?=-)/gi, `$1${ZWSP}`)
      .replace(/:\/\//g, `:${ZWSP}//`)
      .replace(/\b(www)\./gi, `$1${ZWSP}.`)
      .replace(/[&<>"]/g, (c) => HTML[c])
      // Markdown punctuation, including the table's pipe, link brackets and GitHub's `$` math.
      .replace(/[\\`*_{}[\]()!|~+=^$-]/g, (c) => `\\${c}`)
  );
}

/**
 * Our own formatted numbers (`$0.41/1k`, `<0.001`, `[−7.0, −3.2] pp`) for Markdown:
 * `$` cannot open GitHub math, `<` cannot open a tag.
 */
export function escapeNumber(s: string): string {
  return s.replace(/\$/g, '\\$').replace(/</g, '&lt;');
}

/**
 * Text for HTML (element content and quoted attribute values): `& < > " '`
 * escaped, control characters dropped, invisible characters revealed.
 * Newlines are kept (they are whitespace in HTML); `max` as in `escapeText`
 * (default: no limit).
 */
export function escapeHtml(s: string, opts: EscapeOptions = {}): string {
  const clean = revealInvisible(s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, ''));
  return truncate(clean, opts.max ?? Infinity).replace(/[&<>"']/g, (c) => HTML[c]);
}

/**
 * A label for a Mermaid chart, safe inside its `"..."` strings: letters, digits,
 * spaces and `= & . _ - + / : ( ) [ ] ' , !` kept, anything else (quotes, `%`,
 * `#`, `;`, backticks, `<`, newlines...) becomes `?`; at most `max` characters.
 */
export function mermaidText(s: string, max = 28): string {
  return truncate(plain(s, 10_000).replace(/[^\p{L}\p{N} =&._+/:()[\]',!-]/gu, '?'), max);
}

/** A fenced code block whose fence no backtick run in `body` can close. */
export function codeBlock(body: string, lang = ''): string {
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${body.replace(/\n$/, '')}\n${fence}`;
}
