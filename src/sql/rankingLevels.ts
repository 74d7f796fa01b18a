// rankingLevels.ts: the binary task's ranking summaries in SQL, the records the local
// writer gets from the sorted walks (metrics/passes.ts rankingPass,
// metrics/rankingWalk.ts):
//   ranking   per model (baseline j 0..3, candidate 4..7): ROC trapezoid sum, AP step sum,
//             positive and negative weight (RANK layout)
//   walk      positive and negative weight and rows, AP step sums of baseline and candidate
//   delong    (rankingDelong.ts) DeLong's placement sums centred on the measured AUC change
//   ap_group  (rankingJackknife.ts) per jackknife group: its positive and negative weight and
//             per model the AP step sum with the group left out
// Every sum is over score levels: the distinct scores of a segment, walked from the highest
// down with window sums (ties form one level, as in the local walk). Reads only `gate_rows`
// (seg, id, grp, y, w, sb, sc); a positive is a row with y = 1. Every CTE starts with `rank_`.
import { RANK, declarationOf } from '../metrics/index.js';
import type { Dialect } from './dialect.js';

/** One part of the offline query: its CTEs (in dependency order) and its record selects. */
export interface SqlPart {
  ctes: Array<{ name: string; sql: string }>;
  selects: string[];
}

/**
 * What the ranking parts read of the query's context (a subset of sql-core's SqlContext):
 * the dialect and the summary settings (summarySettings(config): task, metrics, jackknife_groups).
 */
export interface RankingContext {
  d: Dialect;
  settings: Record<string, unknown>;
}

/** Which ranking kinds a config's summaries hold (as expectedKinds decides them). */
export interface RankingKinds {
  ranking: boolean;
  walk: boolean;
  delong: boolean;
  apGroup: boolean;
}

/**
 * The ranking kinds the settings' metrics need (binary task only; otherwise none).
 * @example rankingKinds({ task: 'binary', metrics: { auc: null } }) // { ranking: true, walk: true, delong: true, apGroup: false }
 */
export function rankingKinds(settings: Record<string, unknown>): RankingKinds {
  const none = { ranking: false, walk: false, delong: false, apGroup: false };
  if (settings.task !== 'binary') return none;
  const decls = Object.keys((settings.metrics ?? {}) as object)
    .map((name) => declarationOf(name))
    .filter((d) => d !== null && d.tasks !== 'shadow' && d.tasks.includes('binary'));
  const ranking = decls.some((d) => d!.summary === 'ranking');
  const delong = decls.some((d) => d!.test === 'delong');
  const apGroup = decls.some((d) => d!.test === 'jackknife' && d!.summary === 'ranking');
  return { ranking, walk: delong || apGroup, delong, apGroup };
}

/** `num / den` that never divides by zero (engines may evaluate a CASE branch they do not take). */
export const safeDiv = (num: string, den: string): string => `(${num}) / (CASE WHEN (${den}) = 0 THEN 1 ELSE (${den}) END)`;

/** The five columns of one summaries record; rows of `from` whose value is 0 are left out (missing records are 0). */
export function recordSelect(d: Dialect, kind: string, from: string, key: string, value: string, where: string | null = null): string {
  const cond = [`(${value}) <> 0`, ...(where ? [where] : [])].join(' AND ');
  return (
    `SELECT ${d.text('seg')} AS ${d.ident('segment')}, ${d.text(d.str(kind))} AS ${d.ident('kind')}, ${d.text(key)} AS ${d.ident('key')}, ` +
    `${d.double(value)} AS ${d.ident('value')}, ${d.text('NULL')} AS ${d.ident('text')} FROM ${from} WHERE ${cond}`
  );
}

/** The `array` record declaring a kind and its width per segment (declared even when every value is 0). */
export function arraySelect(d: Dialect, kind: string, width: number): string {
  return (
    `SELECT ${d.text(d.str(''))} AS ${d.ident('segment')}, ${d.text(d.str('array'))} AS ${d.ident('kind')}, ${d.text(d.str(kind))} AS ${d.ident('key')}, ` +
    `${d.double(String(width))} AS ${d.ident('value')}, ${d.text('NULL')} AS ${d.ident('text')}`
  );
}

/** The running sum of `col` down the scores (highest first), the current level included. */
export const runningSum = (col: string, by: string): string => `SUM(${col}) OVER (PARTITION BY ${by} ORDER BY score DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)`;
/** `col` of the level just above (0 at the top): with runningSum, the sum over strictly higher scores (a frame ending at 1 PRECEDING, as LAG so every parser takes it). */
export const previous = (col: string, by: string): string => `COALESCE(LAG(${col}) OVER (PARTITION BY ${by} ORDER BY score DESC), 0)`;

/** The positive and negative weight of a row. */
export const POS_W = 'CASE WHEN y = 1 THEN w ELSE 0 END';
export const NEG_W = 'CASE WHEN y = 1 THEN 0 ELSE w END';

/**
 * The score levels every ranking kind walks:
 *   rank_rows   each row once per model (mdl 0 baseline, 1 candidate) with that model's score
 *   rank_lg     per (segment, model, score, group): positive and negative weight
 *   rank_run    per (segment, model, score): the level's weights (lvp, lvn) and the running sums (cp, cn)
 *   rank_cum    the level's weights and those of the levels above it (pa, na: strictly higher scores)
 *   rank_tot    per (segment, model): ROC trapezoid sum, AP step sum, positive and negative weight
 */
