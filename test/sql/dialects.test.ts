// The four dialects without an engine here: each generated text parses with
// node-sql-parser's grammar for that dialect (Spark with its Hive grammar, the
// one that reads Spark SQL's backticks, pmod and window functions), for the
// three tasks; and a golden file per dialect pins the text for one fixed config
// (UPDATE_GOLDEN=1 rewrites them).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sqlParser from 'node-sql-parser';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse.js';
import { offlineQuery } from '../../src/sql/index.js';

const PARSER: Record<string, string> = { bigquery: 'bigquery', spark: 'hive', snowflake: 'snowflake', trino: 'trino' };
// The Hive grammar reads `db.table`, not Spark 3's `catalog.db.table`; the others take three parts.
const TABLES: Record<string, { baseline: string; candidate: string }> = {
  bigquery: { baseline: 'proj.evals.baseline', candidate: 'proj.evals.candidate' },
  spark: { baseline: 'evals.baseline', candidate: 'evals.candidate' },
  snowflake: { baseline: 'DB.EVALS.BASELINE', candidate: 'DB.EVALS.CANDIDATE' },
  trino: { baseline: 'hive.evals.baseline', candidate: 'hive.evals.candidate' },
};

const GOLDEN_CONFIG = `task: binary
threshold: 0.4
columns: { id: example_id, segments: [region, device] }
segments: { cross: [[region, device]] }
statistics: { seed: 7 }
metrics:
  recall: { max_drop: 2pp }
  precision: { max_drop: 2pp }
  ece: { max_increase: 1pp }
  log_loss: { max_increase: 5% }
  brier: { max_increase: 5% }
  mean[judge]: { direction: higher, max_drop: 0.05 }
`;
const CONFIGS: Record<string, string> = {
  binary: GOLDEN_CONFIG,
  multiclass: `task: multiclass
columns: { segments: [region, device] }
segments: { cross: [[region, device]] }
metrics:
  accuracy: { max_drop: 2pp }
  macro_f1: { max_drop: 0.02 }
  recall[cat]: { max_drop: 3pp }
`,
  regression: `task: regression
columns: { segments: [region] }
metrics:
  mae: { max_increase: 5% }
  rmse: { max_increase: 5% }
  mape: { max_increase: 5% }
  bias: { max_increase: 0.1 }
`,
};

describe.each(Object.keys(PARSER))('%s', (dialect) => {
  it.each(Object.keys(CONFIGS))('the %s query parses with its grammar', (task) => {
    const sql = offlineQuery(dialect, parseConfig(CONFIGS[task], 'gate.yml'), { ...TABLES[dialect], prediction: task === 'regression', weight: true });
    const ast = new sqlParser.Parser().astify(sql, { database: PARSER[dialect] });
    const first = Array.isArray(ast) ? ast[0] : ast;
    expect(first.type).toBe('select');
  });

  it('the text of the golden config is pinned', () => {
    const sql = offlineQuery(dialect, parseConfig(GOLDEN_CONFIG, 'gate.yml'), { ...TABLES[dialect], prediction: false, weight: true });
    const path = join(import.meta.dirname, 'golden', `${dialect}.sql`);
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) writeFileSync(path, sql);
    expect(sql).toBe(readFileSync(path, 'utf8'));
  });
});

it('a golden file for DuckDB too (the engine the tests run)', () => {
  const sql = offlineQuery('duckdb', parseConfig(GOLDEN_CONFIG, 'gate.yml'), { baseline: 'baseline', candidate: 'candidate', prediction: false, weight: true });
  const path = join(import.meta.dirname, 'golden', 'duckdb.sql');
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) writeFileSync(path, sql);
  expect(sql).toBe(readFileSync(path, 'utf8'));
});
