// The comment: always within its size, worst failures first and the rest
// counted, hostile text inert in intact tables (checked with a GFM parser).
import { beforeAll, describe, expect, it } from 'vitest';
import { commentMarker, MAX_COMMENT_CHARS } from '../../src/github/comment.js';
import type { Check } from '../../src/gate/types.js';
import { worstFirst } from '../../src/report/budget.js';
import { escapeText } from '../../src/report/escape.js';
import { GITHUB_COMMENT_LIMIT, renderMarkdown, SECTIONS, SUMMARY_CHARS } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/types.js';
import { check, reportOf, RUN } from './fixtures.js';
import { proseText, renderGfm, sourceCellCounts, tables, tags, type Table } from './gfm.js';
import * as scenario from './scenarios.js';

/** The comment as the action posts it: the budget leaves room for the marker line. */
function comment(report: Report): string {
  return renderMarkdown(report, { maxChars: MAX_COMMENT_CHARS - commentMarker(report.name).length - 1 });
}

/** What a cell shows for a value after escaping and rendering, minus the zero-width spaces. */
const shown = (s: string, max?: number): string => {
  const t = tables(renderGfm(`| a |\n| - |\n| ${escapeText(s, { max })} |\n`));
  return t[0].rows[0][0].replace(/\u200b/g, '');
};

const checkTables = (md: string): Table[] => tables(renderGfm(md)).filter((t) => t.head.includes('segment') && t.head.includes('delta'));

let many: Report;
let hostile: Report;
let blocked: Report;
beforeAll(async () => {
  [many, hostile, blocked] = await Promise.all([scenario.manySegments(), scenario.hostile(), scenario.blocked()]);
});

