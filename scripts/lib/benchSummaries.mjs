// The summaries rows of `npm run bench`: the gate's own time from summaries does
// not depend on the rows behind them. Writes the 1M-row eval pair's summaries
// with `model-gate summaries`, then the summaries of 100 times as many rows made
// directly from them (scaleSummaries: as if every example had been seen 100
// times, each copy in its example's jackknife group), and times the gate on each.
// The point values must come out equal (scaling is exact for every kind). The
// bootstrap, DeLong and paired-mean intervals shrink about 10x; the jackknife's
// (pr_auc, ece) do not, since each example's copies share its group, as clusters.
import { createReadStream, createWriteStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';

/**
 * How each summaries record scales when every row is repeated `k` times: the
 * exponent of k per (kind, index within the segment's array).
 *   sums of rows, weights and terms: k; ROC trapezoid sums (positive x negative weight): k^2;
 *   means and DeLong's shift: 1; the paired moments' squared influences (terms / total weight): 1/k.
 */
export function scaleExponent(kind, j, distributionEdges) {
  if (kind === 'count' || kind === 'rows' || kind === 'binary' || kind === 'regression' || kind === 'multiclass') return 1;
  if (kind === 'joint' || kind === 'walk' || kind === 'ap_group' || kind === 'ece_group' || kind.startsWith('column:')) return 1;
  if (kind === 'ranking') return j % 4 === 0 ? 2 : 1; // RANK: AREA, AP, POSITIVE, NEGATIVE per model
  if (kind === 'delong') return j === 8 ? 0 : 1; // DELONG.STRIDE sums, then the shift
  if (kind === 'distribution') return j < distributionEdges ? 0 : 1;
  if (kind.startsWith('moments:')) return [0, 0, 1, -1, -1, -1][j];
  return 0; // header, only_id, class, segment, array: not numbers of rows
}

/** Writes `out`: the summaries at `input` (JSON Lines) for `k` times the rows. */
export async function scaleSummaries(input, out, k) {
  const lines = createInterface({ input: createReadStream(input), crlfDelay: Number.POSITIVE_INFINITY });
  const records = [];
  for await (const line of lines) if (line.trim() !== '') records.push(JSON.parse(line));
  const edges = (records.filter((r) => r.kind === 'distribution').length - 1) / 3 + 1;
  const w = createWriteStream(out);
  for (const r of records) {
    const e = scaleExponent(r.kind, Number(r.key), edges);
    const value = r.value === null || e === 0 ? r.value : r.value * k ** e;
    w.write(`${JSON.stringify({ ...r, value })}\n`);
  }
  await new Promise((resolve) => w.end(resolve));
  return records.length;
}

/** The overall segment's values per metric in a report (for the equality check). */
function overallValues(report) {
  const out = {};
  for (const c of report.checks) if (c.segment === 'overall' && c.metric && c.candidate !== undefined) out[`${c.metric}:${c.rule ?? ''}`] = [c.baseline, c.candidate];
  return out;
}

/**
 * Runs the summaries rows of the bench.
 * @param env { dir, rows, runs, measure, best, cached }
 */
export async function benchSummaries({ dir, rows, runs, measure, best, cached, baseline, candidate }) {
  const config = `${dir}/gate-summaries.yml`;
  // The bench's gate.yml without expected_cost: per-example costs cannot come from summaries.
  const yml = readFileSync(`${dir}/gate.yml`, 'utf8')
    .split('\n')
    .filter((l) => !l.includes('expected_cost'))
    .join('\n');
  writeFileSync(config, yml);
  const small = `${dir}/summaries-1x.jsonl`;
  const large = `${dir}/summaries-100x.jsonl`;
  await cached('summaries', { rows, yml, v: 1 }, async () => {
    const r = spawnSync(process.execPath, ['dist/cli.js', 'summaries', '--config', config, '--baseline-eval', baseline, '--candidate-eval', candidate], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    if (r.status !== 0) throw new Error(`model-gate summaries exited ${r.status}: ${r.stderr}`);
    writeFileSync(small, r.stdout);
    await scaleSummaries(small, large, 100);
  });
  const records = readFileSync(small, 'utf8').split('\n').filter(Boolean).length;
  if (!existsSync(large)) await scaleSummaries(small, large, 100);
  const mb = (b) => `${(b / 2 ** 20).toFixed(0)} MB`;
  const s = (x) => `${x.toFixed(2)} s`;
  const results = [];
  for (const [file, n] of [
    [small, rows],
    [large, rows * 100],
  ]) {
    const xs = [];
    for (let i = 0; i < runs; i++) xs.push(measure(['dist/cli.js', '--config', config, '--summaries', file, '--format', 'json'], { MODEL_GATE_TIMINGS: '1' }));
    results.push({ n, file, run: best(xs) });
  }
  const [a, b] = results.map((r) => overallValues(JSON.parse(r.run.stdout)));
  const differ = Object.keys(a).filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]) && a[key].some((v, i) => Math.abs(v - b[key][i]) > 1e-9 * Math.max(1, Math.abs(v))));
  if (differ.length > 0) throw new Error(`the 100x summaries give other overall values: ${differ.join(', ')}`);
  const checks = JSON.parse(results[0].run.stdout).checks.length;
  console.log(
    `\noffline from summaries: ${records.toLocaleString('en-US')} records (${mb(statSync(small).size)} of JSON Lines), ${checks} checks, the same config without expected_cost (best of ${runs} runs)`,
  );
  for (const r of results) {
    console.log(`  gate from the summaries of ${r.n.toLocaleString('en-US').padEnd(13)} rows a model:  ${s(r.run.seconds)}  peak ${mb(r.run.rss)}`);
  }
  console.log(`  ratio 100x rows / 1x rows: ${(results[1].run.seconds / results[0].run.seconds).toFixed(2)}x (overall values equal)`);
  console.log('  target: the gate from summaries does not depend on the rows behind them (ratio about 1x)');
}
