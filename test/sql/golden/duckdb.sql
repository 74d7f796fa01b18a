WITH
gate_b AS (
SELECT CAST(baseline_table."example_id" AS VARCHAR) AS id,
  CASE WHEN LOWER(TRIM(CAST(baseline_table."label" AS VARCHAR))) IN ('1', 'true', '1.0', '1.0e0') THEN CAST(1 AS DOUBLE) WHEN LOWER(TRIM(CAST(baseline_table."label" AS VARCHAR))) IN ('0', 'false', '0.0', '0.0e0') THEN CAST(0 AS DOUBLE) END AS y,
  CAST(baseline_table."score" AS DOUBLE) AS s,
  CASE WHEN CAST(baseline_table."score" AS DOUBLE) >= 4e-1 THEN CAST(1 AS DOUBLE) ELSE CAST(0 AS DOUBLE) END AS dd,
  CAST(baseline_table."weight" AS DOUBLE) AS w,
  COALESCE(NULLIF(CAST(baseline_table."region" AS VARCHAR), ''), '(missing)') AS g0,
  COALESCE(NULLIF(CAST(baseline_table."device" AS VARCHAR), ''), '(missing)') AS g1,
  CAST(baseline_table."judge" AS DOUBLE) AS x0,
  CASE WHEN CASE WHEN LOWER(TRIM(CAST(baseline_table."label" AS VARCHAR))) IN ('1', 'true', '1.0', '1.0e0') THEN CAST(1 AS DOUBLE) WHEN LOWER(TRIM(CAST(baseline_table."label" AS VARCHAR))) IN ('0', 'false', '0.0', '0.0e0') THEN CAST(0 AS DOUBLE) END IS NOT NULL THEN 0 ELSE 1 END AS fl,
  CASE WHEN CAST(baseline_table."score" AS DOUBLE) >= 0 AND CAST(baseline_table."score" AS DOUBLE) <= 1 THEN 0 ELSE 1 END AS fs,
  CASE WHEN NULLIF(CAST(baseline_table."example_id" AS VARCHAR), '') IS NOT NULL THEN 0 ELSE 1 END AS fi,
  CASE WHEN CAST(baseline_table."weight" AS DOUBLE) >= 0 AND CAST(baseline_table."weight" AS DOUBLE) <= 1.7976931348623157e+308 THEN 0 ELSE 1 END AS fw,
  CASE WHEN CAST(baseline_table."judge" AS DOUBLE) >= -1.7976931348623157e+308 AND CAST(baseline_table."judge" AS DOUBLE) <= 1.7976931348623157e+308 THEN 0 ELSE 1 END AS fx
FROM "baseline" baseline_table
),
gate_c AS (
SELECT CAST(candidate_table."example_id" AS VARCHAR) AS id,
  CASE WHEN LOWER(TRIM(CAST(candidate_table."label" AS VARCHAR))) IN ('1', 'true', '1.0', '1.0e0') THEN CAST(1 AS DOUBLE) WHEN LOWER(TRIM(CAST(candidate_table."label" AS VARCHAR))) IN ('0', 'false', '0.0', '0.0e0') THEN CAST(0 AS DOUBLE) END AS y,
  CAST(candidate_table."score" AS DOUBLE) AS s,
  CASE WHEN CAST(candidate_table."score" AS DOUBLE) >= 4e-1 THEN CAST(1 AS DOUBLE) ELSE CAST(0 AS DOUBLE) END AS dd,
  CAST(candidate_table."judge" AS DOUBLE) AS x0,
  CASE WHEN CASE WHEN LOWER(TRIM(CAST(candidate_table."label" AS VARCHAR))) IN ('1', 'true', '1.0', '1.0e0') THEN CAST(1 AS DOUBLE) WHEN LOWER(TRIM(CAST(candidate_table."label" AS VARCHAR))) IN ('0', 'false', '0.0', '0.0e0') THEN CAST(0 AS DOUBLE) END IS NOT NULL THEN 0 ELSE 1 END AS fl,
  CASE WHEN CAST(candidate_table."score" AS DOUBLE) >= 0 AND CAST(candidate_table."score" AS DOUBLE) <= 1 THEN 0 ELSE 1 END AS fs,
  CASE WHEN NULLIF(CAST(candidate_table."example_id" AS VARCHAR), '') IS NOT NULL THEN 0 ELSE 1 END AS fi,
  CASE WHEN CAST(candidate_table."judge" AS DOUBLE) >= -1.7976931348623157e+308 AND CAST(candidate_table."judge" AS DOUBLE) <= 1.7976931348623157e+308 THEN 0 ELSE 1 END AS fx
FROM "candidate" candidate_table
),
gate_joined AS (
SELECT b.id AS id, b.y AS y, c.y AS yc, b.w AS w, b.s AS sb, c.s AS sc, b.dd AS db, c.dd AS dc, b.g0 AS g0, b.g1 AS g1, b.x0 AS xb0, c.x0 AS xc0
FROM gate_b b JOIN gate_c c ON b.id = c.id
),
gate_pairs AS MATERIALIZED (
SELECT j.id AS id, (CAST(('0x' || SUBSTR(MD5(('7:' || j.id)), 1, 8)) AS UBIGINT) % 50) AS grp, j.y AS y, j.w AS w, j.sb AS sb, j.sc AS sc, j.db AS db, j.dc AS dc, CAST(LEAST(GREATEST(FLOOR(j.sb * 10), 0), 9) AS BIGINT) AS ebb, CAST(LEAST(GREATEST(FLOOR(j.sc * 10), 0), 9) AS BIGINT) AS ebc, j.g0 AS g0, j.g1 AS g1, j.xb0 AS xb0, j.xc0 AS xc0
FROM gate_joined j
),
gate_rows AS (
SELECT 'overall' AS seg, p.* FROM gate_pairs p
UNION ALL
SELECT ('region=' || g0) AS seg, p.* FROM gate_pairs p
UNION ALL
SELECT ('device=' || g1) AS seg, p.* FROM gate_pairs p
UNION ALL
SELECT ('region=' || g0 || '&device=' || g1) AS seg, p.* FROM gate_pairs p
),
gate_segs AS (
SELECT 'overall' AS seg, '[]' AS segkeys
UNION ALL
SELECT ('region=' || g0) AS seg, ('[["region",' || ('"' || REPLACE(REPLACE(g0, chr(92), (chr(92) || chr(92))), '"', (chr(92) || '"')) || '"') || ']]') AS segkeys FROM gate_pairs GROUP BY g0
UNION ALL
SELECT ('device=' || g1) AS seg, ('[["device",' || ('"' || REPLACE(REPLACE(g1, chr(92), (chr(92) || chr(92))), '"', (chr(92) || '"')) || '"') || ']]') AS segkeys FROM gate_pairs GROUP BY g1
UNION ALL
SELECT ('region=' || g0 || '&device=' || g1) AS seg, ('[["region",' || ('"' || REPLACE(REPLACE(g0, chr(92), (chr(92) || chr(92))), '"', (chr(92) || '"')) || '"') || '],["device",' || ('"' || REPLACE(REPLACE(g1, chr(92), (chr(92) || chr(92))), '"', (chr(92) || '"')) || '"') || ']]') AS segkeys FROM gate_pairs GROUP BY g0, g1
),
gate_wtot AS (
SELECT SUM(CASE WHEN tw >= 1e-150 AND tw <= 1e+150 THEN 0 ELSE 1 END) AS bad
FROM (
SELECT SUM(w) AS tw FROM gate_pairs
UNION ALL
SELECT SUM(w) AS tw FROM gate_pairs GROUP BY g0
UNION ALL
SELECT SUM(w) AS tw FROM gate_pairs GROUP BY g1
) t
),
meta_counts AS (
SELECT cb.n AS n0, cc.n AS n1, cj.n AS n2, cb.n - cj.n AS n3, cc.n - cj.n AS n4, COALESCE(cb.fib, 0) + COALESCE(cc.fic, 0) AS n5, COALESCE(cb.flb, 0) + COALESCE(cc.flc, 0) AS n6, COALESCE(cb.fsb, 0) + COALESCE(cc.fsc, 0) AS n7, COALESCE(cb.fwb, 0) AS n8, COALESCE(cb.fxb, 0) + COALESCE(cc.fxc, 0) AS n9, (cb.nid - cb.nd) + (cc.nid - cc.nd) AS n10, cj.dis AS n11, COALESCE(cw.bad, 0) AS n12
FROM (SELECT COUNT(*) AS n, COUNT(id) AS nid, COUNT(DISTINCT id) AS nd, SUM(fi) AS fib, SUM(fl) AS flb, SUM(fs) AS fsb, SUM(fw) AS fwb, SUM(fx) AS fxb FROM gate_b) cb
CROSS JOIN (SELECT COUNT(*) AS n, COUNT(id) AS nid, COUNT(DISTINCT id) AS nd, SUM(fi) AS fic, SUM(fl) AS flc, SUM(fs) AS fsc, SUM(fx) AS fxc FROM gate_c) cc
CROSS JOIN (SELECT COUNT(*) AS n, SUM(CASE WHEN y <> yc THEN 1 ELSE 0 END) AS dis FROM gate_joined) cj
CROSS JOIN gate_wtot cw
),
meta_only_baseline AS (
SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS r
FROM (SELECT DISTINCT x.id AS id FROM gate_b x LEFT JOIN gate_c y ON x.id = y.id WHERE y.id IS NULL AND x.id IS NOT NULL) o
),
meta_only_candidate AS (
SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS r
FROM (SELECT DISTINCT x.id AS id FROM gate_c x LEFT JOIN gate_b y ON x.id = y.id WHERE y.id IS NULL AND x.id IS NOT NULL) o
),
rows_sums AS (
SELECT seg, COUNT(*) AS c0, SUM(w) AS c1, SUM(y) AS c2 FROM gate_rows GROUP BY seg
),
bin_sums AS (
SELECT seg, COUNT(*) AS c0,
  SUM(w) AS c1,
  SUM(y) AS c2,
  SUM(CASE WHEN y = 0 AND db = 0 THEN w ELSE 0 END) AS c3,
  SUM(CASE WHEN y = 0 AND db = 1 THEN w ELSE 0 END) AS c4,
  SUM(CASE WHEN y = 1 AND db = 0 THEN w ELSE 0 END) AS c5,
  SUM(CASE WHEN y = 1 AND db = 1 THEN w ELSE 0 END) AS c6,
  SUM(w * -LN(LEAST(GREATEST(CASE WHEN y = 1 THEN sb ELSE 1 - sb END, 2.220446049250313e-16), 9.999999999999998e-1))) AS c7,
  SUM(w * ((y - sb) * (y - sb))) AS c8,
  SUM(CASE WHEN ebb = 0 THEN w * (y - sb) ELSE 0 END) AS c9,
  SUM(CASE WHEN ebb = 1 THEN w * (y - sb) ELSE 0 END) AS c10,
  SUM(CASE WHEN ebb = 2 THEN w * (y - sb) ELSE 0 END) AS c11,
  SUM(CASE WHEN ebb = 3 THEN w * (y - sb) ELSE 0 END) AS c12,
  SUM(CASE WHEN ebb = 4 THEN w * (y - sb) ELSE 0 END) AS c13,
  SUM(CASE WHEN ebb = 5 THEN w * (y - sb) ELSE 0 END) AS c14,
  SUM(CASE WHEN ebb = 6 THEN w * (y - sb) ELSE 0 END) AS c15,
  SUM(CASE WHEN ebb = 7 THEN w * (y - sb) ELSE 0 END) AS c16,
  SUM(CASE WHEN ebb = 8 THEN w * (y - sb) ELSE 0 END) AS c17,
  SUM(CASE WHEN ebb = 9 THEN w * (y - sb) ELSE 0 END) AS c18,
  SUM(CASE WHEN y = 0 AND dc = 0 THEN w ELSE 0 END) AS c19,
  SUM(CASE WHEN y = 0 AND dc = 1 THEN w ELSE 0 END) AS c20,
  SUM(CASE WHEN y = 1 AND dc = 0 THEN w ELSE 0 END) AS c21,
  SUM(CASE WHEN y = 1 AND dc = 1 THEN w ELSE 0 END) AS c22,
  SUM(w * -LN(LEAST(GREATEST(CASE WHEN y = 1 THEN sc ELSE 1 - sc END, 2.220446049250313e-16), 9.999999999999998e-1))) AS c23,
  SUM(w * ((y - sc) * (y - sc))) AS c24,
  SUM(CASE WHEN ebc = 0 THEN w * (y - sc) ELSE 0 END) AS c25,
  SUM(CASE WHEN ebc = 1 THEN w * (y - sc) ELSE 0 END) AS c26,
  SUM(CASE WHEN ebc = 2 THEN w * (y - sc) ELSE 0 END) AS c27,
  SUM(CASE WHEN ebc = 3 THEN w * (y - sc) ELSE 0 END) AS c28,
  SUM(CASE WHEN ebc = 4 THEN w * (y - sc) ELSE 0 END) AS c29,
  SUM(CASE WHEN ebc = 5 THEN w * (y - sc) ELSE 0 END) AS c30,
  SUM(CASE WHEN ebc = 6 THEN w * (y - sc) ELSE 0 END) AS c31,
  SUM(CASE WHEN ebc = 7 THEN w * (y - sc) ELSE 0 END) AS c32,
  SUM(CASE WHEN ebc = 8 THEN w * (y - sc) ELSE 0 END) AS c33,
  SUM(CASE WHEN ebc = 9 THEN w * (y - sc) ELSE 0 END) AS c34
FROM gate_rows GROUP BY seg
),
dec_cells AS (
SELECT seg, y, db, dc, COUNT(*) AS n, SUM(w) AS sw FROM gate_rows GROUP BY seg, y, db, dc
),
eceg_sums AS (
SELECT seg, grp, SUM(w) AS c0,
  SUM(CASE WHEN ebb = 0 THEN w * (y - sb) ELSE 0 END) AS c1,
  SUM(CASE WHEN ebb = 1 THEN w * (y - sb) ELSE 0 END) AS c2,
  SUM(CASE WHEN ebb = 2 THEN w * (y - sb) ELSE 0 END) AS c3,
  SUM(CASE WHEN ebb = 3 THEN w * (y - sb) ELSE 0 END) AS c4,
  SUM(CASE WHEN ebb = 4 THEN w * (y - sb) ELSE 0 END) AS c5,
  SUM(CASE WHEN ebb = 5 THEN w * (y - sb) ELSE 0 END) AS c6,
  SUM(CASE WHEN ebb = 6 THEN w * (y - sb) ELSE 0 END) AS c7,
  SUM(CASE WHEN ebb = 7 THEN w * (y - sb) ELSE 0 END) AS c8,
  SUM(CASE WHEN ebb = 8 THEN w * (y - sb) ELSE 0 END) AS c9,
  SUM(CASE WHEN ebb = 9 THEN w * (y - sb) ELSE 0 END) AS c10,
  SUM(CASE WHEN ebc = 0 THEN w * (y - sc) ELSE 0 END) AS c11,
  SUM(CASE WHEN ebc = 1 THEN w * (y - sc) ELSE 0 END) AS c12,
  SUM(CASE WHEN ebc = 2 THEN w * (y - sc) ELSE 0 END) AS c13,
  SUM(CASE WHEN ebc = 3 THEN w * (y - sc) ELSE 0 END) AS c14,
  SUM(CASE WHEN ebc = 4 THEN w * (y - sc) ELSE 0 END) AS c15,
  SUM(CASE WHEN ebc = 5 THEN w * (y - sc) ELSE 0 END) AS c16,
  SUM(CASE WHEN ebc = 6 THEN w * (y - sc) ELSE 0 END) AS c17,
  SUM(CASE WHEN ebc = 7 THEN w * (y - sc) ELSE 0 END) AS c18,
  SUM(CASE WHEN ebc = 8 THEN w * (y - sc) ELSE 0 END) AS c19,
  SUM(CASE WHEN ebc = 9 THEN w * (y - sc) ELSE 0 END) AS c20
FROM gate_rows GROUP BY seg, grp
),
mom3_terms AS (
SELECT seg, w, -LN(LEAST(GREATEST(CASE WHEN y = 1 THEN sb ELSE 1 - sb END, 2.220446049250313e-16), 9.999999999999998e-1)) AS tb, -LN(LEAST(GREATEST(CASE WHEN y = 1 THEN sc ELSE 1 - sc END, 2.220446049250313e-16), 9.999999999999998e-1)) AS tc FROM gate_rows
),
mom3_mu AS (
SELECT seg, COUNT(*) AS n, SUM(w * tb) / NULLIF(SUM(w), 0) AS mub, SUM(w * tc) / NULLIF(SUM(w), 0) AS muc,
  CASE WHEN SUM(w) > 0 THEN 1 / SUM(w) ELSE 0 END AS inv
FROM mom3_terms GROUP BY seg
),
mom3_sums AS (
SELECT r.seg AS seg, m.mub AS c0, m.muc AS c1, m.n AS c2,
  SUM((r.w * (r.tb - m.mub) * m.inv) * (r.w * (r.tb - m.mub) * m.inv)) AS c3, SUM((r.w * (r.tc - m.muc) * m.inv) * (r.w * (r.tc - m.muc) * m.inv)) AS c4, SUM((r.w * (r.tb - m.mub) * m.inv) * (r.w * (r.tc - m.muc) * m.inv)) AS c5
FROM mom3_terms r JOIN mom3_mu m ON r.seg = m.seg
GROUP BY r.seg, m.mub, m.muc, m.n
),
mom4_terms AS (
SELECT seg, w, (y - sb) * (y - sb) AS tb, (y - sc) * (y - sc) AS tc FROM gate_rows
),
mom4_mu AS (
SELECT seg, COUNT(*) AS n, SUM(w * tb) / NULLIF(SUM(w), 0) AS mub, SUM(w * tc) / NULLIF(SUM(w), 0) AS muc,
  CASE WHEN SUM(w) > 0 THEN 1 / SUM(w) ELSE 0 END AS inv
FROM mom4_terms GROUP BY seg
),
mom4_sums AS (
SELECT r.seg AS seg, m.mub AS c0, m.muc AS c1, m.n AS c2,
  SUM((r.w * (r.tb - m.mub) * m.inv) * (r.w * (r.tb - m.mub) * m.inv)) AS c3, SUM((r.w * (r.tc - m.muc) * m.inv) * (r.w * (r.tc - m.muc) * m.inv)) AS c4, SUM((r.w * (r.tb - m.mub) * m.inv) * (r.w * (r.tc - m.muc) * m.inv)) AS c5
FROM mom4_terms r JOIN mom4_mu m ON r.seg = m.seg
GROUP BY r.seg, m.mub, m.muc, m.n
),
mom5_terms AS (
SELECT seg, w, xb0 AS tb, xc0 AS tc FROM gate_rows
),
mom5_mu AS (
SELECT seg, COUNT(*) AS n, SUM(w * tb) / NULLIF(SUM(w), 0) AS mub, SUM(w * tc) / NULLIF(SUM(w), 0) AS muc,
  CASE WHEN SUM(w) > 0 THEN 1 / SUM(w) ELSE 0 END AS inv
FROM mom5_terms GROUP BY seg
),
mom5_sums AS (
SELECT r.seg AS seg, m.mub AS c0, m.muc AS c1, m.n AS c2,
  SUM((r.w * (r.tb - m.mub) * m.inv) * (r.w * (r.tb - m.mub) * m.inv)) AS c3, SUM((r.w * (r.tc - m.muc) * m.inv) * (r.w * (r.tc - m.muc) * m.inv)) AS c4, SUM((r.w * (r.tb - m.mub) * m.inv) * (r.w * (r.tc - m.muc) * m.inv)) AS c5
FROM mom5_terms r JOIN mom5_mu m ON r.seg = m.seg
GROUP BY r.seg, m.mub, m.muc, m.n
),
col0_sums AS (
SELECT seg, SUM(w * xb0) AS c0, SUM(w) AS c1, SUM(w * xc0) AS c2, SUM(w) AS c3
FROM gate_rows GROUP BY seg
),
dist_idx AS (
SELECT 0 AS j UNION ALL SELECT 1 AS j UNION ALL SELECT 2 AS j UNION ALL SELECT 3 AS j UNION ALL SELECT 4 AS j UNION ALL SELECT 5 AS j UNION ALL SELECT 6 AS j UNION ALL SELECT 7 AS j UNION ALL SELECT 8 AS j UNION ALL SELECT 9 AS j UNION ALL SELECT 10 AS j UNION ALL SELECT 11 AS j UNION ALL SELECT 12 AS j UNION ALL SELECT 13 AS j UNION ALL SELECT 14 AS j UNION ALL SELECT 15 AS j UNION ALL SELECT 16 AS j UNION ALL SELECT 17 AS j UNION ALL SELECT 18 AS j UNION ALL SELECT 19 AS j UNION ALL SELECT 20 AS j
),
dist_range AS (
SELECT CAST(0 AS DOUBLE) AS lo, CAST(1 AS DOUBLE) AS hi
),
dist_b AS (
SELECT CAST(LEAST(GREATEST(FLOOR(((p.sb - r.lo) * 20) / (r.hi - r.lo)), 0), 19) AS BIGINT) AS bin, COUNT(*) AS n FROM gate_pairs p CROSS JOIN dist_range r GROUP BY CAST(LEAST(GREATEST(FLOOR(((p.sb - r.lo) * 20) / (r.hi - r.lo)), 0), 19) AS BIGINT)
),
dist_c AS (
SELECT CAST(LEAST(GREATEST(FLOOR(((p.sc - r.lo) * 20) / (r.hi - r.lo)), 0), 19) AS BIGINT) AS bin, COUNT(*) AS n FROM gate_pairs p CROSS JOIN dist_range r GROUP BY CAST(LEAST(GREATEST(FLOOR(((p.sc - r.lo) * 20) / (r.hi - r.lo)), 0), 19) AS BIGINT)
)
SELECT u."segment", u."kind", u."key", u."value", u."text"
FROM (
SELECT CAST('' AS VARCHAR) AS "segment", CAST('header' AS VARCHAR) AS "kind", CAST('model-release-gate/summaries@1' AS VARCHAR) AS "key", CAST(NULL AS DOUBLE) AS "value", CAST('{"fingerprint":"f95f9b7c8864fe54e2f745abd883c29c","settings":{"task":"binary","threshold":0.4,"columns":{"id":"example_id","label":"label","score":"score","prediction":"prediction","weight":"weight"},"segments":["region","device"],"cross":[["region","device"]],"metrics":{"recall":null,"precision":null,"ece":null,"log_loss":null,"brier":null,"mean[judge]":null},"seed":7,"jackknife_groups":50,"score_bins":10,"distribution_bins":20}}' AS VARCHAR) AS "text"
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('count' AS VARCHAR) AS "kind", CAST('baseline_rows' AS VARCHAR) AS "key", CAST(COALESCE(n0, 0) AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM meta_counts
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('count' AS VARCHAR) AS "kind", CAST('candidate_rows' AS VARCHAR) AS "key", CAST(COALESCE(n1, 0) AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM meta_counts
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('count' AS VARCHAR) AS "kind", CAST('matched' AS VARCHAR) AS "key", CAST(COALESCE(n2, 0) AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM meta_counts
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('count' AS VARCHAR) AS "kind", CAST('only_baseline' AS VARCHAR) AS "key", CAST(COALESCE(n3, 0) AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM meta_counts
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('count' AS VARCHAR) AS "kind", CAST('only_candidate' AS VARCHAR) AS "key", CAST(COALESCE(n4, 0) AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM meta_counts
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('count' AS VARCHAR) AS "kind", CAST('invalid:id' AS VARCHAR) AS "key", CAST(COALESCE(n5, 0) AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM meta_counts
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('count' AS VARCHAR) AS "kind", CAST('invalid:label' AS VARCHAR) AS "key", CAST(COALESCE(n6, 0) AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM meta_counts
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('count' AS VARCHAR) AS "kind", CAST('invalid:score' AS VARCHAR) AS "key", CAST(COALESCE(n7, 0) AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM meta_counts
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('count' AS VARCHAR) AS "kind", CAST('invalid:weight' AS VARCHAR) AS "key", CAST(COALESCE(n8, 0) AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM meta_counts
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('count' AS VARCHAR) AS "kind", CAST('invalid:mean_column' AS VARCHAR) AS "key", CAST(COALESCE(n9, 0) AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM meta_counts
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('count' AS VARCHAR) AS "kind", CAST('invalid:duplicate_id' AS VARCHAR) AS "key", CAST(COALESCE(n10, 0) AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM meta_counts
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('count' AS VARCHAR) AS "kind", CAST('invalid:label_disagrees' AS VARCHAR) AS "key", CAST(COALESCE(n11, 0) AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM meta_counts
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('count' AS VARCHAR) AS "kind", CAST('invalid:weight_total' AS VARCHAR) AS "key", CAST(COALESCE(n12, 0) AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM meta_counts
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('only_id' AS VARCHAR) AS "kind", CAST('baseline' AS VARCHAR) AS "key", CAST(NULL AS DOUBLE) AS "value", CAST(id AS VARCHAR) AS "text" FROM meta_only_baseline WHERE r <= 5
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('only_id' AS VARCHAR) AS "kind", CAST('candidate' AS VARCHAR) AS "key", CAST(NULL AS DOUBLE) AS "value", CAST(id AS VARCHAR) AS "text" FROM meta_only_candidate WHERE r <= 5
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('segment' AS VARCHAR) AS "kind", CAST('' AS VARCHAR) AS "key", CAST(NULL AS DOUBLE) AS "value", CAST(segkeys AS VARCHAR) AS "text" FROM gate_segs
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('array' AS VARCHAR) AS "kind", CAST('rows' AS VARCHAR) AS "key", CAST(3 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text"
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('rows' AS VARCHAR) AS "kind", CAST('0' AS VARCHAR) AS "key", CAST(c0 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM rows_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('rows' AS VARCHAR) AS "kind", CAST('1' AS VARCHAR) AS "key", CAST(c1 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM rows_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('rows' AS VARCHAR) AS "kind", CAST('2' AS VARCHAR) AS "key", CAST(c2 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM rows_sums
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('array' AS VARCHAR) AS "kind", CAST('binary' AS VARCHAR) AS "key", CAST(35 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text"
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('0' AS VARCHAR) AS "key", CAST(c0 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('1' AS VARCHAR) AS "key", CAST(c1 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('2' AS VARCHAR) AS "key", CAST(c2 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('3' AS VARCHAR) AS "key", CAST(c3 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('4' AS VARCHAR) AS "key", CAST(c4 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('5' AS VARCHAR) AS "key", CAST(c5 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('6' AS VARCHAR) AS "key", CAST(c6 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('7' AS VARCHAR) AS "key", CAST(c7 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('8' AS VARCHAR) AS "key", CAST(c8 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('9' AS VARCHAR) AS "key", CAST(c9 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('10' AS VARCHAR) AS "key", CAST(c10 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('11' AS VARCHAR) AS "key", CAST(c11 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('12' AS VARCHAR) AS "key", CAST(c12 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('13' AS VARCHAR) AS "key", CAST(c13 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('14' AS VARCHAR) AS "key", CAST(c14 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('15' AS VARCHAR) AS "key", CAST(c15 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('16' AS VARCHAR) AS "key", CAST(c16 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('17' AS VARCHAR) AS "key", CAST(c17 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('18' AS VARCHAR) AS "key", CAST(c18 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('19' AS VARCHAR) AS "key", CAST(c19 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('20' AS VARCHAR) AS "key", CAST(c20 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('21' AS VARCHAR) AS "key", CAST(c21 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('22' AS VARCHAR) AS "key", CAST(c22 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('23' AS VARCHAR) AS "key", CAST(c23 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('24' AS VARCHAR) AS "key", CAST(c24 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('25' AS VARCHAR) AS "key", CAST(c25 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('26' AS VARCHAR) AS "key", CAST(c26 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('27' AS VARCHAR) AS "key", CAST(c27 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('28' AS VARCHAR) AS "key", CAST(c28 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('29' AS VARCHAR) AS "key", CAST(c29 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('30' AS VARCHAR) AS "key", CAST(c30 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('31' AS VARCHAR) AS "key", CAST(c31 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('32' AS VARCHAR) AS "key", CAST(c32 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('33' AS VARCHAR) AS "key", CAST(c33 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('binary' AS VARCHAR) AS "kind", CAST('34' AS VARCHAR) AS "key", CAST(c34 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM bin_sums
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('array' AS VARCHAR) AS "kind", CAST('joint' AS VARCHAR) AS "key", CAST(2 * 2 * 2 * 2 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text"
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('joint' AS VARCHAR) AS "kind", CAST(CAST(CAST((y * 2 + db) * 2 + dc AS BIGINT) AS VARCHAR) AS VARCHAR) AS "key", CAST(n AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM dec_cells
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('joint' AS VARCHAR) AS "kind", CAST(CAST(CAST(2 * 2 * 2 + (y * 2 + db) * 2 + dc AS BIGINT) AS VARCHAR) AS VARCHAR) AS "key", CAST(sw AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM dec_cells
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('array' AS VARCHAR) AS "kind", CAST('ece_group' AS VARCHAR) AS "key", CAST(1050 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text"
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('ece_group' AS VARCHAR) AS "kind", CAST(CAST(CAST(grp * 21 + 0 AS BIGINT) AS VARCHAR) AS VARCHAR) AS "key", CAST(c0 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM eceg_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('ece_group' AS VARCHAR) AS "kind", CAST(CAST(CAST(grp * 21 + 1 AS BIGINT) AS VARCHAR) AS VARCHAR) AS "key", CAST(c1 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM eceg_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('ece_group' AS VARCHAR) AS "kind", CAST(CAST(CAST(grp * 21 + 2 AS BIGINT) AS VARCHAR) AS VARCHAR) AS "key", CAST(c2 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM eceg_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('ece_group' AS VARCHAR) AS "kind", CAST(CAST(CAST(grp * 21 + 3 AS BIGINT) AS VARCHAR) AS VARCHAR) AS "key", CAST(c3 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM eceg_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('ece_group' AS VARCHAR) AS "kind", CAST(CAST(CAST(grp * 21 + 4 AS BIGINT) AS VARCHAR) AS VARCHAR) AS "key", CAST(c4 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM eceg_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('ece_group' AS VARCHAR) AS "kind", CAST(CAST(CAST(grp * 21 + 5 AS BIGINT) AS VARCHAR) AS VARCHAR) AS "key", CAST(c5 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM eceg_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('ece_group' AS VARCHAR) AS "kind", CAST(CAST(CAST(grp * 21 + 6 AS BIGINT) AS VARCHAR) AS VARCHAR) AS "key", CAST(c6 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM eceg_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('ece_group' AS VARCHAR) AS "kind", CAST(CAST(CAST(grp * 21 + 7 AS BIGINT) AS VARCHAR) AS VARCHAR) AS "key", CAST(c7 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM eceg_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('ece_group' AS VARCHAR) AS "kind", CAST(CAST(CAST(grp * 21 + 8 AS BIGINT) AS VARCHAR) AS VARCHAR) AS "key", CAST(c8 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM eceg_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('ece_group' AS VARCHAR) AS "kind", CAST(CAST(CAST(grp * 21 + 9 AS BIGINT) AS VARCHAR) AS VARCHAR) AS "key", CAST(c9 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM eceg_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('ece_group' AS VARCHAR) AS "kind", CAST(CAST(CAST(grp * 21 + 10 AS BIGINT) AS VARCHAR) AS VARCHAR) AS "key", CAST(c10 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM eceg_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('ece_group' AS VARCHAR) AS "kind", CAST(CAST(CAST(grp * 21 + 11 AS BIGINT) AS VARCHAR) AS VARCHAR) AS "key", CAST(c11 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM eceg_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('ece_group' AS VARCHAR) AS "kind", CAST(CAST(CAST(grp * 21 + 12 AS BIGINT) AS VARCHAR) AS VARCHAR) AS "key", CAST(c12 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM eceg_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('ece_group' AS VARCHAR) AS "kind", CAST(CAST(CAST(grp * 21 + 13 AS BIGINT) AS VARCHAR) AS VARCHAR) AS "key", CAST(c13 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM eceg_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('ece_group' AS VARCHAR) AS "kind", CAST(CAST(CAST(grp * 21 + 14 AS BIGINT) AS VARCHAR) AS VARCHAR) AS "key", CAST(c14 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM eceg_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('ece_group' AS VARCHAR) AS "kind", CAST(CAST(CAST(grp * 21 + 15 AS BIGINT) AS VARCHAR) AS VARCHAR) AS "key", CAST(c15 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM eceg_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('ece_group' AS VARCHAR) AS "kind", CAST(CAST(CAST(grp * 21 + 16 AS BIGINT) AS VARCHAR) AS VARCHAR) AS "key", CAST(c16 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM eceg_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('ece_group' AS VARCHAR) AS "kind", CAST(CAST(CAST(grp * 21 + 17 AS BIGINT) AS VARCHAR) AS VARCHAR) AS "key", CAST(c17 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM eceg_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('ece_group' AS VARCHAR) AS "kind", CAST(CAST(CAST(grp * 21 + 18 AS BIGINT) AS VARCHAR) AS VARCHAR) AS "key", CAST(c18 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM eceg_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('ece_group' AS VARCHAR) AS "kind", CAST(CAST(CAST(grp * 21 + 19 AS BIGINT) AS VARCHAR) AS VARCHAR) AS "key", CAST(c19 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM eceg_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('ece_group' AS VARCHAR) AS "kind", CAST(CAST(CAST(grp * 21 + 20 AS BIGINT) AS VARCHAR) AS VARCHAR) AS "key", CAST(c20 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM eceg_sums
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('array' AS VARCHAR) AS "kind", CAST('moments:log_loss' AS VARCHAR) AS "key", CAST(6 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text"
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('moments:log_loss' AS VARCHAR) AS "kind", CAST('0' AS VARCHAR) AS "key", CAST(c0 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM mom3_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('moments:log_loss' AS VARCHAR) AS "kind", CAST('1' AS VARCHAR) AS "key", CAST(c1 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM mom3_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('moments:log_loss' AS VARCHAR) AS "kind", CAST('2' AS VARCHAR) AS "key", CAST(c2 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM mom3_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('moments:log_loss' AS VARCHAR) AS "kind", CAST('3' AS VARCHAR) AS "key", CAST(c3 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM mom3_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('moments:log_loss' AS VARCHAR) AS "kind", CAST('4' AS VARCHAR) AS "key", CAST(c4 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM mom3_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('moments:log_loss' AS VARCHAR) AS "kind", CAST('5' AS VARCHAR) AS "key", CAST(c5 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM mom3_sums
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('array' AS VARCHAR) AS "kind", CAST('moments:brier' AS VARCHAR) AS "key", CAST(6 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text"
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('moments:brier' AS VARCHAR) AS "kind", CAST('0' AS VARCHAR) AS "key", CAST(c0 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM mom4_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('moments:brier' AS VARCHAR) AS "kind", CAST('1' AS VARCHAR) AS "key", CAST(c1 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM mom4_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('moments:brier' AS VARCHAR) AS "kind", CAST('2' AS VARCHAR) AS "key", CAST(c2 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM mom4_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('moments:brier' AS VARCHAR) AS "kind", CAST('3' AS VARCHAR) AS "key", CAST(c3 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM mom4_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('moments:brier' AS VARCHAR) AS "kind", CAST('4' AS VARCHAR) AS "key", CAST(c4 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM mom4_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('moments:brier' AS VARCHAR) AS "kind", CAST('5' AS VARCHAR) AS "key", CAST(c5 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM mom4_sums
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('array' AS VARCHAR) AS "kind", CAST('moments:mean[judge]' AS VARCHAR) AS "key", CAST(6 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text"
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('moments:mean[judge]' AS VARCHAR) AS "kind", CAST('0' AS VARCHAR) AS "key", CAST(c0 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM mom5_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('moments:mean[judge]' AS VARCHAR) AS "kind", CAST('1' AS VARCHAR) AS "key", CAST(c1 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM mom5_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('moments:mean[judge]' AS VARCHAR) AS "kind", CAST('2' AS VARCHAR) AS "key", CAST(c2 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM mom5_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('moments:mean[judge]' AS VARCHAR) AS "kind", CAST('3' AS VARCHAR) AS "key", CAST(c3 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM mom5_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('moments:mean[judge]' AS VARCHAR) AS "kind", CAST('4' AS VARCHAR) AS "key", CAST(c4 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM mom5_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('moments:mean[judge]' AS VARCHAR) AS "kind", CAST('5' AS VARCHAR) AS "key", CAST(c5 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM mom5_sums
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('array' AS VARCHAR) AS "kind", CAST('column:judge' AS VARCHAR) AS "key", CAST(4 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text"
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('column:judge' AS VARCHAR) AS "kind", CAST('0' AS VARCHAR) AS "key", CAST(c0 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM col0_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('column:judge' AS VARCHAR) AS "kind", CAST('1' AS VARCHAR) AS "key", CAST(c1 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM col0_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('column:judge' AS VARCHAR) AS "kind", CAST('2' AS VARCHAR) AS "key", CAST(c2 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM col0_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('column:judge' AS VARCHAR) AS "kind", CAST('3' AS VARCHAR) AS "key", CAST(c3 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM col0_sums
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('distribution' AS VARCHAR) AS "kind", CAST(CAST(CAST(i.j AS BIGINT) AS VARCHAR) AS VARCHAR) AS "key", CAST(CASE WHEN i.j = 20 THEN r.hi ELSE r.lo + (i.j * (r.hi - r.lo)) / 20 END AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM dist_idx i CROSS JOIN dist_range r
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('distribution' AS VARCHAR) AS "kind", CAST(CAST(CAST(21 + i.j AS BIGINT) AS VARCHAR) AS VARCHAR) AS "key", CAST(COALESCE(n.n, 0) AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM dist_idx i LEFT JOIN dist_b n ON n.bin = i.j WHERE i.j < 20
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('distribution' AS VARCHAR) AS "kind", CAST(CAST(CAST(41 + i.j AS BIGINT) AS VARCHAR) AS VARCHAR) AS "key", CAST(COALESCE(n.n, 0) AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM dist_idx i LEFT JOIN dist_c n ON n.bin = i.j WHERE i.j < 20
) u
WHERE u."kind" IN ('header', 'count', 'only_id', 'class', 'segment', 'array', 'distribution') OR u."value" IS NULL OR u."value" <> 0
ORDER BY u."kind", u."segment", u."key", u."text";
