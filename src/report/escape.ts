// Makes text from user data inert in GitHub-flavoured Markdown: it cannot
// break a table row, inject HTML, @-mention anyone, cross-reference an issue,
// or smuggle a link or emphasis.

const ZWSP = '\u200b';
const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Inline text, safe in a paragraph or a table cell.
 * @example escapeText('a|b @team #12 <b>') // 'a\\|b @\u200bteam #\u200b12 &lt;b&gt;'
 */
export function escapeText(s: string): string {
  return (
    s
      // One line: a newline would end the table row.
      .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
      // Control characters have no business in a report.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/[&<>"]/g, (c) => HTML[c])
      // Markdown punctuation, including the table's pipe and link brackets.
      .replace(/[\\`*_{}[\]()!|~+=^-]/g, (c) => `\\${c}`)
      // Mentions (@user, @org/team) and references (#12, GH-12) are text, not pings.
      .replace(/@/g, `@${ZWSP}`)
      .replace(/#/g, `#${ZWSP}`)
      .replace(/\b(GH)-/gi, `$1${ZWSP}-`)
      // Bare URLs would be autolinked.
      .replace(/:\/\//g, `:${ZWSP}//`)
      .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`)
  );
}

/** A fenced code block whose fence no backtick run in `body` can close. */
export function codeBlock(body: string, lang = ''): string {
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${body.replace(/\n$/, '')}\n${fence}`;
}
