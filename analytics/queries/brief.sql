-- Province meeting brief: coverage of one province's kabupaten/kota at the latest month on or
-- before the brief's date and the month before, figures reported for the province itself, and
-- the import batches the brief's numbers come from. $province: province code; $as_of: DATE.

-- name: brief_periods
-- The two latest months with kabupaten/kota coverage on or before $as_of, newest first.
SELECT DISTINCT c.period
FROM coverage c JOIN region r ON r.code = c.region_code
WHERE r.province_code = $province AND r.level <> 'provinsi' AND c.period <= CAST($as_of AS DATE)
ORDER BY c.period DESC
LIMIT 2;

-- name: brief_segments
-- Active participants by segment (all workers), summed over kabupaten/kota, for $period and $previous.
SELECT c.segment, c.period, sum(c.active_participants) AS active_participants, bool_or(c.is_demo) AS is_demo
FROM coverage c JOIN region r ON r.code = c.region_code
WHERE r.province_code = $province AND r.level <> 'provinsi' AND c.worker_group = 'all'
  AND c.segment <> 'ALL' AND c.period IN (CAST($period AS DATE), CAST($previous AS DATE))
GROUP BY c.segment, c.period
ORDER BY c.segment, c.period;

-- name: brief_region_groups
-- Per kabupaten/kota and worker group (not 'all'): active participants and target headcount for
-- $period and $previous. No row = no data (never zero).
SELECT c.region_code, c.worker_group, c.period,
       sum(c.active_participants) AS active_participants,
       CASE WHEN count(c.target_workers) > 0 THEN sum(c.target_workers) END AS target_workers,
       bool_or(c.is_demo) AS is_demo
FROM coverage c JOIN region r ON r.code = c.region_code
WHERE r.province_code = $province AND r.level <> 'provinsi' AND c.worker_group <> 'all'
  AND c.period IN (CAST($period AS DATE), CAST($previous AS DATE))
GROUP BY c.region_code, c.worker_group, c.period
ORDER BY c.region_code, c.worker_group, c.period;

-- name: brief_reported
-- Figures reported for the province as a whole (curated facts, e.g. "about 21,800 Non-ASN
-- participants"), the latest per segment and group on or before $as_of. Never added to sums.
SELECT c.segment, c.worker_group, c.period, c.active_participants, c.target_workers,
       c.source_note, c.source_title, c.source_url, c.source_date, c.confidence, c.batch_id, c.is_demo
FROM coverage c
WHERE c.region_code = $province AND c.period <= CAST($as_of AS DATE)
QUALIFY row_number() OVER (PARTITION BY c.segment, c.worker_group ORDER BY c.period DESC) = 1
ORDER BY c.worker_group, c.segment;

-- name: brief_sources
-- The public sources (title, URL, date, weakest confidence) of the facts a brief can show, most
-- used first; demo rows name none. The province brief: $province and its kabupaten/kota ($region
-- NULL); the kab/kota brief: $region alone. $datasets: the datasets the brief shows (coverage,
-- regulation, employment, budget, paritrana, reported).
WITH codes AS (SELECT code FROM region WHERE coalesce(code = $region, province_code = $province)),
facts AS (
    SELECT 'coverage' AS dataset, source_title, source_url, source_date, confidence FROM coverage
    WHERE region_code IN (SELECT code FROM codes) AND period <= CAST($as_of AS DATE) AND NOT is_demo
    UNION ALL SELECT 'regulation', source_title, source_url, source_date, confidence FROM regulation
    WHERE region_code IN (SELECT code FROM codes) AND NOT is_demo
    UNION ALL SELECT 'employment', source, source_url, source_date, confidence FROM employment
    WHERE region_code IN (SELECT code FROM codes) AND NOT is_demo
    UNION ALL SELECT 'budget', source_title, source_url, source_date, confidence FROM budget
    WHERE region_code IN (SELECT code FROM codes) AND NOT is_demo
    UNION ALL SELECT 'paritrana', source_title, source_url, source_date, confidence FROM paritrana_award
    WHERE region_code IN (SELECT code FROM codes) AND NOT is_demo
    UNION ALL SELECT 'reported', source_title, source_url, source_date, confidence FROM reported_figure
    WHERE region_code IN (SELECT code FROM codes) AND NOT is_demo
)
SELECT coalesce(source_title, source_url) AS source_title, source_url, max(source_date) AS source_date,
       CASE min(CASE confidence WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 END)
            WHEN 3 THEN 'high' WHEN 2 THEN 'medium' WHEN 1 THEN 'low' END AS confidence,
       string_agg(DISTINCT dataset, ',' ORDER BY dataset) AS datasets, count(*) AS facts
FROM facts WHERE (source_title IS NOT NULL OR source_url IS NOT NULL) AND list_contains($datasets, dataset)
GROUP BY coalesce(source_title, source_url), source_url
ORDER BY facts DESC, source_title;

-- name: brief_batches
-- Active import batches holding any row about what a brief covers (the sources it cites), with
-- their files and demo flag: $province and its kabupaten/kota ($region NULL), or $region alone.
WITH codes AS (SELECT code FROM region WHERE coalesce(code = $region, province_code = $province)),
used AS (
    SELECT DISTINCT batch_id FROM coverage WHERE region_code IN (SELECT code FROM codes) AND period <= CAST($as_of AS DATE)
    UNION SELECT DISTINCT batch_id FROM regulation WHERE region_code IN (SELECT code FROM codes)
    UNION SELECT DISTINCT batch_id FROM budget WHERE region_code IN (SELECT code FROM codes)
    UNION SELECT DISTINCT batch_id FROM employment WHERE region_code IN (SELECT code FROM codes)
)
SELECT b.batch_id, b.dataset, b.file_name, b.imported_at, b.is_demo, b.note
FROM import_batch b JOIN used u USING (batch_id)
WHERE b.status = 'active'
ORDER BY b.batch_id;

-- name: brief_budget_sources
-- Allocations of the province's kabupaten/kota for $year by funding source (APBD, APBDes/dana
-- desa, DBH, CSR...), over the groups the brief lists ($groups).
SELECT b.funding_source, sum(b.allocated_rp) AS allocated_rp, count(*) AS records, bool_or(b.is_demo) AS is_demo
FROM budget b JOIN region r ON r.code = b.region_code
WHERE r.province_code = $province AND r.level IN ('kabupaten', 'kota') AND b.year = $year
  AND list_contains($groups, b.worker_group)
