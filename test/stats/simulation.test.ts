// Simulated pull requests: does the gate block as often as it says it does?
// Each PR is a fresh paired data set run through the real measuring, testing,
// judging and deciding code (no I/O). Seeded: the measured rates are the same
// on every run, and shown in the test names.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import { gate, pullRequest } from './prs.js';

// Tolerance 0 on every rule: any worsening at all is what the test looks for.
const CONFIG = parseConfig(
  `task: binary
columns: { segments: [region, device] }
segments: { min_samples: 200 }
statistics: { confidence: 0.95, correction: holm, seed: 1, resamples: 2000 }
metrics:
  accuracy: { max_drop: 0 }
  precision: { max_drop: 0 }
  recall: { max_drop: 0 }
  fpr: { max_increase: 0 }
  auc: { max_drop: 0 }
  pr_auc: { max_drop: 0 }
  log_loss: { max_increase: 0 }
  brier: { max_increase: 0 }
`,
  'simulation',
);
const PRS = 200;

describe('simulated PRs where baseline and candidate are equally good', () => {
  let blocked = 0;
  let checks = 0;
  let rawSignificant = 0;
  let tested = 0;
  for (let pr = 0; pr < PRS; pr++) {
    const out = gate(pullRequest(10_000 + pr, [2500, 2500, 2500], null), CONFIG);
    checks = out.length;
    if (out.some((c) => c.status === 'fail')) blocked++;
    for (const c of out) {
      if (c.p_value === null) continue;
      tested++;
      if (c.p_value < 0.05) rawSignificant++;
    }
  }
  const rate = blocked / PRS;
  const perCheck = rawSignificant / tested;

  it(`blocks ${blocked} of ${PRS} PRs (${(rate * 100).toFixed(1)}%, nominal 5%; ${checks} checks each, holm)`, () => {
    expect(rate).toBeLessThanOrEqual(0.05);
  });

  it(`each check alone is significant at 5% in ${(perCheck * 100).toFixed(1)}% of ${tested} tests (one-sided, uncorrected: about 5%)`, () => {
    // The uncorrected p-values are calibrated: near 5%, neither far above (invalid) nor far below (no power).
    expect(perCheck).toBeLessThan(0.075);
    expect(perCheck).toBeGreaterThan(0.025);
  });
});

describe('a planted 5 pp recall drop in a segment with about 1,500 positives', () => {
  // 7,500 examples in region BR at a 20% base rate: about 1,500 positives; 2,500 in each other region.
  let caught = 0;
  let spilled = 0;
  let positives = 0;
  let agree = 0;
  for (let pr = 0; pr < PRS; pr++) {
    const data = pullRequest(20_000 + pr, [2500, 7500, 2500], { region: 'BR', drop: 0.05 });
    for (let i = 2500; i < 10000; i++) {
      if (data.label[i] !== 1) continue;
      positives++;
      if (data.baseline.decision[i] === data.candidate.decision[i]) agree++;
    }
    const out = gate(data, CONFIG);
    if (out.find((c) => c.id === 'offline/recall/region=BR')!.status === 'fail') caught++;
    // Regions the plant does not touch: every check there is a true null.
    if (out.some((c) => c.status === 'fail' && /^region=(AR|CL)$/.test(c.segment))) spilled++;
  }
  const rate = caught / PRS;

  it(`is caught in ${caught} of ${PRS} simulations (${(rate * 100).toFixed(1)}%, required 90%; ${Math.round(positives / PRS)} positives on average, ${((agree / positives) * 100).toFixed(0)}% same decision)`, () => {
    expect(rate).toBeGreaterThanOrEqual(0.9);
    expect(Math.abs(positives / PRS - 1500)).toBeLessThan(50);
  });

  it(`does not spill into the untouched regions (a failure there in ${spilled} of ${PRS} PRs)`, () => {
    expect(spilled / PRS).toBeLessThanOrEqual(0.05);
  });
});
