// The data section in the whole comment: after the model checks, kept under the
// comment's size budget however many data checks fail, and the effective
// config's data section parses back to the same settings.
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { effectiveConfig } from '../../src/config/effective.js';
import { parseConfig } from '../../src/config/parse.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/types.js';
import { publishSection, runDataChecks } from '../../src/sources/data/index.js';
import { makeTable, normal } from '../sources/data/gen.js';
import { renderGfm, tables } from './gfm.js';

const config = parseConfig('columns: { segments: [region] }\ndata: { rules: { psi: { max: 0.1 } } }', 'gate.yml');
const cols = (shift: number) => Array.from({ length: 60 }, (_, j) => ({ name: `f${j}`, numeric: (r: Parameters<typeof normal>[0]) => normal(r) + shift }));
const { checks, section } = runDataChecks({ config, reference: makeTable(3000, 'r', cols(0)), current: makeTable(3000, 'c', cols(1)) });

function report(): Report {
  const failed = checks.filter((c) => c.status === 'fail').length;
  return {
    schema: 'model-release-gate/report@1',
    name: 'features',
    verdict: 'fail',
    counts: { pass: checks.length - failed, fail: failed, warn: 0, insufficient: 0 },
    checks,
    inputs: { baseline_eval: null, candidate_eval: null, examples: null, shadow: null, requests: null },
    config: effectiveConfig(config, { data: true }),
    run: { repository: null, commit: null, pull_request: null, url: null },
    override: null,
    generated_at: '2026-01-01T00:00:00.000Z',
    distributions: { offline: null },
    shadow: null,
    data: publishSection(section),
  } as Report;
}

describe('the data section in the comment', () => {
  it('every budget is kept, and the data section is there while it fits', () => {
    for (const maxChars of [2_000, 6_000, 20_000, 65_536]) {
      const md = renderMarkdown(report(), { maxChars });
      expect(md.length).toBeLessThanOrEqual(maxChars);
      expect(md).toMatch(/Data checks/);
    }
  });

  it('data checks are not repeated in the model sections; the data table is valid GFM', () => {
    const md = renderMarkdown(report());
    expect(md).not.toContain('#### ❌');
    const t = tables(renderGfm(md)).find((x) => x.head.includes('no drift up to'))!;
    expect(t.rows.length).toBe(15);
    expect(md).toContain('more in the');
  });

  it("the effective config's data section parses back to the same settings", () => {
    const eff = effectiveConfig(config, { data: true });
    const again = parseConfig(stringify(eff), 'effective.yml');
    expect(effectiveConfig(again, { data: true })).toEqual(eff);
    expect(effectiveConfig(parseConfig('task: binary', 'x'))).not.toHaveProperty('data');
  });
});
