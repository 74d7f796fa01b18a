// npm run bench: generates a seeded 1,000,000-example eval pair and a
// 1,000,000-request shadow log (2,000,000 rows), and reports the gate's wall
// time and peak memory on each beside a csv-parse-only pass over the same
// files. The machine is small and noisy: read the ratio, not the seconds.
// Options: --rows N (default 1000000; also the shadow log's requests; 10000000
// for the scale rows), --runs N (default 2; the best run counts), --only
// shadow|offline|parquet|data|summaries. The data rows: reference and current feature
// tables (200,000 rows x 120 features, 100 numeric and 20 categorical; and
// 1,000,000 rows x 20 features) through the data checks alone, beside a
// csv-parse-only pass over the same two files. The offline rows include the same pair as Parquet
// (written from the CSVs by DuckDB, a devDependency) against a hyparquet
// decode-only floor over the same columns.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { writeEvalPair } from './lib/generate.mjs';
import { writeFeatures } from './lib/generateFeatures.mjs';
import { writeShadowLog } from './lib/generateShadow.mjs';
import { benchSummaries } from './lib/benchSummaries.mjs';

const { values } = parseArgs({ options: { rows: { type: 'string' }, runs: { type: 'string' }, only: { type: 'string' } } });
const rows = Number(values.rows ?? 1_000_000);
const runs = Number(values.runs ?? 2);
const only = values.only ?? null;
// BENCH_DIR: another folder for the generated files (e.g. one per --rows, so switching sizes does not regenerate).
const dir = process.env.BENCH_DIR ?? 'bench-data';
mkdirSync(dir, { recursive: true });

const spec = {
  n: rows,
  seed: 7,
  segments: {
    region: ['US', 'BR', 'DE', 'IN', 'MX', 'FR', 'JP', 'NG'],
    device: ['ios', 'android', 'web'],
  },
  weights: { region: [30, 15, 12, 12, 10, 8, 8, 5], device: [35, 45, 20] },
  baseRate: 0.1,
  baselineSignal: 2.2,
  candidateSignal: 2.4,
  effects: [{ where: { region: 'NG' }, positiveShift: -0.3 }],
};
const baseline = `${dir}/baseline.csv`;
const candidate = `${dir}/candidate.csv`;
const shuffled = `${dir}/candidate-shuffled.csv`;
/** Regenerates files only when their spec changed since the last bench. */
async function cached(name, key, make) {
  const stamp = `${dir}/${name}.stamp`;
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === JSON.stringify(key)) return;
  rmSync(stamp, { force: true });
  process.stdout.write(`generating ${name} in ${dir}/ ... `);
  await make();
  writeFileSync(stamp, JSON.stringify(key));
  console.log('done');
}
if (only !== 'shadow' && only !== 'data') await cached('eval', spec, () => writeEvalPair(spec, baseline, candidate));
// The same candidate with its rows in another order: the join can no longer walk both files in step.
if (only === null || only === 'offline') await cached('eval-shuffled', { spec, shuffle: 11 }, () => writeEvalPair(spec, `${dir}/baseline-copy.csv`, shuffled, 11));
writeFileSync(
  `${dir}/gate.yml`,
  `task: binary
columns: { segments: [region, device] }
segments: { cross: [[region, device]] }
metrics:
  accuracy: { max_drop: 1pp }
  precision: { max_drop: 1pp }
  recall: { max_drop: 1pp }
  f1: { max_drop: 1pp }
  fpr: { max_increase: 1pp }
  auc: { max_drop: 0.005 }
  pr_auc: { max_drop: 0.01 }
  log_loss: { max_increase: 2% }
  brier: { max_increase: 2% }
  ece: { max_increase: 1pp }
  positive_rate: { max_increase: 2pp }
  expected_cost: { costs: { fp: 1, fn: 5 }, max_increase: 3% }
`,
);

