// Multiclass probabilities (issue 14): log_loss, auc_ovr, top_k_accuracy[K],
// precision[CLASS] against scikit-learn's documented values and independent direct
// implementations (pairwise AUC, sklearn's own argsort for top-k) on generated data
// with ties and a class absent from a segment; auc_ovr's DeLong variance; the reader.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import type { EvalData } from '../../src/io/types.js';
import { readEvalPair } from '../../src/io/index.js';
import { measureOffline, summarizeChanges, type MetricSpec } from '../../src/metrics/index.js';
import { buildSegmentation } from '../../src/segments/index.js';
import { estimateChanges } from '../../src/stats/index.js';
import { RowCache } from '../../src/summaries/index.js';
import { evalData, rng } from '../metrics/fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'gate-proba-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const spec = (direction: 'higher' | 'lower' = 'higher'): MetricSpec => ({ direction });

/** Multiclass EvalData with class probabilities (rows of P) and decisions (default: first argmax). */
function mcData(y: number[], classes: string[], PB: number[][], PC: number[][], extra: { weight?: number[]; segments?: Record<string, string[]> } = {}): EvalData {
  const argmax = (P: number[][]) => P.map((row) => row.indexOf(Math.max(...row)));
  const d = evalData({
    label: y,
    classes,
    weight: extra.weight ?? null,
    baseline: { score: y.map(() => NaN), decision: argmax(PB) },
    candidate: { score: y.map(() => NaN), decision: argmax(PC) },
    segments: extra.segments,
  });
  d.baseline.proba = Float64Array.from(PB.flat());
  d.candidate.proba = Float64Array.from(PC.flat());
  return d;
}

function measure(data: EvalData, names: string[]) {
  const seg = buildSegmentation(data.n, data.segments, []);
  return { seg, m: measureOffline(data, seg, Object.fromEntries(names.map((n) => [n, spec(n === 'log_loss' ? 'lower' : 'higher')])), 'multiclass') };
}

// ---- independent references ----
/** sklearn's top_k_accuracy_score, literally: stable ascending argsort, reversed, first k. */
function topKRef(y: number[], P: number[][], k: number, w?: number[]): number {
  let hit = 0;
  let tot = 0;
  y.forEach((yy, r) => {
    const asc = P[r]
      .map((p, j) => [p, j])
      .sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .map((x) => x[1]);
    const top = asc.reverse().slice(0, k);
    const ww = w ? w[r] : 1;
    if (top.includes(yy)) hit += ww;
    tot += ww;
  });
  return hit / tot;
}
/** Pairwise (Mann-Whitney) AUC of class k vs rest, ties 1/2, weighted. */
function pairAuc(y: number[], P: number[][], k: number, w?: number[]): number | null {
  let num = 0;
  let den = 0;
  y.forEach((yi, i) => {
    if (yi !== k) return;
    y.forEach((yj, j) => {
      if (yj === k) return;
      const ww = (w ? w[i] : 1) * (w ? w[j] : 1);
      den += ww;
      num += ww * (P[i][k] > P[j][k] ? 1 : P[i][k] === P[j][k] ? 0.5 : 0);
    });
  });
  return den > 0 ? num / den : null;
}
function ovrRef(y: number[], P: number[][], K: number, w?: number[]): number | null {
  const aucs = Array.from({ length: K }, (_, k) => pairAuc(y, P, k, w)).filter((a): a is number => a !== null);
  return aucs.length ? aucs.reduce((a, b) => a + b, 0) / aucs.length : null;
}
function logLossRef(y: number[], P: number[][], w?: number[]): number {
  const eps = 2.220446049250313e-16;
  let s = 0;
  let t = 0;
  y.forEach((yy, r) => {
    const p = Math.min(Math.max(P[r][yy], eps), 1 - eps);
    s += (w ? w[r] : 1) * -Math.log(p);
    t += w ? w[r] : 1;
  });
  return s / t;
}

