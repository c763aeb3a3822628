-- Paritrana scoring: raw indicator values per province and kabupaten/kota for an assessment year,
-- and the evidence behind them. Provinces' coverage, group and budget figures are sums of their
-- kabupaten/kota (plus, for budget, the province's own records); UCJ is the ucj view's.
-- $year: assessment year; $as_of: date regulations are judged on (normally 31 Dec of $year).

-- name: paritrana_reference_periods
-- The latest month of the year with kabupaten/kota coverage, and the same month a year earlier.
SELECT max(c.period) AS period, max(c.period) - INTERVAL 12 MONTH AS previous
FROM coverage c JOIN region r ON r.code = c.region_code
WHERE r.level IN ('kabupaten', 'kota') AND year(c.period) = $year;

-- name: paritrana_indicators
WITH kab AS (
    SELECT code, province_code FROM region WHERE level IN ('kabupaten', 'kota')
), acts AS (
    -- acts in force on $as_of, with the ordinal strength the criteria describe
    SELECT g.region_code, g.scopes, g.batch_id, g.is_demo,
           CASE WHEN g.instrument = 'perda' THEN 4
                WHEN g.instrument IN ('pergub', 'perbup', 'perwali') THEN 3
                WHEN g.instrument LIKE 'instruksi_%' THEN 2
                WHEN g.instrument IN ('surat_edaran', 'keputusan') THEN 1
                ELSE 0 END AS strength
    FROM regulation g
    WHERE g.status IN ('issued', 'revoked') AND g.effective_date <= CAST($as_of AS DATE)
      AND (g.revoked_on IS NULL OR g.revoked_on > CAST($as_of AS DATE))
), reg AS (
    SELECT region_code, max(strength) AS regulation_strength FROM acts GROUP BY region_code
), scopes AS (
    SELECT region_code, count(DISTINCT trim(s)) AS regulation_scope_groups
    FROM acts, unnest(string_split(coalesce(scopes, ''), ',')) AS u(s)
    WHERE trim(s) <> ''
    GROUP BY region_code
), kab_share AS (
    SELECT k.province_code AS region_code,
           100.0 * count(r.region_code) FILTER (WHERE r.regulation_strength >= 3) / count(*) AS kab_regulation_share_pct
    FROM kab k LEFT JOIN reg r ON r.region_code = k.code
    GROUP BY k.province_code
), cov AS (
    -- kabupaten/kota rows, and the same rows again under their province
    SELECT c.region_code, c.period, c.segment, c.worker_group, c.active_participants, c.target_workers
    FROM coverage c JOIN kab k ON k.code = c.region_code
    WHERE c.period IN (CAST($period AS DATE), CAST($previous AS DATE))
    UNION ALL
    SELECT k.province_code, c.period, c.segment, c.worker_group, c.active_participants, c.target_workers
    FROM coverage c JOIN kab k ON k.code = c.region_code
    WHERE c.period IN (CAST($period AS DATE), CAST($previous AS DATE))
), perf AS (
    SELECT region_code,
        sum(active_participants) FILTER (WHERE period = $period AND worker_group = 'all' AND segment = 'PU') AS pu_now,
        sum(active_participants) FILTER (WHERE period = $previous AND worker_group = 'all' AND segment = 'PU') AS pu_before,
        sum(active_participants) FILTER (WHERE period = $period AND worker_group = 'all' AND segment = 'BPU') AS bpu_now,
        sum(active_participants) FILTER (WHERE period = $previous AND worker_group = 'all' AND segment = 'BPU') AS bpu_before,
        sum(active_participants) FILTER (WHERE period = $period AND worker_group = 'non_asn' AND target_workers IS NOT NULL) AS non_asn_active,
        sum(target_workers) FILTER (WHERE period = $period AND worker_group = 'non_asn') AS non_asn_target,
        sum(active_participants) FILTER (WHERE period = $period AND worker_group = 'pekerja_rentan' AND target_workers IS NOT NULL) AS rentan_active,
        sum(target_workers) FILTER (WHERE period = $period AND worker_group = 'pekerja_rentan') AS rentan_target
    FROM cov GROUP BY region_code
), ucj_now AS (
    SELECT region_code, ucj_pct, active_participants, employed, edition FROM ucj WHERE period = CAST($period AS DATE)
), ucj_before AS (
    SELECT region_code, ucj_pct FROM ucj WHERE period = CAST($previous AS DATE)
), bud AS (
    SELECT region_code, sum(allocated_rp) AS allocated_rp, sum(realised_rp) AS realised_rp,
           count(realised_rp) AS realised_rows
    FROM (
        SELECT b.region_code, b.allocated_rp, b.realised_rp FROM budget b WHERE b.year = $year
        UNION ALL
        SELECT k.province_code, b.allocated_rp, b.realised_rp
        FROM budget b JOIN kab k ON k.code = b.region_code WHERE b.year = $year
    ) GROUP BY region_code
)
SELECT r.code AS region_code, r.name, r.level,
       CASE WHEN r.level = 'provinsi' THEN 'provinsi' ELSE 'kabupaten_kota' END AS score_level,
       r.province_code,
       CAST(coalesce(g.regulation_strength, 0) AS DOUBLE) AS regulation_strength,
       CAST(coalesce(s.regulation_scope_groups, 0) AS DOUBLE) AS regulation_scope_groups,
       CASE WHEN r.level = 'provinsi' THEN ks.kab_regulation_share_pct END AS kab_regulation_share_pct,
       CASE WHEN u.employed > 0 THEN b.allocated_rp / u.employed END AS budget_per_employed_rp,
       CASE WHEN b.realised_rows > 0 AND b.allocated_rp > 0 THEN 100.0 * b.realised_rp / b.allocated_rp END AS budget_realisation_pct,
       CAST(u.ucj_pct AS DOUBLE) AS ucj_pct,
       CAST(u.ucj_pct - ub.ucj_pct AS DOUBLE) AS ucj_growth_pts,
       CASE WHEN p.pu_before > 0 THEN 100.0 * (p.pu_now - p.pu_before) / p.pu_before END AS pu_growth_pct,
       CASE WHEN p.bpu_before > 0 THEN 100.0 * (p.bpu_now - p.bpu_before) / p.bpu_before END AS bpu_growth_pct,
       CASE WHEN p.non_asn_target > 0 THEN 100.0 * p.non_asn_active / p.non_asn_target END AS non_asn_coverage_pct,
       CASE WHEN p.rentan_target > 0 THEN 100.0 * p.rentan_active / p.rentan_target END AS pekerja_rentan_coverage_pct,
       u.employed, u.edition AS employment_edition, b.allocated_rp
FROM region r
LEFT JOIN reg g ON g.region_code = r.code
LEFT JOIN scopes s ON s.region_code = r.code
LEFT JOIN kab_share ks ON ks.region_code = r.code
LEFT JOIN perf p ON p.region_code = r.code
LEFT JOIN ucj_now u ON u.region_code = r.code
LEFT JOIN ucj_before ub ON ub.region_code = r.code
LEFT JOIN bud b ON b.region_code = r.code
ORDER BY r.code;

-- name: paritrana_regulation_evidence
-- Every act in force on $as_of (and drafts known by then), with its document.
SELECT g.region_code, r.name, r.level, g.instrument, g.number, g.year, g.issued_on, g.known_by,
       g.effective_date, g.title, g.scopes, g.status, g.amends, g.source_url, g.source_note,
       g.batch_id, g.is_demo
FROM regulation g JOIN region r ON r.code = g.region_code
WHERE g.effective_date <= CAST($as_of AS DATE)
  AND (g.revoked_on IS NULL OR g.revoked_on > CAST($as_of AS DATE))
ORDER BY g.region_code, g.effective_date;

-- name: paritrana_batches
-- The active import batches each dataset's views read (what the scores were computed from).
SELECT b.batch_id, b.dataset, b.file_name, b.sha256, b.row_count, b.imported_at, b.is_demo, b.note
FROM import_batch b WHERE b.status = 'active'
  AND (b.batch_id IN (SELECT DISTINCT batch_id FROM coverage WHERE year(period) IN ($year, $year - 1))
       OR b.batch_id IN (SELECT DISTINCT batch_id FROM budget WHERE year = $year)
       OR b.batch_id IN (SELECT DISTINCT batch_id FROM employment WHERE year <= $year)
       OR b.batch_id IN (SELECT DISTINCT batch_id FROM regulation WHERE effective_date <= CAST($as_of AS DATE)))
ORDER BY b.batch_id;

-- name: paritrana_years
SELECT DISTINCT year(period) AS year FROM coverage ORDER BY year;