describe('a comment that always fits', () => {
  it('with 3,000 segments: under GitHub’s limit with its marker, naming the worst failures that fit and counting the rest', () => {
    expect(many.counts.fail).toBeGreaterThan(800);
    const md = comment(many);
    const posted = `${commentMarker(many.name)}\n${md}`;
    expect(posted.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect([...posted].length).toBeLessThanOrEqual(65_536);

    const failedTable = checkTables(md)[0];
    const rows = failedTable.rows;
    expect(rows.length).toBeGreaterThan(300);
    const more = /…and ([\d,]+) more failed checks, less severe than those above: see the \[workflow run\]\(https:\/\/github\.com\/octo-org\/models\/actions\/runs\/9876543210\)/.exec(md);
    expect(more).not.toBeNull();
    expect(rows.length + Number(more![1].replace(/,/g, ''))).toBe(many.counts.fail);
    // The rows are the worst failures, in order.
    const worst = worstFirst(many.checks.filter((c) => c.status === 'fail')).slice(0, rows.length);
    expect(rows.map((r) => `${r[1]} ${r[2]}`.replace(/\u200b/g, ''))).toEqual(worst.map((c) => `${c.segment} ${c.metric}`));
    // Everything else is counted.
    // 5,144 since issue 12 (5,012 before): 132 breaches without evidence are inconclusive passes now, not warnings.
    expect(md).toContain(`✅ ${(5144).toLocaleString('en-US')} passing checks: see the [workflow run]`);
    expect(md.trimEnd().endsWith('</sub>')).toBe(true);
  });

  it('stays within any budget, down to the verdict, the failures counted and the footer', () => {
    for (const report of [many, hostile, blocked]) {
      for (let maxChars = 2_000; maxChars <= 70_000; maxChars += 2_500) {
        const md = renderMarkdown(report, { maxChars });
        expect(md.length, `${report.name} at ${maxChars}`).toBeLessThanOrEqual(maxChars);
        expect(md.startsWith('### Model gate ')).toBe(true);
        expect(md).toMatch(/failed check/);
        expect(md.trimEnd().endsWith('</sub>')).toBe(true);
        // Whatever was cut, every table left is whole.
        for (const t of sourceCellCounts(md)) expect(new Set(t).size).toBe(1);
      }
    }
    // At the smallest budget the failures that fit are named and the rest counted.
    const tiny = renderMarkdown(many, { maxChars: 2_000 });
    const named = checkTables(tiny)[0].rows.length;
    expect(named).toBeGreaterThan(0);
    expect(tiny).toContain(`…and ${many.counts.fail - named} more failed checks`);
  });

  it('the job summary (1 MiB) holds every failure of the 3,000-segment run', () => {
    const md = renderMarkdown(many, { maxChars: SUMMARY_CHARS });
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThanOrEqual(1024 * 1024);
    expect(checkTables(md)[0].rows).toHaveLength(many.counts.fail);
    expect(md).not.toContain('more failed checks');
  });
});

describe('the order a reviewer reads', () => {
  it('verdict and what was compared, failures, warnings in the open, the rest folded', () => {
    const checks: Check[] = [
      check({ metric: 'recall', segment: 'overall', baseline: 0.8, candidate: 0.81, rule: 'max_drop 1pp', delta: 0.01 }),
      check({ metric: 'recall', segment: 'region=BR', baseline: 0.8, candidate: 0.7, rule: 'max_drop 1pp', delta: -0.1, status: 'fail', p_adjusted: 0.001, ci: [-0.14, -0.06] }),
      check({ metric: 'recall', segment: 'region=US', baseline: 0.8, candidate: 0.78, rule: 'max_drop 1pp', delta: -0.02, status: 'warn', p_adjusted: 0.2 }),
      check({ metric: 'recall', segment: 'region=XX', n: 12, rule: 'max_drop 1pp', status: 'insufficient', message: '12 examples, under segments.min_samples (200): not judged.' }),
    ];
    const md = renderMarkdown(reportOf(checks, { inputs: { baseline_eval: null, candidate_eval: null, examples: 10_000, shadow: null, requests: 2_500 } }));
    const at = (s: string): number => {
      const i = md.indexOf(s);
      expect(i, s).toBeGreaterThanOrEqual(0);
      return i;
    };
    expect(md.split('\n')[0]).toBe('### Model gate fraud\\-scorer: ❌ blocked');
    expect(md).toContain('**1 check failed** · 1 warning · 1 passed · 1 with too little data');
    expect(md).toContain(
      'on **10,000 examples** offline and **2,500 requests** in shadow · commit [`a5c3785`](https://github.com/octo-org/models/commit/a5c3785ed8d6a35868bc169f07e40e889087fd2e).',
    );
    expect(at('#### ❌ 1 failed check')).toBeLessThan(at('#### ⚠️ 1 warning'));
    expect(at('#### ⚠️ 1 warning')).toBeLessThan(at('<details><summary>➖ 1 check with too little data'));
    expect(at('<details><summary>➖')).toBeLessThan(at('<details><summary>✅ 1 passing check'));
    // Failed rows carry the interval and the adjusted p-value.
    expect(md).toContain('| ❌ | region\\=BR | recall | 1,000 | 80.0% | 70.0% | −10.0 pp 🔴 | [−14.0, −6.0] pp | 0.001 | max\\_drop 1pp |');
  });

  it('marks a change better or worse by the metric’s direction, not its sign', () => {
    const md = renderMarkdown(
      reportOf([
        check({ metric: 'log_loss', segment: 'overall', baseline: 0.3, candidate: 0.28, delta: -0.02, higher_is_better: false, rule: 'max_increase 5%' }),
        check({ metric: 'recall', segment: 'overall', baseline: 0.8, candidate: 0.78, delta: -0.02, rule: 'max_drop 5pp' }),
        check({ metric: 'latency_p99_ms', segment: 'overall', source: 'shadow', baseline: 200, candidate: 224, delta: 24, higher_is_better: false, rule: 'max_increase 15%' }),
        check({ metric: 'cost_per_1k', segment: 'overall', source: 'shadow', baseline: 0.4, candidate: 0.41, delta: 0.01, higher_is_better: false, rule: 'max 0.5' }),
      ]),
    );
    expect(md).toContain('| log\\_loss | 1,000 | 0.3 | 0.28 | −0.02 🟢 |');
    // Issue 13: 🔴 only beyond the rule; these three worsen within their allowance.
    expect(md).toContain('| recall | 1,000 | 80.0% | 78.0% | −2.0 pp |');
    expect(md).toContain('| latency\\_p99\\_ms (shadow) | 1,000 | 200 ms | 224 ms | +12% |');
    expect(md).toContain('| cost\\_per\\_1k (shadow) | 1,000 | \\$0.4/1k | \\$0.41/1k | +2.5% |');
    // Budgets: 40% of the drop allowed; latency 12% of 15%; cost 0.41 of max 0.5.
    expect(md).toContain('| recall | max\\_drop 5pp | `████░░░░░░` 40% | – |');
    expect(md).toContain('| latency\\_p99\\_ms (shadow) | max\\_increase 15% | `████████░░` 80% | – |');
    // Issue 13: one number format per metric, the bound as the values are shown.
    expect(md).toContain('| cost\\_per\\_1k (shadow) | max \\$0.5/1k | `████████░░` 82% | – |');
  });

  it('has its sections in a fixed order, each a function of the report', () => {
    // Issue 13: the headline numbers lead; the envelope follows the failures.
    expect(SECTIONS.map((s) => s.id)).toEqual([
      'title',
      'verdict',
      'headline',
      'failures',
      'warnings',
      'envelope',
      'unnoticed',
      'budgets',
      'chart',
      'data',
      'insufficient',
      'passing',
      'config',
      'footer',
    ]);
  });
});

describe('links', () => {
  it('points at the artifact when it was uploaded, else at the run', () => {
    const base = reportOf([check({ metric: 'recall', segment: 'overall' })]);
    const up = renderMarkdown({ ...base, artifact: { name: 'model-gate-fraud-scorer', url: `${RUN.url}/artifacts/42` } });
    expect(up).toContain(`[full report](${RUN.url}/artifacts/42) (artifact model\\-gate\\-fraud\\-scorer)`);
    const named = renderMarkdown({ ...base, artifact: { name: 'model-gate-fraud-scorer', url: null } });
    expect(named).toContain(`[full report](${RUN.url}) (artifact model\\-gate\\-fraud\\-scorer of the run)`);
    const cli = renderMarkdown({ ...base, run: { repository: null, commit: null, pull_request: null, url: null } });
    expect(cli).toContain('full report (report.html and report.json in the report directory)');
  });

  it('never links what a forged report.json says: only a run-shaped URL and its own artifact', () => {
    const base = reportOf([check({ metric: 'recall', segment: 'overall' })]);
    const links = (r: Report): Array<string | undefined> =>
      tags(renderGfm(renderMarkdown(r)))
        .filter((t) => t.name === 'a' && !t.closing)
        .map((t) => /href="([^"]*)"/.exec(t.attrs)?.[1]);
    const forged: Report = {
      ...base,
      run: { repository: 'x/y) [pwn](https://evil', commit: 'not-a-sha @octocat', pull_request: 7, url: 'javascript:alert(1)' },
      artifact: { name: '[x](https://evil) @octocat', url: 'https://evil.example/a) ![i](https://evil.example/i.png' },
    };
    expect(links(forged)).toEqual([]);
    const md = renderMarkdown(forged);
    expect(md).not.toContain('javascript:');
    expect(md).not.toContain('commit');
    expect(proseText(renderGfm(md)).join('')).not.toMatch(/@[a-z]/i);
    // A real run, but an artifact link elsewhere: only the run (and its commit) are linked.
    const commit = `https://github.com/octo-org/models/commit/${RUN.commit}`;
    expect(new Set(links({ ...forged, run: RUN }))).toEqual(new Set([RUN.url, commit]));
    // A run URL that is not a run's: nothing is linked, not even the commit on its host.
    expect(links({ ...forged, run: { ...RUN, url: 'https://evil.example/phish' } })).toEqual([]);
    expect(links({ ...base, artifact: { name: 'a', url: `${RUN.url}/artifacts/42` } })).toContain(`${RUN.url}/artifacts/42`);
  });
});

