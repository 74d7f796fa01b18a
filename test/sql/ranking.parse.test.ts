// The ranking parts' SQL for the four warehouses without an engine here: each statement
// parses with node-sql-parser's grammar for the dialect (Spark SQL: 'hive'), every select
// yields the five record columns in order, every CTE is named rank_* and reads only
// gate_rows and rank_* CTEs; and golden files pin each dialect's text.
import { Parser } from 'node-sql-parser';
import { describe, expect, it } from 'vitest';
import { dialect, type DialectName } from '../../src/sql/index.js';
import { apGroupPart, delongPart, rankingPart, rankingSummaries, walkPart, type RankingContext, type SqlPart } from '../../src/sql/ranking.js';

/** node-sql-parser's database per dialect. */
const PARSER: Record<Exclude<DialectName, 'duckdb'>, string> = { bigquery: 'bigquery', spark: 'hive', snowflake: 'snowflake', trino: 'trino' };
const SETTINGS = { task: 'binary', metrics: { auc: null, pr_auc: null }, jackknife_groups: 50 };
const BUILDERS: Record<string, (ctx: RankingContext) => SqlPart> = { ranking: rankingPart, walk: walkPart, delong: delongPart, ap_group: apGroupPart, all: rankingSummaries };

/** A statement of the part over a stand-in gate_rows. */
function statement(name: DialectName, part: SqlPart): string {
  const d = dialect(name);
  const base = `gate_rows AS (SELECT seg, id, grp, y, w, sb, sc, db, dc FROM ${d.table('ds.gate_input')})`;
  const ctes = [base, ...part.ctes.map((c) => `${c.name} AS (${c.sql})`)].join(',\n');
  const cols = ['segment', 'kind', 'key', 'value', 'text'].map((c) => d.ident(c)).join(', ');
  return `WITH ${ctes}\nSELECT ${cols} FROM (${part.selects.join('\nUNION ALL\n')}) t`;
}

const aliasOf = (c: { as: unknown }): string => String(typeof c.as === 'object' && c.as !== null ? (c.as as { value: unknown }).value : c.as).toLowerCase();

describe('ranking SQL parses in each warehouse dialect', () => {
  const parser = new Parser();
  for (const [name, database] of Object.entries(PARSER) as Array<[Exclude<DialectName, 'duckdb'>, string]>) {
    for (const [kind, build] of Object.entries(BUILDERS)) {
      it(`${name} (${database}): ${kind}`, () => {
        const part = build({ d: dialect(name), settings: SETTINGS });
        expect(() => parser.astify(statement(name, part), { database }), statement(name, part).slice(0, 200)).not.toThrow();
        for (const s of part.selects) {
          const ast = parser.astify(s, { database }) as unknown as { columns: Array<{ as: unknown }> };
          expect(ast.columns.map(aliasOf)).toEqual(['segment', 'kind', 'key', 'value', 'text']);
        }
        const known = new Set(['gate_rows', ...part.ctes.map((c) => c.name)]);
        const read = new Set<string>();
        for (const c of part.ctes) {
          expect(c.name.startsWith('rank_')).toBe(true);
          const tables = parser.tableList(c.sql, { database }).map((t) => t.split('::')[2].toLowerCase());
          for (const t of tables) expect(known.has(t), `${c.name} reads ${t}`).toBe(true);
          tables.forEach((t) => read.add(t));
        }
        expect(read.has('gate_rows')).toBe(true);
      });
    }
  }

  it('pins the text of every dialect (golden files)', async () => {
    for (const name of ['duckdb', ...Object.keys(PARSER)] as DialectName[]) {
      await expect(statement(name, rankingSummaries({ d: dialect(name), settings: SETTINGS })) + '\n').toMatchFileSnapshot(`golden/ranking.${name}.sql`);
    }
  });
});
