// changeSummaries.ts: the summaries the paired tests read, from the rows: the
// joint decision tables (decision bootstrap), the sorted walk's placement and
// group sums (DeLong, pr_auc jackknife), the ECE group sums (ece jackknife) and
// the paired moments of each mean metric's per-example terms. Which ones are
// built follows the configured metrics' declared tests. The statistics
// (src/stats/paired.ts) take the result and never see a row.
import type { EvalData, IdGrouper } from '../io/index.js';
import type { Segmentation } from '../segments/index.js';
import { idGrouper, idGroups } from '../summaries/index.js';
import { jointTables } from '../summaries/index.js';
import { pairedMoments } from '../summaries/index.js';
import { RowCache } from '../summaries/index.js';
import type { EceGroupSums, JointTables, PairedMoments, RankingWalkResult } from '../summaries/index.js';
import { ovrAucs, rowsBySegment } from './aucOvr.js';
import { classTermsOf } from './classTerms.js';
import { costTerms, hasCostColumns } from './costTerms.js';
import { eceGroupSums } from './eceGroups.js';
import { rankingWalk } from './rankingWalk.js';
import { declarationOf, splitMetricName } from './registry.js';
import type { MetricSpec, SegmentMetrics, Task } from './types.js';

/** Groups of the delete-a-group jackknife. */
export const JACKKNIFE_GROUPS = 50;

/**
 * Whether the run's summaries need each example's jackknife group (pr_auc or ece on a binary
 * task): the reader then hashes the ids (EvalPairOptions.ids), and keeps nothing of them otherwise.
 */
export function needsIdGroups(metrics: Record<string, MetricSpec>, task: Task): boolean {
  if (task !== 'binary') return false;
  return Object.keys(metrics).some((name) => {
    const d = declarationOf(name);
    return d !== null && d.tasks !== 'shadow' && d.tasks.includes(task) && d.test === 'jackknife' && (d.summary === 'ranking' || d.summary === 'scores');
  });
}

/**
 * What the eval reader keeps of the ids for these metrics: their jackknife groups (hashed in
 * place, the id strings never made) when a jackknife test needs them, else nothing.
 */
export function idsToKeep(metrics: Record<string, MetricSpec>, task: Task, seed: number): IdGrouper | 'none' {
  return needsIdGroups(metrics, task) ? idGrouper(seed, JACKKNIFE_GROUPS) : 'none';
}

/** Each row's jackknife group: from the reader's hash of the ids, else from the ids (the row index without them). */
function jackknifeGroupsOf(data: EvalData, seed: number, groups: number): Uint8Array {
  const g = data.idGroups;
  if (g !== undefined && g.seed === seed && g.groups === groups && g.of.length === data.n) return g.of;
  if (g !== undefined && data.ids === undefined) throw new Error(`summarizeChanges: the ids were grouped for seed ${g.seed}, not ${seed}, and not kept`);
  return idGroups(data.ids ?? null, data.n, seed, groups);
}

/** Everything the paired tests of one run read, per segment. */
export interface ChangeSummaries {
  task: Task;
  /** multiclass class names by code (recall[CLASS]). */
  classes: string[];
  /** The segments' ids, in order (the bootstrap's random streams are keyed by them). */
  segmentIds: string[];
  /** Joint decision tables; null without decision metrics or when too large. */
  tables: JointTables | null;
  /** DeLong placement sums and the pr_auc jackknife's group sums; null without either. */
  walk: RankingWalkResult | null;
  /** The value DeLong's sums were centred on, per segment. */
  shift: Float64Array;
  /** The ece jackknife's group sums; null without ece. */
  ece: EceGroupSums | null;
  /** Per mean metric (by configured name): the paired moments of its terms. */
  moments: Map<string, PairedMoments>;
  /** auc_ovr: per segment, the variance of the macro AUC change (DeLong per class, summed per example); null without it. */
  ovrVariance?: Float64Array | null;
  jackknifeGroups: number;
}

/**
 * The summaries of every configured metric's paired test, from the rows.
 * @param measured the point values (measureOffline): DeLong's sums are centred on the measured change
 * @param seed the run's seed: the jackknife's groups hash it with each example's id
 * @param rows the row cache measureOffline used: its cells and score orders are reused, not rebuilt
 * @example summarizeChanges(data, seg, measured, config.metrics, 'binary', 1, rows).tables!.K // 2
 */
