WITH gate_rows AS (SELECT seg, id, grp, y, w, sb, sc, db, dc FROM "ds"."gate_input"),
rank_rows AS (SELECT seg, id, grp, y, w, 0 AS mdl, sb AS score FROM gate_rows UNION ALL SELECT seg, id, grp, y, w, 1 AS mdl, sc AS score FROM gate_rows),
rank_lg AS (SELECT seg, mdl, score, grp, SUM(CASE WHEN y = 1 THEN w ELSE 0 END) AS gp, SUM(CASE WHEN y = 1 THEN 0 ELSE w END) AS gn FROM rank_rows GROUP BY seg, mdl, score, grp),
rank_lv AS (SELECT seg, mdl, score, SUM(gp) AS lvp, SUM(gn) AS lvn FROM rank_lg GROUP BY seg, mdl, score),
rank_run AS (SELECT seg, mdl, score, lvp, lvn, SUM(lvp) OVER (PARTITION BY seg, mdl ORDER BY score DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cp, SUM(lvn) OVER (PARTITION BY seg, mdl ORDER BY score DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cn FROM rank_lv),
rank_cum AS (SELECT seg, mdl, score, lvp, lvn, COALESCE(LAG(cp) OVER (PARTITION BY seg, mdl ORDER BY score DESC), 0) AS pa, COALESCE(LAG(cn) OVER (PARTITION BY seg, mdl ORDER BY score DESC), 0) AS na FROM rank_run),
rank_tot AS (SELECT seg, mdl, SUM(((na + lvn) - na) * ((pa + lvp) + pa) / 2) AS area, SUM(CASE WHEN (pa + lvp) - pa > 0 THEN (((pa + lvp) - pa) * (pa + lvp)) / (CASE WHEN ((pa + lvp) + (na + lvn)) = 0 THEN 1 ELSE ((pa + lvp) + (na + lvn)) END) ELSE 0 END) AS ap, SUM(lvp) AS pos, SUM(lvn) AS neg FROM rank_cum GROUP BY seg, mdl),
rank_walk AS (SELECT seg, SUM(CASE WHEN y = 1 THEN w ELSE 0 END) AS posw, SUM(CASE WHEN y = 1 THEN 0 ELSE w END) AS negw, SUM(CASE WHEN y = 1 THEN 1 ELSE 0 END) AS posn, SUM(CASE WHEN y = 1 THEN 0 ELSE 1 END) AS negn FROM gate_rows GROUP BY seg),
rank_dl_v AS (SELECT r.seg, r.id, r.y, r.w, r.mdl, CASE WHEN r.y = 1 THEN CASE WHEN t.negw > 0 THEN (t.negw - c.na - 0.5 * c.lvn) / (CASE WHEN (t.negw) = 0 THEN 1 ELSE (t.negw) END) ELSE 0 END ELSE CASE WHEN t.posw > 0 THEN (c.pa + 0.5 * c.lvp) / (CASE WHEN (t.posw) = 0 THEN 1 ELSE (t.posw) END) ELSE 0 END END AS v FROM rank_rows r JOIN rank_cum c ON r.seg = c.seg AND r.mdl = c.mdl AND r.score = c.score JOIN rank_walk t ON r.seg = t.seg),
rank_dl_f AS (SELECT seg, id, y, w, mdl, CAST(CAST(v AS FLOAT) AS DOUBLE) AS fv FROM rank_dl_v),
rank_dl_pair AS (SELECT seg, id, y, w, MAX(CASE WHEN mdl = 1 THEN fv END) - MAX(CASE WHEN mdl = 0 THEN fv END) AS dv FROM rank_dl_f GROUP BY seg, id, y, w),
rank_dl_shift AS (SELECT seg, CASE WHEN MAX(CASE WHEN mdl = 0 THEN pos END) > 0 AND MAX(CASE WHEN mdl = 0 THEN neg END) > 0 THEN MAX(CASE WHEN mdl = 1 THEN (area) / (CASE WHEN (pos * neg) = 0 THEN 1 ELSE (pos * neg) END) END) - MAX(CASE WHEN mdl = 0 THEN (area) / (CASE WHEN (pos * neg) = 0 THEN 1 ELSE (pos * neg) END) END) ELSE 0 END AS dshift FROM rank_tot GROUP BY seg),
rank_dl_sum AS (SELECT p.seg AS seg, SUM(CASE WHEN p.y = 1 THEN p.w * p.dv ELSE 0 END) AS p_wd, SUM(CASE WHEN p.y = 1 THEN p.w * p.w ELSE 0 END) AS p_w2, SUM(CASE WHEN p.y = 1 THEN p.w * p.w * (p.dv - s.dshift) ELSE 0 END) AS p_w2d, SUM(CASE WHEN p.y = 1 THEN p.w * p.w * (p.dv - s.dshift) * (p.dv - s.dshift) ELSE 0 END) AS p_w2d2, SUM(CASE WHEN p.y <> 1 THEN p.w * p.dv ELSE 0 END) AS n_wd, SUM(CASE WHEN p.y <> 1 THEN p.w * p.w ELSE 0 END) AS n_w2, SUM(CASE WHEN p.y <> 1 THEN p.w * p.w * (p.dv - s.dshift) ELSE 0 END) AS n_w2d, SUM(CASE WHEN p.y <> 1 THEN p.w * p.w * (p.dv - s.dshift) * (p.dv - s.dshift) ELSE 0 END) AS n_w2d2, MAX(s.dshift) AS dshift FROM rank_dl_pair p JOIN rank_dl_shift s ON p.seg = s.seg GROUP BY p.seg),
rank_groups AS (SELECT 0 AS grp UNION ALL SELECT 1 AS grp UNION ALL SELECT 2 AS grp UNION ALL SELECT 3 AS grp UNION ALL SELECT 4 AS grp UNION ALL SELECT 5 AS grp UNION ALL SELECT 6 AS grp UNION ALL SELECT 7 AS grp UNION ALL SELECT 8 AS grp UNION ALL SELECT 9 AS grp UNION ALL SELECT 10 AS grp UNION ALL SELECT 11 AS grp UNION ALL SELECT 12 AS grp UNION ALL SELECT 13 AS grp UNION ALL SELECT 14 AS grp UNION ALL SELECT 15 AS grp UNION ALL SELECT 16 AS grp UNION ALL SELECT 17 AS grp UNION ALL SELECT 18 AS grp UNION ALL SELECT 19 AS grp UNION ALL SELECT 20 AS grp UNION ALL SELECT 21 AS grp UNION ALL SELECT 22 AS grp UNION ALL SELECT 23 AS grp UNION ALL SELECT 24 AS grp UNION ALL SELECT 25 AS grp UNION ALL SELECT 26 AS grp UNION ALL SELECT 27 AS grp UNION ALL SELECT 28 AS grp UNION ALL SELECT 29 AS grp UNION ALL SELECT 30 AS grp UNION ALL SELECT 31 AS grp UNION ALL SELECT 32 AS grp UNION ALL SELECT 33 AS grp UNION ALL SELECT 34 AS grp UNION ALL SELECT 35 AS grp UNION ALL SELECT 36 AS grp UNION ALL SELECT 37 AS grp UNION ALL SELECT 38 AS grp UNION ALL SELECT 39 AS grp UNION ALL SELECT 40 AS grp UNION ALL SELECT 41 AS grp UNION ALL SELECT 42 AS grp UNION ALL SELECT 43 AS grp UNION ALL SELECT 44 AS grp UNION ALL SELECT 45 AS grp UNION ALL SELECT 46 AS grp UNION ALL SELECT 47 AS grp UNION ALL SELECT 48 AS grp UNION ALL SELECT 49 AS grp),
rank_grid AS (SELECT c.seg, c.mdl, c.score, k.grp FROM rank_cum c CROSS JOIN rank_groups k WHERE c.lvp > 0),
rank_gfull AS (SELECT COALESCE(a.seg, b.seg) AS seg, COALESCE(a.mdl, b.mdl) AS mdl, COALESCE(a.score, b.score) AS score, COALESCE(a.grp, b.grp) AS grp, COALESCE(b.gp, 0) AS gp, COALESCE(b.gn, 0) AS gn FROM rank_grid a FULL OUTER JOIN rank_lg b ON a.seg = b.seg AND a.mdl = b.mdl AND a.score = b.score AND a.grp = b.grp),
rank_grun AS (SELECT seg, mdl, score, grp, gp, gn, SUM(gp) OVER (PARTITION BY seg, mdl, grp ORDER BY score DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS gcp, SUM(gn) OVER (PARTITION BY seg, mdl, grp ORDER BY score DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS gcn FROM rank_gfull),
rank_gcum AS (SELECT seg, mdl, score, grp, gp, gn, COALESCE(LAG(gcp) OVER (PARTITION BY seg, mdl, grp ORDER BY score DESC), 0) AS gpa, COALESCE(LAG(gcn) OVER (PARTITION BY seg, mdl, grp ORDER BY score DESC), 0) AS gna FROM rank_grun),
rank_apg AS (SELECT g.seg AS seg, g.mdl AS mdl, g.grp AS grp, SUM(CASE WHEN (c.lvp - g.gp) > 0 THEN ((c.lvp - g.gp) * ((c.pa + c.lvp) - g.gpa - g.gp)) / (CASE WHEN (((c.pa + c.lvp) - g.gpa - g.gp) + ((c.na + c.lvn) - g.gna - g.gn)) = 0 THEN 1 ELSE (((c.pa + c.lvp) - g.gpa - g.gp) + ((c.na + c.lvn) - g.gna - g.gn)) END) ELSE 0 END) AS apw FROM rank_gcum g JOIN rank_cum c ON g.seg = c.seg AND g.mdl = c.mdl AND g.score = c.score WHERE c.lvp > 0 GROUP BY g.seg, g.mdl, g.grp),
rank_gw AS (SELECT seg, grp, SUM(CASE WHEN y = 1 THEN w ELSE 0 END) AS gpw, SUM(CASE WHEN y = 1 THEN 0 ELSE w END) AS gnw FROM gate_rows GROUP BY seg, grp)
SELECT "segment", "kind", "key", "value", "text" FROM (SELECT CAST('' AS VARCHAR) AS "segment", CAST('array' AS VARCHAR) AS "kind", CAST('ranking' AS VARCHAR) AS "key", CAST(8 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text"
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('ranking' AS VARCHAR) AS "kind", CAST(mdl * 4 + 0 AS VARCHAR) AS "key", CAST(area AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM rank_tot WHERE (area) <> 0
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('ranking' AS VARCHAR) AS "kind", CAST(mdl * 4 + 1 AS VARCHAR) AS "key", CAST(ap AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM rank_tot WHERE (ap) <> 0
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('ranking' AS VARCHAR) AS "kind", CAST(mdl * 4 + 2 AS VARCHAR) AS "key", CAST(pos AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM rank_tot WHERE (pos) <> 0
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('ranking' AS VARCHAR) AS "kind", CAST(mdl * 4 + 3 AS VARCHAR) AS "key", CAST(neg AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM rank_tot WHERE (neg) <> 0
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('array' AS VARCHAR) AS "kind", CAST('walk' AS VARCHAR) AS "key", CAST(6 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text"
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('walk' AS VARCHAR) AS "kind", CAST('0' AS VARCHAR) AS "key", CAST(posw AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM rank_walk WHERE (posw) <> 0
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('walk' AS VARCHAR) AS "kind", CAST('1' AS VARCHAR) AS "key", CAST(negw AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM rank_walk WHERE (negw) <> 0
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('walk' AS VARCHAR) AS "kind", CAST('2' AS VARCHAR) AS "key", CAST(posn AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM rank_walk WHERE (posn) <> 0
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('walk' AS VARCHAR) AS "kind", CAST('3' AS VARCHAR) AS "key", CAST(negn AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM rank_walk WHERE (negn) <> 0
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('walk' AS VARCHAR) AS "kind", CAST(mdl + 4 AS VARCHAR) AS "key", CAST(ap AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM rank_tot WHERE (ap) <> 0
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('array' AS VARCHAR) AS "kind", CAST('delong' AS VARCHAR) AS "key", CAST(9 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text"
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('delong' AS VARCHAR) AS "kind", CAST('0' AS VARCHAR) AS "key", CAST(p_wd AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM rank_dl_sum WHERE (p_wd) <> 0
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('delong' AS VARCHAR) AS "kind", CAST('1' AS VARCHAR) AS "key", CAST(p_w2 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM rank_dl_sum WHERE (p_w2) <> 0
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('delong' AS VARCHAR) AS "kind", CAST('2' AS VARCHAR) AS "key", CAST(p_w2d AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM rank_dl_sum WHERE (p_w2d) <> 0
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('delong' AS VARCHAR) AS "kind", CAST('3' AS VARCHAR) AS "key", CAST(p_w2d2 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM rank_dl_sum WHERE (p_w2d2) <> 0
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('delong' AS VARCHAR) AS "kind", CAST('4' AS VARCHAR) AS "key", CAST(n_wd AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM rank_dl_sum WHERE (n_wd) <> 0
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('delong' AS VARCHAR) AS "kind", CAST('5' AS VARCHAR) AS "key", CAST(n_w2 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM rank_dl_sum WHERE (n_w2) <> 0
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('delong' AS VARCHAR) AS "kind", CAST('6' AS VARCHAR) AS "key", CAST(n_w2d AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM rank_dl_sum WHERE (n_w2d) <> 0
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('delong' AS VARCHAR) AS "kind", CAST('7' AS VARCHAR) AS "key", CAST(n_w2d2 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM rank_dl_sum WHERE (n_w2d2) <> 0
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('delong' AS VARCHAR) AS "kind", CAST('8' AS VARCHAR) AS "key", CAST(dshift AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM rank_dl_sum WHERE (dshift) <> 0
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('array' AS VARCHAR) AS "kind", CAST('ap_group' AS VARCHAR) AS "key", CAST(200 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text"
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('ap_group' AS VARCHAR) AS "kind", CAST(4 * grp AS VARCHAR) AS "key", CAST(gpw AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM rank_gw WHERE (gpw) <> 0
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('ap_group' AS VARCHAR) AS "kind", CAST(4 * grp + 1 AS VARCHAR) AS "key", CAST(gnw AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM rank_gw WHERE (gnw) <> 0
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('ap_group' AS VARCHAR) AS "kind", CAST(4 * grp + 2 + mdl AS VARCHAR) AS "key", CAST(apw AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM rank_apg WHERE (apw) <> 0) t
