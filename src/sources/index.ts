// src/sources: where measured values come from. One Source per family of inputs
// (offline/: the eval files; shadow/: the shadow log's serving envelope;
// online/: the configured metrics on the log's labelled requests; estimated/:
// `shadow.estimate`'s metrics on its unlabelled requests; data/ and skew/
// next), all of one shape (types.ts):
//
//   interface Source { id: string; run(ctx: SourceContext): Promise<SourceResult> }
//
// run reads the source's inputs, segments and measures them, and returns a
// SourceResult: `values` for the run's one judge (per segment, per metric:
// baseline and candidate values and n; the source's RuleSet; its ChangeTester;
// its check source name and correction family, default 'model'), `integrity`
// checks it settles itself, the `segments` it saw, its `report` section, and
// optionally `finish(all)`, run after every source, for checks that read other
// sources' values (value for money). A source never judges or decides, and no
// source imports another's internals (online reuses offline's measureEval and
// shadow's shared log reader through their indexes).
// To add a source: a folder with index.ts exporting `xSource(input): Source`,
// and one line in sourcesFor.
// Public surface: sourcesFor, the Source types, and each source's index.
import type { GateConfig } from '../config/index.js';
import { UsageError } from '../errors/index.js';
import { dataSource } from './data/index.js';
import { estimatedSource } from './estimated/index.js';
import { evalPair, offlineSource } from './offline/index.js';
import { onlineSource } from './online/index.js';
import { shadowLog, shadowSource, shadowSummariesSource } from './shadow/index.js';
import { routeSummaries, type RoutedSummaries } from './summariesRoute.js';
import type { Source } from './types.js';

export { routeSummaries, summariesFiles, type RoutedSummaries } from './summariesRoute.js';

export type { ReportSection, Source, SourceContext, SourceFinish, SourceResult, Timer } from './types.js';
export {
  measureEval,
  offlineSource,
  encodeSummaries,
  summariesFromRows,
  readSummaries,
  summarySettings,
  fingerprintOf,
  SUMMARIES_FORMAT,
  type OfflineSummaries,
  type SummaryRecord,
  type SummarySettings,
} from './offline/index.js';
export {
  LATENCY_QUANTILES,
  PERCENTILES,
  PSI_BINS,
  shadowLog,
  shadowSource,
  shadowSummariesFromLog,
  encodeShadowSummaries,
  shadowSummariesSource,
  shadowSummarySettings,
  readShadowSummaries,
  type ShadowSummaries,
} from './shadow/index.js';
export { onlineSource } from './online/index.js';
export { estimatedSource } from './estimated/index.js';
export { dataSource, readFeatureInput, runProfile, type DataInput, type ProfileArgs } from './data/index.js';
export { RECORDS_FORMAT, headerText, profileSettings, rangeOf, type Profile, type ProfileSettings } from './data/index.js';

/** The inputs a run is given (paths or globs; null when not given). */
export interface SourceInputs {
  baselineEval: string | null;
  candidateEval: string | null;
  shadow: string | null;
  labels: string | null;
  /** Feature inputs of the data checks (absent: none). */
  reference?: string | null;
  current?: string | null;
  batchFeatures?: string | null;
  onlineFeatures?: string | null;
  /** Summaries (in place of the eval pair, the shadow log, or both): one path or glob per line; absent or null: none. */
  summaries?: string | null;
  /** The summaries files by the source their headers name (routeSummaries); absent: every file offline. */
  routedSummaries?: RoutedSummaries | null;
}

/**
 * The sources a run's inputs call for, in the order the report lists their checks.
 * Throws `UsageError` when the inputs do not make a comparison.
 */
