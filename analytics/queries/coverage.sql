-- Coverage analytics: trends, rankings, distribution, comparison, regulation before/after.
-- $scope: '' for the whole country, a province code, or a kabupaten/kota code. Kabupaten/kota
-- rows are summed; rows reported for a whole province (curated facts) are never added to them.

-- name: cov_periods
SELECT DISTINCT c.period FROM coverage c JOIN region r ON r.code = c.region_code
WHERE r.level IN ('kabupaten', 'kota') AND c.segment <> 'ALL'
ORDER BY c.period;

-- name: cov_segment_trend
SELECT c.period, c.segment, sum(c.active_participants) AS active_participants,
       count(DISTINCT c.region_code) AS regions, bool_or(c.is_demo) AS is_demo
FROM coverage c JOIN region r ON r.code = c.region_code
WHERE r.level IN ('kabupaten', 'kota') AND c.worker_group = 'all' AND c.segment <> 'ALL'
  AND ($scope = '' OR r.province_code = $scope OR r.code = $scope)
GROUP BY c.period, c.segment
ORDER BY c.period, c.segment;

-- name: cov_kabkota_total
-- How many kabupaten/kota a scope has ('' = the country, a province code, or one region's code):
-- a segment total is only the scope's total in a month all of them report.
SELECT count(*) AS regions FROM region
WHERE level IN ('kabupaten', 'kota') AND ($scope = '' OR province_code = $scope OR code = $scope);

-- name: cov_group_trend
-- Worker groups with their own headcount target: active / target where a target is reported.
SELECT c.period, c.worker_group, sum(c.active_participants) AS active_participants,
       sum(c.target_workers) AS target_workers,
       CASE WHEN sum(c.target_workers) > 0
            THEN 100.0 * sum(c.active_participants) FILTER (WHERE c.target_workers IS NOT NULL)
                 / sum(c.target_workers) END AS coverage_pct,
       count(DISTINCT c.region_code) AS regions, bool_or(c.is_demo) AS is_demo
FROM coverage c JOIN region r ON r.code = c.region_code
WHERE r.level IN ('kabupaten', 'kota') AND c.worker_group <> 'all'
  AND ($scope = '' OR r.province_code = $scope OR r.code = $scope)
GROUP BY c.period, c.worker_group
ORDER BY c.period, c.worker_group;

-- name: cov_ranking
-- One row per region of $level ('provinsi' or 'kabupaten_kota', optionally within $province) at
-- $period: level (active), UCJ, growth against the same month a year earlier (budget cycles make
-- other comparisons misleading), gap to the employed population, and 24-month sparklines.
WITH base AS (
    SELECT u.* FROM ucj u
    WHERE (($level = 'provinsi' AND u.level = 'provinsi')
           OR ($level = 'kabupaten_kota' AND u.level IN ('kabupaten', 'kota')))
      AND ($province = '' OR u.province_code = $province)
), now AS (
    SELECT * FROM base WHERE period = CAST($period AS DATE)
), before AS (
    SELECT region_code, active_participants, ucj_pct FROM base
    WHERE period = CAST($period AS DATE) - INTERVAL 12 MONTH
), spark AS (
    SELECT region_code,
           list(active_participants ORDER BY period) FILTER (WHERE active_participants IS NOT NULL) AS active_trend,
           list(ucj_pct ORDER BY period) FILTER (WHERE ucj_pct IS NOT NULL) AS ucj_trend
    FROM base
    WHERE period > CAST($period AS DATE) - INTERVAL 24 MONTH AND period <= CAST($period AS DATE)
    GROUP BY region_code
)
SELECT n.region_code, n.name, n.level, n.province_code, p.name AS province,
       n.active_participants, n.employed, n.edition, n.ucj_pct,
       b.active_participants AS active_year_before,
       CASE WHEN b.active_participants > 0
            THEN 100.0 * (n.active_participants - b.active_participants) / b.active_participants END AS growth_pct,
       n.ucj_pct - b.ucj_pct AS ucj_change_pts,
       CASE WHEN n.employed IS NOT NULL THEN greatest(n.employed - n.active_participants, 0) END AS gap_workers,
       s.active_trend, s.ucj_trend, n.is_demo
FROM now n
JOIN region p ON p.code = n.province_code
LEFT JOIN before b ON b.region_code = n.region_code
LEFT JOIN spark s ON s.region_code = n.region_code
ORDER BY n.region_code;

-- name: cov_compare
-- Monthly UCJ series of chosen regions ($codes: a list of region codes).
SELECT region_code, name, level, period, active_participants, employed, ucj_pct, is_demo
FROM ucj WHERE list_contains($codes, region_code)
ORDER BY region_code, period;

-- name: cov_compare_choices
SELECT code, name, level, province_code FROM region ORDER BY code;

-- name: cov_regulation_growth
-- For every month in which some kabupaten/kota's first Perda/Perbup/Perwali took effect: the
-- like-month growth of active participants of $group ('all' = all segments) in the 12 months
-- before and after, for that region ('treated') and for every region without such a regulation
-- by 12 months after ('control'). Regions regulated earlier, or within the 12 months after, are
-- neither. Descriptive only: no causal claim is made from this.
WITH series AS (
    SELECT c.region_code, c.period, sum(c.active_participants) AS active
    FROM coverage c JOIN region r ON r.code = c.region_code
    WHERE r.level IN ('kabupaten', 'kota') AND c.worker_group = $group AND c.segment <> 'ALL'
    GROUP BY c.region_code, c.period
), first_reg AS (
    SELECT g.region_code, CAST(date_trunc('month', min(g.effective_date)) AS DATE) AS reg_month,
           min(g.effective_date) AS effective_date,
           arg_min(g.instrument, g.effective_date) AS instrument,
           bool_or(g.issued_on IS NULL) AS date_is_known_by
    FROM regulation g JOIN region r ON r.code = g.region_code
    WHERE r.level IN ('kabupaten', 'kota') AND g.instrument IN ('perda', 'perbup', 'perwali')
      AND g.status IN ('issued', 'revoked')
    GROUP BY g.region_code
), events AS (
    SELECT DISTINCT reg_month FROM first_reg
), growth AS (
    SELECT e.reg_month, s0.region_code, sb.active AS active_before, s0.active AS active_at, sa.active AS active_after
    FROM events e
    JOIN series s0 ON s0.period = e.reg_month
    JOIN series sb ON sb.region_code = s0.region_code AND sb.period = e.reg_month - INTERVAL 12 MONTH
    JOIN series sa ON sa.region_code = s0.region_code AND sa.period = e.reg_month + INTERVAL 12 MONTH
)
SELECT g.reg_month, g.region_code, r.name, r.province_code,
       CASE WHEN f.reg_month = g.reg_month THEN 'treated' ELSE 'control' END AS role,
       f.instrument, f.effective_date, coalesce(f.date_is_known_by, false) AS date_is_known_by,
       g.active_before, g.active_at, g.active_after,
       100.0 * (g.active_at - g.active_before) / nullif(g.active_before, 0) AS growth_before_pct,
       100.0 * (g.active_after - g.active_at) / nullif(g.active_at, 0) AS growth_after_pct
FROM growth g
JOIN region r ON r.code = g.region_code
LEFT JOIN first_reg f ON f.region_code = g.region_code
WHERE f.reg_month = g.reg_month
   OR f.reg_month IS NULL
   OR f.reg_month > g.reg_month + INTERVAL 12 MONTH
ORDER BY g.reg_month, role DESC, g.region_code;
