// src/sources/data: the data checks. Reference vs current features (drift by
// PSI on the reference's fixed bins, with KS D / L-infinity beside it; health:
// empty, sentinel, unseen-category and out-of-range rates), batch vs online
// features of the same requests (training-serving skew), each model's output
// offline vs online, and the schema checks. Every check carries its interval
// and the noise floor (what no drift shows at this n); the family is decided
// on its own (decide.ts, data.correction). Pure: the readers are in read.ts.
import { dataConfigOf } from '../../config/index.js';
import type { GateConfig } from '../../config/index.js';
import { integrityCheck, pct } from '../../gate/index.js';
import type { Check } from '../../gate/index.js';
import { formatCount } from '../../metrics/index.js';
import { viewChecks, skewChecks, type PendingDataCheck } from './checks.js';
import { compareSegment, outsideRangeMass, rangeOf, topCategories, unseenMass } from './compare.js';
import { decideData } from './decide.js';
import { inferType, resolveFeatures, type SchemaProblem, type SideTypes } from './features.js';
import { outputPsiCheck, outputPsiFromSummaries, type ModelScores } from './output.js';
import { binsOf, checkCurrentProfile, profileTable } from './profile.js';
import { joinRequests, skewViews } from './skew.js';
import type { DataCheck, DataSection, FeatureSegmentView, FeatureTable, Profile, SkewView } from './types.js';

export type { DataCheck, DataSection, FeatureTable, FeatureProfile, NumericBins, Profile, SegmentProfile } from './types.js';
export { profileTable, mergeProfiles, parseProfile, binsOf, checkCurrentProfile } from './profile.js';
export { RECORDS_FORMAT, encodeProfile, profileSettings, headerText, type ProfileRecord, type ProfileSettings } from './profileFormat.js';
export { decodeProfile, isProfileRecords, readProfileRecords } from './profileRecords.js';
export { FINE_BINS, PSI_BINS } from './bins.js';
export { rangeOf } from './compare.js';
export { readFeatureInput, readFeatureTable, runProfile, type ProfileArgs } from './read.js';
export { publishSection, renderDataMarkdown, renderDataHtml } from './render.js';
export type { ModelScores } from './output.js';
export { dataSource, type DataInput } from './source.js';

export interface DataInputs {
  config: GateConfig;
  /** Rows, or a profile made by `model-gate profile`. */
  reference?: FeatureTable | Profile | null;
  /** Rows, or a profile cut on the reference's bins and range (profileTable with them, or the warehouse's profile query). */
  current?: FeatureTable | Profile | null;
  batchFeatures?: FeatureTable | null;
  onlineFeatures?: FeatureTable | null;
  /** Each model's scores on the eval set and on the shadow traffic, for skew/output_psi. */
  outputScores?: { baseline: ModelScores; candidate: ModelScores } | null;
  /** Eval and shadow were both compared but one of them from summaries, which carry no scores: output skew is listed as not computed. */
  outputFromSummaries?: boolean;
}

const isProfile = (x: FeatureTable | Profile): x is Profile => (x as Profile).kind === 'model-gate/profile';

function tableTypes(t: FeatureTable): SideTypes {
  return new Map([...t.columns].map(([name, col]) => [name, inferType(col)]));
}

function schemaCheck(p: SchemaProblem): Check {
  return integrityCheck(`schema[${p.feature}]`, 'overall', { status: 'fail', message: p.message });
}

/**
 * Every data check of a run, decided as their own family, and the report's data section.
 * Runs the parts whose inputs are given: drift and health (reference + current), skew
 * (batch + online features), output skew (outputScores).
 */
