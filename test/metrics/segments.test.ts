// Per-segment values equal the values computed on the segment's rows alone: a property over
// seeded random datasets with several segment columns, crosses, ties and weights. Checked
// two ways: measureOffline on the segment's rows as a dataset of their own, and (binary)
// naive implementations of the definitions (test/metrics/reference.ts).
import { describe, expect, it } from 'vitest';
import type { EvalData } from '../../src/io/types.js';
import { measureOffline } from '../../src/metrics/measure.js';
import { buildSegmentation } from '../../src/segments/segment.js';
import { BINARY_METRICS, close, evalData, metricsOf, rng, subset } from './fixtures.js';
import { naiveBinary } from './reference.js';

const COSTS = { tp: -1, fp: 1, tn: 0, fn: 4 };

function randomData(task: 'binary' | 'multiclass' | 'regression', n: number, seed: number, weighted: boolean): EvalData {
  const rand = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const label: number[] = [];
  const score = [[], []] as number[][];
  const decision = [[], []] as number[][];
  const weight: number[] = [];
  const region: string[] = [];
  const device: string[] = [];
  const plan: string[] = [];
  const judge = [[], []] as number[][];
  for (let i = 0; i < n; i++) {
    region.push(pick(['AR', 'BR', 'CA', 'DE', 'FR']));
    device.push(pick(['android', 'ios', 'web']));
    // Plan "gold" only in BR: crosses with empty combinations, and a small, often one-class, segment.
    plan.push(region[i] === 'BR' && rand() < 0.1 ? 'gold' : pick(['free', 'pro']));
    // Weights with some zeros.
    weight.push(rand() < 0.05 ? 0 : Math.round(rand() * 40) / 10);
    const y = task === 'binary' ? (rand() < (plan[i] === 'gold' ? 0.05 : 0.3) ? 1 : 0) : task === 'multiclass' ? Math.floor(rand() * 4) : rand() * 10 - 2;
    label.push(task === 'regression' ? Math.round(y * 4) / 4 : y);
    for (const m of [0, 1]) {
      if (task === 'binary') {
        // Two decimals, with 0 and 1: many ties, across both classes.
        const s = Math.round(Math.min(1, Math.max(0, 0.25 * y + rand() * (0.8 + 0.1 * m))) * 20) / 20;
        score[m].push(s);
        decision[m].push(s >= 0.5 ? 1 : 0);
      } else if (task === 'multiclass') {
        score[m].push(NaN);
        decision[m].push(rand() < 0.6 ? y : Math.floor(rand() * 4));
      } else {
        const s = Math.round((y + (rand() - 0.5) * (2 + m)) * 4) / 4;
        score[m].push(s);
        decision[m].push(s);
      }
      judge[m].push(rand() < 0.1 ? NaN : Math.round(rand() * 5));
    }
  }
  return evalData({
    label,
    weight: weighted ? weight : null,
    classes: task === 'multiclass' ? ['a', 'b', 'c', 'd'] : [],
    baseline: { score: score[0], decision: decision[0] },
    candidate: { score: score[1], decision: decision[1] },
    segments: { region, device, plan },
    domain: { device: ['tv'] },
    numeric: { judge: { baseline: judge[0], candidate: judge[1] } },
  });
}

const CROSS = [
  ['region', 'device'],
  ['region', 'plan'],
  ['region', 'device', 'plan'],
];

const NAMES = {
  binary: [...BINARY_METRICS, 'mean[judge]'],
  multiclass: ['accuracy', 'macro_f1', 'macro_recall', 'recall[a]', 'recall[d]', 'mean[judge]'],
  regression: ['mae', 'rmse', 'mape', 'bias', 'mean[judge]'],
} as const;

describe.each([
  ['binary', true],
  ['binary', false],
  ['multiclass', true],
  ['regression', true],
] as const)('per segment = on the segment alone (%s, weighted %s)', (task, weighted) => {
  const data = randomData(task, 3000, task.length + (weighted ? 1 : 0), weighted);
  const seg = buildSegmentation(data.n, data.segments, CROSS);
  const names = [...NAMES[task]];
  const configs = metricsOf(names, COSTS);
  const all = measureOffline(data, seg, configs, task);
  // Rows of each segment, from the dimension that holds it.
  const rowsOf = new Map<number, number[]>();
  for (const dim of seg.dimensions) {
    dim.rowSegment.forEach((s, r) => {
      if (!rowsOf.has(s)) rowsOf.set(s, []);
      rowsOf.get(s)!.push(r);
    });
  }

  it('has the expected segments, an empty one among them', () => {
    expect(seg.segments.length).toBeGreaterThan(40);
    expect(all.find((r) => r.segment.id === 'device=tv')?.n).toBe(0);
  });

  it('gives each segment the values measured on its rows alone', () => {
    let checked = 0;
    for (let s = 0; s < seg.segments.length; s++) {
      const rows = rowsOf.get(s) ?? [];
      const alone = measureOffline(subset(data, rows), buildSegmentation(rows.length, [], []), configs, task)[0];
      const got = all[s];
      expect(got.n).toBe(rows.length);
      expect(close(got.weight, alone.weight)).toBe(true);
      expect(got.positives).toBe(alone.positives);
      for (const name of names) {
        for (const m of ['baseline', 'candidate'] as const) {
          const ok = close(got.values[name][m], alone.values[name][m], 1e-9);
          expect(ok, `${got.segment.id} ${name} ${m}: ${got.values[name][m]} vs ${alone.values[name][m]}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBe(seg.segments.length * names.length * 2);
  });

  if (task === 'binary') {
    it('matches naive implementations of the definitions in every segment (pairwise AUC, comparator-sorted AP)', () => {
      let nulls = 0;
      for (let s = 0; s < seg.segments.length; s++) {
        const rows = rowsOf.get(s) ?? [];
        for (const [m, model] of [
          ['baseline', data.baseline],
          ['candidate', data.candidate],
        ] as const) {
          const ref = naiveBinary(
            {
              y: rows.map((r) => data.label[r]),
              p: rows.map((r) => model.score[r]),
              d: rows.map((r) => model.decision[r]),
              w: rows.map((r) => (data.weight ? data.weight[r] : 1)),
            },
            COSTS,
          );
          for (const name of BINARY_METRICS) {
            const want = ref[name] ?? null;
            if (want === null) nulls++;
            const got = all[s].values[name][m];
            expect(close(got, want, 1e-9), `${seg.segments[s].id} ${name} ${m}: ${got} vs ${want}`).toBe(true);
          }
        }
      }
      // The data does reach the undefined cases (one-class and empty segments).
      expect(nulls).toBeGreaterThan(0);
      const oneClass = all.filter((r) => r.n > 0 && r.values.auc.baseline === null);
      expect(oneClass.length).toBeGreaterThan(0);
    });
  }
});
