// The sources' report sections merge into the report key by key, keeping each
// key's place (report.json's key order is part of its byte-identity).
import { describe, expect, it } from 'vitest';
import { mergeSection } from '../../src/pipeline/section.js';
import type { Report } from '../../src/report/types.js';

describe('mergeSection', () => {
  it('fills nested fields in place, keeps key order, replaces null and arrays', () => {
    const report = {
      inputs: { baseline_eval: null, candidate_eval: null, examples: null, shadow: null, requests: null },
      shadow: null,
    } as unknown as Report;
    mergeSection(report, { inputs: { shadow: { files: ['s.csv'], rows: 4 }, requests: 2 } });
    mergeSection(report, { inputs: { examples: 10 } });
    mergeSection(report, { shadow: { requests: 2, labels: { labelled: 1, online_requests: 0, skipped_metrics: [] }, value_for_money: null } });
    mergeSection(report, { shadow: { labels: { online_requests: 1, skipped_metrics: ['auc: no score'] } } });
    mergeSection(report, { shadow: { value_for_money: null } });
    expect(JSON.stringify(report)).toBe(
      JSON.stringify({
        inputs: { baseline_eval: null, candidate_eval: null, examples: 10, shadow: { files: ['s.csv'], rows: 4 }, requests: 2 },
        shadow: { requests: 2, labels: { labelled: 1, online_requests: 1, skipped_metrics: ['auc: no score'] }, value_for_money: null },
      }),
    );
  });
});