GROUP BY b.funding_source
ORDER BY allocated_rp DESC;

-- name: brief_budget_year
-- The latest year up to $year with a budget record for the province's kabupaten/kota in the
-- groups the brief lists ($groups); NULL when there is none.
SELECT max(b.year) AS year
FROM budget b JOIN region r ON r.code = b.region_code
WHERE r.province_code = $province AND r.level IN ('kabupaten', 'kota') AND b.year <= $year
  AND list_contains($groups, b.worker_group);

-- name: brief_reported_ucj
-- UCJ figures a source reports for $region itself (reported_figure, indicator ucj_pct), the
-- latest month on or before $as_of first. Never computed here: shown as reported, with source.
SELECT period, value AS ucj_pct, value_reported, source_title, source_url, source_date, confidence, note, is_demo
FROM reported_figure
WHERE region_code = $region AND indicator = 'ucj_pct' AND period <= strftime(CAST($as_of AS DATE), '%Y-%m')
ORDER BY period DESC, source_date DESC NULLS LAST
LIMIT 1;

-- Kab/kota meeting brief (analytics/brief/region.py): one kabupaten/kota ($region) on $as_of.

-- name: brief_kab_periods
-- The two latest months with coverage of $region on or before $as_of, newest first.
SELECT DISTINCT period FROM coverage
WHERE region_code = $region AND period <= CAST($as_of AS DATE)
ORDER BY period DESC LIMIT 2;

-- name: brief_kab_coverage
-- Coverage of $region by segment and worker group for the months $periods (a list of dates), each
-- row with its source. No row = no data (never zero).
SELECT segment, worker_group, period, sum(active_participants) AS active_participants,
       CASE WHEN count(target_workers) > 0 THEN sum(target_workers) END AS target_workers,
       min(source_title) AS source_title, max(source_date) AS source_date, min(source_note) AS source_note,
       bool_or(is_demo) AS is_demo
FROM coverage
WHERE region_code = $region AND list_contains($periods, period)
GROUP BY segment, worker_group, period
ORDER BY worker_group, segment, period;

-- name: brief_kab_trend
-- Monthly active participants of $region over the 24 months up to $as_of: all workers (segment
-- ALL when reported, else the sum of segments) and each worker group.
WITH rows AS (
    SELECT period, worker_group, segment, sum(active_participants) AS active
    FROM coverage
    WHERE region_code = $region AND period <= CAST($as_of AS DATE)
      AND period > CAST($as_of AS DATE) - INTERVAL 24 MONTH
    GROUP BY period, worker_group, segment
)
SELECT period, worker_group,
       CASE WHEN bool_or(segment = 'ALL') THEN sum(active) FILTER (WHERE segment = 'ALL')
            ELSE sum(active) END AS active
FROM rows GROUP BY period, worker_group ORDER BY worker_group, period;

-- name: brief_kab_allocations
-- What $region has allocated for $year, by worker group and funding source, with the source.
SELECT worker_group, funding_source, sum(allocated_rp) AS allocated_rp, sum(realised_rp) AS realised_rp,
       min(source_title) AS source_title, max(source_date) AS source_date, bool_or(is_demo) AS is_demo
FROM budget WHERE region_code = $region AND year = $year
GROUP BY worker_group, funding_source ORDER BY worker_group, allocated_rp DESC;
