-- reference
WITH prof_rows AS (
  SELECT COALESCE(NULLIF(CAST("region" AS VARCHAR), ''), '(empty)') AS s0, COALESCE(NULLIF(CAST("channel" AS VARCHAR), ''), '(empty)') AS s1, CAST("amount" AS DOUBLE) AS f0, CAST("tenure" AS DOUBLE) AS f1, CAST("country" AS VARCHAR) AS f2 FROM "features"
),
prof_segs AS (
  SELECT DISTINCT ('region=' || s0) AS seg, 'region' AS col, s0 AS v FROM prof_rows
  UNION ALL SELECT DISTINCT ('channel=' || s1) AS seg, 'channel' AS col, s1 AS v FROM prof_rows
  UNION ALL SELECT DISTINCT ('region=' || s0 || '&channel=' || s1) AS seg, 'region' AS col, s0 AS v FROM prof_rows
  UNION ALL SELECT DISTINCT ('region=' || s0 || '&channel=' || s1) AS seg, 'channel' AS col, s1 AS v FROM prof_rows
),
prof_num AS (
  SELECT CAST('amount' AS VARCHAR) AS feature, s0, s1, f0 AS x, CASE WHEN f0 IS NULL THEN 1 WHEN f0 IN (CAST('-1' AS DOUBLE)) THEN 2 ELSE 0 END AS cls FROM prof_rows
  UNION ALL SELECT CAST('tenure' AS VARCHAR) AS feature, s0, s1, f1 AS x, CASE WHEN f1 IS NULL THEN 1 ELSE 0 END AS cls FROM prof_rows
),
prof_nfeat AS (
  SELECT CAST('amount' AS VARCHAR) AS feature
  UNION ALL SELECT CAST('tenure' AS VARCHAR) AS feature
),
prof_rank AS (
  SELECT feature, x, ROW_NUMBER() OVER (PARTITION BY feature ORDER BY x) - 1 AS i FROM prof_num WHERE cls = 0
),
prof_cnt AS (
  SELECT feature, COUNT(*) AS n FROM prof_num WHERE cls = 0 GROUP BY feature
),
prof_digit AS (
  SELECT 0 AS t UNION ALL SELECT 1 AS t UNION ALL SELECT 2 AS t UNION ALL SELECT 3 AS t UNION ALL SELECT 4 AS t UNION ALL SELECT 5 AS t UNION ALL SELECT 6 AS t UNION ALL SELECT 7 AS t UNION ALL SELECT 8 AS t UNION ALL SELECT 9 AS t
),
prof_k AS (
  SELECT a.t * 10 + b.t AS k FROM prof_digit a CROSS JOIN prof_digit b WHERE a.t * 10 + b.t >= 1
),
prof_h AS (
  SELECT c.feature, c.n, q.k, (CAST(q.k AS DOUBLE) / CAST(100 AS DOUBLE)) * CAST(c.n - 1 AS DOUBLE) AS h FROM prof_cnt c CROSS JOIN prof_k q
),
prof_pos AS (
  SELECT feature, n, k, h, CAST(FLOOR(h) AS BIGINT) AS lo FROM prof_h
),
prof_quant AS (
  SELECT p.feature, p.k, CASE WHEN p.lo >= p.n - 1 OR p.h = CAST(p.lo AS DOUBLE) THEN a.x ELSE a.x + (p.h - CAST(p.lo AS DOUBLE)) * (b.x - a.x) END AS e
  FROM prof_pos p JOIN prof_rank a ON a.feature = p.feature AND a.i = p.lo LEFT JOIN prof_rank b ON b.feature = p.feature AND b.i = p.lo + 1
),
prof_runmax AS (
  SELECT feature, k, e, MAX(e) OVER (PARTITION BY feature ORDER BY k ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS re,
  MAX(CASE WHEN k IN (10, 20, 30, 40, 50, 60, 70, 80, 90) THEN e END) OVER (PARTITION BY feature ORDER BY k ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS rd
  FROM prof_quant
),
prof_prev AS (
  SELECT feature, k, e, LAG(re) OVER (PARTITION BY feature ORDER BY k) AS pe, LAG(rd) OVER (PARTITION BY feature ORDER BY k) AS pd FROM prof_runmax
),
prof_edge AS (
  SELECT feature, ROW_NUMBER() OVER (PARTITION BY feature ORDER BY k) - 1 AS idx, e FROM prof_prev WHERE pe IS NULL OR e > pe
),
prof_dec AS (
  SELECT feature, e AS dv FROM prof_prev WHERE k IN (10, 20, 30, 40, 50, 60, 70, 80, 90) AND (pd IS NULL OR e > pd)
),
prof_upper AS (
  SELECT feature, idx, e AS ub FROM prof_edge
  UNION ALL SELECT f.feature, COALESCE(m.ne, 0) AS idx, CAST(NULL AS DOUBLE) AS ub FROM prof_nfeat f LEFT JOIN (SELECT feature, COUNT(*) AS ne FROM prof_edge GROUP BY feature) m ON m.feature = f.feature
),
prof_group AS (
  SELECT u.feature, u.idx, COUNT(v.dv) AS g FROM prof_upper u LEFT JOIN prof_dec v ON v.feature = u.feature AND (u.ub IS NULL OR v.dv < u.ub) GROUP BY u.feature, u.idx
),
prof_merge AS (
  SELECT feature, s0, s1, x, 0 AS t FROM prof_num WHERE cls = 0
  UNION ALL SELECT feature, CAST(NULL AS VARCHAR) AS s0, CAST(NULL AS VARCHAR) AS s1, e AS x, 1 AS t FROM prof_edge
),
prof_run AS (
  SELECT feature, s0, s1, x, t, SUM(t) OVER (PARTITION BY feature ORDER BY x, t ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS bin FROM prof_merge
),
prof_nbin AS (
  SELECT feature, s0, s1, x, 0 AS cls, CAST(bin AS BIGINT) AS bin FROM prof_run WHERE t = 0
  UNION ALL SELECT feature, s0, s1, x, cls, CAST(NULL AS BIGINT) AS bin FROM prof_num WHERE cls <> 0
),
prof_nd AS (
  SELECT 'overall' AS seg, feature, x, cls, bin FROM prof_nbin
  UNION ALL SELECT ('region=' || s0) AS seg, feature, x, cls, bin FROM prof_nbin
  UNION ALL SELECT ('channel=' || s1) AS seg, feature, x, cls, bin FROM prof_nbin
  UNION ALL SELECT ('region=' || s0 || '&channel=' || s1) AS seg, feature, x, cls, bin FROM prof_nbin
),
prof_nstat AS (
  SELECT seg, feature, COUNT(*) AS n, SUM(CASE WHEN cls = 1 THEN 1 ELSE 0 END) AS n_null, SUM(CASE WHEN cls = 2 THEN 1 ELSE 0 END) AS n_sent, SUM(CASE WHEN cls = 3 THEN 1 ELSE 0 END) AS n_below, SUM(CASE WHEN cls = 4 THEN 1 ELSE 0 END) AS n_above,
  MIN(CASE WHEN cls = 0 THEN x END) AS mn, MAX(CASE WHEN cls = 0 THEN x END) AS mx, SUM(CASE WHEN cls = 0 THEN x END) AS sm FROM prof_nd GROUP BY seg, feature
),
prof_cat AS (
  SELECT CAST('country' AS VARCHAR) AS feature, s0, s1, CASE WHEN f2 IS NULL OR TRIM(f2) = '' THEN NULL ELSE f2 END AS v, CASE WHEN f2 IS NULL OR TRIM(f2) = '' THEN 1 WHEN f2 IN ('unknown') THEN 2 ELSE 0 END AS cls FROM prof_rows
),
prof_cd AS (
  SELECT 'overall' AS seg, feature, v, cls FROM prof_cat
  UNION ALL SELECT ('region=' || s0) AS seg, feature, v, cls FROM prof_cat
  UNION ALL SELECT ('channel=' || s1) AS seg, feature, v, cls FROM prof_cat
  UNION ALL SELECT ('region=' || s0 || '&channel=' || s1) AS seg, feature, v, cls FROM prof_cat
),
prof_cstat AS (
  SELECT seg, feature, COUNT(*) AS n, SUM(CASE WHEN cls = 1 THEN 1 ELSE 0 END) AS n_null, SUM(CASE WHEN cls = 2 THEN 1 ELSE 0 END) AS n_sent FROM prof_cd GROUP BY seg, feature
)
SELECT "segment", "kind", "key", "value", "text" FROM (
  SELECT CAST('' AS VARCHAR) AS "segment", CAST('header' AS VARCHAR) AS "kind", CAST('model-release-gate/summaries@1' AS VARCHAR) AS "key", CAST(NULL AS DOUBLE) AS "value", CAST('{"fingerprint":"2d5dc8806bee10009421a9d624418a4f","settings":{"source":"data","segments":["region","channel"],"cross":[["region","channel"]],"features":{"amount":{"type":"numeric","sentinels":[-1]},"tenure":{"type":"numeric","sentinels":[]},"country":{"type":"categorical","sentinels":["unknown"]}},"fine_bins":100,"psi_bins":10}}' AS VARCHAR) AS "text"
  UNION ALL SELECT CAST('' AS VARCHAR) AS "segment", CAST('rows' AS VARCHAR) AS "kind", CAST('' AS VARCHAR) AS "key", CAST(COUNT(*) AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM prof_rows
  UNION ALL SELECT CAST('' AS VARCHAR) AS "segment", CAST('feature' AS VARCHAR) AS "kind", CAST('amount' AS VARCHAR) AS "key", CAST(NULL AS DOUBLE) AS "value", CAST('numeric' AS VARCHAR) AS "text"
  UNION ALL SELECT CAST('' AS VARCHAR) AS "segment", CAST('feature' AS VARCHAR) AS "kind", CAST('tenure' AS VARCHAR) AS "key", CAST(NULL AS DOUBLE) AS "value", CAST('numeric' AS VARCHAR) AS "text"
  UNION ALL SELECT CAST('' AS VARCHAR) AS "segment", CAST('feature' AS VARCHAR) AS "kind", CAST('country' AS VARCHAR) AS "key", CAST(NULL AS DOUBLE) AS "value", CAST('categorical' AS VARCHAR) AS "text"
  UNION ALL SELECT CAST(seg AS VARCHAR) AS "segment", CAST('segment' AS VARCHAR) AS "kind", CAST(col AS VARCHAR) AS "key", CAST(NULL AS DOUBLE) AS "value", CAST(v AS VARCHAR) AS "text" FROM prof_segs
  UNION ALL SELECT CAST('' AS VARCHAR) AS "segment", CAST('edge' AS VARCHAR) AS "kind", CAST(feature AS VARCHAR) AS "key", CAST(e AS DOUBLE) AS "value", CAST(idx AS VARCHAR) AS "text" FROM prof_edge
  UNION ALL SELECT CAST('' AS VARCHAR) AS "segment", CAST('group' AS VARCHAR) AS "kind", CAST(feature AS VARCHAR) AS "key", CAST(g AS DOUBLE) AS "value", CAST(idx AS VARCHAR) AS "text" FROM prof_group
  UNION ALL SELECT CAST(seg AS VARCHAR) AS "segment", CAST('n' AS VARCHAR) AS "kind", CAST(feature AS VARCHAR) AS "key", CAST(n AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM prof_nstat
  UNION ALL SELECT CAST(seg AS VARCHAR) AS "segment", CAST('nulls' AS VARCHAR) AS "kind", CAST(feature AS VARCHAR) AS "key", CAST(n_null AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM prof_nstat WHERE n_null > 0
  UNION ALL SELECT CAST(seg AS VARCHAR) AS "segment", CAST('sentinels' AS VARCHAR) AS "kind", CAST(feature AS VARCHAR) AS "key", CAST(n_sent AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM prof_nstat WHERE n_sent > 0
  UNION ALL SELECT CAST(seg AS VARCHAR) AS "segment", CAST('below' AS VARCHAR) AS "kind", CAST(feature AS VARCHAR) AS "key", CAST(n_below AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM prof_nstat WHERE n_below > 0
  UNION ALL SELECT CAST(seg AS VARCHAR) AS "segment", CAST('above' AS VARCHAR) AS "kind", CAST(feature AS VARCHAR) AS "key", CAST(n_above AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM prof_nstat WHERE n_above > 0
  UNION ALL SELECT CAST(seg AS VARCHAR) AS "segment", CAST('min' AS VARCHAR) AS "kind", CAST(feature AS VARCHAR) AS "key", CAST(mn AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM prof_nstat WHERE mn IS NOT NULL
  UNION ALL SELECT CAST(seg AS VARCHAR) AS "segment", CAST('max' AS VARCHAR) AS "kind", CAST(feature AS VARCHAR) AS "key", CAST(mx AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM prof_nstat WHERE mn IS NOT NULL
  UNION ALL SELECT CAST(seg AS VARCHAR) AS "segment", CAST('sum' AS VARCHAR) AS "kind", CAST(feature AS VARCHAR) AS "key", CAST(sm AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM prof_nstat WHERE mn IS NOT NULL
  UNION ALL SELECT CAST(seg AS VARCHAR) AS "segment", CAST('bin' AS VARCHAR) AS "kind", CAST(feature AS VARCHAR) AS "key", CAST(COUNT(*) AS DOUBLE) AS "value", CAST(bin AS VARCHAR) AS "text" FROM prof_nd WHERE cls = 0 GROUP BY seg, feature, bin
  UNION ALL SELECT CAST(seg AS VARCHAR) AS "segment", CAST('n' AS VARCHAR) AS "kind", CAST(feature AS VARCHAR) AS "key", CAST(n AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM prof_cstat
  UNION ALL SELECT CAST(seg AS VARCHAR) AS "segment", CAST('nulls' AS VARCHAR) AS "kind", CAST(feature AS VARCHAR) AS "key", CAST(n_null AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM prof_cstat WHERE n_null > 0
  UNION ALL SELECT CAST(seg AS VARCHAR) AS "segment", CAST('sentinels' AS VARCHAR) AS "kind", CAST(feature AS VARCHAR) AS "key", CAST(n_sent AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM prof_cstat WHERE n_sent > 0
  UNION ALL SELECT CAST(seg AS VARCHAR) AS "segment", CAST('category' AS VARCHAR) AS "kind", CAST(feature AS VARCHAR) AS "key", CAST(COUNT(*) AS DOUBLE) AS "value", CAST(v AS VARCHAR) AS "text" FROM prof_cd WHERE cls = 0 GROUP BY seg, feature, v
) prof_all
ORDER BY CASE WHEN "kind" = 'header' THEN 0 ELSE 1 END, "kind", "key", "segment", "text"
-- current
WITH prof_rows AS (
  SELECT COALESCE(NULLIF(CAST("region" AS VARCHAR), ''), '(empty)') AS s0, COALESCE(NULLIF(CAST("channel" AS VARCHAR), ''), '(empty)') AS s1, CAST("amount" AS DOUBLE) AS f0, CAST("tenure" AS DOUBLE) AS f1, CAST("country" AS VARCHAR) AS f2 FROM "features"
),
prof_segs AS (
  SELECT DISTINCT ('region=' || s0) AS seg, 'region' AS col, s0 AS v FROM prof_rows
  UNION ALL SELECT DISTINCT ('channel=' || s1) AS seg, 'channel' AS col, s1 AS v FROM prof_rows
  UNION ALL SELECT DISTINCT ('region=' || s0 || '&channel=' || s1) AS seg, 'region' AS col, s0 AS v FROM prof_rows
  UNION ALL SELECT DISTINCT ('region=' || s0 || '&channel=' || s1) AS seg, 'channel' AS col, s1 AS v FROM prof_rows
),
prof_num AS (
  SELECT CAST('amount' AS VARCHAR) AS feature, s0, s1, f0 AS x, CASE WHEN f0 IS NULL THEN 1 WHEN f0 IN (CAST('-1' AS DOUBLE)) THEN 2 WHEN f0 < CAST('-2.5' AS DOUBLE) THEN 3 WHEN f0 > CAST('1e+21' AS DOUBLE) THEN 4 ELSE 0 END AS cls, CASE WHEN f0 <= CAST('0.1' AS DOUBLE) THEN 0 WHEN f0 <= CAST('2' AS DOUBLE) THEN 1 WHEN f0 <= CAST('1e+21' AS DOUBLE) THEN 2 ELSE 3 END AS bin FROM prof_rows
  UNION ALL SELECT CAST('tenure' AS VARCHAR) AS feature, s0, s1, f1 AS x, CASE WHEN f1 IS NULL THEN 1 ELSE 0 END AS cls, 0 AS bin FROM prof_rows
),
prof_nfeat AS (
  SELECT CAST('amount' AS VARCHAR) AS feature
  UNION ALL SELECT CAST('tenure' AS VARCHAR) AS feature
),
prof_edge AS (
  SELECT CAST('amount' AS VARCHAR) AS feature, CAST(0 AS BIGINT) AS idx, CAST('0.1' AS DOUBLE) AS e
  UNION ALL SELECT CAST('amount' AS VARCHAR) AS feature, CAST(1 AS BIGINT) AS idx, CAST('2' AS DOUBLE) AS e
  UNION ALL SELECT CAST('amount' AS VARCHAR) AS feature, CAST(2 AS BIGINT) AS idx, CAST('1e+21' AS DOUBLE) AS e
),
prof_group AS (
  SELECT CAST('amount' AS VARCHAR) AS feature, CAST(0 AS BIGINT) AS idx, CAST(0 AS BIGINT) AS g
  UNION ALL SELECT CAST('amount' AS VARCHAR) AS feature, CAST(1 AS BIGINT) AS idx, CAST(1 AS BIGINT) AS g
  UNION ALL SELECT CAST('amount' AS VARCHAR) AS feature, CAST(2 AS BIGINT) AS idx, CAST(1 AS BIGINT) AS g
  UNION ALL SELECT CAST('amount' AS VARCHAR) AS feature, CAST(3 AS BIGINT) AS idx, CAST(2 AS BIGINT) AS g
  UNION ALL SELECT CAST('tenure' AS VARCHAR) AS feature, CAST(0 AS BIGINT) AS idx, CAST(0 AS BIGINT) AS g
),
prof_nbin AS (
  SELECT feature, s0, s1, x, cls, bin FROM prof_num
),
prof_nd AS (
  SELECT 'overall' AS seg, feature, x, cls, bin FROM prof_nbin
  UNION ALL SELECT ('region=' || s0) AS seg, feature, x, cls, bin FROM prof_nbin
  UNION ALL SELECT ('channel=' || s1) AS seg, feature, x, cls, bin FROM prof_nbin
  UNION ALL SELECT ('region=' || s0 || '&channel=' || s1) AS seg, feature, x, cls, bin FROM prof_nbin
),
prof_nstat AS (
  SELECT seg, feature, COUNT(*) AS n, SUM(CASE WHEN cls = 1 THEN 1 ELSE 0 END) AS n_null, SUM(CASE WHEN cls = 2 THEN 1 ELSE 0 END) AS n_sent, SUM(CASE WHEN cls = 3 THEN 1 ELSE 0 END) AS n_below, SUM(CASE WHEN cls = 4 THEN 1 ELSE 0 END) AS n_above,
  MIN(CASE WHEN cls = 0 THEN x END) AS mn, MAX(CASE WHEN cls = 0 THEN x END) AS mx, SUM(CASE WHEN cls = 0 THEN x END) AS sm FROM prof_nd GROUP BY seg, feature
),
prof_cat AS (
  SELECT CAST('country' AS VARCHAR) AS feature, s0, s1, CASE WHEN f2 IS NULL OR TRIM(f2) = '' THEN NULL ELSE f2 END AS v, CASE WHEN f2 IS NULL OR TRIM(f2) = '' THEN 1 WHEN f2 IN ('unknown') THEN 2 ELSE 0 END AS cls FROM prof_rows
),
prof_cd AS (
  SELECT 'overall' AS seg, feature, v, cls FROM prof_cat
  UNION ALL SELECT ('region=' || s0) AS seg, feature, v, cls FROM prof_cat
  UNION ALL SELECT ('channel=' || s1) AS seg, feature, v, cls FROM prof_cat
  UNION ALL SELECT ('region=' || s0 || '&channel=' || s1) AS seg, feature, v, cls FROM prof_cat
),
prof_cstat AS (
  SELECT seg, feature, COUNT(*) AS n, SUM(CASE WHEN cls = 1 THEN 1 ELSE 0 END) AS n_null, SUM(CASE WHEN cls = 2 THEN 1 ELSE 0 END) AS n_sent FROM prof_cd GROUP BY seg, feature
)
SELECT "segment", "kind", "key", "value", "text" FROM (
  SELECT CAST('' AS VARCHAR) AS "segment", CAST('header' AS VARCHAR) AS "kind", CAST('model-release-gate/summaries@1' AS VARCHAR) AS "key", CAST(NULL AS DOUBLE) AS "value", CAST('{"fingerprint":"2d5dc8806bee10009421a9d624418a4f","settings":{"source":"data","segments":["region","channel"],"cross":[["region","channel"]],"features":{"amount":{"type":"numeric","sentinels":[-1]},"tenure":{"type":"numeric","sentinels":[]},"country":{"type":"categorical","sentinels":["unknown"]}},"fine_bins":100,"psi_bins":10}}' AS VARCHAR) AS "text"
  UNION ALL SELECT CAST('' AS VARCHAR) AS "segment", CAST('rows' AS VARCHAR) AS "kind", CAST('' AS VARCHAR) AS "key", CAST(COUNT(*) AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM prof_rows
  UNION ALL SELECT CAST('' AS VARCHAR) AS "segment", CAST('feature' AS VARCHAR) AS "kind", CAST('amount' AS VARCHAR) AS "key", CAST(NULL AS DOUBLE) AS "value", CAST('numeric' AS VARCHAR) AS "text"
  UNION ALL SELECT CAST('' AS VARCHAR) AS "segment", CAST('feature' AS VARCHAR) AS "kind", CAST('tenure' AS VARCHAR) AS "key", CAST(NULL AS DOUBLE) AS "value", CAST('numeric' AS VARCHAR) AS "text"
  UNION ALL SELECT CAST('' AS VARCHAR) AS "segment", CAST('feature' AS VARCHAR) AS "kind", CAST('country' AS VARCHAR) AS "key", CAST(NULL AS DOUBLE) AS "value", CAST('categorical' AS VARCHAR) AS "text"
  UNION ALL SELECT CAST(seg AS VARCHAR) AS "segment", CAST('segment' AS VARCHAR) AS "kind", CAST(col AS VARCHAR) AS "key", CAST(NULL AS DOUBLE) AS "value", CAST(v AS VARCHAR) AS "text" FROM prof_segs
  UNION ALL SELECT CAST('' AS VARCHAR) AS "segment", CAST('range_min' AS VARCHAR) AS "kind", CAST('amount' AS VARCHAR) AS "key", CAST(CAST('-2.5' AS DOUBLE) AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text"
  UNION ALL SELECT CAST('' AS VARCHAR) AS "segment", CAST('range_max' AS VARCHAR) AS "kind", CAST('amount' AS VARCHAR) AS "key", CAST(CAST('1e+21' AS DOUBLE) AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text"
  UNION ALL SELECT CAST('' AS VARCHAR) AS "segment", CAST('edge' AS VARCHAR) AS "kind", CAST(feature AS VARCHAR) AS "key", CAST(e AS DOUBLE) AS "value", CAST(idx AS VARCHAR) AS "text" FROM prof_edge
  UNION ALL SELECT CAST('' AS VARCHAR) AS "segment", CAST('group' AS VARCHAR) AS "kind", CAST(feature AS VARCHAR) AS "key", CAST(g AS DOUBLE) AS "value", CAST(idx AS VARCHAR) AS "text" FROM prof_group
  UNION ALL SELECT CAST(seg AS VARCHAR) AS "segment", CAST('n' AS VARCHAR) AS "kind", CAST(feature AS VARCHAR) AS "key", CAST(n AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM prof_nstat
  UNION ALL SELECT CAST(seg AS VARCHAR) AS "segment", CAST('nulls' AS VARCHAR) AS "kind", CAST(feature AS VARCHAR) AS "key", CAST(n_null AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM prof_nstat WHERE n_null > 0
  UNION ALL SELECT CAST(seg AS VARCHAR) AS "segment", CAST('sentinels' AS VARCHAR) AS "kind", CAST(feature AS VARCHAR) AS "key", CAST(n_sent AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM prof_nstat WHERE n_sent > 0
  UNION ALL SELECT CAST(seg AS VARCHAR) AS "segment", CAST('below' AS VARCHAR) AS "kind", CAST(feature AS VARCHAR) AS "key", CAST(n_below AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM prof_nstat WHERE n_below > 0
  UNION ALL SELECT CAST(seg AS VARCHAR) AS "segment", CAST('above' AS VARCHAR) AS "kind", CAST(feature AS VARCHAR) AS "key", CAST(n_above AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM prof_nstat WHERE n_above > 0
  UNION ALL SELECT CAST(seg AS VARCHAR) AS "segment", CAST('min' AS VARCHAR) AS "kind", CAST(feature AS VARCHAR) AS "key", CAST(mn AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM prof_nstat WHERE mn IS NOT NULL
  UNION ALL SELECT CAST(seg AS VARCHAR) AS "segment", CAST('max' AS VARCHAR) AS "kind", CAST(feature AS VARCHAR) AS "key", CAST(mx AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM prof_nstat WHERE mn IS NOT NULL
  UNION ALL SELECT CAST(seg AS VARCHAR) AS "segment", CAST('sum' AS VARCHAR) AS "kind", CAST(feature AS VARCHAR) AS "key", CAST(sm AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM prof_nstat WHERE mn IS NOT NULL
  UNION ALL SELECT CAST(seg AS VARCHAR) AS "segment", CAST('bin' AS VARCHAR) AS "kind", CAST(feature AS VARCHAR) AS "key", CAST(COUNT(*) AS DOUBLE) AS "value", CAST(bin AS VARCHAR) AS "text" FROM prof_nd WHERE cls = 0 GROUP BY seg, feature, bin
  UNION ALL SELECT CAST(seg AS VARCHAR) AS "segment", CAST('n' AS VARCHAR) AS "kind", CAST(feature AS VARCHAR) AS "key", CAST(n AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM prof_cstat
  UNION ALL SELECT CAST(seg AS VARCHAR) AS "segment", CAST('nulls' AS VARCHAR) AS "kind", CAST(feature AS VARCHAR) AS "key", CAST(n_null AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM prof_cstat WHERE n_null > 0
  UNION ALL SELECT CAST(seg AS VARCHAR) AS "segment", CAST('sentinels' AS VARCHAR) AS "kind", CAST(feature AS VARCHAR) AS "key", CAST(n_sent AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM prof_cstat WHERE n_sent > 0
  UNION ALL SELECT CAST(seg AS VARCHAR) AS "segment", CAST('category' AS VARCHAR) AS "kind", CAST(feature AS VARCHAR) AS "key", CAST(COUNT(*) AS DOUBLE) AS "value", CAST(v AS VARCHAR) AS "text" FROM prof_cd WHERE cls = 0 GROUP BY seg, feature, v
) prof_all
ORDER BY CASE WHEN "kind" = 'header' THEN 0 ELSE 1 END, "kind", "key", "segment", "text"
