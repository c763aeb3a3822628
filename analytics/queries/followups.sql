-- Follow-up register (analytics/followups/): the items, their history, the facts their
-- "met by data" verdict is judged on, and the statements that write them (run inside
-- store.write() transactions; parameters only, never formatted text).

-- name: followup_items
-- $province: a province code, or NULL for every province.
SELECT f.id, f.version, f.province_code, p.name AS province_name, f.region_code, r.name AS region_name,
       r.level AS region_level, f.kind, f.action, f.owner, f.agreed_at_meeting, f.due_date, f.status,
       f.target_value, f.target_unit, f.worker_group, f.budget_year, f.note, f.evidence_url,
       f.created_by, f.created_at, f.updated_by, f.updated_at
FROM followup f
JOIN region p ON p.code = f.province_code
LEFT JOIN region r ON r.code = f.region_code
WHERE CAST($province AS VARCHAR) IS NULL OR f.province_code = $province
ORDER BY f.agreed_at_meeting, f.province_code, f.region_code NULLS FIRST, f.id;

-- name: followup_history
-- Every change of one item ($id), oldest first; creation lists each field set (old_value NULL).
SELECT change_id, followup_id, version, changed_at, changed_by, field, old_value, new_value
FROM followup_history
WHERE followup_id = $id
ORDER BY change_id;

-- name: followup_changes_since
-- The changes of item $id that made versions after $version, oldest first (who changed what, when).
SELECT version, changed_at, changed_by, field, old_value, new_value
FROM followup_history
WHERE followup_id = $id AND version > $version
ORDER BY change_id;

-- name: followup_fingerprint
-- A digest of both register tables: equal before and after means nothing was written.
SELECT (SELECT count(*) FROM followup) AS items,
       (SELECT count(*) FROM followup_history) AS changes,
       (SELECT coalesce(sum(hash(f)), 0) FROM followup f) AS items_hash,
       (SELECT coalesce(sum(hash(h)), 0) FROM followup_history h) AS changes_hash;

-- name: followup_group_coverage
-- Per region of province $province (the province's own rows and its kabupaten/kota) and worker
-- group other than 'all': active participants and target headcount at the latest month on or
-- before $as_of. Summed over segments as the brief sums them; no row = no data, never zero.
WITH monthly AS (
    SELECT c.region_code, r.level, c.worker_group, c.period,
           sum(c.active_participants) AS active_participants,
           CASE WHEN count(c.target_workers) > 0 THEN sum(c.target_workers) END AS target_workers
    FROM coverage c JOIN region r ON r.code = c.region_code
    WHERE r.province_code = $province AND c.worker_group <> 'all'
      AND c.period <= CAST($as_of AS DATE)
    GROUP BY c.region_code, r.level, c.worker_group, c.period
)
SELECT * FROM monthly
QUALIFY row_number() OVER (PARTITION BY region_code, worker_group ORDER BY period DESC) = 1
ORDER BY region_code, worker_group;

-- name: followup_ucj
-- All workers: each region's UCJ row (view ucj) at the latest month on or before $as_of.
SELECT region_code, level, period, active_participants, ucj_pct, edition
FROM ucj
WHERE province_code = $province AND period <= CAST($as_of AS DATE)
QUALIFY row_number() OVER (PARTITION BY region_code ORDER BY period DESC) = 1
ORDER BY region_code;

-- name: followup_budget
-- Allocations recorded per region of province $province (its own rows and its kabupaten/kota),
-- year and worker group. Budget records carry a year, not a date: what is recorded counts.
SELECT b.region_code, r.level, b.year, b.worker_group, sum(b.allocated_rp) AS allocated_rp
FROM budget b JOIN region r ON r.code = b.region_code
WHERE r.province_code = $province AND b.allocated_rp IS NOT NULL
GROUP BY b.region_code, r.level, b.year, b.worker_group
ORDER BY b.region_code, b.year, b.worker_group;

-- name: followup_regions
-- The regions an item may name: provinces and kabupaten/kota with their province.
SELECT code, name, level, province_code FROM region ORDER BY code;

-- name: followup_row
SELECT id, version, province_code, region_code, kind, action, owner, agreed_at_meeting, due_date, status,
       target_value, target_unit, worker_group, budget_year, note, evidence_url
FROM followup WHERE id = $id;

-- name: followup_insert
INSERT INTO followup (province_code, region_code, kind, action, owner, agreed_at_meeting, due_date,
                      status, target_value, target_unit, worker_group, budget_year, note, evidence_url,
                      created_by, created_at, updated_by, updated_at)
VALUES ($province_code, $region_code, $kind, $action, $owner, $agreed_at_meeting, $due_date,
        $status, $target_value, $target_unit, $worker_group, $budget_year, $note, $evidence_url,
        $by, $at, $by, $at)
RETURNING id;

-- name: followup_update
UPDATE followup SET province_code = $province_code, region_code = $region_code, kind = $kind,
       action = $action, owner = $owner, agreed_at_meeting = $agreed_at_meeting, due_date = $due_date,
       status = $status, target_value = $target_value, target_unit = $target_unit,
       worker_group = $worker_group, budget_year = $budget_year, note = $note,
       evidence_url = $evidence_url, updated_by = $by, updated_at = $at, version = version + 1
WHERE id = $id;

-- name: followup_history_insert
INSERT INTO followup_history (followup_id, changed_at, changed_by, field, old_value, new_value, version)
VALUES (?, ?, ?, ?, ?, ?, ?);