describe('hostile data renders as plain text in intact tables (GFM parser)', () => {
  /** Tags our own Markdown produces; anything else came from data. */
  const OURS = new Set(['h3', 'h4', 'p', 'strong', 'a', 'code', 'pre', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'details', 'summary', 'sub', 'ul', 'li']);

  for (const which of ['comment', 'summary'] as const) {
    it(`in the ${which}`, async () => {
      const md = which === 'comment' ? comment(hostile) : renderMarkdown(hostile, { maxChars: SUMMARY_CHARS });
      const html = renderGfm(md);

      // Every table line has its header's number of cells, in the source and rendered.
      for (const counts of sourceCellCounts(md)) expect(new Set(counts)).toEqual(new Set([counts[0]]));
      const rendered = checkTables(md);
      expect(rendered.length).toBeGreaterThanOrEqual(2);
      const segments = hostile.checks.map((c) => c.segment);
      let rows = 0;
      for (const t of rendered) {
        for (const r of t.rows) {
          expect(r).toHaveLength(t.head.length);
          // The segment cell is exactly the (escaped) segment id of a check; the rule cell is a rule.
          expect(segments.map((s) => shown(s, 120))).toContain(r[1].replace(/\u200b/g, ''));
          expect(r[r.length - 1]).toMatch(/^(max_drop 2pp|max_drop 0\.01|min 99\.0%)$/);
          rows++;
        }
      }
      expect(rows).toBe(hostile.checks.length);

      // No markup from data: only our own tags, links only to the run and the commit.
      for (const t of tags(html)) expect(OURS.has(t.name), `<${t.name}${t.attrs}>`).toBe(true);
      for (const t of tags(html).filter((x) => x.name === 'a' && !x.closing)) {
        expect(t.attrs).toMatch(/^ href="https:\/\/github\.com\/octo-org\/models\/(actions\/runs\/9876543210|commit\/a5c3785ed8d6a35868bc169f07e40e889087fd2e)"$/);
      }
      expect(html).not.toMatch(/<(img|script|b|em|del)\b/i);
      // No mention, reference or autolink in the text GitHub post-processes.
      const prose = proseText(html).join('\n');
      expect(prose).not.toMatch(/@[A-Za-z0-9]/);
      expect(prose).not.toMatch(/#\d/);
      expect(prose).not.toMatch(/\bGH-\d/i);
      expect(prose).not.toMatch(/:\/\/|\bwww\./);
      expect(prose).toContain('⟨U+202E⟩');
      expect(prose).toContain('B⟨U+200B⟩R');
      // The title shows the hostile gate name as text.
      expect(proseText(html)[0].replace(/\u200b/g, '')).toBe(`Model gate ${scenario.HOSTILE_NAME}: ❌ blocked`);
    });
  }

  it('in the Mermaid chart: labels that cannot leave their quotes or open a comment', () => {
    const block = /```mermaid\n([\s\S]*?)\n```/.exec(comment(hostile))![1];
    const lines = block.split('\n');
    const num = String.raw`[+-]?(?:\d+(?:\.\d+)?|\.\d+)`;
    const list = String.raw`\[${num}(?:, ${num})*\]`;
    expect(lines[0]).toMatch(/^%%\{init: \{"themeVariables": \{"xyChart": \{"plotColorPalette": "[#0-9a-f, ]+"\}\}\}\}%%$/);
    expect(lines.slice(1)).toEqual([
      'xychart-beta horizontal',
      expect.stringMatching(/^ {2}title "[^"%#;`]*"$/),
      expect.stringMatching(/^ {2}x-axis \["[^"%#;`\n]*"(?:, "[^"%#;`\n]*")*\]$/),
      expect.stringMatching(new RegExp(String.raw`^  y-axis "[^"]*" 0 --> ${num}$`)),
      expect.stringMatching(new RegExp(`^  bar ${list}$`)),
      expect.stringMatching(new RegExp(`^  bar ${list}$`)),
      expect.stringMatching(new RegExp(`^  line ${list}$`)),
    ]);
    const labels = lines[3].match(/"[^"]*"/g)!;
    expect(labels).toHaveLength(20);
    expect(labels.slice(0, 4)).toEqual(['"✗ overall"', '"✗ a?b"', '"✗ ?octocat"', '"✗ ?img src=x onerror=alert(1)?"']);
  });

  it('class names of a multiclass gate', async () => {
    const md = comment(await scenario.hostileClasses());
    const html = renderGfm(md);
    const metrics = checkTables(md).flatMap((t) => t.rows.map((r) => r[2].replace(/\u200b/g, '')));
    expect(metrics).toEqual(expect.arrayContaining(scenario.HOSTILE_CLASSES.map((c) => `recall[${c}]`)));
    expect(html).not.toMatch(/<b>/);
    expect(proseText(html).join('')).not.toMatch(/@[a-z]|#\d/i);
  });
});
