// The online checks (the offline metric set on labelled shadow requests) judged with the
// same paired tests as the offline ones: intervals and p-values on every online change
// check, one correction with the rest of the run, no false alarms from a small labelled
// subset, planted drops caught, and reports that do not change between reruns.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shadowRequests, writeShadowLog } from '../../scripts/lib/generateShadow.mjs';
import type { ShadowSpec } from '../../scripts/lib/generateShadow.d.mts';
import { parseConfig } from '../../src/config/parse.js';
import type { Check } from '../../src/gate/types.js';
import { runGate } from '../../src/pipeline/index.js';
import type { Report } from '../../src/report/types.js';
import { reportJson } from '../../src/pipeline/index.js';
import { onlineSeed } from '../../src/sources/online/index.js';
import { fixtureDir } from '../io/fixtures.js';

const RUN = { repository: null, commit: null, pull_request: null, url: null };
const REGIONS = { region: ['BR', 'US', 'DE'] };

interface Written {
  dir: string;
  shadow: string;
  labels: string | null;
}

async function write(spec: ShadowSpec, labelsFile: boolean): Promise<Written> {
  const dir = fixtureDir({});
  const shadow = join(dir, 'shadow.csv');
  const labels = labelsFile ? join(dir, 'labels.csv') : null;
  await writeShadowLog(spec, shadow, labels);
  return { dir, shadow, labels };
}

function run(w: Written, yaml: string, evalFiles: { baseline: string; candidate: string } | null = null, now = () => new Date(0)): Promise<Report> {
  return runGate({
    name: 'm',
    config: parseConfig(yaml, 'test'),
    baselineEval: evalFiles?.baseline ?? null,
    candidateEval: evalFiles?.candidate ?? null,
    shadow: w.shadow,
    labels: w.labels,
    run: RUN,
    now,
  });
}

async function gate(spec: ShadowSpec, yaml: string, labelsFile = false): Promise<Report> {
  return run(await write(spec, labelsFile), yaml);
}

const check = (r: Report, id: string): Check => {
  const c = r.checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id}; have ${r.checks.map((x) => x.id).join(', ')}`);
  return c;
};
/** The online change checks that were judged (not under min_samples, defined on both sides). */
const onlineChanges = (r: Report) => r.checks.filter((c) => c.source === 'online' && c.tolerance !== null && c.status !== 'insufficient');
/** What the gate did before the online checks had tests: fail on the point estimate beyond tolerance. */
const pointEstimateBreach = (c: Check) => (c.higher_is_better ? -c.delta! : c.delta!) > c.tolerance! + 1e-12;

describe('online checks carry the paired tests', () => {
  // Every family: decision bootstrap (recall, precision), DeLong (auc), jackknife (pr_auc, ece),
  // paired means (log_loss, brier).
  const yaml = `columns: { segments: [region] }
segments: { min_samples: 100 }
statistics: { resamples: 1000 }
metrics:
  recall: { max_drop: 1pp }
  precision: { max_drop: 1pp }
  auc: { max_drop: 0.01 }
  pr_auc: { max_drop: 0.02 }
  ece: { max_increase: 0.02 }
  log_loss: { max_increase: 5% }
  brier: { max_increase: 5% }