export function levelCtes(): SqlPart['ctes'] {
  const tp = '(pa + lvp)';
  const fp = '(na + lvn)';
  return [
    {
      name: 'rank_rows',
      sql: 'SELECT seg, id, grp, y, w, 0 AS mdl, sb AS score FROM gate_rows UNION ALL SELECT seg, id, grp, y, w, 1 AS mdl, sc AS score FROM gate_rows',
    },
    {
      name: 'rank_lg',
      sql: `SELECT seg, mdl, score, grp, SUM(${POS_W}) AS gp, SUM(${NEG_W}) AS gn FROM rank_rows GROUP BY seg, mdl, score, grp`,
    },
    {
      name: 'rank_lv',
      // The level's weights as sums of its groups' (so a level of one group leaves exactly 0 without it).
      sql: 'SELECT seg, mdl, score, SUM(gp) AS lvp, SUM(gn) AS lvn FROM rank_lg GROUP BY seg, mdl, score',
    },
    {
      name: 'rank_run',
      sql: `SELECT seg, mdl, score, lvp, lvn, ${runningSum('lvp', 'seg, mdl')} AS cp, ${runningSum('lvn', 'seg, mdl')} AS cn FROM rank_lv`,
    },
    {
      name: 'rank_cum',
      sql: `SELECT seg, mdl, score, lvp, lvn, ${previous('cp', 'seg, mdl')} AS pa, ${previous('cn', 'seg, mdl')} AS na FROM rank_run`,
    },
    {
      name: 'rank_tot',
      // rocTrapezoid(pa, na, tp, fp) and apStep(pa, tp, fp) of each level, as metrics/auc.ts and averagePrecision.ts.
      sql:
        `SELECT seg, mdl, SUM((${fp} - na) * (${tp} + pa) / 2) AS area, ` +
        `SUM(CASE WHEN ${tp} - pa > 0 THEN ${safeDiv(`(${tp} - pa) * ${tp}`, `${tp} + ${fp}`)} ELSE 0 END) AS ap, ` +
        'SUM(lvp) AS pos, SUM(lvn) AS neg FROM rank_cum GROUP BY seg, mdl',
    },
  ];
}

/** Per segment, the walk's class weights and rows (rank_walk). */
export function walkTotalsCte(): SqlPart['ctes'][number] {
  return {
    name: 'rank_walk',
    sql:
      `SELECT seg, SUM(${POS_W}) AS posw, SUM(${NEG_W}) AS negw, ` +
      'SUM(CASE WHEN y = 1 THEN 1 ELSE 0 END) AS posn, SUM(CASE WHEN y = 1 THEN 0 ELSE 1 END) AS negn FROM gate_rows GROUP BY seg',
  };
}

/**
 * The `ranking` records: per segment, `RANK.STRIDE` numbers per model (baseline then candidate).
 * @example rankingPart({ d: dialect('duckdb'), settings }).selects.length // 5 (the array record, then one per field)
 */
export function rankingPart(ctx: RankingContext): SqlPart {
  const { d } = ctx;
  const key = (field: number) => `mdl * ${RANK.STRIDE} + ${field}`;
  return {
    ctes: levelCtes(),
    selects: [
      arraySelect(d, 'ranking', 2 * RANK.STRIDE),
      recordSelect(d, 'ranking', 'rank_tot', key(RANK.AREA), 'area'),
      recordSelect(d, 'ranking', 'rank_tot', key(RANK.AP), 'ap'),
      recordSelect(d, 'ranking', 'rank_tot', key(RANK.POSITIVE), 'pos'),
      recordSelect(d, 'ranking', 'rank_tot', key(RANK.NEGATIVE), 'neg'),
    ],
  };
}

/**
 * The `walk` records: per segment posW, negW, posN, negN, then the AP step sums of baseline and candidate.
 */
export function walkPart(ctx: RankingContext): SqlPart {
  const { d } = ctx;
  return {
    ctes: [...levelCtes(), walkTotalsCte()],
    selects: [
      arraySelect(d, 'walk', 6),
      recordSelect(d, 'walk', 'rank_walk', d.str('0'), 'posw'),
      recordSelect(d, 'walk', 'rank_walk', d.str('1'), 'negw'),
      recordSelect(d, 'walk', 'rank_walk', d.str('2'), 'posn'),
      recordSelect(d, 'walk', 'rank_walk', d.str('3'), 'negn'),
      recordSelect(d, 'walk', 'rank_tot', 'mdl + 4', 'ap'),
    ],
  };
}

/** Parts merged: each CTE once (same name, same text), selects in order. */
export function mergeParts(parts: SqlPart[]): SqlPart {
  const ctes: SqlPart['ctes'] = [];
  const seen = new Map<string, string>();
  for (const p of parts) {
    for (const c of p.ctes) {
      const had = seen.get(c.name);
      if (had === undefined) {
        seen.set(c.name, c.sql);
        ctes.push(c);
      } else if (had !== c.sql) throw new Error(`mergeParts: two CTEs named ${c.name} differ`);
    }
  }
  return { ctes, selects: parts.flatMap((p) => p.selects) };
}
