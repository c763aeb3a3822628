"""The explorer's fallbacks: a query DuckDB will not interrupt is abandoned and the copy rebuilt;
too many queries at once are refused; results are capped in bytes; duplicate names made unique."""

from __future__ import annotations

import shutil
import threading
import time

import pytest

from analytics.explorer import readonly as sql_readonly
from analytics.explorer.readonly import QueryRefused, ReadOnlyExplorer, explorer_for
from analytics.store import open_store


@pytest.fixture
def store(demo_db_path, tmp_path):
    path = tmp_path / "ro.duckdb"
    shutil.copy(demo_db_path, path)
    return open_store(path)


def test_worker_that_ignores_the_interrupt_is_abandoned(store, monkeypatch):
    explorer = explorer_for(store)
    release = threading.Event()

    def stubborn(cur, query, max_rows):  # stands in for a DuckDB operator that never checks
        release.wait(30)
        raise AssertionError("should have been abandoned")

    monkeypatch.setattr(sql_readonly, "_fetch_capped", stubborn)
    monkeypatch.setattr(sql_readonly, "INTERRUPT_GRACE_S", 0.3)
    start = time.perf_counter()
    with pytest.raises(QueryRefused) as info:
        explorer.run("SELECT 1", timeout_s=0.5)
    assert info.value.key == "explorer.refused.timeout"
    assert time.perf_counter() - start < 3
    assert explorer.broken
    release.set()
    monkeypatch.undo()
    fresh = explorer_for(store)
    assert fresh is not explorer and not fresh.broken
    assert fresh.run("SELECT count(*) AS n FROM region").frame["n"][0] == 552


def test_too_many_queries_at_once_are_refused(store):
    explorer = ReadOnlyExplorer(store)
    taken = 0
    try:
        while sql_readonly._running.acquire(blocking=False):
            taken += 1
        with pytest.raises(QueryRefused) as info:
            explorer.run("SELECT 1", timeout_s=0.3)
        assert info.value.key == "explorer.refused.busy"
    finally:
        for _ in range(taken):
            sql_readonly._running.release()
    assert explorer.run("SELECT 1 AS x").frame["x"][0] == 1


def test_result_bytes_are_capped(store, monkeypatch):
    monkeypatch.setattr(sql_readonly, "MAX_RESULT_BYTES", 2**20)
    explorer = ReadOnlyExplorer(store)
    cut = explorer.run("SELECT repeat('x', 100) AS s FROM range(20000)")
    assert cut.truncated and 0 < len(cut.frame) < 20000
    with pytest.raises(QueryRefused) as info:
        explorer.run("SELECT repeat('x', 1000000) AS s FROM range(10)")
    assert info.value.key == "explorer.refused.too_wide"


def test_types_and_names_like_the_rest_of_the_app(store):
    frame = ReadOnlyExplorer(store).run(
        "SELECT period, sum(active_participants) AS n, 1 AS a, 2 AS a FROM coverage GROUP BY period LIMIT 1"
    ).frame
    assert list(frame.columns) == ["period", "n", "a", "a_1"]
    assert str(frame["period"].dtype).startswith("datetime64") and frame["n"].dtype == "float64"


def test_copy_follows_imports(store):
    before = explorer_for(store)
    assert explorer_for(store) is before  # cached while the data is unchanged
    store.rollback_batch(int(store.query_value("SELECT max(batch_id) FROM import_batch WHERE status = 'active'")))
    after = explorer_for(store)
    assert after is not before and after.data_version == store.data_version()
