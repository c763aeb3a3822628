-- Map page: one row per region drawn on the map, with the sums the map metrics are made of
-- (analytics/map_metrics.py turns them into rates, statuses and hover text).
--
-- Parameters shared by the map queries:
--   $period   DATE, first day of the month shown
--   $segment  'all' (PU+BPU+JAKON+PMI summed; reported 'ALL' totals are never added) or one segment
--   $group    worker_group ('all', 'non_asn', ...)
--   $level    'provinsi' (the 38 provinces) or 'kabupaten' (kabupaten and kota)
--   $province '' for every region of the level, or a province code ('62') to keep only its regions
--
-- With $segment 'all', a region's reported total (segment 'ALL') is its figure for the month,
-- else the sum of its segment rows (the rule of the ucj view); a total is never added to parts.
-- Provinces are the sums of their kabupaten/kota when every kabupaten/kota reports that month;
-- otherwise the province's own reported row, when there is one (a partial sum of two kabupaten
-- would pass for the province), else the partial sum (regions_reporting says how many).
-- value_source says which. Each value carries its source: title, URL and date when all the rows
-- summed name the same one, the weakest confidence of them, and how many sources there were.
-- Regulation status is taken as of the last day of $period (see map_metrics.regulation_status).

-- name: map_periods
SELECT DISTINCT period FROM coverage ORDER BY period DESC;

-- name: map_worker_groups
SELECT worker_group, count(*) FILTER (WHERE target_workers IS NOT NULL) AS rows_with_target
FROM coverage
GROUP BY worker_group ORDER BY worker_group = 'all' DESC, worker_group;

