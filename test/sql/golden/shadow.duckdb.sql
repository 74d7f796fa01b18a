WITH shadow_log AS (
  SELECT CAST("request_id" AS VARCHAR) AS rid, CAST("model" AS VARCHAR) AS model, CAST("latency_ms" AS DOUBLE) AS lat, CAST(CAST("cost_usd" AS DOUBLE) AS DOUBLE) AS cost, CASE WHEN "error" THEN 1 ELSE 0 END AS err, CAST(CAST("score" AS DOUBLE) AS DOUBLE) AS score, CAST(CASE WHEN CAST("score" AS DOUBLE) >= CAST('0.5' AS DOUBLE) THEN 1 WHEN CAST("score" AS DOUBLE) < CAST('0.5' AS DOUBLE) THEN 0 END AS DOUBLE) AS dec, 0 AS labelled, COALESCE(NULLIF(CAST("region" AS VARCHAR), ''), '(missing)') AS s0, COALESCE(NULLIF(CAST("device" AS VARCHAR), ''), '(missing)') AS s1
  FROM "proj"."logs"."shadow"
),
shadow_req AS (
  SELECT rid, SUM(CASE WHEN model = 'baseline' THEN 1 ELSE 0 END) AS nb, SUM(CASE WHEN model = 'candidate' THEN 1 ELSE 0 END) AS nc
  FROM shadow_log WHERE model IN ('baseline', 'candidate') GROUP BY rid
),
shadow_pairs AS (
  SELECT b.rid AS rid, b.lat AS lat_b, c.lat AS lat_c, COALESCE(b.cost, 0) AS cost_b, COALESCE(c.cost, 0) AS cost_c, b.err AS err_b, c.err AS err_c,
    b.score AS sb, c.score AS sc, b.dec AS db, c.dec AS dc, b.s0 AS s0, b.s1 AS s1
  FROM shadow_log b JOIN shadow_log c ON b.rid = c.rid AND b.model = 'baseline' AND c.model = 'candidate'
),
shadow_rows AS (
  SELECT 'overall' AS seg, '[]' AS seg_keys, p.* FROM shadow_pairs p
  UNION ALL SELECT ('region=' || p.s0) AS seg, ('[["region",' || ('"' || REPLACE(REPLACE(p.s0, chr(92), (chr(92) || chr(92))), '"', (chr(92) || '"')) || '"') || ']' || ']') AS seg_keys, p.* FROM shadow_pairs p
  UNION ALL SELECT ('device=' || p.s1) AS seg, ('[["device",' || ('"' || REPLACE(REPLACE(p.s1, chr(92), (chr(92) || chr(92))), '"', (chr(92) || '"')) || '"') || ']' || ']') AS seg_keys, p.* FROM shadow_pairs p
  UNION ALL SELECT ('region=' || p.s0 || '&device=' || p.s1) AS seg, ('[["region",' || ('"' || REPLACE(REPLACE(p.s0, chr(92), (chr(92) || chr(92))), '"', (chr(92) || '"')) || '"') || ']' || ',["device",' || ('"' || REPLACE(REPLACE(p.s1, chr(92), (chr(92) || chr(92))), '"', (chr(92) || '"')) || '"') || ']' || ']') AS seg_keys, p.* FROM shadow_pairs p
),
shadow_counts AS (
  SELECT COUNT(*) AS rows_n, SUM(CASE WHEN model = 'baseline' THEN 1 ELSE 0 END) AS b_rows, SUM(CASE WHEN model = 'candidate' THEN 1 ELSE 0 END) AS c_rows,
    SUM(CASE WHEN model IS NULL OR model NOT IN ('baseline', 'candidate') THEN 1 ELSE 0 END) AS other_rows, SUM(labelled) AS labelled_rows FROM shadow_log
),
shadow_reqs AS (
  SELECT COUNT(*) AS requests, SUM(CASE WHEN nb > 0 AND nc > 0 THEN 1 ELSE 0 END) AS paired, SUM(CASE WHEN nc = 0 THEN 1 ELSE 0 END) AS only_b,
    SUM(CASE WHEN nb = 0 THEN 1 ELSE 0 END) AS only_c, SUM(CASE WHEN nb > 1 OR nc > 1 THEN 1 ELSE 0 END) AS dup FROM shadow_req
),
shadow_only AS (
  SELECT rid, side, ROW_NUMBER() OVER (PARTITION BY side ORDER BY rid) - 1 AS j
  FROM (SELECT rid, CASE WHEN nc = 0 THEN 'baseline' ELSE 'candidate' END AS side FROM shadow_req WHERE nb = 0 OR nc = 0) x
),
shadow_sums AS (
  SELECT seg, COUNT(*) AS v0, SUM(cost_b) AS v1, SUM(cost_c) AS v2, SUM(cost_c - cost_b) AS v3, SUM((cost_c - cost_b) * (cost_c - cost_b)) AS v4, SUM(err_b) AS v5, SUM(err_c) AS v6, SUM(err_c * (1 - err_b)) AS v7, SUM(err_b * (1 - err_c)) AS v8, SUM(CASE WHEN err_b = 0 AND err_c = 0 AND db IS NOT NULL AND dc IS NOT NULL THEN 1 ELSE 0 END) AS v9, SUM(CASE WHEN err_b = 0 AND err_c = 0 AND db IS NOT NULL AND dc IS NOT NULL AND db = dc THEN 1 ELSE 0 END) AS v10 FROM shadow_rows GROUP BY seg
),
shadow_lat AS (
  SELECT seg, lat_b, lat_c, ROW_NUMBER() OVER (PARTITION BY seg ORDER BY lat_b) - 1 AS rb, ROW_NUMBER() OVER (PARTITION BY seg ORDER BY lat_c) - 1 AS rc,
    COUNT(*) OVER (PARTITION BY seg) AS m FROM shadow_rows WHERE lat_b IS NOT NULL AND lat_c IS NOT NULL
),
shadow_latm AS (
  SELECT DISTINCT seg, m FROM shadow_lat
),
shadow_latq AS (
  SELECT s.seg, s.m, q.j, q.p, q.p * CAST(s.m - 1 AS DOUBLE) AS h, FLOOR(q.p * CAST(s.m - 1 AS DOUBLE)) AS lo
  FROM shadow_latm s CROSS JOIN (SELECT CAST('0' AS VARCHAR) AS j, CAST('0.5' AS DOUBLE) AS p UNION ALL SELECT CAST('1' AS VARCHAR) AS j, CAST('0.95' AS DOUBLE) AS p UNION ALL SELECT CAST('2' AS VARCHAR) AS j, CAST('0.99' AS DOUBLE) AS p) q
),
shadow_latv AS (
  SELECT q.seg, q.j, q.m, q.h, q.lo,
    MAX(CASE WHEN l.rb = q.lo THEN l.lat_b END) AS b0, MAX(CASE WHEN l.rb = q.lo + 1 THEN l.lat_b END) AS b1,
    MAX(CASE WHEN l.rc = q.lo THEN l.lat_c END) AS c0, MAX(CASE WHEN l.rc = q.lo + 1 THEN l.lat_c END) AS c1
  FROM shadow_latq q JOIN shadow_lat l ON l.seg = q.seg AND ((l.rb >= q.lo AND l.rb <= q.lo + 1) OR (l.rc >= q.lo AND l.rc <= q.lo + 1))
  GROUP BY q.seg, q.j, q.m, q.h, q.lo
),
shadow_psi_rows AS (
  SELECT seg, rid, sb, sc, ROW_NUMBER() OVER (PARTITION BY seg ORDER BY sb) - 1 AS r, COUNT(*) OVER (PARTITION BY seg) AS m
  FROM shadow_rows WHERE sb IS NOT NULL AND sc IS NOT NULL AND err_b = 0 AND err_c = 0
),
shadow_psi_q AS (
  SELECT s.seg, s.m, q.j, q.p * CAST(s.m - 1 AS DOUBLE) AS h, FLOOR(q.p * CAST(s.m - 1 AS DOUBLE)) AS lo
  FROM (SELECT DISTINCT seg, m FROM shadow_psi_rows) s CROSS JOIN (SELECT CAST('1' AS VARCHAR) AS j, CAST('0.1' AS DOUBLE) AS p UNION ALL SELECT CAST('2' AS VARCHAR) AS j, CAST('0.2' AS DOUBLE) AS p UNION ALL SELECT CAST('3' AS VARCHAR) AS j, CAST('0.3' AS DOUBLE) AS p UNION ALL SELECT CAST('4' AS VARCHAR) AS j, CAST('0.4' AS DOUBLE) AS p UNION ALL SELECT CAST('5' AS VARCHAR) AS j, CAST('0.5' AS DOUBLE) AS p UNION ALL SELECT CAST('6' AS VARCHAR) AS j, CAST('0.6' AS DOUBLE) AS p UNION ALL SELECT CAST('7' AS VARCHAR) AS j, CAST('0.7' AS DOUBLE) AS p UNION ALL SELECT CAST('8' AS VARCHAR) AS j, CAST('0.8' AS DOUBLE) AS p UNION ALL SELECT CAST('9' AS VARCHAR) AS j, CAST('0.9' AS DOUBLE) AS p) q
),
shadow_psi_e AS (
  SELECT q.seg, q.j, CASE WHEN q.lo >= q.m - 1 OR q.h - q.lo = 0 THEN MAX(CASE WHEN r.r = q.lo THEN r.sb END) ELSE MAX(CASE WHEN r.r = q.lo THEN r.sb END) + (q.h - q.lo) * (MAX(CASE WHEN r.r = q.lo + 1 THEN r.sb END) - MAX(CASE WHEN r.r = q.lo THEN r.sb END)) END AS e
  FROM shadow_psi_q q JOIN shadow_psi_rows r ON r.seg = q.seg AND r.r >= q.lo AND r.r <= q.lo + 1 GROUP BY q.seg, q.j, q.h, q.lo, q.m
),
shadow_psi_d AS (
  SELECT seg, e FROM (SELECT seg, e, LAG(e) OVER (PARTITION BY seg ORDER BY CAST(j AS BIGINT)) AS prev FROM shadow_psi_e) x WHERE prev IS NULL OR e > prev
),
shadow_psi_bins AS (
  SELECT r.seg, r.rid, SUM(CASE WHEN e.e < r.sb THEN 1 ELSE 0 END) AS kb, SUM(CASE WHEN e.e < r.sc THEN 1 ELSE 0 END) AS kc
  FROM shadow_psi_rows r JOIN shadow_psi_d e ON e.seg = r.seg GROUP BY r.seg, r.rid
),
shadow_band_r AS (
  SELECT s.seg, s.m, q.metric, q.p,
    CASE WHEN FLOOR((q.p * CAST(s.m - 1 AS DOUBLE)) - (CAST('6' AS DOUBLE) * SQRT(CAST(s.m AS DOUBLE) * q.p * (1 - q.p)) + 2)) < 0 THEN 0 ELSE FLOOR((q.p * CAST(s.m - 1 AS DOUBLE)) - (CAST('6' AS DOUBLE) * SQRT(CAST(s.m AS DOUBLE) * q.p * (1 - q.p)) + 2)) END AS lo,
    CASE WHEN CEIL((q.p * CAST(s.m - 1 AS DOUBLE)) + (CAST('6' AS DOUBLE) * SQRT(CAST(s.m AS DOUBLE) * q.p * (1 - q.p)) + 2)) > s.m - 1 THEN s.m - 1 ELSE CEIL((q.p * CAST(s.m - 1 AS DOUBLE)) + (CAST('6' AS DOUBLE) * SQRT(CAST(s.m AS DOUBLE) * q.p * (1 - q.p)) + 2)) END AS hi
  FROM shadow_latm s JOIN shadow_sums u ON u.seg = s.seg CROSS JOIN (SELECT CAST('latency_p50_ms' AS VARCHAR) AS metric, CAST('0.5' AS DOUBLE) AS p UNION ALL SELECT CAST('latency_p95_ms' AS VARCHAR) AS metric, CAST('0.95' AS DOUBLE) AS p UNION ALL SELECT CAST('latency_p99_ms' AS VARCHAR) AS metric, CAST('0.99' AS DOUBLE) AS p) q
  WHERE (s.seg = 'overall' OR u.v0 >= 150) AND (CASE WHEN q.metric = 'latency_p50_ms' THEN CASE WHEN s.seg IN ('region=BR') THEN 1 ELSE 0 END WHEN q.metric = 'latency_p95_ms' THEN 1 WHEN q.metric = 'latency_p99_ms' THEN 1 ELSE 0 END) = 1
),
shadow_band AS (
  SELECT q.seg, q.metric,
    MAX(CASE WHEN l.rb = q.lo THEN l.lat_b END) AS lo_a, MAX(CASE WHEN l.rb = q.hi THEN l.lat_b END) AS hi_a,
    MAX(CASE WHEN l.rc = q.lo THEN l.lat_c END) AS lo_b, MAX(CASE WHEN l.rc = q.hi THEN l.lat_c END) AS hi_b
  FROM shadow_band_r q JOIN shadow_lat l ON l.seg = q.seg AND (l.rb = q.lo OR l.rb = q.hi OR l.rc = q.lo OR l.rc = q.hi)
  GROUP BY q.seg, q.metric
),
shadow_band_g AS (
  SELECT b.seg, b.metric, b.lo_a, b.hi_a, b.lo_b, b.hi_b,
    SUM(CASE WHEN NOT ((l.lat_b >= b.lo_a AND l.lat_b <= b.hi_a) OR (l.lat_c >= b.lo_b AND l.lat_c <= b.hi_b)) AND (CASE WHEN l.lat_b > b.hi_a THEN 2 ELSE 0 END) + (CASE WHEN l.lat_c > b.hi_b THEN 1 ELSE 0 END) = 0 THEN 1 ELSE 0 END) AS g0, SUM(CASE WHEN NOT ((l.lat_b >= b.lo_a AND l.lat_b <= b.hi_a) OR (l.lat_c >= b.lo_b AND l.lat_c <= b.hi_b)) AND (CASE WHEN l.lat_b > b.hi_a THEN 2 ELSE 0 END) + (CASE WHEN l.lat_c > b.hi_b THEN 1 ELSE 0 END) = 1 THEN 1 ELSE 0 END) AS g1, SUM(CASE WHEN NOT ((l.lat_b >= b.lo_a AND l.lat_b <= b.hi_a) OR (l.lat_c >= b.lo_b AND l.lat_c <= b.hi_b)) AND (CASE WHEN l.lat_b > b.hi_a THEN 2 ELSE 0 END) + (CASE WHEN l.lat_c > b.hi_b THEN 1 ELSE 0 END) = 2 THEN 1 ELSE 0 END) AS g2, SUM(CASE WHEN NOT ((l.lat_b >= b.lo_a AND l.lat_b <= b.hi_a) OR (l.lat_c >= b.lo_b AND l.lat_c <= b.hi_b)) AND (CASE WHEN l.lat_b > b.hi_a THEN 2 ELSE 0 END) + (CASE WHEN l.lat_c > b.hi_b THEN 1 ELSE 0 END) = 3 THEN 1 ELSE 0 END) AS g3
  FROM shadow_band b JOIN shadow_lat l ON l.seg = b.seg GROUP BY b.seg, b.metric, b.lo_a, b.hi_a, b.lo_b, b.hi_b
),
shadow_band_u AS (
  SELECT seg, metric, a, b, n, ROW_NUMBER() OVER (PARTITION BY seg, metric ORDER BY a, b) - 1 AS j FROM (
    SELECT b.seg, b.metric, l.lat_b AS a, l.lat_c AS b, COUNT(*) AS n FROM shadow_band b JOIN shadow_lat l ON l.seg = b.seg AND ((l.lat_b >= b.lo_a AND l.lat_b <= b.hi_a) OR (l.lat_c >= b.lo_b AND l.lat_c <= b.hi_b))
    GROUP BY b.seg, b.metric, l.lat_b, l.lat_c) x
)
SELECT "segment", "kind", "key", "value", "text" FROM (
SELECT CAST('' AS VARCHAR) AS "segment", CAST('header' AS VARCHAR) AS "kind", CAST('model-release-gate/summaries@1' AS VARCHAR) AS "key", CAST(NULL AS DOUBLE) AS "value", CAST('{"fingerprint":"92aad77a223803cca5bd418611f6bafa","settings":{"source":"shadow","task":"binary","threshold":0.5,"columns":{"request_id":"request_id","model":"model","latency_ms":"latency_ms","cost_usd":"cost_usd","input_tokens":"input_tokens","output_tokens":"output_tokens","error":"error","score":"score","prediction":"prediction","label":"label"},"segments":["region","device"],"cross":[["region","device"]],"models":{"baseline":"baseline","candidate":"candidate"},"pricing":null,"envelope":["agreement","cost_per_1k","error_rate","latency_p50_ms","latency_p95_ms","latency_p99_ms","score_psi"],"value_for_money":false,"psi_bins":10,"band_sd":6,"latency_quantiles":{"latency_p50_ms":0.5,"latency_p95_ms":0.95,"latency_p99_ms":0.99}}}' AS VARCHAR) AS "text"
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('count' AS VARCHAR) AS "kind", CAST('rows' AS VARCHAR) AS "key", CAST(COALESCE(rows_n, 0) AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_counts
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('count' AS VARCHAR) AS "kind", CAST('baseline_rows' AS VARCHAR) AS "key", CAST(COALESCE(b_rows, 0) AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_counts
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('count' AS VARCHAR) AS "kind", CAST('candidate_rows' AS VARCHAR) AS "key", CAST(COALESCE(c_rows, 0) AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_counts
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('count' AS VARCHAR) AS "kind", CAST('other_model_rows' AS VARCHAR) AS "key", CAST(COALESCE(other_rows, 0) AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_counts
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('count' AS VARCHAR) AS "kind", CAST('labelled_rows' AS VARCHAR) AS "key", CAST(COALESCE(labelled_rows, 0) AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_counts
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('count' AS VARCHAR) AS "kind", CAST('requests' AS VARCHAR) AS "key", CAST(COALESCE(requests, 0) AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_reqs
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('count' AS VARCHAR) AS "kind", CAST('paired' AS VARCHAR) AS "key", CAST(COALESCE(paired, 0) AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_reqs
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('count' AS VARCHAR) AS "kind", CAST('only_baseline' AS VARCHAR) AS "key", CAST(COALESCE(only_b, 0) AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_reqs
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('count' AS VARCHAR) AS "kind", CAST('only_candidate' AS VARCHAR) AS "key", CAST(COALESCE(only_c, 0) AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_reqs
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('count' AS VARCHAR) AS "kind", CAST('duplicate_requests' AS VARCHAR) AS "key", CAST(COALESCE(dup, 0) AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_reqs
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('only_id' AS VARCHAR) AS "kind", CAST((CAST(side AS VARCHAR) || '/' || CAST(j AS VARCHAR)) AS VARCHAR) AS "key", CAST(NULL AS DOUBLE) AS "value", CAST(('"' || REPLACE(REPLACE(CASE WHEN LENGTH(rid) > 40 THEN (SUBSTR(rid, 1, 37) || '...') ELSE rid END, chr(92), (chr(92) || chr(92))), '"', (chr(92) || '"')) || '"') AS VARCHAR) AS "text" FROM shadow_only WHERE j < 5
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('info' AS VARCHAR) AS "kind", CAST('has_cost' AS VARCHAR) AS "key", CAST(1 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text"
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('info' AS VARCHAR) AS "kind", CAST('has_error' AS VARCHAR) AS "key", CAST(1 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text"
UNION ALL
SELECT CAST('' AS VARCHAR) AS "segment", CAST('info' AS VARCHAR) AS "kind", CAST('cost_source' AS VARCHAR) AS "key", CAST(NULL AS DOUBLE) AS "value", CAST('cost_usd' AS VARCHAR) AS "text"
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('segment' AS VARCHAR) AS "kind", CAST('' AS VARCHAR) AS "key", CAST(NULL AS DOUBLE) AS "value", CAST(seg_keys AS VARCHAR) AS "text" FROM (SELECT DISTINCT seg, seg_keys FROM shadow_rows) x
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('sums' AS VARCHAR) AS "kind", CAST('0' AS VARCHAR) AS "key", CAST(v0 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('sums' AS VARCHAR) AS "kind", CAST('1' AS VARCHAR) AS "key", CAST(v1 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('sums' AS VARCHAR) AS "kind", CAST('2' AS VARCHAR) AS "key", CAST(v2 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('sums' AS VARCHAR) AS "kind", CAST('3' AS VARCHAR) AS "key", CAST(v3 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('sums' AS VARCHAR) AS "kind", CAST('4' AS VARCHAR) AS "key", CAST(v4 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('sums' AS VARCHAR) AS "kind", CAST('5' AS VARCHAR) AS "key", CAST(v5 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('sums' AS VARCHAR) AS "kind", CAST('6' AS VARCHAR) AS "key", CAST(v6 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('sums' AS VARCHAR) AS "kind", CAST('7' AS VARCHAR) AS "key", CAST(v7 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('sums' AS VARCHAR) AS "kind", CAST('8' AS VARCHAR) AS "key", CAST(v8 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('sums' AS VARCHAR) AS "kind", CAST('9' AS VARCHAR) AS "key", CAST(v9 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('sums' AS VARCHAR) AS "kind", CAST('10' AS VARCHAR) AS "key", CAST(v10 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_sums
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('latency' AS VARCHAR) AS "kind", CAST('0' AS VARCHAR) AS "key", CAST(m AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_latm
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('latency' AS VARCHAR) AS "kind", CAST(CAST(CAST(j AS BIGINT) + 1 AS VARCHAR) AS VARCHAR) AS "key", CAST(CASE WHEN lo >= m - 1 OR h - lo = 0 THEN b0 ELSE b0 + (h - lo) * (b1 - b0) END AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_latv
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('latency' AS VARCHAR) AS "kind", CAST(CAST(CAST(j AS BIGINT) + 4 AS VARCHAR) AS VARCHAR) AS "key", CAST(CASE WHEN lo >= m - 1 OR h - lo = 0 THEN c0 ELSE c0 + (h - lo) * (c1 - c0) END AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_latv
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('psi' AS VARCHAR) AS "kind", CAST(CAST(kb AS VARCHAR) AS VARCHAR) AS "key", CAST(COUNT(*) AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_psi_bins GROUP BY seg, kb
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('psi' AS VARCHAR) AS "kind", CAST(CAST(kc + 10 AS VARCHAR) AS VARCHAR) AS "key", CAST(COUNT(*) AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_psi_bins GROUP BY seg, kc
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('band' AS VARCHAR) AS "kind", CAST((metric || '/loA') AS VARCHAR) AS "key", CAST(lo_a AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_band_g
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('band' AS VARCHAR) AS "kind", CAST((metric || '/hiA') AS VARCHAR) AS "key", CAST(hi_a AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_band_g
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('band' AS VARCHAR) AS "kind", CAST((metric || '/loB') AS VARCHAR) AS "key", CAST(lo_b AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_band_g
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('band' AS VARCHAR) AS "kind", CAST((metric || '/hiB') AS VARCHAR) AS "key", CAST(hi_b AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_band_g
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('band' AS VARCHAR) AS "kind", CAST((metric || '/g0') AS VARCHAR) AS "key", CAST(g0 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_band_g
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('band' AS VARCHAR) AS "kind", CAST((metric || '/g1') AS VARCHAR) AS "key", CAST(g1 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_band_g
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('band' AS VARCHAR) AS "kind", CAST((metric || '/g2') AS VARCHAR) AS "key", CAST(g2 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_band_g
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('band' AS VARCHAR) AS "kind", CAST((metric || '/g3') AS VARCHAR) AS "key", CAST(g3 AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_band_g
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('band_unit' AS VARCHAR) AS "kind", CAST((metric || '/' || CAST(j AS VARCHAR) || '/a') AS VARCHAR) AS "key", CAST(a AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_band_u
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('band_unit' AS VARCHAR) AS "kind", CAST((metric || '/' || CAST(j AS VARCHAR) || '/b') AS VARCHAR) AS "key", CAST(b AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_band_u
UNION ALL
SELECT CAST(seg AS VARCHAR) AS "segment", CAST('band_unit' AS VARCHAR) AS "kind", CAST((metric || '/' || CAST(j AS VARCHAR) || '/n') AS VARCHAR) AS "key", CAST(n AS DOUBLE) AS "value", CAST(NULL AS VARCHAR) AS "text" FROM shadow_band_u
) shadow_records
ORDER BY "kind", "segment", "key"
