import { describe, expect, it } from 'vitest';
import { codeBlock, escapeHtml, escapeNumber, escapeText, mermaidText, revealInvisible, truncate } from '../../src/report/escape.js';
import { proseText, renderGfm, tables, tags } from './gfm.js';

/** One table cell holding `s`, rendered by a GFM parser: its text, or null if the row broke. */
function renderedCell(s: string): string | null {
  const html = renderGfm(`| a | b |\n| - | - |\n| ${escapeText(s)} | end |\n`);
  const t = tables(html);
  if (t.length !== 1 || t[0].rows.length !== 1 || t[0].rows[0][1] !== 'end') return null;
  return t[0].rows[0][0];
}

const ZW = /\u200b/g;

describe('escapeText', () => {
  it('keeps a table row intact', () => {
    const s = escapeText('a|b\nc\r\nd');
    expect(s).not.toMatch(/(?<!\\)\|/);
    expect(s).not.toMatch(/[\r\n]/);
  });

  it('makes HTML inert', () => {
    expect(escapeText('<img src=x onerror=alert(1)>')).not.toContain('<');
  });

  it('does not mention or cross-reference', () => {
    const s = escapeText('@octocat @org/team #12 GH-7');
    expect(s).not.toMatch(/@[A-Za-z]/);
    expect(s).not.toMatch(/#\d/);
    expect(s).not.toMatch(/GH\\?-\d/);
  });

  it('smuggles no links or emphasis', () => {
    const s = escapeText('[click](https://evil.example) **bold** www.evil.example');
    expect(s).not.toMatch(/(?<!\\)[[\]()*]/);
    expect(s).not.toContain('https://');
    expect(s).not.toMatch(/www\./);
  });

  // What a reader sees after a GFM parser rendered the cell: the value itself
  // (one line, invisible characters shown), with only zero-width spaces added.
  it.each([
    ['a|b', 'a|b'],
    ['\\|', '\\|'],
    ['x\ny', 'x y'],
    ['`code`', '`code`'],
    ['````', '````'],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['@octocat', '@octocat'],
    ['@org/team', '@org/team'],
    ['#123', '#123'],
    ['GH-1', 'GH-1'],
    ['[link](https://evil)', '[link](https://evil)'],
    ['https://evil.example', 'https://evil.example'],
    ['www.evil.example', 'www.evil.example'],
    ['**bold**', '**bold**'],
    ['_a_ ~~b~~ ![i](x.png)', '_a_ ~~b~~ ![i](x.png)'],
    ['&amp;', '&amp;'],
    ['me@example.com', 'me@example.com'],
    ['abc\u202Efdp.exe', 'abc⟨U+202E⟩fdp.exe'],
    ['B\u200bR', 'B⟨U+200B⟩R'],
    ['tab\tbell\u0007', 'tab\tbell'],
    ['🚀 ⚠️ 中文 עברית', '🚀 ⚠️ 中文 עברית'],
  ])('%j renders as plain text in a table cell', (value, shown) => {
    const cell = renderedCell(value);
    expect(cell).not.toBeNull();
    expect(cell!.replace(ZW, '')).toBe(shown);
  });

  it('leaves nothing for GitHub to link or mention in the rendered text', () => {
    const html = renderGfm(escapeText('@octocat @org/team #12 GH-7 owner/repo#3 https://evil.example www.evil.example me@example.com'));
    expect(tags(html).map((t) => t.name)).toEqual(['p', 'p']);
    const text = proseText(html).join('');
    expect(text).not.toMatch(/@[A-Za-z0-9]/);
    expect(text).not.toMatch(/#\d/);
    expect(text).not.toMatch(/\bGH-\d/i);
    expect(text).not.toMatch(/:\/\/|www\./);
  });

  it('opens no GitHub math: every $ is escaped', () => {
    expect(escapeText('$x$ costs $5')).toBe('\\$x\\$ costs \\$5');
    expect(escapeNumber('$0.41/1k')).toBe('\\$0.41/1k');
    expect(escapeNumber('<0.001')).toBe('&lt;0.001');
  });

  it('cuts long values, by default at 300 characters', () => {
    const s = escapeText('R'.repeat(10_000));
    expect(s).toBe(`${'R'.repeat(299)}…`);
    expect(escapeText('abcdef', { max: 4 })).toBe('abc…');
  });
});

describe('revealInvisible and truncate', () => {
  it('shows direction overrides, zero-width and tag characters by code point', () => {
    expect(revealInvisible('a\u202Eb\u200dc\ufeffd\u{E0041}')).toBe('a⟨U+202E⟩b⟨U+200D⟩c⟨U+FEFF⟩d⟨U+E0041⟩');
    expect(revealInvisible('⚠️ plain')).toBe('⚠️ plain');
  });

  it('never splits a surrogate pair', () => {
    expect(truncate('ab🚀cd', 4)).toBe('ab…');
    expect(truncate('abc', 3)).toBe('abc');
  });
});

describe('escapeHtml', () => {
  it('escapes markup and quotes, reveals invisible characters, keeps newlines', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&amp;</a>\n\u202E`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;\n⟨U+202E⟩');
  });
});

describe('mermaidText', () => {
  it('keeps a label inside its quotes and out of Mermaid comments and entities', () => {
    expect(mermaidText('a"b%%c#d;e`f\ng<h>')).toBe('a?b??c?d?e?f g?h?');
    expect(mermaidText('region=BR & device=ios (x)')).toBe('region=BR & device=ios (x)');
    expect(mermaidText('x'.repeat(50))).toHaveLength(28);
  });
});

describe('codeBlock', () => {
  it('uses a fence longer than any backtick run inside', () => {
    expect(codeBlock('a ```` b', 'yaml')).toBe('`````yaml\na ```` b\n`````');
    expect(codeBlock('plain')).toBe('```\nplain\n```');
  });

  it('cannot be closed early by its content', () => {
    const html = renderGfm(`${codeBlock('```\n<img src=x>\n@octocat', 'yaml')}\n\nafter`);
    expect(
      tags(html)
        .filter((t) => !t.closing)
        .map((t) => t.name),
    ).toEqual(['pre', 'code', 'p']);
  });
});
