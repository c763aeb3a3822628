-- Sheets a province fills in (analytics/regulation_sheet.py).

-- name: coverage_sheet_rows
-- Every kabupaten/kota of $province with the dataset's figure for one month ($period, a DATE),
-- segment ($segment: PU, BPU, JAKON, PMI or ALL) and worker group ($group), where it has one.
SELECT r.code AS region_code, r.name, p.name AS province_name,
       c.active_participants, c.target_workers, c.source_title, c.source_date, c.is_demo
FROM region r
JOIN region p ON p.code = r.province_code AND p.level = 'provinsi'
LEFT JOIN coverage c ON c.region_code = r.code AND c.period = CAST($period AS DATE)
     AND c.segment = $segment AND c.worker_group = $group
WHERE r.level IN ('kabupaten', 'kota') AND r.province_code = $province
ORDER BY r.code;
