// The data checks wired end to end (below the bundle): the CLI's data flags and
// `profile` subcommand, the data checks alone, a Parquet feature table written
// by DuckDB, report.json valid against the schema, usage errors, and each
// model's output skew from the eval files and the shadow log of one run.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { validateReport } from '../../../src/schema/index.js';
import { Random } from '../../../src/stats/random.js';
import { normalQuantile } from '../../../src/stats/distributions.js';
import { writeParquet } from '../../io/columnar.fixtures.js';
import { renderGfm, tables } from '../../report/gfm.js';

const dir = mkdtempSync(join(tmpdir(), 'mrg-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (f: string) => join(dir, f);
const CATS = ['a', 'b', 'c', 'd', 'e'];

/** A feature CSV: request_id, region (BR/MX/US), amount (normal; +shift sd in BR), country (categorical), note (empty 1%). */
function features(path: string, n: number, seed: string, shiftBR = 0): void {
  const rng = new Random(seed);
  const lines = ['request_id,region,amount,country,tenure'];
  const regions = ['BR', 'MX', 'US'];
  for (let r = 0; r < n; r++) {
    const g = regions[r % 3];
    const amount = normalQuantile(rng.uniform()) + (g === 'BR' ? shiftBR : 0);
    const country = CATS[Math.floor(rng.uniform() * CATS.length)];
    const tenure = rng.uniform() < 0.01 ? '' : (rng.uniform() * 100).toFixed(2);
    lines.push(`req-${r},${g},${amount.toFixed(6)},${country},${tenure}`);
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

async function cli(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await main(
    args,
    (s) => (stdout += s),
    (s) => (stderr += s),
  );
  return { status, stdout, stderr };
}

const CONFIG = 'columns: { segments: [region] }\nsegments: { min_samples: 200 }\ndata: { rules: { psi: { max: 0.1 } } }\n';

beforeAll(async () => {
  writeFileSync(at('gate.yml'), CONFIG);
  features(at('ref.csv'), 6000, 'ref');
  features(at('same.csv'), 6000, 'same');
  features(at('drift.csv'), 6000, 'drift', 0.5);
  await writeParquet(
    `SELECT * FROM read_csv('${at('drift.csv')}', header = true, columns = {'request_id': 'VARCHAR', 'region': 'VARCHAR', 'amount': 'DOUBLE', 'country': 'VARCHAR', 'tenure': 'DOUBLE'})`,
    at('drift.parquet'),
    'zstd',
    2000,
  );
}, 60_000);

describe('data checks from the CLI', () => {
  it('alone (no eval files, no shadow log): a planted drift in one region fails there, and only there', async () => {
    const r = await cli(['--config', at('gate.yml'), '--reference', at('ref.csv'), '--current', at('drift.csv'), '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const report = validateReport(JSON.parse(r.stdout), 'report.json');
    const failed = report.checks.filter((c) => c.status === 'fail').map((c) => c.id);
    expect(failed).toContain('data/psi[amount]/region=BR');
    expect(failed.filter((id) => id.includes('region=MX') || id.includes('region=US'))).toEqual([]);
    expect(report.checks.every((c) => c.source === 'data' || c.source === 'integrity')).toBe(true);
    expect(report.data?.features.some((v) => v.feature === 'amount' && v.segment === 'region=BR')).toBe(true);
    expect((report.config as { data?: unknown }).data).toBeTruthy();
  });

  it('the Markdown has the data section after the model checks, a valid GFM table and a histogram', async () => {
    const r = await cli(['--config', at('gate.yml'), '--reference', at('ref.csv'), '--current', at('drift.csv')]);
    expect(r.stdout).toContain('### Data checks');
    const t = tables(renderGfm(r.stdout)).find((x) => x.head.includes('no drift up to'))!;
    expect(t.rows.map((row) => row[1])).toContain('data/psi[amount]/region=BR');
    expect(r.stdout).toMatch(/bucket\s+reference\s+current/);
  });

  it('an unchanged current passes', async () => {
    const r = await cli(['--config', at('gate.yml'), '--reference', at('ref.csv'), '--current', at('same.csv'), '--format', 'json']);
    const report = JSON.parse(r.stdout);
    expect(r.status).toBe(0);
    expect(report.checks.filter((c: { status: string }) => c.status === 'fail')).toEqual([]);
  });

  it('a Parquet current (DuckDB) gives the same checks as its CSV', async () => {
    const a = JSON.parse((await cli(['--config', at('gate.yml'), '--reference', at('ref.csv'), '--current', at('drift.csv'), '--format', 'json'])).stdout);
    const b = JSON.parse((await cli(['--config', at('gate.yml'), '--reference', at('ref.csv'), '--current', at('drift.parquet'), '--format', 'json'])).stdout);
    expect(b.checks).toEqual(a.checks);
    expect(b.data).toEqual(a.data);
  });

  it('profile, then the profile as reference: the same checks as from rows', async () => {
    const p = await cli(['profile', '--reference', at('ref.csv'), '--config', at('gate.yml')]);
    expect(p.status).toBe(0);
    expect(JSON.parse(p.stdout).kind).toBe('model-gate/profile');
    const out = await cli(['profile', '--reference', at('ref.csv'), '--config', at('gate.yml'), '--out', at('ref.profile.json')]);
    expect(out.stdout).toBe('');
    expect(readFileSync(at('ref.profile.json'), 'utf8')).toBe(p.stdout);
    const rows = JSON.parse((await cli(['--config', at('gate.yml'), '--reference', at('ref.csv'), '--current', at('drift.csv'), '--format', 'json'])).stdout);
    const prof = JSON.parse((await cli(['--config', at('gate.yml'), '--reference', at('ref.profile.json'), '--current', at('drift.csv'), '--format', 'json'])).stdout);
    expect(prof.checks).toEqual(rows.checks);
  });

  it('usage errors are one clear line', async () => {
    const a = await cli(['--current', at('drift.csv')]);
    expect(a.status).toBe(2);
    expect(a.stderr).toMatch(/^model-gate: usage error: current is given without reference/);
    const b = await cli(['--batch-features', at('drift.csv')]);
    expect(b.stderr).toMatch(/^model-gate: usage error: batch-features is given without online-features/);
    const c = await cli(['profile']);
    expect(c.stderr).toMatch(/^model-gate: usage error: profile needs --reference FILE/);
  });

  it('skew: batch vs online features joined on request_id', async () => {
    const rng = new Random('skew');
    const b = ['request_id,region,amount'];
    const o = ['request_id,region,amount'];
    let off = 0;
    for (let r = 0; r < 3000; r++) {
      const x = normalQuantile(rng.uniform());
      const wrong = rng.uniform() < 0.1;
      off += wrong ? 1 : 0;
      b.push(`q${r},${['BR', 'MX', 'US'][r % 3]},${x}`);
      o.push(`q${r},${['BR', 'MX', 'US'][r % 3]},${wrong ? x + 1 : x}`);
    }
    writeFileSync(at('batch.csv'), `${b.join('\n')}\n`);
    writeFileSync(at('online.csv'), `${o.join('\n')}\n`);
    const r = await cli(['--config', at('gate.yml'), '--batch-features', at('batch.csv'), '--online-features', at('online.csv'), '--format', 'json']);
    const report = validateReport(JSON.parse(r.stdout), 'report.json');
    const c = report.checks.find((x) => x.id === 'skew/mismatch_rate[amount]/overall')!;
    expect(c.status).toBe('fail');
    expect(Math.abs(c.candidate! - off / 3000)).toBeLessThan(1e-9);
    expect(report.data?.skew.find((s) => s.feature === 'amount' && s.segment === 'overall')?.examples.length).toBe(5);
  });

  it('output skew: a candidate whose shadow scores shift while its eval scores do not fails skew/output_psi', async () => {
    const rng = new Random('output');
    const sig = (z: number) => 1 / (1 + Math.exp(-z));
    const evalRows = (shift: number) => {
      const lines = ['id,label,score'];
      const r2 = new Random(`eval${shift}`);
      const labels = new Random('labels');
      for (let i = 0; i < 4000; i++) {
        const y = labels.uniform() < 0.3 ? 1 : 0;
        lines.push(`e${i},${y},${sig(normalQuantile(r2.uniform()) + (y ? 1 : -1)).toFixed(6)}`);
      }
      return `${lines.join('\n')}\n`;
    };
    writeFileSync(at('b-eval.csv'), evalRows(0));
    writeFileSync(at('c-eval.csv'), evalRows(1));
    const log = ['request_id,model,latency_ms,cost_usd,error,score'];
    for (let i = 0; i < 4000; i++) {
      const z = normalQuantile(rng.uniform()) + (rng.uniform() < 0.3 ? 1 : -1);
      log.push(`s${i},baseline,${(20 + rng.uniform() * 5).toFixed(2)},0.001,0,${sig(z).toFixed(6)}`);
      log.push(`s${i},candidate,${(20 + rng.uniform() * 5).toFixed(2)},0.001,0,${sig(z + 1.5).toFixed(6)}`);
    }
    writeFileSync(at('shadow.csv'), `${log.join('\n')}\n`);
    const r = await cli(['--baseline-eval', at('b-eval.csv'), '--candidate-eval', at('c-eval.csv'), '--shadow', at('shadow.csv'), '--format', 'json']);
    expect(r.stderr).toBe('');
    const report = validateReport(JSON.parse(r.stdout), 'report.json');
    const c = report.checks.find((x) => x.id === 'skew/output_psi/overall')!;
    expect(c.status).toBe('fail');
    expect(c.candidate!).toBeGreaterThan(c.baseline! + 0.1);
    // The model checks are decided as before: no data check among them, none re-decided.
    expect(report.checks.filter((x) => x.source === 'skew' || x.source === 'data').map((x) => x.id)).toEqual(['skew/output_psi/overall']);
  });
});
