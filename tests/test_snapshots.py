"""Published snapshots (analytics/snapshots.py): writers publish atomically and queue on a lock,
readers see each new snapshot without reopening by hand, a damaged or foreign dataset file is
named and an intact snapshot served instead, kill -9 at any moment leaves the last published
snapshot as it was, restore and backup."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from analytics import snapshots
from analytics.store import Store
from tests.conftest import ROOT


def fingerprint(path: Path) -> dict[str, str]:
    """Row count and a hash over all rows of every stored table (read-only: a published
    snapshot is never opened for writing)."""
    store = Store(path, read_only=True)
    try:
        tables = store.query_df(
            "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' ORDER BY 1"
        )["table_name"].tolist()
        return {t: store.query_value(
            f'SELECT count(*)::VARCHAR || \':\' || coalesce(sum(hash(x)), 0)::VARCHAR FROM "{t}" x') for t in tables}
    finally:
        store.close()


@pytest.fixture
def dataset(demo_db_path, tmp_path):
    """A published dataset: the demo database copied in and published once."""
    path = tmp_path / "ds" / "jamsostek.duckdb"
    path.parent.mkdir()
    shutil.copy(demo_db_path, path)
    with snapshots.writing(path, who="test", what="first publish") as session:
        session.force = True
    yield path
    snapshots.close_readers()


def _active_batches(store: Store) -> int:
    return int(store.query_value("SELECT count(*) FROM import_batch WHERE status = 'active'"))


def _roll_back_one(path: Path, what: str = "rollback") -> int | None:
    with snapshots.writing(path, who="test", what=what) as session:
        batch = session.store.query_value("SELECT min(batch_id) FROM import_batch WHERE status = 'active'")
        session.store.rollback_batch(int(batch))
    return session.published.snapshot_id


def test_a_reader_sees_each_new_snapshot_without_reopening(dataset):
    reader = snapshots.reader(dataset)
    first = reader.state()
    before = _active_batches(first.store)
    new_id = _roll_back_one(dataset)
    now = reader.state()
    assert now.snapshot_id == new_id == first.snapshot_id + 1
    assert _active_batches(now.store) == before - 1
    assert now.store.data_version() == new_id  # the version caches key on steps once per publish
    assert _active_batches(first.store) == before  # a run that pinned the old one keeps reading it


def test_a_failed_write_publishes_nothing(dataset):
    before = fingerprint(dataset)
    with pytest.raises(RuntimeError, match="boom"):
        with snapshots.writing(dataset, who="test", what="half an import") as session:
            session.store.rollback_batch(int(session.store.query_value("SELECT min(batch_id) FROM import_batch")))
            raise RuntimeError("boom")
    assert fingerprint(dataset) == before
    assert not list(snapshots.history_dir(dataset).glob(".tmp-*"))


def test_a_write_that_changes_nothing_publishes_nothing(dataset):
    kept = [s.id for s in snapshots.history(dataset)]
    with snapshots.writing(dataset, who="test", what="nothing") as session:
        session.store.query_value("SELECT count(*) FROM region")
    assert session.published.snapshot_id is None
    assert [s.id for s in snapshots.history(dataset)] == kept


def test_writers_queue_and_both_land(dataset):
    reader = snapshots.reader(dataset)
    before = _active_batches(reader.state().store)
    entered = threading.Event()
    release = threading.Event()
    waits: list[str] = []

    def slow_writer():
        with snapshots.writing(dataset, who="first", what="slow import") as session:
            entered.set()
            release.wait(10)
            batch = session.store.query_value("SELECT max(batch_id) FROM import_batch WHERE status = 'active'")
            session.store.rollback_batch(int(batch))

    first = threading.Thread(target=slow_writer)
    first.start()
    assert entered.wait(10)
    second = threading.Thread(target=lambda: _roll_back_second(dataset, waits))
    second.start()
    time.sleep(0.5)
    assert waits and "first (slow import" in waits[0]  # the waiting writer says whom it waits for
    release.set()
    first.join(20)
    second.join(20)
    assert _active_batches(reader.state().store) == before - 2  # both changes, one after the other


def _roll_back_second(path: Path, waits: list[str]) -> None:
    with snapshots.writing(path, who="second", what="quick import",
                           on_wait=lambda holder: waits.append(snapshots.describe_wait(holder))) as session:
        batch = session.store.query_value("SELECT min(batch_id) FROM import_batch WHERE status = 'active'")
        session.store.rollback_batch(int(batch))


@contextlib.contextmanager
def writer_in_another_thread(path: Path, who: str, what: str):
    """Another writer holding the dataset's lock for the block."""
    entered, release = threading.Event(), threading.Event()

    def holder():
        with snapshots.writing(path, who=who, what=what):
            entered.set()
            release.wait(10)

    thread = threading.Thread(target=holder)
    thread.start()
    assert entered.wait(10)
    try:
        yield
    finally:
        release.set()
        thread.join(10)


