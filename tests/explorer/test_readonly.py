"""The explorer's isolation: a read-only explorer file built once per data version, one worker
process per query that is killed (never abandoned) at the time limit and counted while alive,
a memory ceiling the kernel enforces, reads that must keep working, server paths kept out of
sight, results capped in bytes, duplicate names made unique."""

from __future__ import annotations

import hashlib
import os
import shutil
import threading
import time
from pathlib import Path

import duckdb
import pandas as pd
import psutil
import pytest

from analytics import config, snapshots
from analytics.explorer import readonly as sql_readonly
from analytics.explorer.readonly import (
    EXPLORER_RELATIONS,
    QueryRefused,
    ReadOnlyExplorer,
    build_explorer_database,
    explorer_database,
    explorer_for,
)
from analytics.store import Store


@pytest.fixture
def store(demo_db_path, tmp_path):
    path = tmp_path / "ro.duckdb"
    shutil.copy(demo_db_path, path)
    store = Store(path)  # writable: a test below changes the data under the explorer
    yield store
    store.close()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class _Recording(set):
    """live_workers that also remembers every pid it saw."""

    def __init__(self):
        super().__init__()
        self.seen: list[int] = []

    def add(self, pid):
        self.seen.append(pid)
        super().add(pid)


def _gone(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


# --- the explorer file ---------------------------------------------------------------------------
def test_explorer_file_holds_only_the_documented_relations_and_is_opened_read_only(store):
    explorer = ReadOnlyExplorer(store)
    conn = duckdb.connect(str(explorer.path), read_only=True)
    try:
        tables = {r[0]: r[1] for r in conn.execute(
            "SELECT table_name, table_type FROM information_schema.tables").fetchall()}
        assert set(tables) == set(EXPLORER_RELATIONS) and set(tables.values()) == {"BASE TABLE"}
        assert conn.execute("SELECT count(*) FROM region").fetchall()[0][0] == 552
    finally:
        conn.close()
    before = _sha(explorer.path)
    # were the parse-tree check bypassed, the read-only attachment would still refuse the write
    databases = explorer.run("SELECT database_name, readonly FROM duckdb_databases() WHERE NOT internal").frame
    assert databases["readonly"].all(), databases
    assert _sha(explorer.path) == before
    assert not list(explorer.path.parent.glob(f"{explorer.path.name}.wal"))


def test_builder_works_from_a_read_only_store_and_a_plain_connection(demo_db_path, tmp_path):
    path = tmp_path / "snapshot.duckdb"
    shutil.copy(demo_db_path, path)
    ro = Store(path, read_only=True)
    try:
        target = build_explorer_database(ro, tmp_path / "out" / "a.duckdb")
    finally:
        ro.close()
    conn = duckdb.connect(str(path), read_only=True)
    try:
        other = build_explorer_database(conn, tmp_path / "out" / "b.duckdb")
    finally:
        conn.close()
    for built in (target, other):
        check = duckdb.connect(str(built), read_only=True)
        try:
            assert check.execute("SELECT count(*) FROM region").fetchall()[0][0] == 552
            assert check.execute("SELECT count(*) FROM information_schema.tables").fetchall()[0][0] == len(EXPLORER_RELATIONS)
        finally:
            check.close()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.duckdb", "b.duckdb"]  # no temp left


def test_concurrent_builders_of_the_same_file_are_harmless(store, tmp_path):
    target = tmp_path / "same.duckdb"
    errors = []

    def build():
        try:
            build_explorer_database(store, target)  # a Store gives each thread its own cursor
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=build) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    check = duckdb.connect(str(target), read_only=True)
    assert check.execute("SELECT count(*) FROM region").fetchall()[0][0] == 552
    check.close()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".same")] == []


def test_explorer_file_is_shared_by_copies_and_follows_imports(store, demo_db_path, tmp_path):
    copy = tmp_path / "copy.duckdb"
    shutil.copy(demo_db_path, copy)
    first = explorer_database(store)
    assert explorer_database(snapshots.reader(copy).store()) == first  # same content, same file
    before = explorer_for(store)
    assert explorer_for(store) is before  # cached while the data is unchanged
    store.rollback_batch(int(store.query_value("SELECT max(batch_id) FROM import_batch WHERE status = 'active'")))
    after = explorer_for(store)
    assert after is not before and after.data_version == store.data_version()
    assert after.path != first
    assert after.run("SELECT count(*) AS n FROM import_batch WHERE status = 'rolled_back'").frame["n"][0] >= 1