-- name: map_coverage
-- Coverage and budget sums per region of the level (only regions with any; the others are
-- "no data", added by map_metrics.assemble from map_regions).
WITH kab AS (
    SELECT code, province_code FROM region WHERE level IN ('kabupaten', 'kota')
), kab_total AS (
    SELECT province_code, count(*) AS regions_total FROM kab GROUP BY province_code
), picked AS (
    SELECT c.*,
           CASE c.confidence WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 END AS conf_rank,
           bool_or(c.segment = 'ALL') OVER (PARTITION BY c.region_code, c.period) AS has_total
    FROM coverage c
    WHERE ($segment = 'all' OR c.segment = $segment)
      AND c.worker_group = $group
      AND c.period IN (CAST($period AS DATE), CAST(CAST($period AS DATE) - INTERVAL 12 MONTH AS DATE))
), cov AS (
    SELECT c.region_code, c.period,
           sum(c.active_participants) AS active,
           sum(c.target_workers) AS target,
           -- coverage compares like with like: only rows that carry a target
           sum(CASE WHEN c.target_workers IS NOT NULL THEN c.active_participants END) AS active_targeted,
           bool_or(c.is_demo) AS demo,
           count(DISTINCT coalesce(c.source_title, c.source_url)) AS source_count,
           max(c.source_title) AS source_title, max(c.source_url) AS source_url,
           max(c.source_date) AS source_date, min(c.conf_rank) AS conf_rank
    FROM picked c
    -- a reported total is the region's figure; its segment rows are then not added to it
    WHERE $segment <> 'all' OR (c.segment = 'ALL') = c.has_total
    GROUP BY c.region_code, c.period
), kab_values AS (
    -- greatest() skips NULLs in DuckDB: no target must stay NULL, not become 0 uncovered
    SELECT cv.region_code AS code, k.province_code, cv.period, cv.active, cv.target, cv.active_targeted,
           CASE WHEN cv.target IS NOT NULL THEN greatest(cv.target - cv.active_targeted, 0) END AS uncovered,
           1 AS regions_reporting, 'reported' AS value_source, cv.demo,
           cv.source_count, cv.source_title, cv.source_url, cv.source_date, cv.conf_rank
    FROM cov cv JOIN kab k ON k.code = cv.region_code
), prov_sum AS (
    SELECT v.province_code AS code, v.period, sum(v.active) AS active, sum(v.target) AS target,
           sum(v.active_targeted) AS active_targeted,
           -- per kabupaten/kota: a surplus in one does not fill another's gap
           sum(v.uncovered) AS uncovered,
           count(*) AS regions_reporting, bool_or(v.demo) AS demo,
           greatest(count(DISTINCT coalesce(v.source_title, v.source_url)), max(v.source_count)) AS source_count,
           max(v.source_title) AS source_title, max(v.source_url) AS source_url,
           max(v.source_date) AS source_date, min(v.conf_rank) AS conf_rank,
           count(*) = any_value(t.regions_total) AS complete
    FROM kab_values v JOIN kab_total t ON t.province_code = v.province_code
    GROUP BY v.province_code, v.period
), prov_own AS (
    SELECT cv.region_code AS code, cv.period, cv.active, cv.target, cv.active_targeted,
           CASE WHEN cv.target IS NOT NULL THEN greatest(cv.target - cv.active_targeted, 0) END AS uncovered,
           cv.demo, cv.source_count, cv.source_title, cv.source_url, cv.source_date, cv.conf_rank
    FROM cov cv JOIN region p ON p.code = cv.region_code AND p.level = 'provinsi'
), prov_values AS (
    SELECT s.code, s.period, s.active, s.target, s.active_targeted, s.uncovered, s.regions_reporting,
           'sum_of_kabupaten_kota' AS value_source, s.demo,
           s.source_count, s.source_title, s.source_url, s.source_date, s.conf_rank
    FROM prov_sum s
    WHERE s.complete OR NOT EXISTS (SELECT 1 FROM prov_own o WHERE o.code = s.code AND o.period = s.period)
    UNION ALL
    SELECT o.code, o.period, o.active, o.target, o.active_targeted, o.uncovered, 0, 'reported', o.demo,
           o.source_count, o.source_title, o.source_url, o.source_date, o.conf_rank
    FROM prov_own o
    WHERE NOT EXISTS (SELECT 1 FROM prov_sum s WHERE s.code = o.code AND s.period = o.period AND s.complete)
), vals AS (
    SELECT code, period, active, target, active_targeted, uncovered, regions_reporting, value_source, demo,
           source_count, source_title, source_url, source_date, conf_rank
    FROM kab_values WHERE $level = 'kabupaten' AND ($province = '' OR province_code = $province)
    UNION ALL
    SELECT * FROM prov_values WHERE $level = 'provinsi' AND ($province = '' OR code = $province)
), bud AS (
    SELECT b.region_code, sum(b.allocated_rp) AS budget_rp, bool_or(b.is_demo) AS demo
    FROM budget b
    WHERE b.year = year(CAST($period AS DATE)) AND ($group = 'all' OR b.worker_group = $group)
    GROUP BY b.region_code
), bud_kab AS (
    -- budget next to the target of the same kabupaten/kota, so a ratio never mixes regions
    SELECT k.code, k.province_code, b.budget_rp, b.demo,
           CASE WHEN v.target > 0 THEN b.budget_rp END AS budget_paired,
           CASE WHEN v.target > 0 THEN v.target END AS target_paired
    FROM bud b JOIN kab k ON k.code = b.region_code
    LEFT JOIN kab_values v ON v.code = k.code AND v.period = CAST($period AS DATE)
), bud_values AS (
    SELECT code, budget_rp, budget_paired, target_paired, demo FROM bud_kab
    WHERE $level = 'kabupaten' AND ($province = '' OR province_code = $province)
    UNION ALL
    SELECT province_code, sum(budget_rp), sum(budget_paired), sum(target_paired), bool_or(demo)
    FROM bud_kab WHERE $level = 'provinsi' AND ($province = '' OR province_code = $province)
    GROUP BY province_code
), codes AS (
    SELECT code FROM vals UNION SELECT code FROM bud_values
)
SELECT c.code,
       cur.active, cur.target, cur.active_targeted, cur.uncovered,
       cur.regions_reporting, cur.value_source,
       prev.active AS active_prev, prev.value_source AS value_source_prev,
       b.budget_rp, b.budget_paired, b.target_paired,
       coalesce(cur.demo, false) OR coalesce(prev.demo, false) OR coalesce(b.demo, false) AS coverage_demo,
       -- the source of the month's value (title/URL/date only when it is one source)
       cur.source_count,
       CASE WHEN cur.source_count = 1 THEN cur.source_title END AS source_title,
       CASE WHEN cur.source_count = 1 THEN cur.source_url END AS source_url,
       CASE WHEN cur.source_count = 1 THEN cur.source_date END AS source_date,
       CASE cur.conf_rank WHEN 3 THEN 'high' WHEN 2 THEN 'medium' WHEN 1 THEN 'low' END AS source_confidence
FROM codes c
LEFT JOIN vals cur ON cur.code = c.code AND cur.period = CAST($period AS DATE)
LEFT JOIN vals prev ON prev.code = c.code
     AND prev.period = CAST(CAST($period AS DATE) - INTERVAL 12 MONTH AS DATE)
