// The scenarios the renderer is tested (and snapshot-tested) on, each a real
// pipeline run: the demo's blocked release, a pass, a warn with segments too
// small to judge, hostile text everywhere the data reaches, and 3,000 segments.
import type { Report } from '../../src/report/types.js';
import { mulberry32, normal } from '../../scripts/lib/generate.mjs';
import { csv, demoFixture, evalCsvPair, gateReport } from './fixtures.js';

export async function blocked(): Promise<Report> {
  return gateReport(demoFixture());
}

export async function passing(): Promise<Report> {
  const f = demoFixture();
  return gateReport({ ...f, candidate: f.baseline });
}

/** Segments under 1,300 examples are not judged; the recall rule is advisory, so its breach is a warning. */
export async function warnInsufficient(): Promise<Report> {
  const f = demoFixture();
  const config = `task: binary
columns: { segments: [region, device] }
segments: { min_samples: 1300 }
metrics:
  recall: { max_drop: 2pp, severity: warn }
  precision: { max_drop: 2pp }
  auc: { max_drop: 0.02, min: 0.80 }
  log_loss: { max_increase: 5% }
`;
  return gateReport({ ...f, config });
}

/** Values that try to break a table, inject HTML, mention, link or hide. */
export const HOSTILE_VALUES = [
  'a|b',
  'x\ny',
  '`code`',
  '<img src=x onerror=alert(1)>',
  '@octocat',
  '@org/team',
  '#123',
  'GH-1',
  '[link](https://evil)',
  'https://evil.example',
  '**bold**',
  '&amp;',
  '\\|',
  'R'.repeat(10_000),
  'abc\u202Efdp.exe',
  'B\u200bR',
  '````',
  '<script>alert(1)</script>',
  'www.evil.example',
  '_under_ ~~strike~~ ![img](x.png)',
];

/** A segment column name and a gate name as hostile as the values. */
export const HOSTILE_COLUMN = 'reg|ion <b>@octocat</b> #9';
export const HOSTILE_NAME = '@octocat <img src=x onerror=alert(1)> #123 [x](https://evil)';

/** Hostile segment values and column name through the real pipeline; three hostile segments fail. */
export async function hostile(): Promise<Report> {
  const pair = evalCsvPair({
    n: HOSTILE_VALUES.length * 400,
    seed: 11,
    segments: { [HOSTILE_COLUMN]: HOSTILE_VALUES, device: ['web', 'ios'] },
    effects: [
      { where: { [HOSTILE_COLUMN]: 'a|b' }, positiveShift: -3 },
      { where: { [HOSTILE_COLUMN]: '<img src=x onerror=alert(1)>' }, positiveShift: -3 },
      { where: { [HOSTILE_COLUMN]: '@octocat' }, positiveShift: -3 },
    ],
  });
  const config = `task: binary
columns: { segments: [${JSON.stringify(HOSTILE_COLUMN)}, device] }
segments: { min_samples: 100 }
metrics:
  recall: { max_drop: 2pp }
  auc: { max_drop: 0.01 }
`;
  return gateReport({ name: HOSTILE_NAME, config, ...pair });
}

/** Hostile class names in a multiclass gate: `recall[<b>]` and friends. */
export const HOSTILE_CLASSES = ['<b>', 'a|b', '@octocat', '#12'];

export async function hostileClasses(): Promise<Report> {
  const rows: Array<Array<string | number>> = [];
  const cand: Array<Array<string | number>> = [];
  for (let i = 0; i < 800; i++) {
    const label = HOSTILE_CLASSES[i % 4];
    const wrong = HOSTILE_CLASSES[(i + 1) % 4];
    rows.push([`ex-${i}`, label, i % 10 === 0 ? wrong : label]);
    // The candidate misses '<b>' far more often.
    cand.push([`ex-${i}`, label, label === '<b>' && i % 3 === 0 ? wrong : i % 10 === 0 ? wrong : label]);
  }
  const config = `task: multiclass
metrics:
  accuracy: { max_drop: 1pp }
${HOSTILE_CLASSES.map((c) => `  ${JSON.stringify(`recall[${c}]`)}: { max_drop: 2pp }`).join('\n')}
`;
  return gateReport({
    name: 'intent-classifier',
    config,
    baseline: csv([['id', 'label', 'prediction'], ...rows]),
    candidate: csv([['id', 'label', 'prediction'], ...cand]),
  });
}

/** 3,000 stores, 80 examples each; the candidate's recall collapses in every 7th store (429 of them). */
export const STORES = Array.from({ length: 3000 }, (_, i) => `store-${String(i).padStart(4, '0')}`);

/** The 3,000-store config and eval files (CSV text). */
export function manySegmentsFiles(): { config: string; baseline: string; candidate: string } {
  // Generated here rather than by evalRows: 3,000 segments and 429 effects would make it slow.
  const rand = mulberry32(5);
  const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
  const base: Array<Array<string | number>> = [['id', 'label', 'score', 'store']];
  const cand: Array<Array<string | number>> = [['id', 'label', 'score', 'store']];
  for (let i = 0; i < STORES.length * 80; i++) {
    const s = i % STORES.length;
    const label = rand() < 0.4 ? 1 : 0;
    const shared = normal(rand);
    const z = label ? 1 : -1;
    const b = -0.4 + z + 0.8 * shared + 0.3 * normal(rand);
    let c = -0.4 + z + 0.8 * shared + 0.3 * normal(rand);
    if (s % 7 === 3 && label) c -= 2 + ((s / 7) % 5);
    base.push([`ex-${i}`, label, sigmoid(b).toFixed(6), STORES[s]]);
    cand.push([`ex-${i}`, label, sigmoid(c).toFixed(6), STORES[s]]);
  }
  const config = `task: binary
columns: { segments: [store] }
segments: { min_samples: 40 }
metrics:
  recall: { max_drop: 10pp }
  auc: { max_drop: 0.05 }
`;
  return { config, baseline: csv(base), candidate: csv(cand) };
}

export async function manySegments(): Promise<Report> {
  return gateReport({ name: 'fraud-scorer', ...manySegmentsFiles() });
}

/**
 * A shadow run where the candidate costs 14% more on every request: cost_per_1k
 * fails the same way in overall and in all 7 segments (one row, one cause).
 */
export async function uniformCost(): Promise<Report> {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { writeShadowLog } = await import('../../scripts/lib/generateShadow.mjs');
  const { runGate } = await import('../../src/pipeline/index.js');
  const { parseConfig } = await import('../../src/config/index.js');
  const dir = mkdtempSync(join(tmpdir(), 'mrg-uniform-'));
  try {
    const log = join(dir, 'shadow.csv');
    await writeShadowLog(
      { n: 8000, seed: 5, segments: { region: ['US', 'BR', 'DE', 'IN'], device: ['ios', 'android', 'web'] }, candidate: { costFactor: 1.14 }, cost: { perRequest: 0.0003, sigma: 0.05 } },
      log,
    );
    const config = `columns: { segments: [region, device] }
shadow:
  envelope:
    latency_p99_ms: { max_increase: 10% }
    cost_per_1k: { max_increase: 5% }
`;
    return await runGate({
      name: 'ranker',
      config: parseConfig(config, 'gate.yml'),
      baselineEval: null,
      candidateEval: null,
      shadow: log,
      labels: null,
      run: { repository: 'octo-org/models', commit: 'a5c3785ed8d6a35868bc169f07e40e889087fd2e', pull_request: 7, url: 'https://github.com/octo-org/models/actions/runs/9876543210' },
      now: () => new Date('2025-06-01T12:00:00.000Z'),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