const rssFile = `${dir}/rss`;
function measure(args, env = {}) {
  rmSync(rssFile, { force: true });
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', './scripts/bench-rss.mjs', ...args], {
    env: { ...process.env, BENCH_RSS_FILE: rssFile, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const timings = /model-gate timings (\{.*\})/.exec(r.stderr ?? '');
  return { seconds, rss: Number(readFileSync(rssFile, 'utf8')), timings: timings ? JSON.parse(timings[1]) : null, stdout: r.stdout };
}

const best = (xs) => xs.reduce((a, b) => (b.seconds < a.seconds ? b : a));

// The gate from summaries of 1M and of 100x as many rows (scripts/lib/benchSummaries.mjs).
if (only === null || only === 'summaries') await benchSummaries({ dir, rows, runs, measure, best, cached, baseline, candidate });
if (only === 'summaries') process.exit(0);

// The data checks alone: reference vs current, per feature and region (8 segments).
if (only === null || only === 'data') {
  writeFileSync(`${dir}/gate-data.yml`, 'columns: { segments: [region] }\n');
  const mb = (b) => `${(b / 2 ** 20).toFixed(0)} MB`;
  const s = (x) => `${x.toFixed(2)} s`;
  for (const shape of [
    { rows: 200_000, numeric: 100, categorical: 20 },
    { rows: 1_000_000, numeric: 16, categorical: 4 },
  ]) {
    const name = `features-${shape.rows}x${shape.numeric + shape.categorical}`;
    const ref = `${dir}/${name}-reference.csv`;
    const cur = `${dir}/${name}-current.csv`;
    await cached(name, { ...shape, v: 1 }, async () => {
      await writeFeatures({ ...shape, seed: 1 }, ref);
      await writeFeatures({ ...shape, seed: 2, drift: true }, cur);
    });
    const parseRuns = [];
    const gateRuns = [];
    for (let i = 0; i < runs; i++) {
      parseRuns.push(measure(['scripts/bench-parse.mjs', ref, cur]));
      gateRuns.push(measure(['dist/cli.js', '--config', `${dir}/gate-data.yml`, '--reference', ref, '--current', cur, '--format', 'json'], { MODEL_GATE_TIMINGS: '1' }));
    }
    const p = best(parseRuns);
    const g = best(gateRuns);
    const checks = JSON.parse(g.stdout).checks.length;
    console.log(
      `\ndata checks: reference and current of ${shape.rows.toLocaleString('en-US')} rows x ${shape.numeric + shape.categorical} features (${shape.numeric} numeric, ${shape.categorical} categorical), ${checks} checks (best of ${runs} runs)`,
    );
    console.log(`  parse-only floor (csv-parse, records as arrays):  ${s(p.seconds)}  peak ${mb(p.rss)}`);
    console.log(`  gate, data checks only:                           ${s(g.seconds)}  peak ${mb(g.rss)}  ratio ${(g.seconds / p.seconds).toFixed(2)}x`);
    if (g.timings) {
      const total = Object.values(g.timings).reduce((a, b) => a + b, 0);
      const parts = Object.entries(g.timings).map(([k, v]) => `${k} ${(v / 1000).toFixed(2)} s (${((v / total) * 100).toFixed(0)}%)`);
      console.log(`    stages: ${parts.join(', ')}`);
    }
  }
  console.log('  target: the data checks within 3x the parse-only pass');
}
if (only === 'data') process.exit(0);

// The shadow log: 1,000,000 requests x 2 models, the contract's envelope (p99 and p50
// latency, cost, error rate) on region, device and their cross.
if (only === null || only === 'shadow') {
  const shadowSpec = {
    n: rows,
    seed: 7,
    segments: spec.segments,
    weights: spec.weights,
    candidate: { latencyFactor: 1.02, costFactor: 1.01 },
    effects: [{ where: { region: 'NG' }, latencyFactor: 1.3 }],
  };
  const log = `${dir}/shadow.csv`;
  await cached('shadow', shadowSpec, () => writeShadowLog(shadowSpec, log));
  writeFileSync(
    `${dir}/gate-shadow.yml`,
    `task: binary
columns: { segments: [region, device] }
segments: { cross: [[region, device]] }
shadow:
  envelope:
    latency_p99_ms: { max: 400, max_increase: 10% }
    latency_p50_ms: { max_increase: 10% }
    cost_per_1k: { max: 0.5, max_increase: 5% }
    error_rate: { max_increase: 0.5pp }
`,
  );
  const parseRuns = [];
  const gateRuns = [];
  for (let i = 0; i < runs; i++) {
    parseRuns.push(measure(['scripts/bench-parse.mjs', log]));
    gateRuns.push(measure(['dist/cli.js', '--config', `${dir}/gate-shadow.yml`, '--shadow', log, '--format', 'json'], { MODEL_GATE_TIMINGS: '1' }));
  }
  const p = best(parseRuns);
  const g = best(gateRuns);
  const mb = (b) => `${(b / 2 ** 20).toFixed(0)} MB`;
  const s = (x) => `${x.toFixed(2)} s`;
  const checks = JSON.parse(g.stdout).checks.length;
  console.log(`\nshadow log: ${rows.toLocaleString('en-US')} requests x 2 models (${(2 * rows).toLocaleString('en-US')} rows), ${checks} checks (best of ${runs} runs)`);
  console.log(`  parse-only floor (csv-parse, records as arrays):  ${s(p.seconds)}  peak ${mb(p.rss)}`);
  console.log(`  gate, shadow log only:                            ${s(g.seconds)}  peak ${mb(g.rss)}  ratio ${(g.seconds / p.seconds).toFixed(2)}x`);
  if (g.timings) {
    const total = Object.values(g.timings).reduce((a, b) => a + b, 0);
    const parts = Object.entries(g.timings).map(([k, v]) => `${k} ${(v / 1000).toFixed(2)} s (${((v / total) * 100).toFixed(0)}%)`);
    console.log(`    stages: ${parts.join(', ')}`);
  }
  console.log('  target: the whole gate within 2x the parse-only pass, under 400 MB peak');
}
if (only === 'shadow') process.exit(0);

// The same eval pair as Parquet (snappy, pandas' default), written by DuckDB from the CSVs.
const baselinePq = `${dir}/baseline.parquet`;
const candidatePq = `${dir}/candidate.parquet`;
await cached('eval-parquet', { spec, format: 'parquet-snappy' }, async () => {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const con = await (await DuckDBInstance.create(':memory:')).connect();
  const types = "{'id': 'VARCHAR', 'label': 'INTEGER', 'score': 'DOUBLE', 'region': 'VARCHAR', 'device': 'VARCHAR'}";
  for (const [csv, pq] of [
    [baseline, baselinePq],
    [candidate, candidatePq],
  ]) {
    await con.run(`COPY (SELECT * FROM read_csv('${csv}', header = true, columns = ${types})) TO '${pq}' (FORMAT parquet, COMPRESSION snappy)`);
  }
});
{
  const decodeRuns = [];
  const pqRuns = [];
  for (let i = 0; i < runs; i++) {
    decodeRuns.push(measure(['scripts/bench-decode.mjs', baselinePq, candidatePq]));
    pqRuns.push(measure(['dist/cli.js', '--config', `${dir}/gate.yml`, '--baseline-eval', baselinePq, '--candidate-eval', candidatePq, '--format', 'json'], { MODEL_GATE_TIMINGS: '1' }));
  }
  const d = best(decodeRuns);
  const g = best(pqRuns);
  const mb = (b) => `${(b / 2 ** 20).toFixed(0)} MB`;
  const s = (x) => `${x.toFixed(2)} s`;
  console.log(`
offline eval pair as Parquet (snappy): ${rows.toLocaleString('en-US')} examples x 2 files (best of ${runs} runs)`);
  console.log(`  decode-only floor (hyparquet, same columns):      ${s(d.seconds)}  peak ${mb(d.rss)}`);
  console.log(`  gate, Parquet pair:                               ${s(g.seconds)}  peak ${mb(g.rss)}  ratio ${(g.seconds / d.seconds).toFixed(2)}x`);
  if (g.timings) {
    const total = Object.values(g.timings).reduce((a, b) => a + b, 0);
    console.log(
      `    stages: ${Object.entries(g.timings)
        .map(([k, v]) => `${k} ${(v / 1000).toFixed(2)} s (${((v / total) * 100).toFixed(0)}%)`)
        .join(', ')}`,
    );
  }
  console.log(`  memory per million rows a model: ${(g.rss / 2 ** 20 / (rows / 1e6)).toFixed(0)} MB`);
}
if (only === 'parquet') process.exit(0);
const gate = (cand) =>
  measure(['dist/cli.js', '--config', `${dir}/gate.yml`, '--baseline-eval', baseline, '--candidate-eval', cand, '--format', 'json'], {
    MODEL_GATE_TIMINGS: '1',
  });
const parseRuns = [];
const sameRuns = [];
const shuffledRuns = [];
for (let i = 0; i < runs; i++) {
  parseRuns.push(measure(['scripts/bench-parse.mjs', baseline, candidate]));
  sameRuns.push(gate(candidate));
  shuffledRuns.push(gate(shuffled));
}
const p = best(parseRuns);
const mb = (b) => `${(b / 2 ** 20).toFixed(0)} MB`;
const s = (x) => `${x.toFixed(2)} s`;
const checks = JSON.parse(best(sameRuns).stdout).checks.length;
console.log(`\noffline eval pair: ${rows.toLocaleString('en-US')} examples x 2 files, ${checks} checks (best of ${runs} runs)`);
console.log(`  parse-only floor (csv-parse, records as arrays):  ${s(p.seconds)}  peak ${mb(p.rss)}`);
for (const [label, gateRuns] of [
  ['gate, candidate rows in the same order:', sameRuns],
  ['gate, candidate rows shuffled:         ', shuffledRuns],
]) {
  const g = best(gateRuns);
  console.log(`  ${label}          ${s(g.seconds)}  peak ${mb(g.rss)}  ratio ${(g.seconds / p.seconds).toFixed(2)}x`);
  if (g.timings) {
    const total = Object.values(g.timings).reduce((a, b) => a + b, 0);
    const parts = Object.entries(g.timings).map(([k, v]) => `${k} ${(v / 1000).toFixed(2)} s (${((v / total) * 100).toFixed(0)}%)`);
    console.log(`    stages: ${parts.join(', ')}`);
  }
}
console.log('  target: the whole gate within 2x the parse-only pass, under 400 MB peak');
