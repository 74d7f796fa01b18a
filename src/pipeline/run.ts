// runGate: the whole gate, shared by the action and the CLI: build the sources
// the request gives -> run each (read, segment, measure) -> one judge over every
// source's values -> one decide -> the report. No GitHub here.
import { defaultShadowConfig, effectiveConfig, withValueForMoneyMetric, type GateConfig } from '../config/index.js';
import { countChecks, decide, insufficientPolicy, judge, unmatchedOverrides, verdictOf, type JudgeInput } from '../gate/index.js';
import { displayUnitsOf, formatCount, setDisplayUnits } from '../metrics/index.js';
import type { Report } from '../report/index.js';
import { MAX_CHECKS, MAX_FILES } from '../schema/index.js';
import { ConfigError, UsageError } from '../errors/index.js';
import { sourcesFor, withRoutedSummaries, type SourceInputs, type SourceResult, type Timer } from '../sources/index.js';
import { mergeSection } from './section.js';

export interface GateRequest extends SourceInputs {
  name: string;
  config: GateConfig;
  run: Report['run'];
  /** The clock, for the report's timestamp (tests pin it). */
  now?: () => Date;
}

/** Timings of the pipeline's stages in milliseconds, for the bench. */
export type StageTimings = Record<string, number>;

export async function runGate(req: GateRequest, timings: StageTimings = {}): Promise<Report> {
  // A shadow log without a shadow section gets the default one (and the report shows it).
  // Summaries files go to the source their headers name (shadow summaries stand for the log).
  const inputs = await withRoutedSummaries(req);
  const shadowGiven = req.shadow !== null || (inputs.routedSummaries?.shadow.length ?? 0) > 0;
  const config = shadowGiven && req.config.shadow === null ? { ...req.config, shadow: defaultShadowConfig() } : req.config;
  // Units the config decides (expected_cost in money), for the judge's messages and the renderers.
  setDisplayUnits(displayUnitsOf(config.metrics));
  const sources = sourcesFor(inputs, config);
  const time = timer(timings);
  // Sources measure the value-for-money metric too, rule-less when unconfigured.
  const ctx = { config: withValueForMoneyMetric(config), time };

  const results: SourceResult[] = [];
  for (const source of sources) results.push(await source.run(ctx));
  const finished = results.map((r) => r.finish?.(results) ?? null);

  const values = results.map((r) => r.values).filter((v): v is JudgeInput => v !== null);
  const pending = [...(await time('judge', () => judge(values))), ...finished.flatMap((f) => f?.pending ?? [])];
  const fixed = [
    ...results.flatMap((r) => r.integrity),
    ...unmatchedOverrides(
      config,
      results.flatMap((r) => r.segments),
    ),
  ];
  // Settled checks (the data checks) arrive decided as their own family: appended, not re-decided.
  const checks = [...fixed, ...decide(pending, config.statistics, insufficientPolicy(config)), ...finished.flatMap((f) => f?.settled ?? [])];

  const counts = countChecks(checks);
  const report: Report = {
    schema: 'model-release-gate/report@1',
    name: req.name,
    verdict: verdictOf(counts),
    counts,
    checks,
    inputs: { baseline_eval: null, candidate_eval: null, examples: null, shadow: null, requests: null },
    config: effectiveConfig(config, { data: sources.some((s) => s.id === 'data') }),
    run: req.run,
    override: null,
    generated_at: (req.now ?? (() => new Date()))().toISOString(),
    distributions: { offline: null },
    shadow: null,
  };
  for (const section of [...results.map((r) => r.report), ...finished.map((f) => f?.report ?? {})]) mergeSection(report, section);
  checkBounds(report);
  return report;
}

function timer(timings: StageTimings): Timer {
  return async (stage, f) => {
    const t0 = performance.now();
    const out = await f();
    timings[stage] = (timings[stage] ?? 0) + performance.now() - t0;
    return out;
  };
}

/** A run whose report the schema could not hold (from-report would refuse it): one clear error instead. */
export function checkBounds(report: Report): void {
  if (report.checks.length > MAX_CHECKS) {
    const segments = new Set(report.checks.map((c) => c.segment)).size;
    throw new ConfigError('config', [
      {
        path: 'columns.segments',
        message: `the run makes ${formatCount(report.checks.length)} checks (${formatCount(segments)} segments), more than the ${formatCount(MAX_CHECKS)} a report holds: cut by columns with fewer distinct values (group rare ones), or drop a cross`,
      },
    ]);
  }
  for (const [name, input] of Object.entries(report.inputs)) {
    if (input !== null && typeof input === 'object' && input.files.length > MAX_FILES) {
      throw new UsageError(`${name}: ${formatCount(input.files.length)} files, more than the ${formatCount(MAX_FILES)} one input may have: combine them, or name fewer with the glob`);
    }
  }
}