export function summarizeChanges(
  data: EvalData,
  segmentation: Segmentation,
  measured: SegmentMetrics[],
  metrics: Record<string, MetricSpec>,
  task: Task,
  seed: number,
  rows: RowCache = new RowCache(data, segmentation),
): ChangeSummaries {
  rows.assertFor(data, segmentation, 'estimateChanges');
  const S = segmentation.segments.length;
  const G = JACKKNIFE_GROUPS;
  const out: ChangeSummaries = {
    task,
    classes: data.classes,
    segmentIds: segmentation.segments.map((s) => s.id),
    tables: null,
    walk: null,
    shift: new Float64Array(S),
    ece: null,
    moments: new Map(),
    jackknifeGroups: G,
  };
  if (data.n === 0) return out;
  const cells = rows.cells;
  const decls = Object.keys(metrics).map((name) => ({ name, d: declarationOf(name) }));
  const applies = (d: ReturnType<typeof declarationOf>) => d !== null && d.tasks !== 'shadow' && d.tasks.includes(task);

  if (task !== 'regression' && decls.some(({ d }) => applies(d) && d!.summary === 'decision')) {
    const K = task === 'binary' ? 2 : data.classes.length;
    out.tables = jointTables(data.label, data.baseline.decision, data.candidate.decision, data.weight, K, cells, S);
  }

  if (task === 'binary') {
    const delong = decls.find(({ d }) => applies(d) && d!.test === 'delong');
    const apJack = decls.some(({ d }) => applies(d) && d!.test === 'jackknife' && d!.summary === 'ranking');
    const eceJack = decls.some(({ d }) => applies(d) && d!.test === 'jackknife' && d!.summary === 'scores');
    const groups = apJack || eceJack ? jackknifeGroupsOf(data, seed, G) : null;
    if (delong || apJack) {
      if (delong) {
        for (let s = 0; s < S; s++) {
          const v = measured[s].values[delong.name];
          out.shift[s] = v && v.baseline !== null && v.candidate !== null ? v.candidate - v.baseline : 0;
        }
      }
      out.walk = rankingWalk({
        orderB: rows.scoreOrder(0),
        orderC: rows.scoreOrder(1),
        label: data.label,
        weight: data.weight,
        cells,
        segments: S,
        delong: delong !== undefined,
        shift: out.shift,
        jackknife: apJack ? { group: groups!, groups: G } : null,
      });
    }
    if (eceJack) out.ece = eceGroupSums(data.baseline.score, data.candidate.score, data.label, data.weight, groups!, G, cells, S);
  }

  if (task === 'multiclass' && data.baseline.proba && data.candidate.proba && decls.some(({ d }) => applies(d) && d!.summary === 'classScores' && d!.test === 'delong')) {
    out.ovrVariance = ovrAucs(data.label, data.baseline.proba, data.candidate.proba, data.classes.length, data.weight, rowsBySegment(segmentation.dimensions, S)).variance;
  }

  // Means of per-example terms: one pair of passes per metric (one pair of term buffers for all).
  let bufB: Float64Array | null = null;
  let bufC: Float64Array | null = null;
  for (const { name, d } of decls) {
    if (!d || !applies(d)) continue;
    if (d.summary === 'decision' && d.needsCosts && hasCostColumns(metrics[name])) {
      bufB ??= new Float64Array(data.n);
      bufC ??= new Float64Array(data.n);
      costTerms(data, metrics[name], 0, bufB);
      costTerms(data, metrics[name], 1, bufC);
      out.moments.set(name, pairedMoments(bufB, bufC, data.weight, cells, S));
    } else if (task === 'multiclass' && classTermsOf(d) && data.baseline.proba && data.candidate.proba) {
      bufB ??= new Float64Array(data.n);
      bufC ??= new Float64Array(data.n);
      const terms = classTermsOf(d)!;
      const { arg } = splitMetricName(name);
      terms(data.label, data.baseline.proba, data.classes.length, arg, bufB);
      terms(data.label, data.candidate.proba, data.classes.length, arg, bufC);
      out.moments.set(name, pairedMoments(bufB, bufC, data.weight, cells, S));
    } else if (d.summary === 'column') {
      const { arg } = splitMetricName(name);
      const col = arg === null ? undefined : data.numeric[arg];
      if (col) out.moments.set(name, pairedMoments(col.baseline, col.candidate, data.weight, cells, S));
    } else if ((d.summary === 'scores' || d.summary === 'errors') && d.terms && (d.test === 'paired-mean' || d.test === 'delta-method')) {
      bufB ??= new Float64Array(data.n);
      bufC ??= new Float64Array(data.n);
      d.terms(data.label, data.baseline.score, bufB);
      d.terms(data.label, data.candidate.score, bufC);
      out.moments.set(name, pairedMoments(bufB, bufC, data.weight, cells, S));
    }
  }
  return out;
}
