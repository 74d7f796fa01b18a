// The dialects' building blocks, run where an engine is at hand (DuckDB) and
// pinned as text for the others.
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors/index.js';
import { dialect } from '../../src/sql/index.js';
import { md5Upper32 } from '../../src/summaries/md5.js';

describe('dialect', () => {
  it('DuckDB computes the jackknife group the gate computes, and JSON strings JSON.parse reads back', async () => {
    const d = dialect('duckdb');
    const ids = ['a', 'b', '0', '12345678901234567890', 'é✓', 'x y', "it's", 'back\\slash "q"'];
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    const values = ids.map((s) => `(${d.str(s)})`).join(', ');
    const r = await c.runAndReadAll(`SELECT id, ${d.group('id', 7, 50)} AS g, ${d.jsonString('id')} AS j FROM (VALUES ${values}) t(id)`);
    const rows = r.getRowObjects();
    expect(rows.map((x) => x.id)).toEqual(ids);
    for (const row of rows) {
      expect(Number(row.g)).toBe(md5Upper32(String(row.id), '7:') % 50);
      expect(JSON.parse(String(row.j))).toBe(row.id);
    }
    c.closeSync();
  });

  it('quotes identifiers and strings per dialect', () => {
    expect(dialect('duckdb').ident('my "col"')).toBe('"my ""col"""');
    expect(dialect('bigquery').table('proj.ds.t')).toBe('`proj`.`ds`.`t`');
    expect(dialect('spark').str("it's \\")).toBe("'it\\'s \\\\'");
    expect(dialect('trino').str("it's \\")).toBe("'it''s \\'");
    expect(dialect('snowflake').ident('label')).toBe('label');
    expect(dialect('snowflake').ident('my col')).toBe('"my col"');
  });

  it('refuses an unknown dialect naming the valid ones', () => {
    expect(() => dialect('oracle')).toThrow(UsageError);
    expect(() => dialect('oracle')).toThrow('duckdb, bigquery, spark, snowflake, trino');
  });
});
