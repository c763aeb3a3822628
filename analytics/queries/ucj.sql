-- UCJ (Universal Coverage Jamsostek) page, brief, map and rankings; budget cycles; funding sources.
-- Every UCJ query reads the `ucj` view (analytics/store.py), so numerator, denominator and the
-- denominator's edition always travel with the rate. A region without a denominator keeps a NULL
-- rate: "no data", never 0 or 100.

-- name: ucj_periods
-- Months with a UCJ numerator, newest first.
SELECT DISTINCT period FROM ucj ORDER BY period DESC;

-- name: ucj_default_period
-- The month a page opens on: the newest one for which most provinces have a figure (at least
-- 80 % of the best-covered month), so public data opens on December 2023 (the Kemnaker table,
-- 28 provinces), not on a later month a single news report gave for three provinces.
WITH counts AS (
    SELECT period, count(*) AS provinces FROM ucj WHERE level = 'provinsi' GROUP BY period
)
SELECT max(period) AS period FROM counts WHERE provinces >= 0.8 * (SELECT max(provinces) FROM counts);

-- name: ucj_targets
-- Every target with its document and source; `used` marks the one gaps are measured against.
SELECT t.year, t.region_code, t.target_pct, t.document, t.definition, t.source, t.source_url, t.source_date,
       t.confidence, (u.target_pct IS NOT NULL) AS used, t.is_demo
FROM ucj_target t
LEFT JOIN ucj_target_used u ON u.year = t.year AND u.region_code IS NOT DISTINCT FROM t.region_code
     AND u.target_pct = t.target_pct AND u.document IS NOT DISTINCT FROM t.document
ORDER BY t.year, t.region_code NULLS FIRST, used DESC, t.document;

-- name: ucj_regions
-- $codes: list of region codes; $period: a month (DATE) or NULL for each region's latest month.
-- One row per requested region, with NULLs where there is no UCJ row (no data, not zero).
-- The target is the region's own for the period's year, else the national one.
WITH picked AS (
    SELECT * FROM ucj
    WHERE list_contains($codes, region_code)
      AND (CAST($period AS DATE) IS NULL OR period = CAST($period AS DATE))
    QUALIFY row_number() OVER (PARTITION BY region_code ORDER BY period DESC) = 1
), targets AS (
    SELECT year, region_code, target_pct, coalesce(document || ': ', '') || source AS source FROM ucj_target_used
)
SELECT r.code AS region_code, r.name, r.level, r.province_code,
       coalesce(p.period, CAST($period AS DATE)) AS period,
       p.active_participants, p.numerator_source, p.regions_reporting, p.regions_total, p.employed,
       p.employment_year, p.edition, p.ucj_pct, coalesce(p.is_demo, false) AS is_demo,
       coalesce(tr.target_pct, tn.target_pct) AS target_pct,
       coalesce(tr.source, tn.source) AS target_source
FROM region r
LEFT JOIN picked p ON p.region_code = r.code
LEFT JOIN targets tr ON tr.region_code = r.code AND tr.year = year(coalesce(p.period, CAST($period AS DATE)))
LEFT JOIN targets tn ON tn.region_code IS NULL AND tn.year = year(coalesce(p.period, CAST($period AS DATE)))
WHERE list_contains($codes, r.code)
ORDER BY r.code;

-- name: ucj_province_codes
SELECT code FROM region WHERE level = 'provinsi' ORDER BY code;

-- name: ucj_kabkota_codes
-- $province: province code
SELECT code FROM region WHERE province_code = $province AND level <> 'provinsi' ORDER BY code;

