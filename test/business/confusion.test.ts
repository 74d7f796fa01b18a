// Confusion matrices (issue 14): per segment, both models, in report.json and
// report.html (class names escaped); a planted per-class regression is named in the
// comment by the cell behind it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import { runGate } from '../../src/pipeline/index.js';
import { renderHtml, renderMarkdown } from '../../src/report/index.js';
import { validateReport } from '../../src/schema/index.js';

const dir = mkdtempSync(join(tmpdir(), 'gate-confusion-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// 600 rows, 200 per class; region A and B alternate. The baseline takes 12 dogs for cats,
// the candidate 52 (all in region A): recall[dog] 188/200 -> 148/200. "<eel>" tests escaping.
const CLASSES = ['cat', 'dog', '<eel>'];
function files() {
  const head = 'id,label,prediction,region';
  const b = [head];
  const c = [head];
  let dogs = 0;
  for (let i = 0; i < 600; i++) {
    const y = CLASSES[i % 3];
    const region = Math.floor(i / 3) % 2 === 0 ? 'A' : 'B';
    let pb = y;
    let pc = y;
    if (y === 'dog') {
      if (dogs < 12) pb = pc = 'cat';
      else if (dogs < 92 && region === 'A' && dogs % 2 === 0) pc = 'cat';
      dogs++;
    }
    b.push(`e${i},${y},${pb},${region}`);
    c.push(`e${i},${y},${pc},${region}`);
  }
  const bp = join(dir, 'b.csv');
  const cp = join(dir, 'c.csv');
  writeFileSync(bp, `${b.join('\n')}\n`);
  writeFileSync(cp, `${c.join('\n')}\n`);
  return { bp, cp };
}

describe('confusion matrices', async () => {
  const { bp, cp } = files();
  const report = await runGate({
    name: 'animals',
    config: parseConfig('task: multiclass\ncolumns: { segments: [region] }\nsegments: { min_samples: 50 }\nmetrics:\n  accuracy: {}\n  "recall[dog]": { max_drop: 2pp }\n', 'gate.yml'),
    baselineEval: bp,
    candidateEval: cp,
    shadow: null,
    labels: null,
    run: { repository: null, commit: null, pull_request: null, url: null },
    now: () => new Date('2026-01-01T00:00:00Z'),
  });

  it('are in report.json per segment for both models, and the report validates', () => {
    expect(() => validateReport(JSON.parse(JSON.stringify(report)), 'report.json')).not.toThrow();
    const overall = report.confusion!.find((m) => m.segment === 'overall')!;
    expect(overall.classes).toEqual(['<eel>', 'cat', 'dog']);
    // rows: true class; columns: decided. dog (2) taken for cat (1).
    expect(overall.baseline[2][1]).toBe(12);
    expect(overall.candidate[2][1]).toBe(52);
    expect(overall.candidate[2][2]).toBe(148);
    expect(overall.baseline[0][0]).toBe(200);
    const b = report.confusion!.find((m) => m.segment === 'region=B')!;
    expect(b.candidate[2][1]).toBe(b.baseline[2][1]);
    const sum = (m: number[][]) => m.flat().reduce((x, y) => x + y, 0);
    expect(sum(b.baseline) + sum(report.confusion!.find((m) => m.segment === 'region=A')!.baseline)).toBe(600);
  });

  it('the failed per-class recall is named in the comment with the cell behind it', () => {
    const check = report.checks.find((c) => c.metric === 'recall[dog]' && c.segment === 'overall')!;
    expect(check.status).toBe('fail');
    const md = renderMarkdown(report);
    // As escaped for GitHub markdown.
    expect(md).toContain('- recall\\[dog\\] 94.0% → 74.0%: dog taken for cat 12 → 52');
    expect(md).toContain('- region\\=A: recall\\[dog\\] 94.0% → 54.0%: dog taken for cat 6 → 46');
  });

  it('report.html shows both matrices side by side, class names escaped, grown cells marked', () => {
    const html = renderHtml(report);
    expect(html).toContain('<section id="confusion"><h2>Confusion matrices</h2>');
    expect(html).toContain('&lt;eel&gt;');
    expect(html).not.toContain('<eel>');
    const overall = html.slice(html.indexOf('<h3>overall</h3>'), html.indexOf('<h3>', html.indexOf('<h3>overall</h3>') + 4));
    expect(overall).toContain('<caption>baseline</caption>');
    expect(overall).toContain('<caption>candidate</caption>');
    expect(overall).toContain('<td class="num fail">52</td>');
    expect(overall).toContain('<td class="num">12</td>');
  });
});
