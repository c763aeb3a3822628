-- Overview page: national and per-province headline figures.
-- A province's figures come from the `ucj` view: its own reported total, else the sum of its
-- kabupaten/kota. Segment sums add kabupaten/kota rows only (a province total is never added).

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
-- $period: coverage month; $as_of: date for regulation status; $year: budget year.
-- Participants, employed and UCJ come from the `ucj` view (a province's own reported total, else
-- the sum of its kabupaten/kota; the latest Sakernas edition up to the month's year), with the
-- source of the participants figure: the province's own row, or its kabupaten/kota rows.
WITH kab AS (
    SELECT code, province_code FROM region WHERE level IN ('kabupaten', 'kota')
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
), numerator AS (
    SELECT * FROM ucj WHERE level = 'provinsi' AND period = $period
), numerator_rows AS (  -- the coverage rows the participants figure was made of
    SELECT n.region_code AS province_code, c.*
    FROM numerator n
    JOIN coverage c ON c.period = n.period AND c.worker_group = 'all'
    JOIN region r ON r.code = c.region_code
    WHERE CASE n.numerator_source
              WHEN 'sum_of_kabupaten_kota' THEN r.province_code = n.region_code AND r.level <> 'provinsi'
              WHEN 'reported_total' THEN c.region_code = n.region_code AND c.segment = 'ALL'
              ELSE c.region_code = n.region_code AND c.segment <> 'ALL' END
), sources AS (
    SELECT province_code,
           string_agg(DISTINCT coalesce(source_title, source_note), '; '
                      ORDER BY coalesce(source_title, source_note)) AS source_title,
           CASE WHEN count(DISTINCT source_url) = 1 THEN min(source_url) END AS source_url,
           max(source_date) AS source_date,
           -- as strong as its weakest row
           CASE min(CASE confidence WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 END)
                WHEN 3 THEN 'high' WHEN 2 THEN 'medium' WHEN 1 THEN 'low' END AS confidence
    FROM numerator_rows GROUP BY province_code
)
SELECT p.code AS province_code, p.name AS province,
       (SELECT count(*) FROM kab WHERE kab.province_code = p.code) AS regions_total,
       coalesce(g.regions_with_regulation, 0) AS regions_with_regulation,
       n.active_participants, n.numerator_source, n.regions_reporting,
       n.employed, n.employment_year, n.edition, n.ucj_pct,
       b.allocated_rp,
       s.source_title, s.source_url, s.source_date, s.confidence,
       coalesce(n.is_demo, false) AS is_demo
FROM region p
LEFT JOIN numerator n ON n.region_code = p.code
LEFT JOIN regulated g ON g.province_code = p.code
LEFT JOIN budget b ON b.province_code = p.code
LEFT JOIN sources s ON s.province_code = p.code
WHERE p.level = 'provinsi'
ORDER BY p.code;

-- name: overview_periods
-- Months with a participants figure for at least one province (own or summed), newest first.
SELECT DISTINCT period FROM ucj WHERE level = 'provinsi' ORDER BY period DESC;

-- name: national_reported_ucj
-- The national UCJ a source reports (reported_figure with no region, indicator ucj_pct): the
-- latest month on or before $period, else the earliest after it; most confident source first.
SELECT period, value, value_reported, source_title, source_url, source_date, confidence
FROM reported_figure
WHERE region_code IS NULL AND indicator = 'ucj_pct'
ORDER BY (period > strftime(CAST($period AS DATE), '%Y-%m')),
         CASE WHEN period <= strftime(CAST($period AS DATE), '%Y-%m') THEN period END DESC NULLS LAST, period,
         CASE confidence WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 ELSE 0 END DESC
LIMIT 1;
