// The shadow source from the log's summaries (`model-release-gate/summaries@1`
// with settings.source 'shadow'): no row is read; the latency bootstraps are
// drawn from the bands the summaries carry, with the run's seed and resamples,
// so the result equals the source's from the log.
import { defaultShadowConfig } from '../../config/index.js';
import { DataError } from '../../errors/index.js';
import { Random, bandBootstrap, type QuantileBand } from '../../stats/index.js';
import type { Source, SourceContext, SourceResult } from '../types.js';
import { bootstrapWantedFor, envelopeRules } from './envelope.js';
import { LATENCY_QUANTILES } from './latency.js';
import { finishShadow } from './measure.js';
import { shadowMetrics, shadowResult } from './run.js';
import { SUM } from './sums.js';
import { bandKey } from './summariesFormat.js';
import { readShadowSummaries } from './summariesRead.js';

/** The shadow source of a run from shadow summaries files. */
export function shadowSummariesSource(files: string[]): Source {
  return { id: 'shadow', run: (ctx) => runFromSummaries(files, ctx) };
}

async function runFromSummaries(files: string[], ctx: SourceContext): Promise<SourceResult> {
  const { config, time } = ctx;
  const shadow = config.shadow ?? defaultShadowConfig();
  const x = await time('shadow read', () => readShadowSummaries(files, config));
  const rules = envelopeRules(config, shadow);
  const S = x.segments.length;
  const requests = Float64Array.from({ length: S }, (_, s) => x.sums[s * SUM.WIDTH + SUM.REQUESTS]);
  const wanted = bootstrapWantedFor(rules, x.segments, requests);
  const bootstrap = new Map<string, Float64Array>();
  const bands = new Map<string, QuantileBand>();
  await time('shadow measure', () => {
    for (let s = 0; s < S; s++) {
      if (x.latencyCount[s] === 0) continue;
      const id = x.segments[s].id;
      for (const metric of Object.keys(LATENCY_QUANTILES)) {
        if (!wanted(s, metric)) continue;
        const band = x.bands.get(bandKey(id, metric));
        if (!band) {
          throw new DataError(files.join(', '), `no latency band for ${metric} in segment ${id}, which this config's change rule on it needs: make the summaries again with this config`, {
            column: 'kind',
          });
        }
        bands.set(`${s}:${metric}`, band);
        bootstrap.set(
          `${s}:${metric}`,
          bandBootstrap(band, { p: LATENCY_QUANTILES[metric], resamples: config.statistics.resamples, rng: new Random(`${config.statistics.seed}|${metric}/${id}`) }),
        );
      }
    }
  });
  const measured = finishShadow(
    {
      segments: x.segments,
      sums: x.sums,
      latency: { count: x.latencyCount, baseline: x.latencyBaseline, candidate: x.latencyCandidate, bootstrap, bands },
      psiCounts: x.psiCounts,
      hasCost: x.hasCost,
      hasError: x.hasError,
    },
    shadowMetrics(shadow),
  );
  const labels = { labelled: 0, fromLog: 0, fromFile: 0, fileRows: null, fileUnmatched: null, files: [] };
  return shadowResult(config, { n: x.integrity.paired, integrity: x.integrity, files, costSource: x.costSource, hasCost: x.hasCost, labels, scores: null }, rules, measured);
}
