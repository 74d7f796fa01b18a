// Seeded feature tables for the warehouse-profile tests: two numeric features with
// empties and a sentinel (-1), integer-valued stretches so edges tie with values,
// a categorical feature with a rare category, blanks and a sentinel, and two segment
// columns (region, channel) crossed. The current side drifts in BR, brings a new
// category and values outside the reference's range.
import { writeFileSync } from 'node:fs';
import { parseConfig } from '../../src/config/index.js';
import { Random } from '../../src/stats/random.js';
import { normalQuantile } from '../../src/stats/distributions.js';
import { duck, fromCsv } from '../io/columnar.fixtures.js';

export const CONFIG_YAML = `columns: { segments: [region, channel] }
segments: { min_samples: 50, cross: [[region, channel]] }
data:
  features:
    amount: { type: numeric, sentinels: [-1] }
    tenure: { type: numeric }
    country: { type: categorical, sentinels: [unknown] }
  rules: { psi: { max: 0.1 } }
`;
export const config = () => parseConfig(CONFIG_YAML, 'gate.yml');

export const TYPES = { region: 'VARCHAR', channel: 'VARCHAR', amount: 'DOUBLE', tenure: 'DOUBLE', country: 'VARCHAR' };
const COUNTRIES = ['BR', 'MX', 'US', 'AR', 'CL'];

/** A feature CSV of n rows. */
export function featureCsv(path: string, n: number, seed: string, drift = false): void {
  const rng = new Random(seed);
  const lines = ['region,channel,amount,tenure,country'];
  for (let r = 0; r < n; r++) {
    const region = ['BR', 'MX', 'US'][r % 3];
    const channel = rng.uniform() < 0.3 ? 'app' : rng.uniform() < 0.02 ? '' : 'web';
    const u = rng.uniform();
    const z = normalQuantile(rng.uniform());
    let amount: string;
    if (u < 0.03) amount = '';
    else if (u < 0.05) amount = '-1';
    else if (u < 0.4)
      amount = String(Math.round(50 + 10 * z)); // integers: ties with the edges
    else amount = (50 + 10 * z + (drift && region === 'BR' ? 8 : 0)).toFixed(3);
    if (drift && r % 97 === 0) amount = String(500 + r); // beyond the reference's range
    const tenure = rng.uniform() < 0.1 ? '' : (rng.uniform() * 36).toFixed(1);
    const c = rng.uniform();
    let country = c < 0.04 ? '' : c < 0.07 ? 'unknown' : COUNTRIES[Math.floor(rng.uniform() * COUNTRIES.length)];
    if (!drift && r === 17) country = 'ZZ'; // a rare category, seen once
    if (drift && r % 50 === 3) country = 'NEW';
    lines.push([region, channel, amount, tenure, country].join(','));
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

/** Loads a feature CSV into a DuckDB table. */
export async function loadTable(name: string, csv: string): Promise<void> {
  const c = await duck();
  await c.run(`CREATE OR REPLACE TABLE ${name} AS ${fromCsv(csv, TYPES)}`);
}

export interface Rec {
  segment: string;
  kind: string;
  key: string;
  value: number | null;
  text: string | null;
}

/** Runs a query returning records. */
export async function records(sql: string): Promise<Rec[]> {
  const c = await duck();
  const r = await c.runAndReadAll(sql);
  return r.getRowObjects().map((o) => ({
    segment: String(o.segment),
    kind: String(o.kind),
    key: String(o.key),
    value: o.value === null ? null : Number(o.value),
    text: o.text === null ? null : String(o.text),
  }));
}

/** Writes the query's result as Parquet, CSV or JSON Lines. */
export async function exportQuery(sql: string, path: string, format: 'parquet' | 'csv' | 'jsonl'): Promise<void> {
  const c = await duck();
  const opt = format === 'parquet' ? 'FORMAT parquet' : format === 'csv' ? 'FORMAT csv, HEADER true' : 'FORMAT json';
  await c.run(`COPY (${sql}) TO '${path.replaceAll("'", "''")}' (${opt})`);
}