describe('scikit-learn documented values', () => {
  it('top_k_accuracy_score docs example: k=2 -> 0.75', () => {
    const P = [
      [0.5, 0.2, 0.2],
      [0.3, 0.4, 0.2],
      [0.2, 0.4, 0.3],
      [0.7, 0.2, 0.1],
    ];
    const { m } = measure(mcData([0, 1, 2, 2], ['0', '1', '2'], P, P), ['top_k_accuracy[2]']);
    expect(m[0].values['top_k_accuracy[2]'].baseline).toBe(0.75);
  });

  it('log_loss docs example: log_loss(["spam","ham","ham","spam"], [[.1,.9],[.9,.1],[.8,.2],[.35,.65]]) = 0.21616...', () => {
    const P = [
      [0.1, 0.9],
      [0.9, 0.1],
      [0.8, 0.2],
      [0.35, 0.65],
    ];
    const { m } = measure(mcData([1, 0, 0, 1], ['ham', 'spam'], P, P), ['log_loss']);
    expect(m[0].values.log_loss.baseline).toBeCloseTo(0.21616187468057912, 14);
  });

  it('roc_auc_score ovr, by hand: three classes, one tie', () => {
    // y = [0, 0, 1, 1, 2, 2]. Class 0 column: pos 0.6, 0.5 vs neg 0.2, 0.5, 0.1, 0.3 -> (4 + 3.5) / 8;
    // class 1: pos 0.5, 0.3 vs 0.2, 0.4, 0.3, 0.3 -> (4 + 1 + 2 x 1/2) / 8; class 2: pos 0.6, 0.4 vs 0.2, 0.1, 0.2, 0.3 -> 8 / 8.
    const P = [
      [0.6, 0.2, 0.2],
      [0.5, 0.4, 0.1],
      [0.2, 0.5, 0.3],
      [0.5, 0.3, 0.2],
      [0.1, 0.3, 0.6],
      [0.3, 0.3, 0.4],
    ];
    const { m } = measure(mcData([0, 0, 1, 1, 2, 2], ['a', 'b', 'c'], P, P), ['auc_ovr']);
    expect(m[0].values.auc_ovr.baseline).toBeCloseTo((7.5 / 8 + 6 / 8 + 1) / 3, 14);
  });
});

describe('generated data: ties, weights, a class absent from a segment', () => {
  const rand = rng(1414);
  const n = 300;
  const K = 4;
  const classes = ['bird', 'cat', 'dog', 'fish'];
  // Scores on a coarse grid (ties), rows normalised; segment "lake" has no "bird" label.
  const region = Array.from({ length: n }, (_, r) => (r % 3 === 0 ? 'lake' : 'town'));
  const y = region.map((g) => (g === 'lake' ? 1 + Math.floor(rand() * 3) : Math.floor(rand() * K)));
  const probs = (shift: number) =>
    y.map((yy) => {
      const raw = Array.from({ length: K }, (_, k) => Math.round((rand() + (k === yy ? shift : 0)) * 4) + 1);
      const s = raw.reduce((a, b) => a + b, 0);
      return raw.map((x) => x / s);
    });
  const PB = probs(0.6);
  const PC = probs(0.9);
  const weight = y.map(() => Math.round((0.5 + rand()) * 4) / 4);
  const data = mcData(y, classes, PB, PC, { weight, segments: { region } });
  const names = ['log_loss', 'auc_ovr', 'top_k_accuracy[1]', 'top_k_accuracy[2]', 'precision[cat]'];
  const { seg, m } = measure(data, names);

  for (const part of ['overall', 'region=lake', 'region=town']) {
    it(`${part}: each metric equals the direct computation`, () => {
      const s = seg.segments.findIndex((x) => x.id === part);
      const rows = y.map((_, r) => r).filter((r) => part === 'overall' || `region=${region[r]}` === part);
      const pick = <T>(a: T[]) => rows.map((r) => a[r]);
      const v = m[s].values;
      for (const [mm, P] of [
        ['baseline', PB],
        ['candidate', PC],
      ] as const) {
        expect(v.log_loss[mm]).toBeCloseTo(logLossRef(pick(y), pick(P), pick(weight)), 12);
        expect(v.auc_ovr[mm]).toBeCloseTo(ovrRef(pick(y), pick(P), K, pick(weight))!, 12);
        expect(v['top_k_accuracy[1]'][mm]).toBeCloseTo(topKRef(pick(y), pick(P), 1, pick(weight)), 12);
        expect(v['top_k_accuracy[2]'][mm]).toBeCloseTo(topKRef(pick(y), pick(P), 2, pick(weight)), 12);
        const dec = pick(P).map((row) => row.indexOf(Math.max(...row)));
        const yy = pick(y);
        const ww = pick(weight);
        let tp = 0;
        let dd = 0;
        dec.forEach((d, i) => {
          if (d === 1) {
            dd += ww[i];
            if (yy[i] === 1) tp += ww[i];
          }
        });
        expect(v['precision[cat]'][mm]).toBeCloseTo(tp / dd, 12);
      }
    });
  }

  it('the bird-less segment averages the AUC over the three classes it labels', () => {
    const s = seg.segments.findIndex((x) => x.id === 'region=lake');
    const rows = y.map((_, r) => r).filter((r) => region[r] === 'lake');
    const yy = rows.map((r) => y[r]);
    const P = rows.map((r) => PB[r]);
    const w = rows.map((r) => weight[r]);
    expect(pairAuc(yy, P, 0, w)).toBeNull();
    const three = ((pairAuc(yy, P, 1, w) ?? 0) + (pairAuc(yy, P, 2, w) ?? 0) + (pairAuc(yy, P, 3, w) ?? 0)) / 3;
    expect(m[s].values.auc_ovr.baseline).toBeCloseTo(three, 12);
  });

  it('tests: paired mean for log_loss and top_k, DeLong for auc_ovr, the bootstrap for precision[CLASS]', () => {
    const config = parseConfig(
      `task: multiclass\ncolumns: { segments: [region] }\nmetrics:\n  log_loss: { max_increase: 5% }\n  auc_ovr: { max_drop: 0.01 }\n  "top_k_accuracy[2]": { max_drop: 1pp }\n  "precision[cat]": { max_drop: 1pp }\n`,
      'g.yml',
    );
    const sums = summarizeChanges(data, seg, m, config.metrics, 'multiclass', 1, new RowCache(data, seg));
    const est = estimateChanges(sums, m, config)[0];
    expect(est.get('log_loss')!.method).toBe('paired-mean');
    expect(est.get('top_k_accuracy[2]')!.method).toBe('paired-mean');
    expect(est.get('auc_ovr')!.method).toBe('delong');
    expect(est.get('precision[cat]')!.method).toBe('bootstrap');
    expect(est.get('auc_ovr')!.se).toBeGreaterThan(0);
  });
});

