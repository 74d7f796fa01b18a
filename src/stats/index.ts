// src/stats: the paired tests, one per file, reading summaries (never a row or a
// reader's type): the decision-table bootstrap, DeLong, the delete-a-group
// jackknife, paired means and the delta method, the latency quantile bootstrap,
// Tango's paired-proportion test; the run's multiple-testing correction; the
// seeded generator and the distributions they need. paired.ts is the entry the
// offline and online sources build their ChangeTester with (tester.ts: its type).
export * from './binomial.js';
export * from './correction.js';
export * from './decisionBootstrap.js';
export * from './delong.js';
export * from './distributions.js';
export * from './eceJackknife.js';
export * from './estimate.js';
export * from './jackknife.js';
export * from './meanDiff.js';
export * from './paired.js';
export * from './pairedMean.js';
export * from './pairedProportion.js';
export * from './poisson.js';
export * from './quantile.js';
export * from './quantileBootstrap.js';
export * from './random.js';
export * from './tester.js';
export * from './calibration.js';
