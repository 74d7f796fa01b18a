// The data checks' profile computed in DuckDB by the generated SQL equals the
// local profile of the same rows, record by record (the reference with bins
// chosen in SQL, the current side on the reference's bins and range); exported
// (Parquet, CSV, JSON Lines) and read back, the two profiles give the same data
// checks as the rows and as `model-gate profile`'s JSON; tampered or foreign
// files are refused naming what differs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataConfigOf, parseConfig } from '../../src/config/index.js';
import { dialect, profileQuery } from '../../src/sql/index.js';
import {
  binsOf,
  encodeProfile,
  parseProfile,
  profileSettings,
  profileTable,
  publishSection,
  rangeOf,
  readFeatureInput,
  readFeatureTable,
  runDataChecks,
  runProfile,
  type FeatureTable,
  type Profile,
} from '../../src/sources/data/index.js';
import { inferType, resolveFeatures } from '../../src/sources/data/features.js';
import { CONFIG_YAML, config, exportQuery, featureCsv, loadTable, records, type Rec } from './profile.fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'mrg-profsql-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (f: string) => join(dir, f);
const duck = dialect('duckdb');
const cfg = config();

function localFeatures(t: FeatureTable) {
  const types = new Map([...t.columns].map(([k, c]) => [k, inferType(c)]));
  return resolveFeatures(dataConfigOf(cfg), cfg.columns, { name: 'reference', types }, { name: 'current', types }).features;
}

const keyOf = (r: Rec) => `${r.segment}\u0000${r.kind}\u0000${r.key}\u0000${r.text}`;

/** Record-by-record equality: the same records, values equal (sums within 1e-9 relative). */
function expectSameRecords(sql: Rec[], local: Rec[]): void {
  const byKey = new Map(local.map((r) => [keyOf(r), r]));
  expect(sql.length).toBe(local.length);
  for (const r of sql) {
    const l = byKey.get(keyOf(r));
    expect(l, keyOf(r)).toBeDefined();
    if (r.kind === 'sum') expect(Math.abs(r.value! - l!.value!)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(l!.value!)));
    else if (r.kind === 'header') expect(JSON.parse(r.text!)).toEqual(JSON.parse(l!.text!));
    else expect(r.value, keyOf(r)).toBe(l!.value);
  }
}

/** Profiles equal but for floating sums (within 1e-9 relative). */
function expectSameProfile(a: Profile, b: Profile): void {
  const strip = (p: Profile) =>
    JSON.parse(JSON.stringify(p, (k, v) => (k === 'sum' ? Math.round(v * 1e6) / 1e6 : k === 'categories' ? Object.fromEntries(Object.entries(v).sort()) : v))) as Profile;
  expect(strip(a)).toEqual(strip(b));
}

let refRows: FeatureTable;
let curRows: FeatureTable;
let refLocal: Profile;
let curLocal: Profile;
let refSql: string;
let curSql: string;

beforeAll(async () => {
  featureCsv(at('ref.csv'), 4000, 'ref');
  featureCsv(at('cur.csv'), 3000, 'cur', true);
  await loadTable('features_ref', at('ref.csv'));
  await loadTable('features_cur', at('cur.csv'));
  refRows = await readFeatureTable(at('ref.csv'), cfg, 'reference');
  curRows = await readFeatureTable(at('cur.csv'), cfg, 'current');
  const f = localFeatures(refRows);
  refLocal = profileTable(refRows, f, cfg.segments.cross);
  const ranges = Object.fromEntries(Object.entries(refLocal.features).map(([k, fp]) => [k, fp.type === 'numeric' ? rangeOf(fp) : undefined]));
  curLocal = profileTable(curRows, f, cfg.segments.cross, binsOf(refLocal), ranges);
  refSql = profileQuery(duck, cfg, 'features_ref');
  await exportQuery(refSql, at('ref.profile.parquet'), 'parquet');
  const refBack = (await readFeatureInput(at('ref.profile.parquet'), cfg, 'reference')) as Profile;
  curSql = profileQuery(duck, cfg, 'features_cur', refBack);
  await exportQuery(curSql, at('cur.profile.csv'), 'csv');
  await exportQuery(curSql, at('cur.profile.jsonl'), 'jsonl');
}, 120_000);

