-- Example queries shown on the SQL explorer page (titles: analytics/i18n/strings_explorer.py,
-- keys explorer.example.<name>). They run through the read-only explorer like any typed query.

-- name: example_ucj_by_province
SELECT name AS province, period, active_participants, employed, edition, ucj_pct
FROM ucj
WHERE level = 'provinsi' AND period = (SELECT max(period) FROM ucj)
ORDER BY ucj_pct DESC NULLS LAST

-- name: example_coverage_trend
SELECT period, segment, sum(active_participants) AS active_participants
FROM coverage
WHERE worker_group = 'all' AND segment <> 'ALL'
  AND region_code IN (SELECT code FROM region WHERE level IN ('kabupaten', 'kota'))
GROUP BY period, segment
ORDER BY period, segment

-- name: example_regulation_by_instrument
SELECT instrument, year(effective_date) AS year, count(*) AS regulations
FROM regulation
WHERE status IN ('issued', 'revoked')
GROUP BY ALL
ORDER BY year, instrument

-- name: example_kalteng_regulations
SELECT r.name, g.instrument, g.number, g.year, g.issued_on, g.known_by, g.status, g.title,
       g.source_note, g.is_demo
FROM regulation g JOIN region r ON r.code = g.region_code
WHERE r.province_code = '62'
ORDER BY g.effective_date

-- name: example_budget_by_source
SELECT year, funding_source, sum(allocated_rp) AS allocated_rp, sum(realised_rp) AS realised_rp
FROM budget
GROUP BY ALL
ORDER BY year, funding_source

-- name: example_batches
SELECT batch_id, dataset, file_name, row_count, imported_at, is_demo, status
FROM import_batch
ORDER BY batch_id DESC
