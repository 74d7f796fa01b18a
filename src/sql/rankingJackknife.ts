// rankingJackknife.ts: the `ap_group` records in SQL, pr_auc's delete-a-group jackknife
// (metrics/rankingWalk.ts): per (segment, group g) the group's positive and negative weight,
// and per model the AP step sum of the segment without g's rows:
//   sum over score levels L with positives left after removing g of
//     (P_L - p_Lg) * TP / (TP + FP),  TP = (positives at or above L) - (g's at or above L), FP likewise
// g's weight at or above every level comes from a running sum per (segment, model, group) over
// the levels holding positives (crossed with every group, so a group without rows at a level
// still gets its step) joined with the group's own levels. Record j = 4 g + (0 positive weight,
// 1 negative weight, 2 baseline, 3 candidate); the groups are 0..jackknife_groups - 1.
import { arraySelect, levelCtes, NEG_W, POS_W, previous, recordSelect, runningSum, safeDiv, type RankingContext, type SqlPart } from './rankingLevels.js';

/** The number of jackknife groups in the settings. */
export function groupsOf(settings: Record<string, unknown>): number {
  const g = Number(settings.jackknife_groups);
  if (!(Number.isInteger(g) && g > 0)) throw new Error(`ranking SQL: jackknife_groups ${String(settings.jackknife_groups)} is not a positive integer`);
  return g;
}

/** The CTEs of the leave-one-group-out step sums, ending in rank_apg (segment, model, group) and rank_gw (segment, group). */
export function apGroupCtes(ctx: RankingContext): SqlPart['ctes'] {
  const G = groupsOf(ctx.settings);
  const groups = Array.from({ length: G }, (_, g) => `SELECT ${g} AS grp`).join(' UNION ALL ');
  const by = 'seg, mdl, grp';
  // As the local walk: tp = pa + lvp, then tp - (the group's above) - (the group's at the level).
  const tpg = '((c.pa + c.lvp) - g.gpa - g.gp)';
  const fpg = '((c.na + c.lvn) - g.gna - g.gn)';
  const dtp = '(c.lvp - g.gp)';
  return [
    ...levelCtes(),
    { name: 'rank_groups', sql: groups },
    {
      name: 'rank_grid',
      sql: 'SELECT c.seg, c.mdl, c.score, k.grp FROM rank_cum c CROSS JOIN rank_groups k WHERE c.lvp > 0',
    },
    {
      name: 'rank_gfull',
      sql:
        'SELECT COALESCE(a.seg, b.seg) AS seg, COALESCE(a.mdl, b.mdl) AS mdl, COALESCE(a.score, b.score) AS score, COALESCE(a.grp, b.grp) AS grp, ' +
        'COALESCE(b.gp, 0) AS gp, COALESCE(b.gn, 0) AS gn FROM rank_grid a FULL OUTER JOIN rank_lg b ' +
        'ON a.seg = b.seg AND a.mdl = b.mdl AND a.score = b.score AND a.grp = b.grp',
    },
    {
      name: 'rank_grun',
      sql: `SELECT seg, mdl, score, grp, gp, gn, ${runningSum('gp', by)} AS gcp, ${runningSum('gn', by)} AS gcn FROM rank_gfull`,
    },
    {
      name: 'rank_gcum',
      sql: `SELECT seg, mdl, score, grp, gp, gn, ${previous('gcp', by)} AS gpa, ${previous('gcn', by)} AS gna FROM rank_grun`,
    },
    {
      name: 'rank_apg',
      sql:
        `SELECT g.seg AS seg, g.mdl AS mdl, g.grp AS grp, SUM(CASE WHEN ${dtp} > 0 THEN ${safeDiv(`${dtp} * ${tpg}`, `${tpg} + ${fpg}`)} ELSE 0 END) AS apw ` +
        'FROM rank_gcum g JOIN rank_cum c ON g.seg = c.seg AND g.mdl = c.mdl AND g.score = c.score WHERE c.lvp > 0 GROUP BY g.seg, g.mdl, g.grp',
    },
    {
      name: 'rank_gw',
      sql: `SELECT seg, grp, SUM(${POS_W}) AS gpw, SUM(${NEG_W}) AS gnw FROM gate_rows GROUP BY seg, grp`,
    },
  ];
}

/**
 * The `ap_group` records: per segment `4 x jackknife_groups` numbers.
 */
export function apGroupPart(ctx: RankingContext): SqlPart {
  const { d } = ctx;
  const G = groupsOf(ctx.settings);
  return {
    ctes: apGroupCtes(ctx),
    selects: [
      arraySelect(d, 'ap_group', 4 * G),
      recordSelect(d, 'ap_group', 'rank_gw', '4 * grp', 'gpw'),
      recordSelect(d, 'ap_group', 'rank_gw', '4 * grp + 1', 'gnw'),
      recordSelect(d, 'ap_group', 'rank_apg', '4 * grp + 2 + mdl', 'apw'),
    ],
  };
}