LEFT JOIN bud_values b ON b.code = c.code
ORDER BY c.code;

-- name: map_regions
-- Every region of the level with its regulation status as of the last day of $period.
-- For kabupaten/kota also their province's own instrument (Pergub...), shown apart and never
-- counted as theirs; for provinces the count of kabupaten/kota with an issued regulation.
WITH kab AS (
    SELECT code, province_code FROM region WHERE level IN ('kabupaten', 'kota')
), reg_rows AS (
    -- rank: 3 an issued regulation (Perda, Perbup, Perwali; Pergub for a province), 2 another
    -- issued instrument (instruksi, surat edaran, keputusan), 1 a draft or one in facilitation,
    -- 0 a record not in force on the date (later, or revoked)
    SELECT g.region_code, g.instrument, g.number, g.year, g.effective_date, g.status, g.is_demo,
           CASE
               WHEN g.status IN ('issued', 'revoked') AND g.effective_date <= last_day(CAST($period AS DATE))
                    AND (g.revoked_on IS NULL OR g.revoked_on > last_day(CAST($period AS DATE)))
                   THEN CASE WHEN g.instrument IN ('perda', 'perbup', 'perwali', 'pergub') THEN 3 ELSE 2 END
               WHEN g.status IN ('draft', 'facilitation')
                    AND (g.effective_date IS NULL OR g.effective_date <= last_day(CAST($period AS DATE)))
                   THEN 1
               ELSE 0
           END AS rank
    FROM regulation g
), reg_best AS (
    SELECT region_code, rank AS reg_rank, instrument AS reg_instrument, number AS reg_number,
           year AS reg_year, effective_date AS reg_date, status AS reg_status, is_demo AS reg_demo
    FROM reg_rows
    QUALIFY row_number() OVER (PARTITION BY region_code
                               ORDER BY rank DESC, effective_date DESC NULLS LAST, instrument) = 1
), snap AS (
    -- a province-wide count of regulated kabupaten/kota, as reported by then
    SELECT province_code, as_of AS snapshot_as_of, regions_with_regulation AS snapshot_regulated,
           regions_total AS snapshot_total
    FROM regulation_snapshot
    WHERE as_of <= last_day(CAST($period AS DATE))
    QUALIFY row_number() OVER (PARTITION BY province_code ORDER BY as_of DESC) = 1
), snap_named AS (
    -- how many of the reported regulated kabupaten/kota the records name (issued by then)
    SELECT s.province_code, count(DISTINCT g.region_code) AS named
    FROM snap s
    JOIN kab k ON k.province_code = s.province_code
    JOIN regulation g ON g.region_code = k.code
    WHERE g.instrument IN ('perda', 'perbup', 'perwali') AND g.status IN ('issued', 'revoked')
      AND g.effective_date <= s.snapshot_as_of
      AND (g.revoked_on IS NULL OR g.revoked_on > s.snapshot_as_of)
    GROUP BY s.province_code
), kab_reg AS (
    SELECT k.province_code, count(*) AS regions_total,
           count(*) FILTER (WHERE rb.reg_rank = 3) AS regions_regulated,
           count(rb.region_code) AS regions_reg_recorded
    FROM kab k LEFT JOIN reg_best rb ON rb.region_code = k.code
    GROUP BY k.province_code
)
SELECT r.code, r.name, r.level, r.province_code,
       CASE WHEN r.level = 'provinsi' THEN kr.regions_total END AS regions_total,
       CASE WHEN r.level = 'provinsi' THEN kr.regions_regulated END AS regions_regulated,
       CASE WHEN r.level = 'provinsi' THEN kr.regions_reg_recorded END AS regions_reg_recorded,
       rb.reg_rank, rb.reg_instrument, rb.reg_number, rb.reg_year, rb.reg_date,
       rb.region_code IS NOT NULL AS reg_recorded,
       s.snapshot_as_of, s.snapshot_regulated, s.snapshot_total,
       -- the report's count is fully named by records: unrecorded regions then had none
       coalesce(sn.named >= s.snapshot_regulated, false) AS snapshot_complete,
       pr.reg_rank AS prov_reg_rank, pr.reg_instrument AS prov_reg_instrument,
       pr.reg_number AS prov_reg_number, pr.reg_year AS prov_reg_year, pr.reg_date AS prov_reg_date,
       coalesce(rb.reg_demo, false) AS regulation_demo
