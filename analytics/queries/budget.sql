-- Budget simulator: contribution rates, uncovered workers and allocations per kabupaten/kota.

-- name: budget_rates
SELECT program, segment, basis, risk_class, rate, valid_from, legal_source, note
FROM contribution_rate
ORDER BY segment DESC, program, risk_class NULLS FIRST, valid_from;

-- name: budget_region_info
SELECT code, name, level, province_code FROM region WHERE code = ?;

-- name: budget_group_coverage
-- Per kabupaten/kota of $province_code (or just $region_code when given): the worker group's
-- active participants and target at the latest reported month of $year (not after $as_of when
-- given: a brief or meeting date), and the allocation for that group and year. No coverage row /
-- no target / no budget row stay NULL ("no data").
WITH regions AS (
    SELECT code, name, level FROM region
    WHERE level IN ('kabupaten', 'kota') AND province_code = $province_code
      AND (CAST($region_code AS VARCHAR) IS NULL OR code = CAST($region_code AS VARCHAR))
), monthly AS (
    SELECT c.region_code, c.period,
           sum(c.active_participants) AS active_participants,
           sum(c.target_workers) AS target_workers,
           count(c.target_workers) AS target_rows,
           bool_or(c.is_demo) AS is_demo
    FROM coverage c JOIN regions r ON r.code = c.region_code
    WHERE c.worker_group = $worker_group AND year(c.period) = $year
      AND (CAST($as_of AS DATE) IS NULL OR c.period <= CAST($as_of AS DATE))
    GROUP BY c.region_code, c.period
), latest AS (
    SELECT * FROM monthly
    QUALIFY row_number() OVER (PARTITION BY region_code ORDER BY period DESC) = 1
), allocated AS (
    SELECT b.region_code, sum(b.allocated_rp) AS allocated_rp, bool_or(b.is_demo) AS is_demo
    FROM budget b JOIN regions r ON r.code = b.region_code
    WHERE b.year = $year AND b.worker_group = $worker_group
    GROUP BY b.region_code
)
SELECT r.code AS region_code, r.name, r.level, l.period,
       l.active_participants,
       CASE WHEN l.target_rows > 0 THEN l.target_workers END AS target_workers,
       a.allocated_rp,
       coalesce(l.is_demo, false) OR coalesce(a.is_demo, false) AS is_demo
FROM regions r
LEFT JOIN latest l ON l.region_code = r.code
LEFT JOIN allocated a ON a.region_code = r.code
ORDER BY r.code;

-- name: budget_allocation_by_source
-- Allocations for the group and year by funding source (APBD, APBDes/dana desa, DBH, CSR...),
-- over the kabupaten/kota of $province_code or just $region_code.
SELECT b.funding_source, sum(b.allocated_rp) AS allocated_rp, sum(b.realised_rp) AS realised_rp,
       sum(b.workers_funded) AS workers_funded, count(*) AS records, bool_or(b.is_demo) AS is_demo
FROM budget b JOIN region r ON r.code = b.region_code
WHERE r.level IN ('kabupaten', 'kota') AND r.province_code = $province_code
  AND (CAST($region_code AS VARCHAR) IS NULL OR r.code = CAST($region_code AS VARCHAR))
  AND b.year = $year AND b.worker_group = $worker_group
GROUP BY b.funding_source
ORDER BY allocated_rp DESC;

-- name: budget_years
SELECT DISTINCT year FROM (
    SELECT year(period) AS year FROM coverage WHERE worker_group <> 'all'
    UNION SELECT year FROM budget
) ORDER BY year;
