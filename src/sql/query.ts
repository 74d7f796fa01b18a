// query.ts: the offline comparison's warehouse query for a config: which parts
// its metrics need (the same arrays the local writer fills: expectedKinds and
// the paired tests' moments), refusing what SQL cannot make, assembled into one
// statement whose result is a summaries@1 file.
import type { GateConfig } from '../config/index.js';
import { UsageError } from '../errors/index.js';
import { declarationOf, hasCostColumns, needsClassScores } from '../metrics/index.js';
import { summarySettings } from '../sources/index.js';
import { baseCtes } from './base.js';
import { assemble, meanColumns, type OfflineTables, type SqlContext, type SqlPart } from './context.js';
import { binaryPart, jointPart, multiclassPart, rowsPart } from './decisions.js';
import { dialect } from './dialect.js';
import { columnPart, momentsPart, regressionPart } from './means.js';
import { metaPart } from './meta.js';
import { distributionPart, eceGroupPart } from './scores.js';
import { termSql } from './terms.js';
import { rankingSummaries } from './ranking.js';

/** The parts for kinds ranking, walk, delong and ap_group (auc, pr_auc): ranking.ts. */
function rankingParts(ctx: SqlContext): SqlPart[] {
  return [rankingSummaries({ d: ctx.d, settings: ctx.settings })];
}

/** Refuses metrics whose sums come from what the warehouse query does not read. */
function checkMetrics(config: GateConfig): void {
  for (const [name, spec] of Object.entries(config.metrics)) {
    const d = declarationOf(name);
    if (config.task === 'multiclass' && needsClassScores(name)) {
      throw new UsageError(`model-gate sql: metrics.${name} needs class probabilities, which the summaries do not carry: give the eval files, or leave ${name} out`);
    }
    if (d?.needsCosts && hasCostColumns(spec)) {
      throw new UsageError(`model-gate sql: metrics.${name} has per-example cost columns, which the summaries do not carry: give the eval files, or use constant costs`);
    }
  }
}

/**
 * The statement for `config` over the two tables, in `dialectName`.
 * @throws UsageError for an unknown dialect or a metric SQL cannot make
 * @example offlineQuery('duckdb', config, { baseline: 'b', candidate: 'c', prediction: false, weight: false }).startsWith('WITH') // true
 */
export function offlineQuery(dialectName: string, config: GateConfig, tables: OfflineTables): string {
  const d = dialect(dialectName);
  const task = config.task;
  if (task !== 'binary' && task !== 'multiclass' && task !== 'regression') throw new UsageError(`model-gate sql: task ${String(task)} has no offline comparison`);
  checkMetrics(config);
  const ctx: SqlContext = { d, config, settings: summarySettings(config), tables };
  const names = Object.keys(config.metrics);
  const applies = (n: string) => {
    const x = declarationOf(n);
    return x !== null && x.tasks !== 'shadow' && x.tasks.includes(task);
  };
  const decls = names.filter(applies).map((n) => ({ name: n, d: declarationOf(n)! }));
  const parts: SqlPart[] = [{ ctes: baseCtes(ctx), selects: [] }, metaPart(ctx), rowsPart(ctx)];
  if (task === 'binary') parts.push(binaryPart(ctx));
  if (task === 'multiclass') parts.push(multiclassPart(ctx));
  if (task === 'regression') parts.push(regressionPart(ctx));
  if (task !== 'regression' && decls.some((x) => x.d.summary === 'decision')) parts.push(jointPart(ctx, task === 'binary'));
  if (task === 'binary' && decls.some((x) => x.d.summary === 'ranking')) parts.push(...rankingParts(ctx));
  if (task === 'binary' && decls.some((x) => x.d.test === 'jackknife' && x.d.summary === 'scores')) parts.push(eceGroupPart(ctx));
  const numeric = meanColumns(config);
  decls.forEach(({ name, d: x }, i) => {
    const paired = x.summary === 'column' || ((x.summary === 'scores' || x.summary === 'errors') && 'terms' in x && x.terms && (x.test === 'paired-mean' || x.test === 'delta-method'));
    if (!paired) return;
    const terms = termSql(name, task, numeric);
    if (!terms) throw new UsageError(`model-gate sql: metrics.${name} has no SQL for its per-example terms yet`);
    parts.push(momentsPart(ctx, name, i, terms));
  });
  numeric.forEach((col, i) => parts.push(columnPart(ctx, col, i)));
  if (task !== 'multiclass') parts.push(distributionPart(ctx));
  return `${assemble(d, parts)};\n`;
}