export function sourcesFor(inputs: SourceInputs, config?: Pick<GateConfig, 'shadow'>): Source[] {
  const { baselineEval, candidateEval, shadow, labels } = inputs;
  const summaries = inputs.summaries ?? null;
  const routed: RoutedSummaries | null = summaries === null ? null : (inputs.routedSummaries ?? { offline: [summaries], shadow: [] });
  const offlineSummaries = routed !== null && routed.offline.length > 0 ? routed.offline : null;
  const shadowSummaries = routed !== null && routed.shadow.length > 0 ? routed.shadow : null;
  if (shadowSummaries !== null && shadow !== null) {
    throw new UsageError(
      `summaries ${shadowSummaries.join(', ')} ${shadowSummaries.length > 1 ? 'were' : 'was'} made from a shadow log, and shadow is given too: the summaries take the log's place; give one or the other.`,
    );
  }
  const estimate = config?.shadow?.estimate;
  if (estimate && shadowSummaries !== null) {
    throw new UsageError("shadow.estimate is set, and the shadow log is given as summaries: the estimates need the log's scores per request; give shadow instead.");
  }
  if (estimate && (baselineEval === null || shadow === null)) {
    const missing = [
      baselineEval === null ? 'baseline-eval and candidate-eval (each model is calibrated on its eval file)' : '',
      shadow === null ? 'shadow (the requests to estimate on)' : '',
    ]
      .filter(Boolean)
      .join(' and ');
    throw new UsageError(
      `shadow.estimate is set but ${missing} ${baselineEval === null && shadow === null ? 'are' : 'is'} not given: the estimates need both the eval files and the shadow log.`,
    );
  }
  const reference = inputs.reference ?? null;
  const current = inputs.current ?? null;
  const batchFeatures = inputs.batchFeatures ?? null;
  const onlineFeatures = inputs.onlineFeatures ?? null;
  if ((reference === null) !== (current === null)) {
    throw new UsageError(
      `${reference === null ? 'current is given without reference' : 'reference is given without current'}: the drift and health checks compare the current features with the reference (rows or a profile from \`model-gate profile\`).`,
    );
  }
  if ((batchFeatures === null) !== (onlineFeatures === null)) {
    throw new UsageError(
      `${batchFeatures === null ? 'online-features is given without batch-features' : 'batch-features is given without online-features'}: the skew checks compare the same requests' features from both pipelines, joined on request_id.`,
    );
  }
  const data = reference !== null || batchFeatures !== null;
  if (offlineSummaries !== null && (baselineEval !== null || candidateEval !== null)) {
    throw new UsageError('summaries is given with the eval files: the summaries take their place; give one or the other.');
  }
  if ((baselineEval === null) !== (candidateEval === null)) {
    throw new UsageError(
      `${baselineEval === null ? 'candidate-eval' : 'baseline-eval'} is given without ${baselineEval === null ? 'baseline-eval' : 'candidate-eval'}: the offline comparison needs both files.`,
    );
  }
  if (labels !== null && shadow === null) {
    if (shadowSummaries !== null)
      throw new UsageError('labels is given with shadow summaries: the online metrics on labelled requests need the shadow log itself; give shadow instead of its summaries.');
    throw new UsageError('labels is given without shadow: the labels are joined onto the shadow log by request id.');
  }
  if (baselineEval === null && shadow === null && summaries === null && !data) {
    throw new UsageError(
      'nothing to compare: give baseline-eval and candidate-eval (or summaries), or shadow, or both; or feature inputs (reference and current, batch-features and online-features).',
    );
  }
  const sources: Source[] = [];
  if (offlineSummaries !== null) sources.push(offlineSource({ summaries: inputs.routedSummaries ? offlineSummaries : summaries! }));
  // One read of each input for every source that reads it.
  const pair = baselineEval !== null && candidateEval !== null ? evalPair({ baseline: baselineEval, candidate: candidateEval }) : null;
  if (pair !== null) sources.push(offlineSource({ baseline: baselineEval!, candidate: candidateEval! }, pair));
  if (shadow !== null) {
    // One read of the log for both of its sources.
    const log = shadowLog({ shadow, labels, scores: baselineEval !== null });
    sources.push(shadowSource(log), onlineSource(log));
    if (estimate && pair !== null) sources.push(estimatedSource({ pair, log }));
  }
  if (shadowSummaries !== null) sources.push(shadowSummariesSource(shadowSummaries));
  // The data checks: alone, or with the others (with eval files and a shadow log, also each model's output skew;
  // with either as summaries, that check is listed as not computed).
  const offlineGiven = baselineEval !== null || offlineSummaries !== null;
  const shadowGiven = shadow !== null || shadowSummaries !== null;
  if (data || (offlineGiven && shadowGiven)) sources.push(dataSource({ reference, current, batchFeatures, onlineFeatures }));
  return sources;
}

/** The inputs with their summaries routed by source (see summariesRoute.ts); the same inputs without summaries. */
export async function withRoutedSummaries<T extends SourceInputs>(inputs: T): Promise<T> {
  const summaries = inputs.summaries ?? null;
  if (summaries === null || inputs.routedSummaries) return inputs;
  return { ...inputs, routedSummaries: await routeSummaries(summaries) };
}
