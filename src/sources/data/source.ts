// The data source of a run: reads the feature inputs (reference, current,
// batch and online features) in `run`, and computes the data checks in
// `finish`, once every source has run, so the output skew can take each
// model's eval scores (offline source) and shadow scores (shadow source) from
// their results without reading a file again. The checks arrive decided as
// their own family (`settled`): the pipeline does not re-decide them.
import type { Source, SourceContext, SourceResult } from '../types.js';
import { runDataChecks } from './index.js';
import { readFeatureInput, readFeatureTable } from './read.js';
import { publishSection } from './render.js';
import type { FeatureTable, Profile } from './types.js';

export interface DataInput {
  reference: string | null;
  current: string | null;
  batchFeatures: string | null;
  onlineFeatures: string | null;
}

export function dataSource(input: DataInput): Source {
  return { id: 'data', run: (ctx) => runData(input, ctx) };
}

async function runData(input: DataInput, ctx: SourceContext): Promise<SourceResult> {
  const { config, time } = ctx;
  const read = <T>(path: string | null, f: (p: string) => Promise<T>): Promise<T | null> => (path === null ? Promise.resolve(null) : f(path));
  const reference: FeatureTable | Profile | null = await time('data read', () => read(input.reference, (p) => readFeatureInput(p, config, 'reference')));
  const current = await time('data read', () => read(input.current, (p) => readFeatureInput(p, config, 'current')));
  const batchFeatures = await time('data read', () => read(input.batchFeatures, (p) => readFeatureTable(p, config, 'batch features')));
  const onlineFeatures = await time('data read', () => read(input.onlineFeatures, (p) => readFeatureTable(p, config, 'online features')));
  return {
    id: 'data',
    values: null,
    integrity: [],
    segments: [],
    report: {},
    finish: (all) => {
      const offline = all.find((r) => r.id === 'offline')?.scores ?? null;
      const shadow = all.find((r) => r.id === 'shadow')?.scores ?? null;
      const outputScores =
        offline && shadow ? { baseline: { offline: offline.baseline, online: shadow.baseline }, candidate: { offline: offline.candidate, online: shadow.candidate } } : null;
      // Compared offline and in shadow, but one side from summaries (no scores): say so in a check.
      const outputFromSummaries = outputScores === null && all.some((r) => r.id === 'offline') && all.some((r) => r.id === 'shadow');
      let out: ReturnType<typeof runDataChecks> | null = null;
      let failure: { error: unknown } | null = null;
      // finish is synchronous: the timer calls f at once (and records its time a tick later); an
      // error inside it would only reject the timer's promise, so it is caught and thrown here.
      void time('data checks', () => {
        try {
          out = runDataChecks({ config, reference, current, batchFeatures, onlineFeatures, outputScores, outputFromSummaries });
        } catch (error) {
          failure = { error };
        }
      });
      if (failure) throw (failure as { error: unknown }).error;
      const { checks, section } = out!;
      return { pending: [], settled: checks, report: { data: publishSection(section) } };
    },
  };
}
