// Eval pairs for the ranking SQL tests, and the harness that runs a part in DuckDB over
// `gate_rows` built from the same CSVs the local writer reads (segments region and device,
// their cross), so the SQL's records can be compared with encodeSummaries' one by one.
import { writeFileSync } from 'node:fs';
import { parseConfig } from '../../src/config/parse.js';
import { encodeSummaries, summariesFromRows, type SummaryRecord } from '../../src/sources/index.js';
import { dialect } from '../../src/sql/index.js';
import type { SqlPart } from '../../src/sql/ranking.js';
import { mulberry32 } from '../../scripts/lib/generate.mjs';
import { duck } from '../io/columnar.fixtures.js';

export interface PairSpec {
  n: number;
  seed: number;
  /** Decimals the scores are rounded to (2: many ties). */
  decimals: number;
  /** 'none': no weight column; 'dyadic': multiples of 1/4 from 0 (zero weights included) to 2; 'real': six decimals in (0.1, 3.1). */
  weights: 'none' | 'dyadic' | 'real';
}

/**
 * Writes a baseline and a candidate CSV: regions BR, DE, US (mixed labels), JP (one positive),
 * MX (negatives only), NZ (one row); devices ios, web; the candidate's scores correlated with the baseline's.
 */
export function writePair(spec: PairSpec, basePath: string, candPath: string): void {
  const rand = mulberry32(spec.seed);
  const cols = ['id', 'label', 'score', 'region', 'device', ...(spec.weights === 'none' ? [] : ['weight'])];
  const b = [cols.join(',')];
  const c = [cols.join(',')];
  const round = (x: number) => Math.min(1, Math.max(0, x)).toFixed(spec.decimals);
  for (let i = 0; i < spec.n; i++) {
    const u = rand();
    const region = u < 0.03 ? 'MX' : u < 0.06 ? 'JP' : u < 0.4 ? 'BR' : u < 0.7 ? 'DE' : 'US';
    const device = rand() < 0.5 ? 'ios' : 'web';
    let label = rand() < 0.3 ? 1 : 0;
    if (region === 'MX') label = 0;
    if (region === 'JP') label = 0;
    const base = 0.35 * label + 0.65 * rand();
    const cand = Math.min(1, Math.max(0, base + (rand() - 0.45) * 0.3));
    const w = spec.weights === 'dyadic' ? (Math.floor(rand() * 9) / 4).toString() : (0.1 + 3 * rand()).toFixed(6);
    const extra = spec.weights === 'none' ? [] : [w];
    b.push([`id${i}`, label, round(base), region, device, ...extra].join(','));
    c.push([`id${i}`, label, round(cand), region, device, ...extra].join(','));
  }
  // JP's one positive.
  const jp = (line: string) => line.split(',')[3] === 'JP';
  const k = b.findIndex((l, i) => i > 0 && jp(l));
  for (const lines of [b, c]) {
    const parts = lines[k].split(',');
    parts[1] = '1';
    lines[k] = parts.join(',');
  }
  // NZ: one row, a positive.
  const w1 = spec.weights === 'none' ? [] : ['1'];
  b.push(['nz', 1, round(0.4), 'NZ', 'web', ...w1].join(','));
  c.push(['nz', 1, round(0.6), 'NZ', 'web', ...w1].join(','));
  writeFileSync(basePath, b.join('\n') + '\n');
  writeFileSync(candPath, c.join('\n') + '\n');
}

/** A config with the given metrics (their rules do not shape the summaries). */
export function configYaml(metrics: string[]): string {
  return [
    'task: binary',
    'threshold: 0.5',
    'columns: { segments: [region, device] }',
    'segments: { min_samples: 1, cross: [[region, device]] }',
    'statistics: { seed: 7 }',
    'metrics:',
    ...metrics.map((m) => `  ${m}: { max_drop: 0.01 }`),
  ].join('\n');
}

/** The local writer's records of the pair. */
export async function localRecords(yaml: string, basePath: string, candPath: string): Promise<SummaryRecord[]> {
  return encodeSummaries(await summariesFromRows({ baseline: basePath, candidate: candPath }, parseConfig(yaml, 'gate.yml')));
}

const q = (p: string) => `'${p.replaceAll("'", "''")}'`;

/** `gate_rows` over the two CSVs, as SQL.md describes it (DuckDB), for seed `seed` and `groups` groups. */
export function gateRowsSql(basePath: string, candPath: string, weighted: boolean, seed: number, groups: number): string {
  const d = dialect('duckdb');
  const types = `id: 'VARCHAR', label: 'DOUBLE', score: 'DOUBLE', region: 'VARCHAR', device: 'VARCHAR'${weighted ? ", weight: 'DOUBLE'" : ''}`;
  const read = (p: string) => `read_csv(${q(p)}, header = true, columns = {${types}})`;
  const pairs =
    `SELECT b.id AS id, CAST(${d.group('b.id', seed, groups)} AS INTEGER) AS grp, b.label AS y, ${weighted ? 'b.weight' : '1.0'} AS w, ` +
    `b.score AS sb, c.score AS sc, CAST(b.score >= 0.5 AS DOUBLE) AS db, CAST(c.score >= 0.5 AS DOUBLE) AS dc, b.region AS region, b.device AS device ` +
    `FROM ${read(basePath)} b JOIN ${read(candPath)} c ON b.id = c.id`;
  const cols = 'id, grp, y, w, sb, sc, db, dc';
  const rows = [
    `SELECT 'overall' AS seg, ${cols} FROM gate_pairs`,
    `SELECT 'region=' || region AS seg, ${cols} FROM gate_pairs`,
    `SELECT 'device=' || device AS seg, ${cols} FROM gate_pairs`,
    `SELECT 'region=' || region || '&device=' || device AS seg, ${cols} FROM gate_pairs`,
  ].join(' UNION ALL ');
  return `gate_pairs AS (${pairs}), gate_rows AS (${rows})`;
}

/** One statement: the base CTEs, the part's CTEs, the union of its selects. */
export function statement(base: string, part: SqlPart): string {
  const ctes = [base, ...part.ctes.map((c) => `${c.name} AS (${c.sql})`)].join(',\n');
  return `WITH ${ctes}\nSELECT segment, kind, key, value, text FROM (${part.selects.join('\nUNION ALL\n')}) t`;
}

/** Runs the part in DuckDB over the pair. */
export async function duckRecords(base: string, part: SqlPart): Promise<SummaryRecord[]> {
  const c = await duck();
  const r = await c.runAndReadAll(statement(base, part));
  return r.getRowObjects().map((o) => ({
    segment: String(o.segment),
    kind: String(o.kind),
    key: String(o.key),
    value: o.value === null ? null : Number(o.value),
    text: o.text === null ? null : String(o.text),
  }));
}