def test_a_writer_that_waits_too_long_is_refused_with_a_clear_message(dataset):
    with writer_in_another_thread(dataset, "kepala.bidang@x.go.id", "import coverage big.xlsx"):
        with pytest.raises(snapshots.WriterBusy, match=r"kepala\.bidang@x\.go\.id \(import coverage big\.xlsx.*after 0\.3 s"):
            with snapshots.writing(dataset, who="web", what="rollback", timeout_s=0.3):
                pass


@pytest.mark.parametrize("damage", ["truncated", "foreign", "empty"])
def test_a_damaged_dataset_file_is_named_and_the_newest_intact_snapshot_serves(dataset, damage):
    newest = _roll_back_one(dataset)
    expected = fingerprint(snapshots.history_dir(dataset) / f"{newest:06d}.duckdb")
    if damage == "truncated":
        os.truncate(dataset, dataset.stat().st_size // 3)
    elif damage == "foreign":
        dataset.write_text("kode,nama\n62,Kalimantan Tengah\n" * 50)
    else:
        dataset.write_bytes(b"")
    state = snapshots.reader(dataset).state()
    assert state.problem and str(dataset) in state.problem and f"snapshot, {newest}" in state.problem
    assert state.snapshot_id == newest
    # the words the page uses: a file shorter than what was published is "truncated", even when
    # DuckDB cannot open it at all (its catalogue was in the lost half)
    assert state.damage == {"truncated": "truncated", "foreign": "unreadable", "empty": "truncated"}[damage], state.problem
    assert _active_batches(state.store) >= 0
    # the next writer starts from that snapshot and so repairs the dataset file
    with snapshots.writing(dataset, who="test", what="repair") as session:
        session.force = True
    repaired = snapshots.reader(dataset).state()
    assert repaired.problem is None and repaired.source == dataset
    assert fingerprint(dataset) | {"app_meta": ""} == expected | {"app_meta": ""}


def test_a_truncated_file_without_a_manifest_is_found_by_reading_it_whole(demo_db_path, tmp_path):
    # a database from before snapshots, or one copied here without its history: nothing to
    # compare its digest with, yet DuckDB opens it and fails later, on a lost block
    path = tmp_path / "copied.duckdb"
    shutil.copy(demo_db_path, path)
    assert snapshots.Reader(path).state().problem is None
    os.truncate(path, path.stat().st_size // 2)
    with pytest.raises(snapshots.DatasetError, match=r"copied\.duckdb: cannot be read whole: table \w+: IO Error") as err:
        snapshots.Reader(path).state()
    assert ".r-" not in str(err.value)  # the file's own name, not the link it was opened through


def test_no_intact_snapshot_left_is_a_clear_error(tmp_path):
    path = tmp_path / "x.duckdb"
    path.write_text("not a database")
    with pytest.raises(snapshots.DatasetError, match=r"x\.duckdb: .*not a valid DuckDB database.*no intact snapshot"):
        snapshots.Reader(path).state()


def test_restore_republishes_an_older_snapshot_as_a_new_one(dataset):
    original = snapshots.reader(dataset).state()
    first_id, before = original.snapshot_id, _active_batches(original.store)
    _roll_back_one(dataset)
    _roll_back_one(dataset)
    new_id = snapshots.restore(dataset, first_id, who="test")
    state = snapshots.reader(dataset).state()
    assert state.snapshot_id == new_id > first_id + 2
    assert _active_batches(state.store) == before
    assert snapshots.history(dataset)[0].note == f"restore of snapshot {first_id}"
    with pytest.raises(snapshots.DatasetError, match="no snapshot 999 is kept"):
        snapshots.restore(dataset, 999, who="test")


def test_backup_copies_the_published_snapshot(dataset, tmp_path):
    target = snapshots.backup(dataset, tmp_path / "backup.duckdb")
    assert fingerprint(target) == fingerprint(dataset)


def test_the_history_keeps_the_last_n(dataset, monkeypatch):
    monkeypatch.setenv("JAMSOSTEK_SNAPSHOTS_KEEP", "3")
    for i in range(4):
        _roll_back_one(dataset, what=f"rollback {i}")
    kept = snapshots.history(dataset)
    assert len(kept) == 3 and all(s.intact for s in kept)
    assert kept[0].id == snapshots.reader(dataset).state().snapshot_id


# --- kill -9 ------------------------------------------------------------------------------------
_KILLED_WRITER = textwrap.dedent("""
    import os, sys, time
    from analytics import snapshots
    phase = sys.argv[2]
    real_fsync = snapshots._fsync_file
    calls = []

    def pause_at(path):
        # fsync #1 is the new snapshot, #2 its history copy: stop the world at the chosen one
        real_fsync(path)
        calls.append(path)
        if phase == "after-fsync" and len(calls) == 1 or phase == "after-history" and len(calls) == 2:
            print("PAUSED", flush=True)
            time.sleep(60)

    snapshots._fsync_file = pause_at
    with snapshots.writing(sys.argv[1], who="doomed", what="import") as session:
        batch = session.store.query_value("SELECT min(batch_id) FROM import_batch WHERE status = 'active'")
        session.store.rollback_batch(int(batch))
        if phase == "in-transaction":
            print("PAUSED", flush=True)
            time.sleep(60)
""")


@pytest.mark.parametrize("phase", ["in-transaction", "after-fsync", "after-history"])
def test_kill_9_during_a_publish_leaves_the_previous_snapshot_readable(dataset, phase):
    before = fingerprint(dataset)
    published = snapshots.reader(dataset).state().snapshot_id
    proc = subprocess.Popen([sys.executable, "-c", _KILLED_WRITER, str(dataset), phase], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "PAUSED", proc.stderr.read()
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(10)
    snapshots.close_readers()
    state = snapshots.reader(dataset).state()
    assert state.problem is None and state.snapshot_id == published
    assert fingerprint(dataset) == before  # byte for byte the snapshot that was published
    # the lock died with the writer; the next writer cleans up and publishes normally
    assert _roll_back_one(dataset) == published + 1
    leftovers = [p.name for p in snapshots.history_dir(dataset).iterdir() if p.name.startswith(".tmp-")]
    assert not leftovers
    assert not list(dataset.parent.glob(".jamsostek.duckdb.r-*"))


# --- the command line ------------------------------------------------------------------------------
def _cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analytics", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)


def test_cli_snapshots_restore_and_backup(dataset, tmp_path):
    first = snapshots.reader(dataset).state().snapshot_id
    _roll_back_one(dataset)
    listed = _cli("snapshots", "--db", str(dataset))
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.strip().splitlines()
    assert lines[0] == "id,published_at,published_by,note,size_bytes,intact,current"
    assert lines[1].startswith(f"{first + 1},") and lines[1].endswith(",yes,yes")
    restored = _cli("restore", str(first), "--db", str(dataset))
    assert restored.returncode == 0 and f"snapshot {first} republished as snapshot {first + 2}" in restored.stdout
    backup = _cli("backup", str(tmp_path / "copy.duckdb"), "--db", str(dataset))
    assert backup.returncode == 0, backup.stderr
    assert fingerprint(tmp_path / "copy.duckdb") == fingerprint(dataset)
    missing = _cli("restore", "4242", "--db", str(dataset))
    assert missing.returncode == 2 and "no snapshot 4242 is kept" in missing.stderr


def test_cli_on_a_foreign_dataset_file_says_so_without_a_traceback(dataset):
    dataset.write_text("this is not a database\n")
    proc = _cli("sql", "select count(*) from region", "--db", str(dataset))
    assert proc.returncode == 0, proc.stderr
    assert "552" in proc.stdout
    assert "not a valid DuckDB database" in proc.stderr and "newest intact snapshot" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_two_cli_imports_at_once_both_land(dataset, tmp_path):
    rows = "kode_wilayah;periode;segmen;kelompok;peserta_aktif\n62.06;2021-10;PU;non_asn;{n}\n"
    files = []
    for i in (1, 2):
        f = tmp_path / f"import_{i}.csv"
        f.write_text(rows.format(n=100 + i))
        files.append(f)
    before = int(snapshots.reader(dataset).state().store.query_value("SELECT count(*) FROM import_batch"))
    procs = [subprocess.Popen([sys.executable, "-m", "analytics", "import", "coverage", str(f), "--db", str(dataset)],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for f in files]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    after = snapshots.reader(dataset).state().store.query_value("SELECT count(*) FROM import_batch")
    assert int(after) == before + 2


def test_a_dataset_from_newer_code_is_refused_with_its_name(dataset):
    with snapshots.writing(dataset, who="test", what="future") as session:
        session.store.cursor().execute("INSERT INTO schema_version VALUES (99, now())")
    with pytest.raises(snapshots.DatasetError, match=r"jamsostek\.duckdb has schema version 99, newer than this program"):
        with snapshots.writing(dataset, who="test", what="import"):
            pass
    assert ".tmp-" not in str(snapshots.history(dataset))


@pytest.mark.parametrize("name", ["ucj", "coverage"])
def test_a_published_snapshot_holds_ucj_and_coverage_as_tables_and_a_writer_sees_them_live(dataset, name):
    def kind(store):
        return store.query_value("SELECT table_type FROM information_schema.tables WHERE table_name = ?", [name])

    published = snapshots.reader(dataset).state().store
    assert kind(published) == "BASE TABLE"  # computed once at publish, not per query
    live = published.query_df(f"SELECT * FROM {name}_live ORDER BY ALL")
    assert published.query_df(f"SELECT * FROM {name} ORDER BY ALL").equals(live)
    with snapshots.writing(dataset, who="test", what="import") as session:
        assert kind(session.store) == "VIEW"  # changing the copy: the view again, never stale
        rows = session.store.query_value("SELECT count(*) FROM coverage")
        session.store.rollback_batch(int(session.store.query_value(
            "SELECT max(batch_id) FROM import_batch WHERE dataset = 'coverage' AND status = 'active'")))
        assert session.store.query_value("SELECT count(*) FROM coverage") < rows  # seen at once
    after = snapshots.reader(dataset).state().store
    assert kind(after) == "BASE TABLE"
    assert after.query_df(f"SELECT * FROM {name} ORDER BY ALL").equals(
        after.query_df(f"SELECT * FROM {name}_live ORDER BY ALL"))
    assert after.query_value("SELECT count(*) FROM coverage") < len(live) or name == "ucj"


def dataset_from_older_code(demo_db_path: Path, path: Path) -> Path:
    """A file as older code left it: no snapshot stamp, an older view set."""
    shutil.copy(demo_db_path, path)
    store = Store(path)
    store.cursor().execute("DROP VIEW ucj_target_used")  # as before the view existed
    store.cursor().execute("DELETE FROM app_meta WHERE key = 'schema_fingerprint'")
    store.close()
    return path


def test_cli_reads_bring_a_dataset_from_older_code_in_line_first(demo_db_path, tmp_path):
    # the CLI's first read republishes it for this code instead of failing on what it lacks
    path = dataset_from_older_code(demo_db_path, tmp_path / "old.duckdb")
    proc = _cli("sql", "select count(*) AS n from ucj_target_used", "--db", str(path))
    assert proc.returncode == 0, proc.stderr
    assert "published snapshot" not in proc.stdout  # CSV only on stdout
    assert snapshots.history(path), "the upgrade was published"


# --- issue 22, class 8: messages, not tracebacks -------------------------------------------------------
def test_restoring_a_snapshot_another_writer_just_pruned_says_so(dataset, monkeypatch, capsys):
    from analytics import cli

    first = snapshots.reader(dataset).state().snapshot_id
    _roll_back_one(dataset)
    before = fingerprint(dataset)
    real_lock = snapshots._writer_lock

    def lock_after_a_prune(*args, **kwargs):  # another writer published and pruned while we waited
        (snapshots.history_dir(dataset) / f"{first:06d}.duckdb").unlink()
        return real_lock(*args, **kwargs)

    monkeypatch.setattr(snapshots, "_writer_lock", lock_after_a_prune)
    with pytest.raises(snapshots.SnapshotGone, match=rf"snapshot {first} is no longer kept: another writer"):
        snapshots.restore(dataset, first, who="test")
    assert cli.main(["restore", str(first), "--db", str(dataset)]) == 2
    err = capsys.readouterr().err
    assert f"error: {dataset}: no snapshot {first} is kept" in err and "Traceback" not in err
    assert fingerprint(dataset) == before


def _fill_disk_while(monkeypatch, where: str):
    """Make the disk 'full' at one step of a write: DuckDB's COMMIT, or the publishing copy."""
    import duckdb

    from analytics import store as store_module

    if where == "commit":
        real_write = store_module.Store.write

        def write(self):
            class Cursor:  # the COMMIT fails as DuckDB's does on a full disk, ending the transaction
                def __init__(self, cur):
                    self.cur = cur

                def execute(self, sql, *a):
                    if sql == "COMMIT":
                        self.cur.execute("ROLLBACK")
                        raise duckdb.IOException('IO Error: Could not write file "x.wal": No space left on device')
                    return self.cur.execute(sql, *a)

                def __getattr__(self, name):
                    return getattr(self.cur, name)

            real_cursor = self.cursor
            monkeypatch.setattr(self, "cursor", lambda: Cursor(real_cursor()))
            return real_write(self)

        monkeypatch.setattr(store_module.Store, "write", write)
    else:
        real_copy = shutil.copyfile

        def copyfile(src, dst, *a, **kw):
            if str(dst).endswith(".hist"):
                Path(dst).write_bytes(b"\0" * 1024)
                raise OSError(28, "No space left on device", str(dst))
            return real_copy(src, dst, *a, **kw)

        monkeypatch.setattr(snapshots.shutil, "copyfile", copyfile)


@pytest.mark.parametrize("where", ["commit", "publish"])
def test_a_full_disk_is_named_not_a_rollback_error(dataset, monkeypatch, where):
    before = fingerprint(dataset)
    _fill_disk_while(monkeypatch, where)
    with pytest.raises(snapshots.DiskFull) as caught:
        _roll_back_one(dataset)
    text = str(caught.value)
    assert text.startswith(f"{dataset}: the disk holding the dataset ({dataset.parent.resolve()}) is full (")
    assert "Nothing was saved and the dataset is as it was" in text and "cannot rollback" not in text
    monkeypatch.undo()
    assert fingerprint(dataset) == before
    assert not [p for p in snapshots.history_dir(dataset).iterdir() if p.name.startswith(".tmp-")]


def test_a_full_disk_for_real_through_the_cli(dataset, tmp_path):
    """On a small tmpfs (root only): the CLI import names the full disk, whatever step it hits."""
    mount = tmp_path / "small"
    mount.mkdir()
    size_kb = dataset.stat().st_size // 1024 * 3 + 2048
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(mount)],
                                           capture_output=True).returncode != 0:
        pytest.skip("needs root to mount a small tmpfs")
    try:
        db = mount / "x.duckdb"
        shutil.copy(dataset, db)
        data = ROOT / "tests" / "fixtures" / "kalteng_regulasi.csv"
        seen = set()
        for spare_kb in (dataset.stat().st_size // 1024 + 200, dataset.stat().st_size // 1024 * 2 + 1000):
            filler = mount / "filler"
            filler.unlink(missing_ok=True)
            free_kb = shutil.disk_usage(mount).free // 1024
            with open(filler, "wb") as f:
                f.write(b"\0" * max(0, (free_kb - spare_kb) * 1024))
            done = _cli("import", "regulations", str(data), "--db", str(db))
            seen.add(done.returncode)
            if done.returncode:
                assert "Traceback" not in done.stderr, done.stderr
                assert "the disk holding the dataset" in done.stderr and "is full" in done.stderr, done.stderr
        assert 2 in seen
        filler.unlink()
        assert _cli("batches", "--db", str(db)).returncode == 0
    finally:
        subprocess.run(["umount", str(mount)], check=False)
