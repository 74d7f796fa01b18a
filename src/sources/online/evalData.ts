// The labelled shadow requests as an eval pair: the same EvalData the offline
// measurer reads, from the requests that carry a label (from the log's label
// column or the labels input) where both models succeeded and gave an output;
// which of the configured metrics can be measured on them; and the config the
// offline paired tests run with on them (the same tests, on random streams of
// their own).
import type { GateConfig, MetricConfig, Task } from '../../config/index.js';
import type { EvalData, ModelOutputs, ShadowData } from '../../io/index.js';
import { declarationOf, needsScores, splitMetricName } from '../../metrics/index.js';
import { hashString } from '../../stats/index.js';

/**
 * The configured metrics that can be measured online, and why the others cannot.
 * `mean[X]` needs a column the shadow log does not carry; binary score metrics need scores.
 * @example onlineMetrics({ recall, auc }, 'binary', false) // { metrics: { recall }, skipped: ['auc: the shadow log has no score column'] }
 */
export function onlineMetrics(metrics: Record<string, MetricConfig>, task: Task, hasScores: boolean, scoreColumn = 'score'): { metrics: Record<string, MetricConfig>; skipped: string[] } {
  const out: Record<string, MetricConfig> = {};
  const skipped: string[] = [];
  for (const [name, m] of Object.entries(metrics)) {
    if (splitMetricName(name).arg !== null && declarationOf(name)?.parameter === 'column') skipped.push(`${name}: measured on the eval files only`);
    else if (task === 'binary' && needsScores(name) && !hasScores) skipped.push(`${name}: the shadow log has no ${scoreColumn} column`);
    else out[name] = m;
  }
  return { metrics: out, skipped };
}

/**
 * The labelled requests as an eval pair, or null when there are none.
 * A request counts when it has a label, neither model failed, and both gave a decision
 * (and, given `keep`, when `keep[k]` is 1: old enough for its label, see maturity.ts).
 * multiclass: classes are re-coded to the names used on these requests (as offline).
 */
export function onlineEvalData(data: ShadowData, task: Task, keep: Uint8Array | null = null): EvalData | null {
  const { label } = data;
  const dB = data.baseline.decision;
  const dC = data.candidate.decision;
  if (!label || !dB || !dC) return null;
  const eB = data.baseline.error;
  const eC = data.candidate.error;
  const kept: number[] = [];
  for (let k = 0; k < data.n; k++) {
    if (keep !== null && !keep[k]) continue;
    if (label[k] !== label[k] || dB[k] !== dB[k] || dC[k] !== dC[k]) continue;
    if ((eB && eB[k]) || (eC && eC[k])) continue;
    kept.push(k);
  }
  const n = kept.length;
  if (n === 0) return null;
  const rows = Int32Array.from(kept);
  const pick = (a: Float64Array | null): Float64Array => {
    const out = new Float64Array(n);
    if (a === null) return out.fill(NaN);
    for (let j = 0; j < n; j++) out[j] = a[rows[j]];
    return out;
  };
  let lab = pick(label);
  let decB = pick(dB);
  let decC = pick(dC);
  const classes: string[] = [];
  if (task === 'multiclass') {
    const used = new Uint8Array(data.classes.length);
    for (const a of [lab, decB, decC]) for (let j = 0; j < n; j++) used[a[j]] = 1;
    const recode = new Float64Array(data.classes.length).fill(-1);
    data.classes.forEach((name, code) => {
      if (!used[code]) return;
      recode[code] = classes.length;
      classes.push(name);
    });
    const apply = (a: Float64Array) => a.map((x) => recode[x]);
    lab = apply(lab);
    decB = apply(decB);
    decC = apply(decC);
  }
  const outputs = (decision: Float64Array, score: Float64Array | null): ModelOutputs => ({
    decision,
    score: task === 'regression' ? decision : pick(score),
  });
  return {
    n,
    label: lab,
    classes,
    weight: null,
    baseline: outputs(decB, data.baseline.score),
    candidate: outputs(decC, data.candidate.score),
    segments: data.segments.map((col) => {
      const remap = new Int32Array(col.values.length).fill(-1);
      const values: string[] = [];
      const codes = new Int32Array(n);
      for (let j = 0; j < n; j++) {
        const old = col.codes[rows[j]];
        if (remap[old] === -1) {
          remap[old] = values.length;
          values.push(col.values[old]);
        }
        codes[j] = remap[old];
      }
      return { name: col.name, codes, values };
    }),
    numeric: {},
    integrity: {
      baselineRows: n,
      candidateRows: n,
      matched: n,
      onlyBaseline: 0,
      onlyCandidate: 0,
      coverage: 1,
      examplesOnlyBaseline: [],
      examplesOnlyCandidate: [],
    },
    files: { baseline: data.files, candidate: data.files },
  };
}

/**
 * The seed of the online checks' paired tests: the run's seed hashed with the source
 * (`online|<seed>`), never equal to the run's seed. The statistics key every random
 * stream by (seed, what is resampled, segment id), so the online resamples of a segment
 * are reproducible yet never the offline ones of the same segment.
 * @example onlineSeed(1) // a fixed 32-bit number other than 1
 */
export function onlineSeed(seed: number): number {
  const s = hashString(`online|${seed}`);
  return s === seed >>> 0 ? (s ^ 1) >>> 0 : s;
}

/** The config the offline paired tests run with on the labelled requests: the online seed. */
export function onlineStatsConfig(config: GateConfig): GateConfig {
  return { ...config, statistics: { ...config.statistics, seed: onlineSeed(config.statistics.seed) } };
}
