// Measuring shadow metrics: every value equals a direct computation on the same file
// (parsed here by a naive split, a separate path from the reader), per segment.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeShadowLog } from '../../scripts/lib/generateShadow.mjs';
import { readShadowLog } from '../../src/io/shadow.js';
import type { ShadowData } from '../../src/io/types.js';
import { buildSegmentation } from '../../src/segments/segment.js';
import { measureShadow } from '../../src/sources/shadow/measure.js';
import { binOf, psi, PSI_EPSILON, scorePsiBySegment } from '../../src/sources/shadow/psi.js';
import { COLUMNS, fixtureDir } from '../io/fixtures.js';

/** Type-7 quantile, written out plainly. */
function q7(values: number[], p: number): number {
  const v = [...values].sort((a, b) => a - b);
  const h = (v.length - 1) * p;
  const lo = Math.floor(h);
  return lo + 1 < v.length ? v[lo] + (h - lo) * (v[lo + 1] - v[lo]) : v[lo];
}

interface Row {
  id: string;
  model: string;
  score: number;
  latency: number;
  cost: number;
  error: boolean;
  region: string;
  device: string;
}

function naiveRows(text: string): Row[] {
  const [head, ...lines] = text.trim().split('\n');
  const h = head.split(',');
  const at = (f: string[], name: string) => f[h.indexOf(name)];
  return lines.map((l) => {
    const f = l.split(',');
    return {
      id: at(f, 'request_id'),
      model: at(f, 'model'),
      score: at(f, 'score') === '' ? NaN : Number(at(f, 'score')),
      latency: Number(at(f, 'latency_ms')),
      cost: Number(at(f, 'cost_usd')),
      error: at(f, 'error') === 'true',
      region: at(f, 'region'),
      device: at(f, 'device'),
    };
  });
}