# --- the worker process --------------------------------------------------------------------------
def test_worker_that_ignores_signals_is_killed_at_the_limit_and_its_slot_freed(store, monkeypatch):
    explorer = ReadOnlyExplorer(store)
    seen = _Recording()
    monkeypatch.setattr(sql_readonly, "live_workers", seen)
    monkeypatch.setattr(sql_readonly, "_TEST_HOOK", "stubborn")
    start = time.perf_counter()
    with pytest.raises(QueryRefused) as info:
        explorer.run("SELECT 1", timeout_s=0.5)
    assert info.value.key == "explorer.refused.timeout"
    assert time.perf_counter() - start < 3
    assert len(seen.seen) == 1 and _gone(seen.seen[0]), seen.seen  # killed and reaped, not abandoned
    assert not seen
    assert sql_readonly._running._value == sql_readonly.MAX_CONCURRENT  # the slot is free again
    monkeypatch.setattr(sql_readonly, "_TEST_HOOK", None)
    assert explorer.run("SELECT count(*) AS n FROM region").frame["n"][0] == 552


def test_the_limit_counts_every_live_worker(store, monkeypatch):
    explorer = ReadOnlyExplorer(store)
    seen = _Recording()
    monkeypatch.setattr(sql_readonly, "live_workers", seen)
    monkeypatch.setattr(sql_readonly, "_TEST_HOOK", "stubborn")
    outcomes = []

    def stubborn():
        try:
            explorer.run("SELECT 1", timeout_s=2.5)
        except QueryRefused as exc:
            outcomes.append(exc.key)

    threads = [threading.Thread(target=stubborn) for _ in range(sql_readonly.MAX_CONCURRENT)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 2
    while len(seen) < sql_readonly.MAX_CONCURRENT and time.monotonic() < deadline:
        time.sleep(0.02)
    assert len(seen) == sql_readonly.MAX_CONCURRENT
    with pytest.raises(QueryRefused) as info:
        explorer.run("SELECT 1", timeout_s=0.3)
    assert info.value.key == "explorer.refused.busy"
    for thread in threads:
        thread.join()
    assert outcomes == ["explorer.refused.timeout"] * sql_readonly.MAX_CONCURRENT
    assert all(_gone(pid) for pid in seen.seen) and not seen
    monkeypatch.setattr(sql_readonly, "_TEST_HOOK", None)
    assert explorer.run("SELECT 1 AS x").frame["x"][0] == 1


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


def test_memory_ceiling_stops_a_query_and_this_process_does_not_grow(store):
    explorer = ReadOnlyExplorer(store)
    explorer.run("SELECT 1")  # forkserver started, imports done
    me = psutil.Process()
    peak, stop = [me.memory_info().rss], threading.Event()

    def sample():
        while not stop.is_set():
            peak.append(me.memory_info().rss)
            stop.wait(0.01)

    sampler = threading.Thread(target=sample)
    sampler.start()
    try:
        with pytest.raises(QueryRefused) as info:
            explorer.run("SELECT len(list_concat(range(100000000), range(100000000))) AS n", timeout_s=20)
    finally:
        stop.set()
        sampler.join()
    assert info.value.key == "explorer.refused.memory"
    assert f"{sql_readonly.WORKER_MEMORY_MB} MB" in str(info.value)
    assert max(peak) - peak[0] < 100 * 2**20, (peak[0], max(peak))


def test_worker_baseline_leaves_room_under_the_ceiling(store):
    """The ceiling is measured, not guessed: an ordinary query's worker starts well below it."""
    explorer = ReadOnlyExplorer(store)
    job = sql_readonly.sql_worker.Job(
        db_file=str(explorer.path), query="SUMMARIZE coverage", max_rows=100, max_bytes=2**20, max_cells=10**6,
        memory_limit=sql_readonly.MEMORY_LIMIT, address_space=sql_readonly.WORKER_ADDRESS_SPACE,
        cpu_seconds=30)
    header, _payload, _elapsed = sql_readonly.run_in_worker(job, 30)
    assert header["status"] == "ok", header
    assert header["vm_baseline"] < sql_readonly.WORKER_ADDRESS_SPACE * 0.6, header


# --- what analysts may do ------------------------------------------------------------------------
READS = [
    ("pivot", "PIVOT region ON level USING count(*)", lambda f: len(f) == 552 and "provinsi" in f.columns),
    ("pivot_from_first", "FROM (PIVOT (SELECT level, population FROM region) ON level USING sum(population))",
     lambda f: len(f) == 1 and {"provinsi", "kabupaten", "kota"} <= set(f.columns)),
    ("pivot_in_list", "PIVOT region ON level IN ('kota') USING count(*) GROUP BY province_code",
     lambda f: "kota" in f.columns and len(f) == 38),
    ("unpivot", ("UNPIVOT (SELECT code, population, area_km2 FROM region WHERE code = '62') "
                 "ON population, area_km2 INTO NAME measure VALUE amount"),
     lambda f: sorted(f["measure"]) == ["area_km2", "population"]),
    ("describe", "DESCRIBE region", lambda f: "population" in set(f["column_name"])),
    ("summarize", "SUMMARIZE region", lambda f: "population" in set(f["column_name"])),
    ("join", ("SELECT p.name AS province, count(*) AS n FROM region k JOIN region p "
              "ON p.code = k.province_code AND p.level = 'provinsi' WHERE k.level <> 'provinsi' GROUP BY 1"),
     lambda f: len(f) == 38 and f["n"].sum() == 514),
    ("window", ("SELECT code, rank() OVER (PARTITION BY province_code ORDER BY population DESC) AS r "
                "FROM region WHERE level <> 'provinsi'"), lambda f: len(f) == 514 and f["r"].min() == 1),
    ("recursive", "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 5) SELECT sum(n) AS s FROM r",
     lambda f: f["s"][0] == 15),
    ("words_in_strings", "SELECT 'DELETE FROM region' AS \"update\", 1 AS x -- drop table region",
     lambda f: f["update"][0] == "DELETE FROM region"),
]


@pytest.mark.parametrize("case_id,query,ok", READS, ids=[r[0] for r in READS])
def test_reads_work(store, case_id, query, ok):
    frame = explorer_for(store).run(query).frame
    assert ok(frame), frame.head()


def test_result_bytes_are_capped(store, monkeypatch):
    monkeypatch.setattr(sql_readonly, "MAX_RESULT_BYTES", 2**20)
    explorer = ReadOnlyExplorer(store)
    cut = explorer.run("SELECT repeat('x', 100) AS s FROM range(20000)")
    assert cut.truncated and 0 < len(cut.frame) < 20000
    with pytest.raises(QueryRefused) as info:
        explorer.run("SELECT repeat('x', 2000000) AS s FROM range(10)")
    assert info.value.key == "explorer.refused.too_wide"


def test_results_are_bounded_in_bytes_and_cells_by_default(store):
    """20 MB of text or 800 columns: cut (and said so), never held whole (issue 22)."""
    explorer = ReadOnlyExplorer(store)
    text = explorer.run("SELECT repeat('x', 6000) || i AS t FROM range(10000) t(i)", timeout_s=30)
    assert text.truncated and text.cut == "bytes"
    assert 0 < len(text.frame) < 10000
    assert text.frame["t"].str.len().sum() <= sql_readonly.MAX_RESULT_BYTES
    wide = explorer.run("SELECT " + ", ".join(f"i + {k} AS c{k}" for k in range(800)) + " FROM range(10000) t(i)",
                        timeout_s=30)
    assert wide.truncated and wide.cut == "cells"
    assert wide.frame.shape == (sql_readonly.MAX_RESULT_CELLS // 800, 800)


# --- every kind of query gets a reason, never a traceback (issue 22) ---------------------------------
REFUSALS = [
    ("unknown statement type", "UPDATE EXTENSIONS", "explorer.refused.kind"),
    ("500 terms", "SELECT " + "+".join(["1"] * 500), "explorer.refused.too_deep"),
    ("nesting 300", "SELECT " + "(" * 300 + "1" + ")" * 300, "explorer.refused.too_deep"),
    ("nesting 1000", "SELECT " + "(" * 1000 + "1" + ")" * 1000, "explorer.refused.too_deep"),
    ("list nesting 300", "SELECT " + "[" * 300 + "1" + "]" * 300, "explorer.refused.too_deep"),
    ("quoted query() under PIVOT", "PIVOT (FROM \"query\"('select 1 a, 2 b')) ON a USING sum(b)",
     "explorer.refused.function"),
    ("quoted upper-case QUERY()", "SELECT * FROM \"QUERY\"('select 1')", "explorer.refused.function"),
    ("qualified quoted query()", "PIVOT (FROM main.\"Query\"('select 1 a, 2 b')) ON a USING sum(b)",
     "explorer.refused.function"),
    ("quoted json_execute_serialized_sql", "PIVOT (FROM \"json_execute_serialized_sql\"('{}')) ON a USING sum(b)",
     "explorer.refused.function"),
    ("catalog error", "SELECT * FROM no_such_table", "explorer.refused.duckdb"),
]


@pytest.mark.parametrize("case_id,query,key", REFUSALS, ids=[r[0] for r in REFUSALS])
def test_every_query_gets_a_reason(store, case_id, query, key):
    with pytest.raises(QueryRefused) as info:
        ReadOnlyExplorer(store).run(query, timeout_s=20)
    assert info.value.key == key
    assert "Traceback" not in info.value.localized() and info.value.localized()


def test_deep_queries_are_refused_in_the_worker_too(store):
    """The worker's own check (a fresh process with a shallow stack) refuses the same."""
    from analytics.explorer import worker

    conn = duckdb.connect(":memory:")
    for query in ("SELECT " + "+".join(["1"] * 3000), "SELECT " + "(" * 300 + "1" + ")" * 300, "UPDATE EXTENSIONS"):
        with pytest.raises(worker.Refusal):
            worker.check_statement(conn, query)


def test_a_blob_that_is_not_utf8_is_shown_as_duckdb_writes_it(store):
    frame = ReadOnlyExplorer(store).run("SELECT '\\xFF\\xFEab\\x5C'::BLOB AS b, NULL::BLOB AS n").frame
    assert frame["b"].iloc[0] == "\\xFF\\xFEab\\x5C" and pd.isna(frame["n"].iloc[0])


def test_the_duckdb_message_is_kept_below_a_line_in_the_ui_language(store):
    from analytics import i18n
    from analytics.presentation.markup import md_text

    for query, line, error in (
            ("SELECT '[Klik](http://evil.example/)' AS x FROM no_such_table", "DuckDB tidak dapat", "Catalog Error"),
            ("SELECT [Klik](http://evil.example/ FROM", "SQL tidak valid", "Parser Error")):
        with pytest.raises(QueryRefused) as info:
            ReadOnlyExplorer(store).run(query)
        with i18n.using("id"):
            text = info.value.localized(escape=md_text)
        first, original = text.split("\n\n", 1)
        assert first.startswith(line), text
        assert error in original.replace("\\", "")
        assert "](" not in original  # what it quotes is text


def test_types_and_names_like_the_rest_of_the_app(store):
    frame = ReadOnlyExplorer(store).run(
        "SELECT period, sum(active_participants) AS n, 1 AS a, 2 AS a FROM coverage GROUP BY period LIMIT 1"
    ).frame
    assert list(frame.columns) == ["period", "n", "a", "a_1"]
    assert str(frame["period"].dtype).startswith("datetime64") and frame["n"].dtype == "float64"


# --- server paths --------------------------------------------------------------------------------
def test_settings_databases_and_messages_show_no_server_path(store):
    explorer = ReadOnlyExplorer(store)
    secret = [str(Path.home()), str(config.PROJECT_ROOT), os.getcwd(), str(config.cache_dir()),
              str(Path(store.path).resolve().parent)]
    secret = [s for s in secret if s not in ("/", "/tmp")]
    seen = []
    for query in ("SELECT * FROM duckdb_settings()", "SELECT * FROM duckdb_databases()",
                  "SELECT * FROM pragma_database_size()", "SELECT current_setting('home_directory') AS h"):
        frame = explorer.run(query).frame
        seen.append(frame.astype(str).to_csv())
    for query in (f"SELECT * FROM read_text('{config.PROJECT_ROOT / 'README.md'}')",
                  f"SELECT * FROM '{Path.home() / 'x.csv'}'", f"SELECT * FROM '{store.path}'",
                  "SELECT * FROM duckdb_extensions()"):
        with pytest.raises(QueryRefused) as info:
            explorer.run(query)
        seen.append(str(info.value))
    text = "\n".join(seen)
    leaked = [s for s in secret if s in text]
    assert not leaked, (leaked, [t for t in seen if any(s in t for s in leaked)][:1])
