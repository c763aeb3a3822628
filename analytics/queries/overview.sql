-- Overview page: national and per-province headline figures.
-- Kabupaten/kota rows are summed to provinces; rows reported for a whole province (curated facts)
-- and segment 'ALL' totals are never added to those sums.

-- name: latest_coverage_period
SELECT max(period) AS period FROM coverage c JOIN region r ON r.code = c.region_code
WHERE r.level <> 'provinsi' AND c.segment <> 'ALL';

-- name: national_by_segment
-- $period: the month shown
SELECT c.segment, sum(c.active_participants) AS active_participants, bool_or(c.is_demo) AS is_demo
FROM coverage c JOIN region r ON r.code = c.region_code
WHERE r.level <> 'provinsi' AND c.worker_group = 'all' AND c.segment <> 'ALL' AND c.period = $period
GROUP BY c.segment ORDER BY active_participants DESC;

-- name: province_overview
-- $period: coverage month; $as_of: date for regulation status; $year: employment/budget year
WITH kab AS (
    SELECT code, province_code FROM region WHERE level IN ('kabupaten', 'kota')
), active AS (
    SELECT k.province_code, sum(c.active_participants) AS active_participants
    FROM coverage c JOIN kab k ON k.code = c.region_code
    WHERE c.worker_group = 'all' AND c.segment <> 'ALL' AND c.period = $period
    GROUP BY 1
), employed AS (
    SELECT k.province_code, sum(e.employed) AS employed
    FROM employment e JOIN kab k ON k.code = e.region_code
    WHERE e.year = $year GROUP BY 1
), regulated AS (
    SELECT k.province_code, count(DISTINCT g.region_code) AS regions_with_regulation
    FROM regulation g JOIN kab k ON k.code = g.region_code
    WHERE g.instrument IN ('perda', 'perbup', 'perwali')
      AND g.status IN ('issued', 'revoked') AND g.effective_date <= $as_of
      AND (g.revoked_on IS NULL OR g.revoked_on > $as_of)
    GROUP BY 1
), budget AS (
    SELECT k.province_code, sum(b.allocated_rp) AS allocated_rp
    FROM budget b JOIN kab k ON k.code = b.region_code
    WHERE b.year = $year GROUP BY 1
)
SELECT p.code AS province_code, p.name AS province,
       (SELECT count(*) FROM kab WHERE kab.province_code = p.code) AS regions_total,
       coalesce(g.regions_with_regulation, 0) AS regions_with_regulation,
       a.active_participants, e.employed,
       CASE WHEN e.employed > 0 THEN 100.0 * a.active_participants / e.employed END AS ucj_pct,
       b.allocated_rp
FROM region p
LEFT JOIN active a ON a.province_code = p.code
LEFT JOIN employed e ON e.province_code = p.code
LEFT JOIN regulated g ON g.province_code = p.code
LEFT JOIN budget b ON b.province_code = p.code
WHERE p.level = 'provinsi'
ORDER BY p.code;
