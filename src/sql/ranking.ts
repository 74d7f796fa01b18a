// ranking.ts: the binary task's ranking summaries in SQL (kinds ranking, walk, delong,
// ap_group), as many as the config's metrics need, as one part whose CTEs all start with
// `rank_` and read only `gate_rows`. The kinds: rankingLevels.ts (score levels, ranking,
// walk), rankingDelong.ts (delong), rankingJackknife.ts (ap_group).
import { apGroupPart } from './rankingJackknife.js';
import { delongPart } from './rankingDelong.js';
import { mergeParts, rankingKinds, rankingPart, walkPart, type RankingContext, type SqlPart } from './rankingLevels.js';

export { apGroupPart, groupsOf } from './rankingJackknife.js';
export { delongPart, froundCtes } from './rankingDelong.js';
export { mergeParts, rankingKinds, rankingPart, walkPart, type RankingContext, type RankingKinds, type SqlPart } from './rankingLevels.js';

/**
 * Every ranking kind the settings' metrics need (none unless the task is binary), each CTE once.
 * @example rankingSummaries({ d: dialect('duckdb'), settings: summarySettings(config) }).ctes[0].name // 'rank_rows'
 */
export function rankingSummaries(ctx: RankingContext): SqlPart {
  const k = rankingKinds(ctx.settings);
  const parts: SqlPart[] = [];
  if (k.ranking) parts.push(rankingPart(ctx));
  if (k.walk) parts.push(walkPart(ctx));
  if (k.delong) parts.push(delongPart(ctx));
  if (k.apGroup) parts.push(apGroupPart(ctx));
  return mergeParts(parts);
}
