// The ranking summaries (ranking, walk, delong, ap_group) computed by the generated SQL in
// DuckDB equal the local writer's records of the same eval pair, record by record (1e-9
// relative; the centred DeLong sums, near 0 by construction, against their scale): with
// and without weights, with ties (scores of 2 decimals) and without, a segment with one
// positive, one with negatives only, crosses; float32 rounding by arithmetic (BigQuery,
// Snowflake) as well as by a cast.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SummaryRecord } from '../../src/sources/index.js';
import { dialect } from '../../src/sql/index.js';
import { apGroupPart, delongPart, froundCtes, mergeParts, rankingKinds, rankingPart, rankingSummaries, walkPart } from '../../src/sql/ranking.js';
import { summarySettings } from '../../src/sources/offline/summariesFormat.js';
import { parseConfig } from '../../src/config/parse.js';
import { duck } from '../io/columnar.fixtures.js';
import { configYaml, duckRecords, gateRowsSql, localRecords, writePair, type PairSpec } from './ranking.fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'mrg-sqlrank-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const KINDS = new Set(['ranking', 'walk', 'delong', 'ap_group']);
const mine = (r: SummaryRecord) => KINDS.has(r.kind) || (r.kind === 'array' && KINDS.has(r.key));
const id = (r: SummaryRecord) => `${r.segment}|${r.kind}|${r.key}`;

/** The DeLong keys whose sums are centred (or a paired difference) and so may cancel to about 0: compared against sum w^2 of the class. */
const CENTRED = new Set(['0', '2', '4', '6']);

/**
 * Every record of `ours` equals the one of `theirs` (a missing record is 0). Returns how many
 * values were compared, and the keys where the local walk gave null (NaN; none since its AP step
 * skips zero-weight positives, as the SQL does; walk's AP sum must then equal ranking's).
 */
function expectSameRecords(ours: SummaryRecord[], theirs: SummaryRecord[]): { compared: number; localNaN: string[] } {
  const a = new Map(ours.map((r) => [id(r), r]));
  const b = new Map(theirs.map((r) => [id(r), r]));
  expect(a.size, 'no record twice').toBe(ours.length);
  const value = (m: Map<string, SummaryRecord>, k: string) => (m.has(k) ? m.get(k)!.value : 0);
  let n = 0;
  const localNaN: string[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = value(a, k);
    const y = value(b, k);
    expect(x, k).not.toBeNull();
    const [segment, kind, key] = k.split('|');
    if (y === null && (kind === 'walk' || kind === 'ap_group')) {
      localNaN.push(k);
      if (kind === 'walk') expect(x, k).toBe(value(a, `${segment}|ranking|${(Number(key) - 4) * 4 + 1}`));
      continue;
    }
    expect(y, k).not.toBeNull();
    let floor = 0;
    if (kind === 'delong' && CENTRED.has(key)) floor = 1e-12 * (value(b, `${segment}|delong|${Number(key) < 4 ? 1 : 5}`) as number);
    expect(Math.abs((x as number) - (y as number)), `${k}: ${x} vs ${y}`).toBeLessThanOrEqual(1e-9 * Math.max(Math.abs(x as number), Math.abs(y as number)) + floor);
    n++;
  }
  return { compared: n, localNaN };
}

let serial = 0;
/** Writes the pair, runs the part from `build` in DuckDB and the local writer, compares; returns the local records of the ranking kinds. */
async function check(
  spec: PairSpec,
  metrics: string[],
  build: (settings: Record<string, unknown>) => ReturnType<typeof rankingSummaries> = (settings) => rankingSummaries({ d: dialect('duckdb'), settings }),
) {
  const b = join(dir, `b${serial}.csv`);
  const c = join(dir, `c${serial++}.csv`);
  writePair(spec, b, c);
  const yaml = configYaml(metrics);
  const settings = summarySettings(parseConfig(yaml, 'gate.yml'));
  const local = (await localRecords(yaml, b, c)).filter(mine);
  const sql = await duckRecords(gateRowsSql(b, c, spec.weights !== 'none', 7, Number(settings.jackknife_groups)), build(settings));
  const { compared, localNaN } = expectSameRecords(sql, local);
  return { local, sql, compared, localNaN };
}

const kindsOf = (rs: SummaryRecord[]) => [...new Set(rs.filter((r) => r.kind !== 'array').map((r) => r.kind))].sort();