`;

  it('every online change check has an interval around its delta, a p-value, its corrected p-value and the detectable worsening', async () => {
    const r = await gate({ n: 4000, seed: 21, segments: REGIONS, labelShare: 0.4 }, yaml, true);
    const online = onlineChanges(r);
    // 7 metrics x 4 segments (overall and three regions of about 530 labelled requests each).
    expect(online).toHaveLength(28);
    for (const c of online) {
      expect(c.ci, c.id).not.toBeNull();
      expect(c.ci![0], c.id).toBeLessThanOrEqual(c.delta! + 1e-12);
      expect(c.ci![1], c.id).toBeGreaterThanOrEqual(c.delta! - 1e-12);
      expect(c.ci![1] - c.ci![0], c.id).toBeGreaterThan(0);
      expect(c.p_value, c.id).toBeGreaterThanOrEqual(0);
      expect(c.p_value, c.id).toBeLessThanOrEqual(1);
      expect(c.p_adjusted, c.id).toBeGreaterThanOrEqual(c.p_value!);
      expect(c.detectable, c.id).toBeGreaterThan(c.tolerance!);
    }
  });

  // The online rows written again as an eval pair: offline and online then measure the same
  // data, so the deterministic tests (DeLong, paired means) must agree to the last digits and
  // the resampled ones (bootstrap, jackknife) must differ: their random streams are the
  // online source's own.
  it('on the same rows as the eval files: DeLong and paired-mean intervals equal the offline ones; bootstrap and jackknife draw other streams', async () => {
    const spec: ShadowSpec = { n: 3000, seed: 22, segments: REGIONS, labelShare: 0.5, baseline: { errorRate: 0 }, candidate: { errorRate: 0 } };
    const w = await write(spec, false);
    const rows = [...shadowRequests(spec)].filter((q) => q.labelled);
    const file = (model: 'baseline' | 'candidate') => {
      const path = join(w.dir, `${model}.csv`);
      writeFileSync(path, ['id,label,score,region', ...rows.map((q) => `${q.id},${q.label},${q[model].score.toFixed(6)},${q.seg.region}`)].join('\n') + '\n');
      return path;
    };
    const r = await run(w, yaml, { baseline: file('baseline'), candidate: file('candidate') });
    expect(r.shadow!.labels.online_requests).toBe(rows.length);
    for (const seg of ['overall', 'region=BR', 'region=US', 'region=DE']) {
      for (const metric of ['recall', 'precision', 'auc', 'pr_auc', 'ece', 'log_loss', 'brier']) {
        const off = check(r, `offline/${metric}/${seg}`);
        const on = check(r, `online/${metric}/${seg}`);
        expect(on.n).toBe(off.n);
        expect(on.delta!).toBeCloseTo(off.delta!, 12);
        const same = metric === 'auc' || metric === 'log_loss' || metric === 'brier';
        if (same) {
          expect(on.ci![0], `${metric} ${seg}`).toBeCloseTo(off.ci![0], 12);
          expect(on.ci![1], `${metric} ${seg}`).toBeCloseTo(off.ci![1], 12);
          expect(on.p_value!, `${metric} ${seg}`).toBeCloseTo(off.p_value!, 12);
        } else {
          expect(Math.abs(on.ci![0] - off.ci![0]) + Math.abs(on.ci![1] - off.ci![1]), `${metric} ${seg}`).toBeGreaterThan(1e-9);
        }
      }
    }
  });

  it('the online seed is derived from the run seed and never equals it', () => {
    for (const seed of [0, 1, 2, 42, 4294967295]) {
      expect(onlineSeed(seed)).toBe(onlineSeed(seed));
      expect(onlineSeed(seed)).not.toBe(seed);
      expect(Number.isInteger(onlineSeed(seed)) && onlineSeed(seed) >= 0 && onlineSeed(seed) <= 4294967295).toBe(true);
    }
    expect(new Set([0, 1, 2, 42].map(onlineSeed)).size).toBe(4);
  });
});

describe('a small labelled subset does not fail an unchanged candidate on noise', () => {
  it('300 labelled requests over three regions, 120 seeds: at most 5% of runs blocked, where the point estimate alone would block most', async () => {
    // 1,000 requests, 30% labelled: about 300 labelled requests, about 100 per region (so
    // min_samples is lowered to judge them) and 20 positives per region. Both models are
    // the same model up to noise. The default binary metrics (auc, recall, precision,
    // log_loss) and the default shadow envelope, Holm across all of the run's change checks.
    const yaml = `columns: { segments: [region] }
segments: { min_samples: 50 }
statistics: { resamples: 1000 }
`;
    const SEEDS = 120;
    let blocked = 0;
    let onlineFailed = 0;
    let pointBlocked = 0;
    let warned = 0;
    let inconclusive = 0;
    for (let seed = 1000; seed < 1000 + SEEDS; seed++) {
      const r = await gate({ n: 1000, seed, segments: REGIONS, labelShare: 0.3 }, yaml, seed % 2 === 0);
      const online = onlineChanges(r);
      expect(online.length).toBeGreaterThanOrEqual(12);
      expect(online.every((c) => c.p_value !== null && c.ci !== null)).toBe(true);
      if (r.verdict === 'fail') blocked++;
      if (online.some((c) => c.status === 'fail')) onlineFailed++;
      if (online.some((c) => c.severity === 'fail' && pointEstimateBreach(c))) pointBlocked++;
      if (online.some((c) => c.status === 'warn')) warned++;
      if (online.some((c) => c.inconclusive === true)) inconclusive++;
    }
    // Observed: 2 of 120 runs blocked (both by an online check, p_adjusted 0.025 and 0.036; over
    // seeds 1000-1399, 5 of 400), 117 runs with a warning instead; the point estimate alone
    // blocked 117 of 120.
    expect(blocked / SEEDS).toBeLessThanOrEqual(0.05);
    expect(onlineFailed / SEEDS).toBeLessThanOrEqual(0.05);
    // The test can fail: judged on the point estimate, most of these runs would have been blocked.
    expect(pointBlocked / SEEDS).toBeGreaterThan(0.5);
    // Those worsenings are still shown: beyond tolerance but not significant is an inconclusive pass,
    // listed with what the test could detect (issue 12; a warning before, in 117 of 120 runs).
    expect(inconclusive / SEEDS).toBeGreaterThan(0.5);
    expect(warned / SEEDS).toBeLessThanOrEqual(0.1);
  }, 120_000);
});

describe('planted online drops', () => {
  const yaml = `columns: { segments: [region] }
