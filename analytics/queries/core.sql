-- name: active_demo_batches
SELECT count(*) AS n FROM import_batch WHERE is_demo AND status = 'active';

-- name: provinces
SELECT code, name FROM region WHERE level = 'provinsi' ORDER BY code;

-- name: regions_of_province
SELECT code, name, level FROM region WHERE province_code = ? AND level <> 'provinsi' ORDER BY code;

-- name: batches
SELECT batch_id, dataset, file_name, sha256, row_count, imported_at, is_demo, status, note, rolled_back_at
FROM import_batch ORDER BY batch_id DESC;

-- name: data_version
SELECT coalesce(max(CAST(value AS BIGINT)), 0) AS data_version FROM app_meta WHERE key = 'data_version';
