-- Regulation tracker and province brief: regulation records with their regions, the
-- kabupaten/kota they are counted against, and the curated province snapshots.
-- The "issued as of D" rule is applied in analytics/regulations.py (one place, tested), so these
-- queries return every record whatever its status.

-- name: regulation_records
-- $province: a province code, or NULL for every province.
-- Province-level records (Pergub, Instruksi Gubernur) carry the province's own code.
SELECT g.region_code, r.name AS region_name, r.level AS region_level,
       r.province_code AS province_code, p.name AS province_name,
       g.instrument, g.number, g.year, g.issued_on, g.known_by, g.effective_date, g.title, g.scopes,
       g.status, g.revoked_on, g.amends, g.source_url, g.source_note, g.source_title, g.source_date,
       g.confidence, g.follows_inpres, g.batch_id, g.is_demo
FROM regulation g
JOIN region r ON r.code = g.region_code
JOIN region p ON p.code = r.province_code AND p.level = 'provinsi'
WHERE CAST($province AS VARCHAR) IS NULL OR r.province_code = $province
ORDER BY province_code, g.region_code, g.effective_date, g.instrument;

-- name: regulation_kabkota
-- $province: a province code, or NULL for all 514 kabupaten/kota.
SELECT r.code AS region_code, r.name, r.level, r.province_code, p.name AS province_name
FROM region r JOIN region p ON p.code = r.province_code AND p.level = 'provinsi'
WHERE r.level IN ('kabupaten', 'kota')
  AND (CAST($province AS VARCHAR) IS NULL OR r.province_code = $province)
ORDER BY r.code;

-- name: regulation_province_list
SELECT code AS province_code, name AS province_name FROM region WHERE level = 'provinsi' ORDER BY code;

-- name: regulation_snapshots
-- Curated counts reported for a province on a date ("19 of 24"), when the report names no regions.
-- $province: a province code, or NULL for all.
SELECT province_code, as_of, regions_with_regulation, regions_total, instrument, source, note
FROM regulation_snapshot
WHERE CAST($province AS VARCHAR) IS NULL OR province_code = $province
ORDER BY province_code, as_of;

-- name: regulation_status_rows
-- What the status sheets confirmed per kabupaten/kota (the latest sheet's row per region).
-- $province: a province code, or NULL for all.
SELECT s.region_code, s.as_of, s.status, s.instrument, s.number, s.issued_on, s.in_force_on, s.evidence,
       s.confirmed_by, s.confirmed_on, s.note, s.source_title, s.source_url, s.source_date, s.confidence,
       s.batch_id, s.is_demo
FROM regulation_status s JOIN region r ON r.code = s.region_code
WHERE CAST($province AS VARCHAR) IS NULL OR r.province_code = $province
ORDER BY s.region_code;
