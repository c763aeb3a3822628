import datetime as dt
import threading

import pandas as pd
import pytest

from analytics.store import SCHEMA_VERSION, Store, StoreError


def _coverage(values, period="2021-10-01"):
    return pd.DataFrame({
        "region_code": [c for c, _ in values],
        "period": [dt.date.fromisoformat(period)] * len(values),
        "segment": "PU", "worker_group": "non_asn",
        "active_participants": [v for _, v in values], "target_workers": None,
    })


def test_new_database_is_migrated(tmp_path):
    store = Store(tmp_path / "a.duckdb")
    assert store.schema_version() == SCHEMA_VERSION
    tables = set(store.query_df("SELECT table_name FROM information_schema.tables")["table_name"])
    assert {"region", "coverage", "regulation", "budget", "employment", "import_batch"} <= tables
    store.close()
    again = Store(tmp_path / "a.duckdb")  # reopening applies nothing twice
    assert again.query_value("SELECT count(*) FROM schema_version") == SCHEMA_VERSION


def test_latest_active_batch_wins_and_rollback_restores(tmp_path):
    store = Store(tmp_path / "a.duckdb")
    first = store.add_batch("coverage", _coverage([("62.01", 10), ("62.02", 20)]), "a.csv", "x")
    second = store.add_batch("coverage", _coverage([("62.01", 11)]), "b.csv", "y")
    current = store.query_df("SELECT region_code, active_participants, batch_id FROM coverage ORDER BY 1")
    assert current.values.tolist() == [["62.01", 11, second], ["62.02", 20, first]]
    store.rollback_batch(second)
    current = store.query_df("SELECT region_code, active_participants FROM coverage ORDER BY 1")
    assert current.values.tolist() == [["62.01", 10], ["62.02", 20]]
    with pytest.raises(StoreError, match="already rolled back"):
        store.rollback_batch(second)
    with pytest.raises(StoreError, match="no import batch"):
        store.rollback_batch(999)


def test_failed_write_leaves_nothing(tmp_path):
    store = Store(tmp_path / "a.duckdb")
    before = store.data_version()
    with pytest.raises(RuntimeError):
        with store.write() as cur:
            store.insert_batch(cur, "coverage", _coverage([("62.01", 10)]), "a.csv", "x")
            raise RuntimeError("boom")
    assert store.query_value("SELECT count(*) FROM import_batch") == 0
    assert store.query_value("SELECT count(*) FROM coverage_row") == 0
    assert store.data_version() == before


def test_data_version_increases_with_writes(tmp_path):
    store = Store(tmp_path / "a.duckdb")
    v0 = store.data_version()
    store.add_batch("coverage", _coverage([("62.01", 10)]), "a.csv", "x")
    assert store.data_version() == v0 + 1


def test_threads_read_through_their_own_cursors(tmp_path):
    store = Store(tmp_path / "a.duckdb")
    store.add_batch("coverage", _coverage([("62.01", 10)]), "a.csv", "x")
    errors, results = [], []

    def reader():
        try:
            for _ in range(50):
                results.append(store.query_value("SELECT sum(active_participants) FROM coverage"))
        except Exception as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    def writer():
        for i in range(10):
            store.add_batch("coverage", _coverage([("62.03", i)]), f"w{i}.csv", None)

    threads = [threading.Thread(target=reader) for _ in range(4)] + [threading.Thread(target=writer)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=60)
    assert not errors
    assert store.query_value("SELECT count(*) FROM import_batch") == 11


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "a.duckdb"
    store = Store(path)
    store.cursor().execute("INSERT INTO schema_version VALUES (?, now())", [SCHEMA_VERSION + 1])
    store.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_ucj_view_known_answer_and_no_denominator(jatim_known):
    """Jawa Timur 2023: 4,336,959 active / 14,531,668 employed = 29.84%."""
    empty_store = jatim_known
    row = empty_store.query_df(
        "SELECT active_participants, employed, edition, ucj_pct, numerator_source FROM ucj "
        "WHERE region_code = '35' AND period = DATE '2023-12-01'").iloc[0]
    assert (row["active_participants"], row["employed"]) == (4_336_959, 14_531_668)
    assert row["ucj_pct"] == pytest.approx(29.84, abs=0.005)
    assert row["numerator_source"] == "reported_total" and "Sakernas" in row["edition"]
    # Bali 2025-03 has a reported total (935,079) but no employment row: no rate, not 0%
    bali = empty_store.query_df("SELECT active_participants, employed, ucj_pct FROM ucj "
                                "WHERE region_code = '51' AND period = DATE '2025-03-01'").iloc[0]
    assert bali["active_participants"] == 935_079
    assert pd.isna(bali["employed"]) and pd.isna(bali["ucj_pct"])