export function runDataChecks(inputs: DataInputs): { checks: Check[]; section: DataSection } {
  const { config } = inputs;
  const cfg = dataConfigOf(config);
  const { minSamples } = config.segments;
  const { confidence } = config.statistics;
  const pending: PendingDataCheck[] = [];
  const integrity: Check[] = [];
  const views: FeatureSegmentView[] = [];
  const skew: SkewView[] = [];
  let coverage: DataSection['coverage'] = null;

  if (inputs.reference && inputs.current) {
    const ref = inputs.reference;
    const cur = inputs.current;
    const refTypes: SideTypes = isProfile(ref) ? new Map(Object.entries(ref.features).map(([k, f]) => [k, f.type])) : tableTypes(ref);
    const curTypes: SideTypes = isProfile(cur) ? new Map(Object.entries(cur.features).map(([k, f]) => [k, f.type])) : tableTypes(cur);
    const { features, problems } = resolveFeatures(cfg, config.columns, { name: 'reference', types: refTypes }, { name: 'current', types: curTypes });
    integrity.push(...problems.map(schemaCheck));
    const refProfile = isProfile(ref) ? ref : profileTable(ref, features, config.segments.cross);
    const ranges = Object.fromEntries(features.map((f) => [f.name, refProfile.features[f.name] ? rangeOf(refProfile.features[f.name]) : undefined]));
    const curProfile = isProfile(cur) ? checkCurrentProfile(cur, refProfile) : profileTable(cur, features, config.segments.cross, binsOf(refProfile), ranges);
    for (const f of features) {
      const rf = refProfile.features[f.name];
      const cf = curProfile.features[f.name];
      if (!rf || !cf) continue;
      const top = rf.type === 'categorical' ? topCategories(rf) : [];
      const ctx = {
        minSamples,
        confidence,
        seed: config.statistics.seed,
        unseen: unseenMass(rf),
        outside: outsideRangeMass(rf),
        rangeRows: (rf.segments.overall?.counts ?? []).reduce((a, b) => a + b, 0),
      };
      const ids = [...new Set([...Object.keys(rf.segments), ...Object.keys(cf.segments)])];
      for (const id of ids) {
        const v = compareSegment(f.name, rf, cf, id, top);
        views.push(v);
        pending.push(...viewChecks(f, v, ctx));
      }
    }
  }

  if (inputs.batchFeatures && inputs.onlineFeatures) {
    const b = inputs.batchFeatures;
    const o = inputs.onlineFeatures;
    const join = joinRequests(b, o);
    const { features, problems } = resolveFeatures(cfg, config.columns, { name: 'batch features', types: tableTypes(b) }, { name: 'online features', types: tableTypes(o) });
    integrity.push(...problems.map(schemaCheck));
    const matched = join.batchRow.length;
    coverage = { batch: join.batchRows, online: join.onlineRows, matched };
    const share = matched / Math.max(1, join.batchRows, join.onlineRows);
    const ok = share >= config.integrity.minCoverage;
    const parts = [
      join.onlyBatch.length ? `${formatCount(join.onlyBatch.length)} only in the batch features (e.g. ${join.onlyBatch.slice(0, 5).join(', ')})` : '',
      join.onlyOnline.length ? `${formatCount(join.onlyOnline.length)} only in the online features (e.g. ${join.onlyOnline.slice(0, 5).join(', ')})` : '',
    ].filter(Boolean);
    integrity.push(
      integrityCheck('skew_coverage', 'overall', {
        n: matched,
        candidate: share,
        higher_is_better: true,
        rule: `min ${pct(config.integrity.minCoverage)}`,
        status: ok ? 'pass' : 'fail',
        message: `${ok ? '' : 'Only '}${pct(share)} of request ids are in both the batch and the online features${parts.length ? `; ${parts.join('; ')}` : ''}${ok ? '.' : `, under integrity.min_coverage ${pct(config.integrity.minCoverage)}: the skew is measured on the requests both sides have.`}`,
      }),
    );
    for (const v of skewViews(b, o, join, features, config.segments.cross, cfg.tolerance)) {
      skew.push(v);
      const f = features.find((x) => x.name === v.feature)!;
      pending.push(...skewChecks(f, v, { minSamples, confidence }));
    }
  }

  if (inputs.outputScores) {
    pending.push(outputPsiCheck(inputs.outputScores.baseline, inputs.outputScores.candidate, cfg.rules.output_psi, confidence, minSamples));
  } else if (inputs.outputFromSummaries) {
    pending.push(outputPsiFromSummaries(cfg.rules.output_psi));
  }

  const decided: DataCheck[] = decideData(pending, confidence, cfg.correction);
  return { checks: [...integrity, ...decided], section: { features: views, skew, coverage, checks: decided } };
}
