// The data section through the GFM parser the report tests use: a valid table,
// failing checks first, histograms in code blocks, hostile values inert.
import { describe, expect, test } from 'vitest';
import { parseConfig } from '../../../src/config/parse.js';
import { renderDataHtml, renderDataMarkdown, runDataChecks } from '../../../src/sources/data/index.js';
import { proseText, renderGfm, tables, tags } from '../../report/gfm.js';
import { makeTable, normal, pick } from './gen.js';

const config = parseConfig('columns: { segments: [region] }', 'x');
const hostile = '@team <b>x</b> | #12';
const ref = makeTable(3000, 'r', [
  { name: 'amount', numeric: (r) => normal(r) },
  { name: hostile, text: (r) => pick(r) },
]);
const cur = makeTable(3000, 'c', [
  { name: 'amount', numeric: (r, g) => normal(r) + (g === 'BR' ? 1 : 0) },
  { name: hostile, text: (r) => (r.uniform() < 0.2 ? '<img src=x>@you' : pick(r)) },
]);
const { section } = runDataChecks({ config, reference: ref, current: cur });

describe('data section markdown', () => {
  const md = renderDataMarkdown(section);
  const html = renderGfm(md);

  test('a table of failing and warning checks, worst first', () => {
    const t = tables(html)[0];
    expect(t.head).toEqual(['', 'check', 'value', 'limit', 'no drift up to', 'why']);
    expect(t.rows.length).toBeGreaterThan(1);
    expect(t.rows.every((r) => r.length === 6)).toBe(true);
    expect(t.rows.every((r) => r[0] === '❌' || r[0] === '⚠️')).toBe(true);
    expect(t.rows.map((r) => r[1])).toContain('data/psi[amount]/region=BR');
  });

  test('hostile values stay text: no tags, mentions or references', () => {
    expect(
      tags(html)
        .map((t) => t.name)
        .filter((n) => !['h3', 'p', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'strong', 'pre', 'code'].includes(n)),
    ).toEqual([]);
    expect(proseText(html).join(' ')).not.toMatch(/@you|@team|#12/);
  });

  test('the most drifted features with a text histogram, reference against current', () => {
    expect(md).toContain('**Most drifted features**');
    expect(proseText(html).join(' ')).toMatch(/amount in region=BR: PSI \d/);
    expect(md).toMatch(/bucket\s+reference\s+current/);
    expect(md).toMatch(/█+ +\d+\.\d%/);
  });

  test('html fragment escapes values', () => {
    const h = renderDataHtml(section);
    expect(h).toContain('@team &lt;b&gt;x&lt;/b&gt; | #12');
    expect(h).not.toContain('<b>');
    expect(h.startsWith('<section class="data-checks">')).toBe(true);
  });

  test('no data checks: nothing', () => {
    expect(renderDataMarkdown({ features: [], skew: [], coverage: null, checks: [] })).toBe('');
  });
});
