// Profiles: a JSON round trip, merging disjoint parts on shared bins, and a
// profile standing in for the reference's rows.
import { describe, expect, test } from 'vitest';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../../src/config/parse.js';
import { binsOf, mergeProfiles, parseProfile, profileTable, runDataChecks, runProfile } from '../../../src/sources/data/index.js';
import { resolveFeatures, inferType } from '../../../src/sources/data/features.js';
import { dataConfigOf } from '../../../src/config/parse.js';
import type { FeatureTable } from '../../../src/sources/data/types.js';
import { makeTable, normal, pick } from './gen.js';

const config = parseConfig('columns: { segments: [region] }\ndata: { features: { x: {}, plan: { sentinels: [none] } } }', 'x');
const gen = [
  { name: 'x', numeric: (r: any) => (r.uniform() < 0.02 ? NaN : normal(r)) },
  { name: 'plan', text: (r: any) => (r.uniform() < 0.03 ? 'none' : pick(r)) },
];
const whole = makeTable(6000, 'whole', gen);
function slice(t: FeatureTable, from: number, to: number): FeatureTable {
  const columns = new Map(
    [...t.columns].map(([k, v]) => [k, v.kind === 'numeric' ? { kind: 'numeric' as const, values: v.values.slice(from, to) } : { ...v, codes: v.codes.slice(from, to) }]),
  );
  return { ...t, n: to - from, columns, segments: t.segments.map((s) => ({ ...s, codes: s.codes.slice(from, to) })), requestIds: t.requestIds!.slice(from, to) };
}
function features(t: FeatureTable) {
  const types = new Map([...t.columns].map(([k, c]) => [k, inferType(c)]));
  return resolveFeatures(dataConfigOf(config), config.columns, { name: 'reference', types }, { name: 'reference', types }).features;
}

describe('profiles', () => {
  const f = features(whole);
  const full = profileTable(whole, f, []);

  test('JSON round trip', () => {
    const text = JSON.stringify(full);
    expect(parseProfile(text, 'p.json')).toEqual(full);
    expect(full.features.x.segments.overall.n).toBe(6000);
    expect(full.features.plan.segments['region=BR'].sentinels).toBeGreaterThan(0);
  });

  test('profile(A) + profile(B) = profile(A + B) on the bins of one', () => {
    const bins = binsOf(full);
    const a = profileTable(slice(whole, 0, 2500), f, [], bins);
    const b = profileTable(slice(whole, 2500, 6000), f, [], bins);
    const merged = mergeProfiles(a, b);
    // Sums of floats are exact up to rounding order.
    for (const id of Object.keys(full.features.x.segments)) {
      const m = merged.features.x.segments[id];
      const w = full.features.x.segments[id];
      expect(m.sum).toBeCloseTo(w.sum!, 9);
      m.sum = w.sum;
    }
    expect(merged).toEqual(full);
  });

  test('profiles with different bins do not merge', () => {
    const a = profileTable(slice(whole, 0, 2500), f, []);
    const b = profileTable(slice(whole, 2500, 6000), f, []);
    expect(() => mergeProfiles(a, b)).toThrow(/feature x has different bins in the two profiles/);
  });

  test('a profile stands in for the reference rows: the same checks', () => {
    const current = makeTable(3000, 'cur', gen);
    const fromRows = runDataChecks({ config, reference: whole, current });
    const fromProfile = runDataChecks({ config, reference: parseProfile(JSON.stringify(full), 'p.json'), current });
    expect(fromProfile.checks).toEqual(fromRows.checks);
  });

  test('a bad profile fails with one line naming the field', () => {
    const bad = JSON.parse(JSON.stringify(full));
    bad.features.x.segments.overall.counts = [1, 2];
    expect(() => parseProfile(JSON.stringify(bad), 'ref.json')).toThrow(/^ref\.json: not a valid profile: features\.x\.segments\.overall\.counts must be one count per bin/);
    expect(() => parseProfile('{', 'ref.json')).toThrow(/^ref\.json: not a valid profile: invalid JSON/);
  });

  test('runProfile reads a CSV and writes the profile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gate-profile-'));
    const rows = ['x,plan,region', ...Array.from({ length: 50 }, (_, i) => `${i % 7 === 0 ? '' : i},${['a', 'b', 'none'][i % 3]},${i % 2 ? 'BR' : 'US'}`)];
    writeFileSync(join(dir, 'ref.csv'), `${rows.join('\n')}\n`);
    writeFileSync(join(dir, 'gate.yml'), 'columns: { segments: [region] }\ndata: { features: { x: {}, plan: { sentinels: [none] } } }\n');
    const p = parseProfile(await runProfile({ reference: join(dir, 'ref.csv'), config: join(dir, 'gate.yml') }), 'out');
    expect(p.rows).toBe(50);
    expect(p.features.x.type).toBe('numeric');
    expect(p.features.x.segments.overall.nulls).toBe(8);
    expect(p.features.plan.segments.overall).toMatchObject({ n: 50, sentinels: 16, categories: { a: 17, b: 17 } });
    expect(Object.keys(p.features.x.segments)).toEqual(['overall', 'region=BR', 'region=US']);
  });
});