FROM region r
LEFT JOIN reg_best rb ON rb.region_code = r.code
LEFT JOIN snap s ON s.province_code = r.province_code
LEFT JOIN snap_named sn ON sn.province_code = r.province_code
LEFT JOIN reg_best pr ON pr.region_code = r.province_code AND r.level <> 'provinsi'
LEFT JOIN kab_reg kr ON kr.province_code = r.code
WHERE CASE WHEN $level = 'provinsi' THEN r.level = 'provinsi' ELSE r.level IN ('kabupaten', 'kota') END
  AND ($province = '' OR r.province_code = $province)
ORDER BY r.code;

-- name: map_ucj
-- UCJ of every region of the level for every month (from the ucj view; read once per data
-- version and filtered by month in Python, because the view is costly to compute).
SELECT u.region_code AS code, u.period, u.ucj_pct, u.active_participants AS ucj_active, u.employed,
       u.employment_year, u.edition AS employment_edition, u.numerator_source AS ucj_numerator_source,
       u.regions_reporting AS ucj_regions_reporting, u.regions_total AS ucj_regions_total,
       u.is_demo AS ucj_demo
FROM ucj u
WHERE CASE WHEN $level = 'provinsi' THEN u.level = 'provinsi' ELSE u.level IN ('kabupaten', 'kota') END
ORDER BY u.region_code, u.period;

-- name: map_region_trend
-- $code: a kabupaten/kota or province code; $segment, $group as above. The same rules as
-- map_coverage: a reported total ('ALL') is the region's figure when $segment is 'all'; a
-- province is the sum of its kabupaten/kota in a month all of them report, else its own row when
-- it has one. A partial sum is no point of a province's line (the map says "n of N" beside it; a
-- line would show Ketapang's count as Kalimantan Barat's).
WITH rows AS (
    SELECT c.region_code, c.period, c.segment, c.active_participants, c.target_workers, c.is_demo,
           bool_or(c.segment = 'ALL') OVER (PARTITION BY c.region_code, c.period) AS has_total
    FROM coverage c JOIN region r ON r.code = c.region_code
    WHERE ($segment = 'all' OR c.segment = $segment)
      AND c.worker_group = $group
      AND (c.region_code = $code OR (r.province_code = $code AND r.level <> 'provinsi'))
), used AS (
    SELECT * FROM rows WHERE $segment <> 'all' OR (segment = 'ALL') = has_total
), per_period AS (
    SELECT period, count(DISTINCT region_code) FILTER (WHERE region_code <> $code) AS kab_reporting,
           bool_or(region_code = $code) AS has_own
    FROM used GROUP BY period
), kab_total AS (
    SELECT count(*) AS n FROM region WHERE province_code = $code AND level <> 'provinsi'
)
SELECT u.period, u.segment, sum(u.active_participants) AS active, sum(u.target_workers) AS target,
       bool_or(u.is_demo) AS is_demo
FROM used u JOIN per_period p ON p.period = u.period
WHERE CASE WHEN (SELECT n FROM kab_total) = 0 THEN true  -- a kabupaten/kota: its own rows
           WHEN p.kab_reporting = (SELECT n FROM kab_total) THEN u.region_code <> $code
           WHEN p.has_own THEN u.region_code = $code
           ELSE false END
GROUP BY u.period, u.segment
ORDER BY u.period, u.segment;

-- name: map_region_regulations
-- Every regulation record of one region ($code), newest first, with its effective date.
SELECT instrument, number, year, issued_on, known_by, effective_date, status, revoked_on,
       title, scopes, amends, source_note, source_url, source_title, source_date, confidence, is_demo
FROM regulation
WHERE region_code = $code
ORDER BY effective_date DESC NULLS FIRST, instrument;

-- name: map_region_budget
-- Budget per year, worker group and funding source: a kabupaten/kota's own, or for a province
-- its own plus its kabupaten/kota's (regions says how many records were summed).
SELECT b.year, b.worker_group, b.funding_source,
       sum(b.allocated_rp) AS allocated_rp, sum(b.realised_rp) AS realised_rp,
       sum(b.workers_funded) AS workers_funded, count(DISTINCT b.region_code) AS regions,
       bool_or(b.is_demo) AS is_demo
FROM budget b JOIN region r ON r.code = b.region_code
WHERE b.region_code = $code OR (r.province_code = $code AND r.level <> 'provinsi')
GROUP BY b.year, b.worker_group, b.funding_source
ORDER BY b.year DESC, b.worker_group, b.funding_source;