describe('ranking summaries in SQL (DuckDB) equal the local writer', () => {
  it('auc and pr_auc, no weights, scores of 2 decimals (ties): every record of ranking, walk, delong, ap_group', async () => {
    const { local, sql, compared, localNaN } = await check({ n: 900, seed: 11, decimals: 2, weights: 'none' }, ['auc', 'pr_auc']);
    expect(kindsOf(local)).toEqual(['ap_group', 'delong', 'ranking', 'walk']);
    expect(kindsOf(sql)).toEqual(kindsOf(local));
    expect(compared).toBeGreaterThan(1000);
    expect(localNaN).toEqual([]);
    // The segment with negatives only has no positives: no area, no AP, no positive weight.
    const mx = local.filter((r) => r.segment === 'region=MX' && r.kind === 'ranking').map((r) => r.key);
    expect(mx.sort()).toEqual(['3', '7']);
    // The one with one positive has ranking sums and a DeLong shift record.
    expect(sql.some((r) => r.segment === 'region=JP' && r.kind === 'ranking' && r.key === '2' && r.value === 1)).toBe(true);
    // The one-row segment (a positive): AP 1 x its weight, and every group but its own keeps that step.
    const nz = sql.filter((r) => r.segment === 'region=NZ');
    expect(nz.filter((r) => r.kind === 'ranking').map((r) => [r.key, r.value])).toEqual(
      expect.arrayContaining([
        ['1', 1],
        ['2', 1],
        ['5', 1],
        ['6', 1],
      ]),
    );
    expect(nz.filter((r) => r.kind === 'ap_group' && Number(r.key) % 4 === 2).length).toBe(49);
  });

  it('auc and pr_auc with real-valued weights, ties', async () => {
    const { compared } = await check({ n: 700, seed: 12, decimals: 2, weights: 'real' }, ['auc', 'pr_auc']);
    expect(compared).toBeGreaterThan(1000);
  });

  it('auc and pr_auc with dyadic weights (zero weights included), scores of 6 decimals (few ties)', async () => {
    const { localNaN } = await check({ n: 600, seed: 13, decimals: 6, weights: 'dyadic' }, ['auc', 'pr_auc']);
    // A zero-weight positive on top of region=DE&device=ios (both models), and leave-one-group-out steps whose
    // rows above are all the left-out group's: no AP step, locally as in SQL (the local walk once gave 0 / 0 there).
    expect(localNaN).toEqual([]);
  });

  it('auc alone: ranking, walk and delong, no ap_group', async () => {
    const { sql } = await check({ n: 500, seed: 14, decimals: 2, weights: 'real' }, ['auc', 'recall']);
    expect(kindsOf(sql)).toEqual(['delong', 'ranking', 'walk']);
  });

  it('pr_auc alone: ranking, walk and ap_group, no delong', async () => {
    const { sql } = await check({ n: 500, seed: 15, decimals: 2, weights: 'none' }, ['pr_auc', 'accuracy']);
    expect(kindsOf(sql)).toEqual(['ap_group', 'ranking', 'walk']);
  });

  it('DeLong with float32 rounding by arithmetic (the BigQuery and Snowflake path) equals the local walk', async () => {
    const d = dialect('duckdb');
    await check({ n: 700, seed: 16, decimals: 2, weights: 'real' }, ['auc'], (settings) =>
      mergeParts([rankingPart({ d, settings }), walkPart({ d, settings }), delongPart({ d, settings }, false)]),
    );
  });

  it('the arithmetic float32 rounding equals Math.fround, ties to even included', async () => {
    const seeds = [0, 1, 0.5, 0.25, 1 / 3, 2 / 3, 0.1, 0.7, 1e-7, 1 - 2 ** -25, 1 - 2 ** -26, 0.5 + 2 ** -25, 0.5 + 3 * 2 ** -25, 2 ** -20 * (1 + 2 ** -24), -0.3, -(2 ** -24) * 3];
    const vs = [...seeds];
    for (let k = 1; k < 300; k++) vs.push(k / 301, 1 / k, ((k * 7919) % 1000) / 997);
    const values = vs.map((v) => `(${v.toPrecision(17)}::DOUBLE)`).join(', ');
    const ctes = froundCtes(dialect('duckdb'), 'src', false);
    const sql =
      `WITH src AS (SELECT 's' AS seg, 'x' || CAST(ROW_NUMBER() OVER () AS VARCHAR) AS id, 1.0 AS y, 1.0 AS w, 0 AS mdl, v FROM (VALUES ${values}) t(v)), ` +
      ctes.map((c) => `${c.name} AS (${c.sql})`).join(', ') +
      ' SELECT v, fv FROM rank_dl_f JOIN (SELECT id, v FROM src) USING (id)';
    const rows = (await (await duck()).runAndReadAll(sql)).getRowObjects();
    expect(rows.length).toBe(vs.length);
    for (const r of rows) expect(r.fv, String(r.v)).toBe(Math.fround(Number(r.v)));
  });

  it('builds nothing for configs without ranking metrics or another task', () => {
    const d = dialect('duckdb');
    expect(rankingKinds({ task: 'binary', metrics: { recall: null, ece: null } })).toEqual({ ranking: false, walk: false, delong: false, apGroup: false });
    expect(rankingSummaries({ d, settings: { task: 'multiclass', metrics: { auc_ovr: null } } })).toEqual({ ctes: [], selects: [] });
    const part = apGroupPart({ d, settings: { task: 'binary', metrics: { pr_auc: null }, jackknife_groups: 50 } });
    expect(part.ctes.every((c) => c.name.startsWith('rank_'))).toBe(true);
    expect(() => apGroupPart({ d, settings: { task: 'binary', metrics: {}, jackknife_groups: 0 } })).toThrow('jackknife_groups');
  });
});