describe('shadow metrics per segment equal a direct computation', async () => {
  const dir = fixtureDir({});
  const path = join(dir, 'shadow.csv');
  await writeShadowLog(
    {
      n: 4000,
      seed: 21,
      segments: { region: ['BR', 'US', 'DE'], device: ['ios', 'web'] },
      candidate: { latencyFactor: 1.1, costFactor: 1.2, errorRate: 0.03, scoreShift: 0.3 },
      baseline: { errorRate: 0.02 },
    },
    path,
  );
  const rows = naiveRows(readFileSync(path, 'utf8'));
  const data: ShadowData = await readShadowLog({
    shadow: path,
    labels: null,
    columns: { ...COLUMNS, segments: ['region', 'device'] },
    task: 'binary',
    threshold: 0.5,
    models: { baseline: 'baseline', candidate: 'candidate' },
    pricing: null,
    needs: { decision: 'agreement', score: 'score_psi' },
  });
  const segmentation = buildSegmentation(data.n, data.segments, [['region', 'device']]);
  const metrics = ['latency_p50_ms', 'latency_p95_ms', 'latency_p99_ms', 'cost_per_1k', 'error_rate', 'agreement', 'score_psi'];
  const measured = measureShadow(data, segmentation, { metrics, wantsBootstrap: () => false, resamples: 200, seed: 1 });

  // The same per segment, directly: requests as pairs of rows.
  const byId = new Map<string, { b?: Row; c?: Row }>();
  for (const r of rows) {
    const e = byId.get(r.id) ?? {};
    if (r.model === 'baseline') e.b = r;
    else e.c = r;
    byId.set(r.id, e);
  }
  const pairs = [...byId.values()] as Array<{ b: Row; c: Row }>;
  const inSegment = (id: string) => (p: { b: Row }) => id === 'overall' || id.split('&').every((kv) => (p.b as unknown as Record<string, string>)[kv.split('=')[0]] === kv.split('=')[1]);

  it('covers overall, each region and device, and each cross', () => {
    expect(segmentation.segments.map((s) => s.id)).toEqual([
      'overall',
      'region=BR',
      'region=DE',
      'region=US',
      'device=ios',
      'device=web',
      'region=BR&device=ios',
      'region=BR&device=web',
      'region=DE&device=ios',
      'region=DE&device=web',
      'region=US&device=ios',
      'region=US&device=web',
    ]);
    expect(data.n).toBe(4000);
  });

  it.each(['overall', 'region=BR', 'device=web', 'region=DE&device=ios'])('%s: p50/p95/p99, cost per 1k, error rate, agreement', (id) => {
    const s = segmentation.segments.findIndex((x) => x.id === id);
    const v = measured.segments[s].values;
    const ps = pairs.filter(inSegment(id));
    expect(measured.segments[s].n).toBe(ps.length);
    for (const [metric, p] of [
      ['latency_p50_ms', 0.5],
      ['latency_p95_ms', 0.95],
      ['latency_p99_ms', 0.99],
    ] as const) {
      expect(v[metric].baseline).toBeCloseTo(
        q7(
          ps.map((x) => x.b.latency),
          p,
        ),
        9,
      );
      expect(v[metric].candidate).toBeCloseTo(
        q7(
          ps.map((x) => x.c.latency),
          p,
        ),
        9,
      );
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(v.cost_per_1k.baseline).toBeCloseTo(1000 * mean(ps.map((x) => x.b.cost)), 12);
    expect(v.cost_per_1k.candidate).toBeCloseTo(1000 * mean(ps.map((x) => x.c.cost)), 12);
    expect(v.error_rate.baseline).toBeCloseTo(mean(ps.map((x) => (x.b.error ? 1 : 0))), 14);
    expect(v.error_rate.candidate).toBeCloseTo(mean(ps.map((x) => (x.c.error ? 1 : 0))), 14);
    const served = ps.filter((x) => !x.b.error && !x.c.error);
    expect(v.agreement.baseline).toBeNull();
    expect(v.agreement.candidate).toBeCloseTo(mean(served.map((x) => (x.b.score >= 0.5 === x.c.score >= 0.5 ? 1 : 0))), 14);
    expect(v.score_psi.candidate).toBeGreaterThan(0);

    // The paired-test sums: the cost difference and the discordant failures.
    const st = measured.stats[s];
    const d = ps.map((x) => x.c.cost - x.b.cost);
    expect(st.cost!.sum).toBeCloseTo(
      d.reduce((a, b) => a + b, 0),
      12,
    );
    expect(st.cost!.sumSq).toBeCloseTo(
      d.reduce((a, b) => a + b * b, 0),
      14,
    );
    expect(st.errors!.only1).toBe(ps.filter((x) => x.c.error && !x.b.error).length);
    expect(st.errors!.only2).toBe(ps.filter((x) => x.b.error && !x.c.error).length);
  });

  it('PSI of each segment is the PSI of its deciles computed directly', () => {
    const psiBySeg = scorePsiBySegment(data, segmentation);
    for (const id of ['overall', 'region=US', 'region=BR&device=web']) {
      const s = segmentation.segments.findIndex((x) => x.id === id);
      const ps = pairs.filter(inSegment(id)).filter((x) => !x.b.error && !x.c.error);
      const edges: number[] = [];
      for (let j = 1; j < 10; j++) {
        const e = q7(
          ps.map((x) => x.b.score),
          j / 10,
        );
        if (edges.length === 0 || e > edges[edges.length - 1]) edges.push(e);
      }
      const bin = (x: number) => edges.filter((e) => e < x).length;
      const cb = new Array(10).fill(0);
      const cc = new Array(10).fill(0);
      for (const x of ps) {
        cb[bin(x.b.score)]++;
        cc[bin(x.c.score)]++;
      }
      let expected = 0;
      for (let k = 0; k < 10; k++) {
        const b = Math.max(cb[k] / ps.length, PSI_EPSILON);
        const c = Math.max(cc[k] / ps.length, PSI_EPSILON);
        expected += (c - b) * Math.log(c / b);
      }
      expect(psiBySeg[s]).toBeCloseTo(expected, 12);
    }
  });
});

describe('psi', () => {
  it('matches a hand computation', () => {
    // (0.4 - 0.5) ln(0.4 / 0.5) + (0.6 - 0.5) ln(0.6 / 0.5)
    expect(psi([50, 50], [40, 60])).toBeCloseTo(0.040546510810816436, 14);
    expect(psi([5, 5], [5, 5])).toBe(0);
    expect(psi([0, 0], [1, 1])).toBeNaN();
  });

  it('deciles of the baseline, empty bins raised to epsilon (numpy: searchsorted on np.quantile deciles)', () => {
    // baseline 0.05, 0.15, ..., 0.95: edges 0.14, 0.23, ..., 0.86, one baseline score per bin;
    // candidate 0.05 x3, 0.15 ... 0.65, 0.95: bins [3, 1, 1, 1, 1, 1, 1, 0, 0, 1].
    const base = [0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95];
    const cand = [0.05, 0.05, 0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.95];
    const data = {
      n: 10,
      baseline: { latency: new Float64Array(10), cost: null, error: null, score: Float64Array.from(base), decision: null },
      candidate: { latency: new Float64Array(10), cost: null, error: null, score: Float64Array.from(cand), decision: null },
      label: null,
      classes: [],
      costSource: null,
      segments: [],
      integrity: {} as ShadowData['integrity'],
      labels: {} as ShadowData['labels'],
      files: [],
    } satisfies ShadowData;
    const seg = buildSegmentation(10, [], []);
    // ((pc - pb) * np.log(pc / pb)).sum() with both raised to 1e-4
    expect(scorePsiBySegment(data, seg)[0]).toBeCloseTo(1.599891962474253, 12);
  });

  it('binOf: a value equal to an edge is in that edge bin', () => {
    const edges = Float64Array.of(0.2, 0.5, 0.8);
    expect([0.1, 0.2, 0.3, 0.5, 0.51, 0.8, 0.9].map((x) => binOf(edges, 0, 3, x))).toEqual([0, 0, 1, 1, 2, 2, 3]);
  });
});

describe('latency percentiles against numpy', () => {
  it('p50/p95/p99 of a small log', async () => {
    const lat = [12.5, 3.0, 7.25, 100.0, 55.5, 8.0, 9.0, 10.0, 11.0, 1.0, 2.0, 250.0, 60.0];
    const log = ['request_id,model,latency_ms', ...lat.flatMap((x, i) => [`r${i},baseline,${x}`, `r${i},candidate,${x * 2}`])].join('\n');
    const dir = fixtureDir({ 'shadow.csv': log });
    const data = await readShadowLog({
      shadow: join(dir, 'shadow.csv'),
      labels: null,
      columns: COLUMNS,
      task: 'binary',
      threshold: 0.5,
      models: { baseline: 'baseline', candidate: 'candidate' },
      pricing: null,
      needs: {},
    });
    const m = measureShadow(data, buildSegmentation(data.n, [], []), {
      metrics: ['latency_p50_ms', 'latency_p95_ms', 'latency_p99_ms'],
      wantsBootstrap: () => false,
      resamples: 200,
      seed: 1,
    });
    const v = m.segments[0].values;
    // np.quantile(x, [0.5, 0.95, 0.99])
    expect(v.latency_p50_ms.baseline).toBeCloseTo(10.0, 12);
    expect(v.latency_p95_ms.baseline).toBeCloseTo(159.99999999999977, 9);
    expect(v.latency_p99_ms.baseline).toBeCloseTo(231.99999999999986, 9);
    expect(v.latency_p99_ms.candidate).toBeCloseTo(2 * 231.99999999999986, 9);
  });
});
