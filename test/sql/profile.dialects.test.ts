// The profile query in the four warehouses DuckDB cannot stand in for: each
// dialect's text parses with node-sql-parser's grammar for it (Spark: hive), for
// the reference (bins chosen in SQL) and the current side (the reference's bins
// and range as literals), and a golden file per dialect pins the text.
import { Parser } from 'node-sql-parser';
import { describe, expect, it } from 'vitest';
import { DIALECTS, dialect, profileQuery, type DialectName } from '../../src/sql/index.js';
import type { Profile } from '../../src/sources/data/index.js';
import { config } from './profile.fixtures.js';

/** A small reference profile: amount with three edges, tenure without values, country. */
const REFERENCE: Profile = {
  kind: 'model-gate/profile',
  version: 1,
  rows: 3,
  segmentColumns: ['region', 'channel'],
  features: {
    amount: {
      type: 'numeric',
      sentinels: [-1],
      bins: { edges: [0.1, 2, 1e21], group: [0, 1, 1, 2] },
      segments: { overall: { n: 3, nulls: 0, sentinels: 0, counts: [1, 1, 1, 0], min: -2.5, max: 1e21, sum: 1e21 } },
    },
    tenure: { type: 'numeric', sentinels: [], bins: { edges: [], group: [0] }, segments: { overall: { n: 3, nulls: 3, sentinels: 0, counts: [0], min: null, max: null, sum: 0 } } },
    country: { type: 'categorical', sentinels: ['unknown'], segments: { overall: { n: 3, nulls: 0, sentinels: 0, categories: { "it's": 3 } } } },
  },
};

const GRAMMAR: Record<Exclude<DialectName, 'duckdb'>, string> = { bigquery: 'bigquery', snowflake: 'snowflake', trino: 'trino', spark: 'hive' };
const TABLE: Record<DialectName, string> = { duckdb: 'features', bigquery: 'proj.ds.features', snowflake: 'db.sch.features', trino: 'hive.ds.features', spark: 'ds.features' };

describe('the profile query per dialect', () => {
  for (const name of Object.keys(GRAMMAR) as Array<keyof typeof GRAMMAR>) {
    it(`${name}: the reference and the current query parse as ${GRAMMAR[name]}`, () => {
      const parser = new Parser();
      for (const ref of [undefined, REFERENCE]) {
        const sql = profileQuery(dialect(name), config(), TABLE[name], ref);
        const ast = parser.astify(sql, { database: GRAMMAR[name] });
        expect(Array.isArray(ast) ? ast.length : 1).toBe(1);
      }
    });
  }

  for (const name of DIALECTS) {
    it(`${name}: the text is pinned by test/sql/golden/profile.${name}.sql`, async () => {
      const text = ['-- reference', profileQuery(dialect(name), config(), TABLE[name]), '-- current', profileQuery(dialect(name), config(), TABLE[name], REFERENCE), ''].join('\n');
      await expect(text).toMatchFileSnapshot(`golden/profile.${name}.sql`);
    });
  }

  it('quotes per dialect: table parts, the header text and a category sentinel', () => {
    const bq = profileQuery(dialect('bigquery'), config(), 'proj.ds.features', REFERENCE);
    expect(bq).toContain('FROM `proj`.`ds`.`features`');
    expect(bq).toContain("CAST('1e+21' AS FLOAT64)");
    const tr = profileQuery(dialect('trino'), config(), 'c.s.t');
    expect(tr).toContain('FROM "c"."s"."t"');
    expect(tr).toContain(`"sentinels":["unknown"]`);
  });
});
