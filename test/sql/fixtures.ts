// Shared by the sql tests: seeded eval tables written as CSV, loaded into DuckDB,
// the generated SQL run there, and records compared with the local writer's.
import { writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import { duck } from '../io/columnar.fixtures.js';
import { mulberry32, normal } from '../../scripts/lib/generate.mjs';
import type { SummaryRecord } from '../../src/sources/index.js';

export const q = (s: string) => `'${s.replaceAll("'", "''")}'`;

export interface TableSpec {
  task: 'binary' | 'multiclass' | 'regression';
  n: number;
  seed: number;
  /** Rows dropped from the candidate (ids only in the baseline) and extra candidate rows. */
  onlyBaseline?: number;
  onlyCandidate?: number;
  weight?: boolean;
  prediction?: boolean;
  mean?: string;
  /** The candidate's rows in a seeded random order (ids in one table only no longer come first by id). */
  shuffle?: boolean;
}

const CLASSES = ['bird', 'cat', 'dog', 'fish'];

/** Writes b.csv and c.csv for `spec`; returns the column types for read_csv. */
export function writeTables(spec: TableSpec, b: string, c: string): Record<string, string> {
  const rand = mulberry32(spec.seed);
  const regions = ['BR', 'DE', 'US', ''];
  const devices = ['ios', 'web', 'android'];
  const head = [
    'id',
    'label',
    spec.task === 'multiclass' ? 'prediction' : 'score',
    ...(spec.prediction && spec.task === 'binary' ? ['prediction'] : []),
    ...(spec.weight ? ['weight'] : []),
    'region',
    'device',
    ...(spec.mean ? [spec.mean] : []),
  ];
  const types: Record<string, string> = { id: 'VARCHAR', label: spec.task === 'regression' ? 'DOUBLE' : 'VARCHAR', region: 'VARCHAR', device: 'VARCHAR' };
  if (spec.task === 'multiclass') types.prediction = 'VARCHAR';
  else types.score = 'DOUBLE';
  if (spec.prediction && spec.task === 'binary') types.prediction = 'VARCHAR';
  if (spec.weight) types.weight = 'DOUBLE';
  if (spec.mean) types[spec.mean] = 'DOUBLE';
  const ordered = Object.fromEntries(head.map((h) => [h, types[h]]));
  const bl = [head.join(',')];
  const cl = [head.join(',')];
  const total = spec.n + (spec.onlyCandidate ?? 0);
  for (let i = 0; i < total; i++) {
    const id = `ex-${String(i).padStart(6, '0')}`;
    const region = regions[Math.floor(rand() * (rand() < 0.05 ? 4 : 3))];
    const device = devices[Math.floor(rand() * 3)];
    const w = spec.weight ? (0.5 + rand() * 2).toFixed(3) : null;
    const row = (label: string, out: string[], mean: string) => [id, label, ...out, ...(w ? [w] : []), region, device, ...(spec.mean ? [mean] : [])].join(',');
    const shared = normal(rand);
    let lb: string;
    let ob: string[];
    let oc: string[];
    if (spec.task === 'binary') {
      const y = rand() < 0.3 ? 1 : 0;
      const sig = (x: number) => (1 / (1 + Math.exp(-x))).toFixed(6);
      const sb = sig((y ? 1 : -1) + 0.8 * shared + 0.6 * normal(rand));
      const sc = sig((y ? 1 : -1) * (region === 'BR' ? 0.5 : 1.2) + 0.8 * shared + 0.6 * normal(rand));
      lb = rand() < 0.5 ? String(y) : y ? 'true' : 'false';
      const pred = (s: string) => (Number(s) >= 0.4 ? '1' : '0');
      ob = spec.prediction ? [sb, pred(sb)] : [sb];
      oc = spec.prediction ? [sc, pred(sc)] : [sc];
    } else if (spec.task === 'multiclass') {
      const y = Math.floor(rand() * 4);
      const guess = (p: number) => CLASSES[rand() < p ? y : Math.floor(rand() * 4)];
      lb = CLASSES[y];
      ob = [guess(0.7)];
      oc = [guess(region === 'BR' ? 0.5 : 0.75)];
    } else {
      const y = 10 + 3 * shared;
      lb = y.toFixed(4);
      ob = [(y + normal(rand)).toFixed(4)];
      oc = [(y + (region === 'BR' ? 1.5 : 0.9) * normal(rand)).toFixed(4)];
    }
    const mb = (2 + normal(rand)).toFixed(4);
    const mc = (2.1 + normal(rand)).toFixed(4);
    if (i < spec.n) bl.push(row(lb, ob, mb));
    if (i >= (spec.onlyBaseline ?? 0)) cl.push(row(lb, oc, mc));
  }
  writeFileSync(b, `${bl.join('\n')}\n`);
  if (spec.shuffle) {
    const r = mulberry32(spec.seed + 1);
    for (let i = cl.length - 1; i > 1; i--) {
      const j = 1 + Math.floor(r() * i);
      [cl[i], cl[j]] = [cl[j], cl[i]];
    }
  }
  writeFileSync(c, `${cl.join('\n')}\n`);
  return ordered;
}

/** Loads a CSV into DuckDB table `name` with the given column types. */
export async function load(name: string, path: string, types: Record<string, string>): Promise<void> {
  const cols = Object.entries(types)
    .map(([k, v]) => `${q(k)}: ${q(v)}`)
    .join(', ');
  await (await duck()).run(`CREATE OR REPLACE TABLE ${name} AS SELECT * FROM read_csv(${q(path)}, header = true, columns = {${cols}})`);
}

/** Runs a statement in DuckDB; its rows as records. */
export async function runRecords(sql: string): Promise<SummaryRecord[]> {
  const r = await (await duck()).runAndReadAll(sql.replace(/;\s*$/, ''));
  return r.getRowObjects().map((x) => ({
    segment: String(x.segment),
    kind: String(x.kind),
    key: String(x.key),
    value: x.value === null ? null : Number(x.value),
    text: x.text === null ? null : String(x.text),
  }));
}

/** Exports the statement's result with COPY ... TO (parquet, csv or json lines). */
export async function exportTo(sql: string, path: string, format: 'parquet' | 'csv' | 'json'): Promise<void> {
  const opts = format === 'csv' ? 'FORMAT csv, HEADER true' : format === 'json' ? 'FORMAT json' : 'FORMAT parquet';
  await (await duck()).run(`COPY (${sql.replace(/;\s*$/, '')}) TO ${q(path)} (${opts})`);
}

const keyOf = (r: SummaryRecord) => `${r.segment}|${r.kind}|${r.key}`;

/** The SQL's records equal the local writer's: same set (zeros aside), values within 1e-9 relative. */
export function expectSameRecords(fromSql: SummaryRecord[], local: SummaryRecord[]): void {
  const isInvalid = (r: SummaryRecord) => r.kind === 'count' && r.key.startsWith('invalid:');
  for (const r of fromSql.filter(isInvalid)) expect(r.value, r.key).toBe(0);
  const sql = fromSql.filter((r) => !isInvalid(r));
  const multi = (rs: SummaryRecord[]) => {
    const m = new Map<string, SummaryRecord[]>();
    for (const r of rs) m.set(keyOf(r), [...(m.get(keyOf(r)) ?? []), r]);
    return m;
  };
  const a = multi(sql);
  const b = multi(local);
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  for (const [k, bs] of b) {
    const as = a.get(k)!;
    const sortT = (rs: SummaryRecord[]) => rs.map((r) => r.text).sort();
    expect(sortT(as), k).toEqual(sortT(bs));
    if (bs.length === 1) {
      const x = as[0].value;
      const y = bs[0].value;
      if (y === null || x === null) expect(x, k).toBe(y);
      else expect(Math.abs(x - y), `${k}: ${x} vs ${y}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(y)));
    }
  }
}