describe('profileQuery in DuckDB', () => {
  it('the reference: the same records as the local profile, bins chosen in SQL by exact ranks', async () => {
    expectSameRecords(await records(refSql), encodeProfile(refLocal, profileSettings(cfg)));
    // The data exercise what the SQL must get right: values tied with edges, merged ties, sentinels, nulls, a cross.
    const amount = refLocal.features.amount;
    const edgeSet = new Set(amount.bins!.edges);
    expect(refRows.columns.get('amount')!.kind).toBe('numeric');
    const values = (refRows.columns.get('amount') as { values: Float64Array }).values;
    expect([...values].filter((x) => edgeSet.has(x)).length).toBeGreaterThan(100);
    expect(amount.bins!.edges.length).toBeLessThan(99);
    expect(amount.segments.overall.sentinels).toBeGreaterThan(0);
    expect(amount.segments.overall.nulls).toBeGreaterThan(0);
    expect(refLocal.features.country.segments.overall.categories!.ZZ).toBe(1);
    expect(Object.keys(amount.segments)).toContain('region=BR&channel=(empty)');
  });

  it('the current side: the same records as profiling it locally on the reference bins and range', async () => {
    expectSameRecords(await records(curSql), encodeProfile(curLocal, profileSettings(cfg)));
    expect(curLocal.features.amount.segments.overall.above).toBeGreaterThan(0);
    expect(curLocal.features.country.segments.overall.categories!.NEW).toBeGreaterThan(0);
  });

  it('read back from files split as a warehouse exports them (a glob), header in one of them', async () => {
    const lines = readFileSync(at('cur.profile.csv'), 'utf8').trimEnd().split('\n');
    const [head, ...body] = lines;
    const half = Math.floor(body.length / 2);
    writeFileSync(at('part-000.csv'), `${[head, ...body.slice(half)].join('\n')}\n`);
    writeFileSync(at('part-001.csv'), `${[head, ...body.slice(0, half)].join('\n')}\n`);
    expectSameProfile((await readFeatureInput(at('part-*.csv'), cfg)) as Profile, curLocal);
  });

  it('read back from Parquet, CSV and JSON Lines: the same Profile objects', async () => {
    expectSameProfile((await readFeatureInput(at('ref.profile.parquet'), cfg)) as Profile, refLocal);
    expectSameProfile((await readFeatureInput(at('cur.profile.csv'), cfg)) as Profile, curLocal);
    expectSameProfile((await readFeatureInput(at('cur.profile.jsonl'), cfg)) as Profile, curLocal);
  });
});

describe('profileQuery on small and degenerate tables', () => {
  // n = 1, 2, 3, 7 valid values (positions with lo >= n - 1, frac 0, all ties), a feature with no value at all.
  for (const n of [1, 2, 3, 7]) {
    it(`${n} rows: the same records as the local profile`, async () => {
      const rng = (i: number) => ((i * 7919) % 13) / 4;
      const lines = ['region,channel,amount,tenure,country'];
      for (let i = 0; i < n; i++) lines.push(`${['BR', 'US'][i % 2]},web,${i % 3 === 2 ? '-1' : rng(i)},,${i % 2 ? 'x' : ''}`);
      writeFileSync(at(`small${n}.csv`), `${lines.join('\n')}\n`);
      await loadTable(`small${n}`, at(`small${n}.csv`));
      const t = await readFeatureTable(at(`small${n}.csv`), cfg);
      const local = profileTable(t, localFeatures(refRows), cfg.segments.cross);
      expect(local.features.tenure.bins).toEqual({ edges: [], group: [0] });
      expectSameRecords(await records(profileQuery(duck, cfg, `small${n}`)), encodeProfile(local, profileSettings(cfg)));
    });
  }
});