-- name: ucj_national_series
-- National UCJ per month: the sum of provinces' numerators over the sum of their denominators,
-- counting only provinces that have both (how many is reported beside the rate).
WITH prov AS (
    SELECT u.* FROM ucj u WHERE u.level = 'provinsi'
), targets AS (
    SELECT year, target_pct, coalesce(document || ': ', '') || source AS source FROM ucj_target_used
    WHERE region_code IS NULL
)
SELECT p.period, year(p.period) AS year,
       CAST(sum(p.active_participants) FILTER (WHERE p.employed > 0 AND p.active_participants IS NOT NULL) AS BIGINT)
           AS active_participants,
       CAST(sum(p.employed) FILTER (WHERE p.employed > 0 AND p.active_participants IS NOT NULL) AS BIGINT)
           AS employed,
       count(*) FILTER (WHERE p.employed > 0 AND p.active_participants IS NOT NULL) AS provinces_included,
       (SELECT count(*) FROM region WHERE level = 'provinsi') AS provinces_total,
       CASE WHEN sum(p.employed) FILTER (WHERE p.employed > 0 AND p.active_participants IS NOT NULL) > 0
            THEN round(100.0 * sum(p.active_participants) FILTER (WHERE p.employed > 0 AND p.active_participants IS NOT NULL)
                       / sum(p.employed) FILTER (WHERE p.employed > 0 AND p.active_participants IS NOT NULL), 2)
       END AS ucj_pct,
       string_agg(DISTINCT p.edition, '; ' ORDER BY p.edition)
           FILTER (WHERE p.employed > 0 AND p.active_participants IS NOT NULL) AS editions,
       bool_or(p.is_demo) FILTER (WHERE p.employed > 0 AND p.active_participants IS NOT NULL) AS is_demo,
       any_value(t.target_pct) AS target_pct, any_value(t.source) AS target_source
FROM prov p LEFT JOIN targets t ON t.year = year(p.period)
GROUP BY p.period
ORDER BY p.period;

-- name: group_monthly_series
-- Budget cycles: active participants per region, worker group and month for one province's
-- regions (the province itself and its kabupaten/kota), up to $as_of. A group's monthly figure
-- is its reported all-segment total when there is one, else the sum of its segment rows. A series
-- is of one kind: where a region's group has demo rows, its public rows are left out (a public
-- count among demo months would read as a drop).
-- $province: province code; $region: one region code or NULL for all; $as_of: DATE.
WITH rows AS (
    SELECT c.*, r.name, r.level,
           bool_or(c.is_demo) OVER (PARTITION BY c.region_code, c.worker_group) AS series_is_demo
    FROM coverage c JOIN region r ON r.code = c.region_code
    WHERE (CAST($province AS VARCHAR) IS NULL OR r.province_code = CAST($province AS VARCHAR))
      AND (CAST($region AS VARCHAR) IS NULL OR c.region_code = CAST($region AS VARCHAR))
      AND c.period <= CAST($as_of AS DATE)
)
SELECT region_code, name, level, worker_group, period,
       CAST(coalesce(max(CASE WHEN segment = 'ALL' THEN active_participants END),
                     sum(CASE WHEN segment <> 'ALL' THEN active_participants END)) AS BIGINT)
           AS active_participants,
       bool_or(is_demo) AS is_demo
FROM rows
WHERE is_demo = series_is_demo
GROUP BY region_code, name, level, worker_group, period
ORDER BY region_code, worker_group, period;

-- name: funding_by_source
-- Budget totals by funding source per province and year. $province: a code or NULL for all
-- provinces. A province's total holds its own budget rows and those of its kabupaten/kota.
SELECT r.province_code, p.name AS province, b.year, b.funding_source,
       sum(b.allocated_rp) AS allocated_rp, sum(b.realised_rp) AS realised_rp,
       CAST(sum(b.workers_funded) AS BIGINT) AS workers_funded,
       count(DISTINCT b.region_code) AS regions, bool_or(b.is_demo) AS is_demo
FROM budget b
JOIN region r ON r.code = b.region_code
JOIN region p ON p.code = r.province_code
WHERE CAST($province AS VARCHAR) IS NULL OR r.province_code = CAST($province AS VARCHAR)
GROUP BY r.province_code, p.name, b.year, b.funding_source
ORDER BY r.province_code, b.year, b.funding_source;
