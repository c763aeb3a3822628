"""A dataset's lifecycle (analytics/lifecycle.py), the one the dashboard and the CLI share:
create, open the published snapshot (a dataset from older code is brought in line first),
write a working copy and publish it."""

from __future__ import annotations

import pytest

from analytics import lifecycle, snapshots
from tests import test_snapshots
from tests.test_snapshots import _active_batches

dataset = test_snapshots.dataset  # a fixture: the demo database copied and published once


def test_a_write_is_published_and_says_which_snapshot(dataset):
    before = _active_batches(lifecycle.open_published(dataset, who="test").store)
    told = []
    with lifecycle.writing(dataset, who="test", what="rollback", on_published=told.append) as store:
        store.rollback_batch(int(store.query_value("SELECT min(batch_id) FROM import_batch WHERE status = 'active'")))
    assert told == [snapshots.history(dataset)[0].id]
    assert snapshots.history(dataset)[0].note == "rollback"
    assert _active_batches(lifecycle.open_published(dataset, who="test").store) == before - 1


def test_a_write_that_changes_nothing_or_fails_publishes_nothing(dataset):
    kept = [s.id for s in snapshots.history(dataset)]
    told = []
    with lifecycle.writing(dataset, who="test", what="nothing", on_published=told.append):
        pass
    with pytest.raises(RuntimeError, match="half-way"):
        with lifecycle.writing(dataset, who="test", what="fails", on_published=told.append) as store:
            store.rollback_batch(int(store.query_value("SELECT min(batch_id) FROM import_batch")))
            raise RuntimeError("half-way")
    assert told == [] and [s.id for s in snapshots.history(dataset)] == kept


def test_a_writer_is_told_whom_it_waits_for_and_a_busy_dataset_is_a_dataset_error(dataset):
    waits = []
    with test_snapshots.writer_in_another_thread(dataset, "cli user", "import coverage big.xlsx"):
        with pytest.raises(snapshots.DatasetError, match=dataset.name):
            with lifecycle.writing(dataset, who="web", what="rollback", timeout_s=0.3, on_wait=waits.append):
                pass
    assert waits and waits[0].describe().startswith("cli user")


def test_a_dataset_from_older_code_is_brought_in_line_once_before_it_is_read(demo_db_path, tmp_path):
    path = test_snapshots.dataset_from_older_code(demo_db_path, tmp_path / "old.duckdb")
    try:
        state = lifecycle.open_published(path, who="cli")
        assert not lifecycle.published_by_older_code(state.store)
        assert state.store.query_value("SELECT count(*) FROM ucj_target_used") is not None
        upgrade = snapshots.history(path)[0]
        assert (upgrade.published_by, upgrade.note) == ("cli (upgrade)", "schema upgrade")
        assert lifecycle.bring_in_line(path, who="cli") is False  # in line now: nothing written
        assert len(snapshots.history(path)) == 1
    finally:
        snapshots.close_readers()


def test_create_makes_a_dataset_and_tells_its_first_snapshot(shared_data, tmp_path):
    path = tmp_path / "new" / "jamsostek.duckdb"
    told = []
    try:
        result = lifecycle.create(path, who="test (first start)", source=shared_data, on_published=told.append)
        assert result.done and told == [snapshots.history(path)[0].id]
        assert snapshots.history(path)[0].note == "init"
        state = lifecycle.open_published(path, who="test")
        assert state.store.query_value("SELECT count(*) FROM region WHERE level = 'provinsi'") == 38
        assert _active_batches(state.store) >= 1  # the curated public facts, no demo data
        assert not state.store.query_value("SELECT count(*) FROM import_batch WHERE is_demo AND status = 'active'")
    finally:
        snapshots.close_readers()