describe("auc_ovr's variance", () => {
  it('with two classes equals DeLong on the binary problem (8/81, the hand example of test/stats/delong.test.ts)', () => {
    // Rows 0-2 positive (class 1), 3-5 negative; binary scores as P(class 1).
    const b = [0.9, 0.6, 0.3, 0.7, 0.2, 0.3];
    const c = [0.8, 0.7, 0.1, 0.5, 0.2, 0.6];
    const y = [1, 1, 1, 0, 0, 0];
    const data = mcData(
      y,
      ['neg', 'pos'],
      b.map((p) => [1 - p, p]),
      c.map((p) => [1 - p, p]),
    );
    const { seg, m } = measure(data, ['auc_ovr']);
    const config = parseConfig('task: multiclass\nmetrics:\n  auc_ovr: { max_drop: 0.01 }\nsegments: { min_samples: 1 }\n', 'g.yml');
    const sums = summarizeChanges(data, seg, m, config.metrics, 'multiclass', 1, new RowCache(data, seg));
    expect(sums.ovrVariance![0]).toBeCloseTo(8 / 81, 12);
  });
});

describe('reading class scores', () => {
  const write = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  const opts = (baseline: string, candidate: string) => ({
    baseline,
    candidate,
    columns: parseConfig('task: multiclass\n', 'g.yml').columns,
    task: 'multiclass' as const,
    threshold: 0.5,
    numericColumns: [],
  });

  it('reads score_<class> columns; without a prediction the top class, ties to the first class', async () => {
    const b = write('b.csv', 'id,label,score_cat,score_dog,score_eel\n1,cat,0.5,0.3,0.2\n2,dog,0.4,0.4,0.2\n3,eel,0.1,0.2,0.7\n');
    const c = write('c.csv', 'id,label,prediction,score_cat,score_dog,score_eel\n1,cat,dog,0.2,0.6,0.2\n2,dog,dog,0.3,0.6,0.1\n3,eel,eel,0.0,0.0,1.0\n');
    const d = await readEvalPair(opts(b, c));
    expect(d.classes).toEqual(['cat', 'dog', 'eel']);
    expect(Array.from(d.baseline.decision)).toEqual([0, 0, 2]);
    expect(Array.from(d.candidate.decision)).toEqual([1, 1, 2]);
    expect(Array.from(d.baseline.proba!)).toEqual([0.5, 0.3, 0.2, 0.4, 0.4, 0.2, 0.1, 0.2, 0.7]);
  });

  it('a class scored but never labelled or predicted is a class (its column counts)', async () => {
    const b = write('b2.csv', 'id,label,score_cat,score_dog\n1,cat,0.9,0.1\n2,cat,0.6,0.4\n');
    const d = await readEvalPair(opts(b, b));
    expect(d.classes).toEqual(['cat', 'dog']);
  });

  it('a row whose scores do not sum to 1 is an error naming file:line', async () => {
    const b = write('b3.csv', 'id,label,score_cat,score_dog\n1,cat,0.9,0.1\n2,dog,0.6,0.3\n');
    await expect(readEvalPair(opts(b, b))).rejects.toThrow(/b3\.csv:3: the class scores sum to 0\.(9|8999+\d*), not 1/);
  });

  it('pandas float32 noise within 1e-5 is accepted', async () => {
    const b = write('b4.csv', 'id,label,score_cat,score_dog,score_eel\n1,cat,0.33333334,0.33333334,0.33333334\n');
    await expect(readEvalPair(opts(b, b))).resolves.toBeTruthy();
  });

  it('a labelled class without its score column is an error naming the column', async () => {
    const b = write('b5.csv', 'id,label,score_cat,score_dog\n1,cat,0.9,0.1\n2,eel,0.5,0.5\n');
    await expect(readEvalPair(opts(b, b))).rejects.toThrow(/score_eel/);
  });
});