describe('the data checks from exported profiles', () => {
  it('equal the checks from the rows and from model-gate profile JSON, check by check', async () => {
    const fromRows = runDataChecks({ config: cfg, reference: refRows, current: curRows });
    writeFileSync(at('gate.yml'), CONFIG_YAML);
    const json = parseProfile(await runProfile({ reference: at('ref.csv'), config: at('gate.yml') }), 'ref.json');
    const fromJson = runDataChecks({ config: cfg, reference: json, current: curRows });
    const ref = (await readFeatureInput(at('ref.profile.parquet'), cfg, 'reference')) as Profile;
    for (const curFile of ['cur.profile.csv', 'cur.profile.jsonl']) {
      const cur = (await readFeatureInput(at(curFile), cfg, 'current')) as Profile;
      const fromSql = runDataChecks({ config: cfg, reference: ref, current: cur });
      for (const other of [fromRows, fromJson]) {
        expect(fromSql.checks.map((c) => c.id)).toEqual(other.checks.map((c) => c.id));
        fromSql.checks.forEach((c, i) => expect(c, c.id).toEqual(other.checks[i]));
        expect(fromSql.section).toEqual(other.section);
        expect(publishSection(fromSql.section)).toEqual(publishSection(other.section));
      }
    }
    const statuses = new Set(fromRows.checks.map((c) => c.status));
    expect(statuses.has('fail')).toBe(true);
    expect(fromRows.checks.length).toBeGreaterThan(40);
  });

  it('refuses a current profile cut on other bins than the reference', async () => {
    const ref = (await readFeatureInput(at('ref.profile.parquet'), cfg, 'reference')) as Profile;
    const other = structuredClone(ref);
    other.features.amount.bins!.edges[3] += 0.5;
    const cur = (await readFeatureInput(at('cur.profile.csv'), cfg, 'current')) as Profile;
    expect(() => runDataChecks({ config: cfg, reference: other, current: cur })).toThrow(/current: feature amount was profiled on other bins than the reference's/);
  });
});

describe('refusals', () => {
  const csv = () => readFileSync(at('cur.profile.csv'), 'utf8').split('\n');
  it('a tampered count: the counts no longer add up', async () => {
    const lines = csv();
    const i = lines.findIndex((l) => l.startsWith('overall,bin,amount,'));
    const cells = lines[i].split(',');
    cells[3] = String(Number(cells[3]) + 1);
    lines[i] = cells.join(',');
    writeFileSync(at('tampered.csv'), lines.join('\n'));
    await expect(readFeatureInput(at('tampered.csv'), cfg)).rejects.toThrow(
      /tampered\.csv \(column "value"\): not a valid profile: feature amount, segment overall: n is \d+ but its nulls, sentinels and values add up to \d+/,
    );
  });

  it('edited settings: the fingerprint does not match', async () => {
    const text = readFileSync(at('cur.profile.csv'), 'utf8').replace('""sentinels"":[-1]', '""sentinels"":[-2]');
    writeFileSync(at('edited.csv'), text);
    await expect(readFeatureInput(at('edited.csv'), cfg)).rejects.toThrow(/edited\.csv:\d+ \(column "text"\): not a valid profile: the fingerprint \w+ does not match the header's settings/);
  });

  it("another config's profile: names the setting that differs", async () => {
    const other = parseConfig(CONFIG_YAML.replace('sentinels: [-1]', 'sentinels: [-1, 0]'), 'other.yml');
    await expect(readFeatureInput(at('ref.profile.parquet'), other)).rejects.toThrow(
      /ref\.profile\.parquet:\d+ \(column "text"\): profile made for another config: features\.amount\.sentinels is \[-1\] there, \[-1,0\] in this config/,
    );
    const noCross = parseConfig(CONFIG_YAML.replace(', cross: [[region, channel]]', ''), 'other.yml');
    await expect(readFeatureInput(at('ref.profile.parquet'), noCross)).rejects.toThrow(/profile made for another config: cross is \[\["region","channel"\]\] there, \[\] in this config/);
  });

  it('a config without declared feature types cannot be profiled in SQL', () => {
    const inferred = parseConfig(CONFIG_YAML.replace('tenure: { type: numeric }', 'tenure: {}'), 'gate.yml');
    expect(() => profileQuery(duck, inferred, 't')).toThrow(/data\.features\.tenure\.type: declare numeric or categorical/);
    const none = parseConfig('columns: { segments: [region] }\n', 'gate.yml');
    expect(() => profileQuery(duck, none, 't')).toThrow(/data\.features: list the features/);
  });
});
