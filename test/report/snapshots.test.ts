// The rendered comment, as a reviewed diff: any change to its look shows up here.
// Each scenario is a real pipeline run with the clock and the run pinned.
// Update with `npx vitest run test/report/snapshots.test.ts -u` and read the diff.
import { describe, expect, it } from 'vitest';
import { commentMarker, MAX_COMMENT_CHARS } from '../../src/github/comment.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/report/types.js';
import * as scenario from './scenarios.js';

const comment = (r: Report): string => renderMarkdown(r, { maxChars: MAX_COMMENT_CHARS - commentMarker(r.name).length - 1 });

describe('the PR comment', () => {
  it.each([
    ['blocked', 'the demo: recall fails in region=BR (auc there, beyond tolerance without evidence, is an inconclusive pass)', scenario.blocked],
    ['pass', 'a candidate identical to the baseline', scenario.passing],
    ['warn-insufficient', 'an advisory breach and segments too small to judge', scenario.warnInsufficient],
    ['hostile', 'hostile segment values, column and gate names', scenario.hostile],
    ['hostile-classes', 'hostile class names in a multiclass gate', scenario.hostileClasses],
    ['many-segments', '3,000 segments, cut to 65,536 characters', scenario.manySegments],
    ['uniform-cost', 'a shadow run 14% dearer everywhere: one row for one cause, headline with p99 and cost', scenario.uniformCost],
  ])('%s: %s', async (file, _what, make) => {
    await expect(comment(await make())).toMatchFileSnapshot(`__snapshots__/${file}.md`);
  });

  it('with the artifact uploaded, links the full report there', async () => {
    const r = await scenario.blocked();
    const md = comment({ ...r, artifact: { name: 'model-gate-fraud-scorer', url: `${r.run.url}/artifacts/314` } });
    expect(md.split('\n').at(-2)).toBe(
      '<sub>model-release-gate · [full report](https://github.com/octo-org/models/actions/runs/9876543210/artifacts/314) (artifact model\\-gate\\-fraud\\-scorer) · 2025\\-06\\-01T12:00:00.000Z</sub>',
    );
  });
});