statistics: { resamples: 1000 }
metrics: { recall: { max_drop: 2pp }, auc: { max_drop: 0.02 } }
`;

  it('a recall drop in one region with enough labels fails there, significantly, and nowhere else', async () => {
    // The candidate's logit is 0.5 lower in DE only: DE's recall drops about 15pp, the
    // overall about 5pp; 20,000 requests, 40% labelled (about 2,700 labelled in DE).
    const spec: ShadowSpec = { n: 20_000, seed: 23, segments: REGIONS, labelShare: 0.4, effects: [{ where: { region: 'DE' }, scoreShift: -0.5 }] };
    const r = await gate(spec, yaml, true);
    const de = check(r, 'online/recall/region=DE');
    expect(de.status).toBe('fail');
    expect(de.delta!).toBeLessThan(-0.1);
    expect(de.ci![1]).toBeLessThan(-0.02);
    expect(de.p_adjusted!).toBeLessThan(0.001);
    expect(de.message).toMatch(/^recall worsened beyond max_drop 2pp: .* Significant: p=/);
    for (const seg of ['region=BR', 'region=US']) expect(check(r, `online/recall/${seg}`).status).toBe('pass');
    const failedIds = r.checks.filter((c) => c.status === 'fail').map((c) => c.id);
    expect(failedIds.every((id) => id.startsWith('online/') && (id.endsWith('/region=DE') || id.endsWith('/overall')))).toBe(true);
  });

  it('the same drop on few labels is an inconclusive pass (not significant), not a failure (a warning before issue 12)', async () => {
    const spec: ShadowSpec = { n: 1500, seed: 24, segments: REGIONS, labelShare: 0.2, effects: [{ where: { region: 'DE' }, scoreShift: -0.5 }] };
    const r = await gate(spec, `${yaml}segments: { min_samples: 50 }\n`, true);
    const de = check(r, 'online/recall/region=DE');
    expect(de.delta!).toBeLessThan(-0.02);
    expect(de).toMatchObject({ status: 'pass', inconclusive: true });
    expect(de.message).toMatch(/Not significant \(p=.*\): inconclusive, so it passes; the test could not rule out a worsening this small\.$/);
  });
});

describe('reruns', () => {
  it('report.json is byte-identical across reruns with labels (timestamps aside), online intervals included', async () => {
    const w = await write({ n: 3000, seed: 25, segments: REGIONS, labelShare: 0.3 }, true);
    const yaml = 'columns: { segments: [region] }\nmetrics: { recall: { max_drop: 1pp }, auc: { max_drop: 0.01 }, pr_auc: { max_drop: 0.02 }, log_loss: { max_increase: 5% } }\n';
    const a = await run(w, yaml, null, () => new Date('2024-01-01T00:00:00Z'));
    const b = await run(w, yaml, null, () => new Date('2025-06-30T12:34:56Z'));
    expect(onlineChanges(a).filter((c) => c.ci !== null).length).toBeGreaterThanOrEqual(12);
    const strip = (r: Report) => reportJson({ ...r, generated_at: '' });
    expect(strip(b)).toBe(strip(a));
    expect(a.generated_at).not.toBe(b.generated_at);
    // And the labels file and the label column give the same online checks.
    const inLog = await write({ n: 3000, seed: 25, segments: REGIONS, labelShare: 0.3 }, false);
    const c = await run(inLog, yaml);
    const online = (r: Report) => JSON.stringify(r.checks.filter((x) => x.source === 'online'));
    expect(online(c)).toBe(online(a));
    expect(readFileSync(w.labels!, 'utf8').split('\n').length - 2).toBe(a.shadow!.labels.labelled);
  });
});
