"""Hostile input: every case is refused with a reason (or, for formula text, neutralised), and a
before/after fingerprint of every stored table (row count + hash of all rows) plus the data
version shows nothing stored changed. No file appears where a query tried to write one.

SQL cases, each through three doors: the explorer (``ReadOnlyExplorer.run``), the CLI
(``python -m analytics sql``; in-process ``cli.main`` for all, a real subprocess for some) and
the SQL explorer page (AppTest, query given in the URL as ``sql_q``); after each, ``select
count(*) from region`` still gives 552:
  writes      INSERT, UPDATE, DELETE, WITH ... INSERT, CREATE TABLE, CREATE VIEW, CREATE MACRO,
              CREATE SECRET, DROP TABLE, ALTER TABLE, TRUNCATE
  nested      (statement type SELECT, a write inside) DELETE/UPDATE/INSERT ... RETURNING and COPY
              in a CTE, in a subquery, in a scalar subquery, in EXISTS, in FROM-first forms, under
              UNION, under a PIVOT; SQL run from text (json_execute_serialized_sql, query())
  memory      list and string functions that allocate outside DuckDB's memory_limit: range(n) as
              a list, unnest(range(n)), len(range(n)), list_transform, repeat, list_concat -> the
              worker's address-space ceiling; the caller's own memory does not grow
  stubborn    a worker that ignores every signal and sleeps: killed at the time limit, gone, its
              slot free again (library in test_sql_readonly.py; CLI subprocess and page here)
  files       ATTACH (new and the store's own file), DETACH, COPY ... TO file, COPY ... FROM file,
              EXPORT DATABASE, IMPORT DATABASE
  extensions  INSTALL httpfs, LOAD httpfs
  readers     read_csv, read_csv_auto, read_parquet, read_json, read_text, read_blob, glob,
              sniff_csv, a 'file.csv' replacement scan, the store's own file by path
  settings    SET, RESET, PRAGMA, CALL, SET via lock_configuration, USE, CHECKPOINT, BEGIN
  several     "SELECT 1; DROP TABLE region", a second statement after a comment
  limits      endless recursive CTE -> time limit; huge cross join -> time or memory limit;
              memory-hungry aggregate -> memory limit; empty query; query over the length limit;
              a result over the row limit is cut and said so (not refused)
Upload cases, through ``importers.prepare`` and through the data page (AppTest file upload):
  a file over the size limit, a PNG renamed .csv, a PDF renamed .csv, an ELF binary renamed
  .csv, a zip-bomb .xlsx (400 MB declared), a zip-bomb .xlsx whose directory lies about sizes,
  a 0.7 MB .xlsx whose shared strings unpack to 287 MB (declared, and lied about: refused while
  unpacking, before any parser reads it; the caller's memory does not grow, test_tabular.py),
  an empty file, a CSV line of a million columns, a path-like name ("../../etc/passwd.csv")
  -> stored name is bare, formula cells in CSV (=HYPERLINK, =cmd|..., @SUM, +, -) -> kept as
  inert text and neutralised in CSV/XLSX exports, formula cells in XLSX -> never evaluated
  (cached value only, formula text not stored).
Issue 22: workbooks bounded by what they expand to (an amplifying workbook, a 150 MB inline
cell, a 40 MB title: tests/ingest/test_hostile_workbooks.py has the rest), a follow-up action
that splits into formulas in an Indonesian Excel, a CLI file name with a backslash.
"""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from analytics import cli, exports, snapshots
from analytics.explorer.readonly import QueryRefused, ReadOnlyExplorer
from analytics.ingest import importers
from tests.apptest_support import errors_of, page_test
from tests.ingest import hostile_workbooks
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures"


# --- fixtures and helpers -----------------------------------------------------------------------
@pytest.fixture
def db(demo_db_path, tmp_path, monkeypatch):
    path = tmp_path / "hostile.duckdb"
    shutil.copy(demo_db_path, path)
    # published once, as `init` leaves a deployment: fingerprints then see only what a case does
    with snapshots.writing(path, who="test", what="init") as session:
        session.force = True
    monkeypatch.setenv("JAMSOSTEK_DB", str(path))
    monkeypatch.delenv("JAMSOSTEK_READ_ONLY", raising=False)
    monkeypatch.delenv("JAMSOSTEK_EDITOR_PASSWORD_SHA256", raising=False)
    monkeypatch.chdir(tmp_path)  # relative paths in queries would land here
    return path


def fingerprint(path: Path) -> dict[str, str]:
    """Row count and a hash over all rows of every stored table, and the data version."""
    store = snapshots.reader(path).store()
    tables = store.query_df(
        "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' ORDER BY 1"
    )["table_name"].tolist()
    out = {t: store.query_value(
        f'SELECT count(*)::VARCHAR || \':\' || coalesce(sum(hash(x)), 0)::VARCHAR FROM "{t}" x'
    ) for t in tables}
    out["_data_version"] = str(store.data_version())
    out["_tables"] = ",".join(tables)
    return out


def sql_cases(tmp: Path, db_path: Path) -> list[tuple[str, str, str]]:
    """(id, query, expected refusal key) -- the key says which guard must catch it."""
    out = tmp / "out"
    kind, dk = "explorer.refused.kind", "explorer.refused.duckdb"
    return [
        ("insert", "INSERT INTO region VALUES ('99', 'X', 'kota', '99', 1, 1)", kind),
        ("update", "UPDATE region SET population = 0", kind),
        ("delete", "DELETE FROM import_batch", kind),
        ("with_insert", "WITH x AS (SELECT 1) INSERT INTO region SELECT * FROM region", kind),
        ("create_table", "CREATE TABLE evil AS SELECT 1", kind),
        ("create_view", "CREATE VIEW coverage2 AS SELECT 1", kind),
        ("create_macro", "CREATE MACRO m(a) AS a + 1", kind),
        ("create_secret", "CREATE SECRET s (TYPE s3, KEY_ID 'x', SECRET 'y')", kind),
        ("drop", "DROP TABLE region", kind),
        ("alter", "ALTER TABLE region ADD COLUMN x INT", kind),
        ("truncate", "TRUNCATE import_batch", kind),
        ("attach_new", f"ATTACH '{tmp / 'new.duckdb'}' AS n", kind),
        ("attach_store", f"ATTACH '{db_path}' AS s", kind),
        ("detach", "DETACH memory", kind),
        ("copy_to", f"COPY region TO '{out}.csv'", kind),
        ("copy_from", f"COPY region FROM '{FIXTURES / 'kalteng_regulasi.csv'}'", kind),
        ("export", f"EXPORT DATABASE '{out}'", kind),
        ("import", f"IMPORT DATABASE '{tmp}'", kind),
        ("install", "INSTALL httpfs", kind),
        ("load", "LOAD httpfs", kind),
        ("read_csv", "SELECT * FROM read_csv('/etc/passwd')", dk),
        ("read_csv_auto", "SELECT * FROM read_csv_auto('/etc/hostname')", dk),
        ("read_parquet", f"SELECT * FROM read_parquet('{tmp}/x.parquet')", dk),
        ("read_json", "SELECT * FROM read_json('/etc/os-release')", dk),
        ("read_text", "SELECT * FROM read_text('/etc/passwd')", dk),
        ("read_blob", f"SELECT * FROM read_blob('{db_path}')", dk),
        ("glob", "SELECT * FROM glob('/etc/*')", dk),
        ("sniff_csv", "SELECT * FROM sniff_csv('/etc/passwd')", dk),
        ("replacement_scan", f"SELECT * FROM '{FIXTURES / 'kalteng_regulasi.csv'}'", dk),
        ("store_by_path", f"SELECT * FROM '{db_path}'", dk),
        ("set", "SET memory_limit = '64GB'", kind),
        ("set_external", "SET enable_external_access = true", kind),
        ("reset", "RESET memory_limit", kind),
        ("pragma", "PRAGMA database_list", kind),
        ("call", "CALL pragma_version()", kind),
        ("use", "USE memory", kind),
        ("checkpoint", "CHECKPOINT", kind),
        ("begin", "BEGIN TRANSACTION", kind),
        *nested_write_cases(out),
        *MEMORY_CASES,
        ("two_statements", "SELECT 1; DROP TABLE region", "explorer.refused.statements"),
        ("after_comment", "SELECT 1 /* x */ ; -- y\nDELETE FROM region", "explorer.refused.statements"),
        ("empty", "   \n  ", "explorer.refused.empty"),
        ("too_long", "SELECT 1 " + "-" * 20_001, "explorer.refused.too_long"),
    ]


def nested_write_cases(out: Path) -> list[tuple[str, str, str]]:
    """Writes DuckDB parses as a SELECT statement: only the parse tree shows them."""
    wr, fn = "explorer.refused.writes", "explorer.refused.function"
    delete = "DELETE FROM region RETURNING *"
    return [
        ("cte_delete", f"WITH x AS ({delete}) SELECT count(*) FROM x", wr),
        ("cte_update", "WITH x AS (UPDATE region SET population = 0 RETURNING *) SELECT count(*) FROM x", wr),
        ("cte_insert", "WITH x AS (INSERT INTO ucj_target SELECT * FROM ucj_target RETURNING *) SELECT * FROM x", wr),
        ("cte_copy", f"WITH x AS (COPY region TO '{out}.csv') SELECT 1", wr),
        ("subquery", f"SELECT * FROM (WITH x AS ({delete}) SELECT count(*) FROM x)", wr),
        ("scalar_subquery", f"SELECT (WITH x AS ({delete}) SELECT count(*) FROM x) AS n", wr),
        ("exists", "SELECT 1 WHERE EXISTS (WITH x AS (UPDATE region SET name = 'X' RETURNING *) SELECT 1 FROM x)", wr),
        ("from_first", f"WITH x AS ({delete}) FROM x", wr),
        ("from_first_subquery", "FROM (WITH x AS (INSERT INTO region SELECT * FROM region RETURNING *) FROM x)", wr),
        ("union", f"WITH x AS MATERIALIZED ({delete}) SELECT 1 UNION ALL SELECT count(*) FROM x", wr),
        ("pivot", f"WITH x AS ({delete}) PIVOT x ON level USING count(*)", wr),
        ("sql_from_text", ("SELECT * FROM json_execute_serialized_sql(json_serialize_sql("
                           f"'WITH x AS ({delete}) SELECT count(*) FROM x'))"), fn),
        ("query_function", "SELECT * FROM query('SELECT 1')", fn),
    ]


# Quick failures at the ceiling (well under a second each); RLIMIT_AS stops them, not the time limit.
MEMORY_CASES = [
    ("range_list", "SELECT range(300000000) AS l", "explorer.refused.memory"),
    ("unnest_range", "SELECT count(*) FROM (SELECT unnest(range(300000000)))", "explorer.refused.memory"),
    ("len_range", "SELECT len(range(500000000)) AS n", "explorer.refused.memory"),
    ("list_transform", "SELECT len(list_transform(range(100000000), lambda x: x * 2)) AS n", "explorer.refused.memory"),
    ("repeat", "SELECT length(repeat('x', 2000000000)) AS n", "explorer.refused.memory"),
    ("list_concat", "SELECT len(list_concat(range(100000000), range(100000000))) AS n", "explorer.refused.memory"),
]


SLOW_CASES = [
    ("recursive_cte", "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r",
     ("explorer.refused.timeout",), 1.0),
    ("cross_join", "SELECT count(*) FROM range(1000000000) a, range(1000000) b",
     ("explorer.refused.timeout", "explorer.refused.memory"), 1.0),
    # a generous time limit so the memory limit is what stops it, even on a busy machine
    ("memory", "SELECT list(repeat('x', 1000)) FROM range(10000000)", ("explorer.refused.memory",), 30.0),
]


def _ids(cases):
    return [c[0] for c in cases]


def _no_files_written(tmp: Path) -> None:
    assert not (tmp / "out.csv").exists() and not (tmp / "out").exists() and not (tmp / "new.duckdb").exists()
    assert not (tmp / ".tmp").exists()  # the explorer never spills to disk


# --- SQL through the explorer ------------------------------------------------------------------
def test_sql_refused_by_the_explorer(db, tmp_path):
    before = fingerprint(db)
    explorer = ReadOnlyExplorer(snapshots.reader(db).store())
    for case_id, query, key in sql_cases(tmp_path, db):
        with pytest.raises(QueryRefused) as info:
            explorer.run(query, timeout_s=2)
        assert info.value.key == key, (case_id, info.value.key, str(info.value))
        assert str(info.value) and info.value.localized(), case_id
        # the copy itself is untouched too
        assert explorer.run("SELECT count(*) AS n FROM region").frame["n"][0] == 552, case_id
    _no_files_written(tmp_path)
    assert fingerprint(db) == before


@pytest.mark.parametrize("case_id,query,keys,timeout", SLOW_CASES, ids=_ids(SLOW_CASES))
def test_sql_limits_stop_long_and_greedy_queries(db, case_id, query, keys, timeout):
    import time

    before = fingerprint(db)
    explorer = ReadOnlyExplorer(snapshots.reader(db).store())
    start = time.perf_counter()
    with pytest.raises(QueryRefused) as info:
        explorer.run(query, timeout_s=timeout)
    elapsed = time.perf_counter() - start
    assert info.value.key in keys, str(info.value)
    assert elapsed < timeout + 2.5, elapsed  # the time limit, then kill and reap
    assert explorer.run("SELECT 42 AS x").frame["x"][0] == 42  # still usable afterwards
    assert fingerprint(db) == before


def test_refusal_reasons_are_translated(db):
    from analytics import i18n

    explorer = ReadOnlyExplorer(snapshots.reader(db).store())
    with pytest.raises(QueryRefused) as info:
        explorer.run("DROP TABLE region")
    i18n.set_language("id")
    assert "hanya kueri SELECT" in info.value.localized()
    i18n.set_language("en")
    assert "only SELECT" in info.value.localized()
    i18n.set_language("id")


def test_row_limit_cuts_and_says_so(db):
    explorer = ReadOnlyExplorer(snapshots.reader(db).store())
    result = explorer.run("SELECT * FROM range(25000)", max_rows=10_000)
    assert len(result.frame) == 10_000 and result.truncated
    assert not explorer.run("SELECT * FROM range(10)", max_rows=10).truncated


# --- SQL through the CLI -------------------------------------------------------------------------
def test_sql_refused_by_the_cli(db, tmp_path, capsys):
    before = fingerprint(db)
    for case_id, query, _key in sql_cases(tmp_path, db):
        code = cli.main(["sql", query, "--db", str(db), "--timeout", "2"])
        captured = capsys.readouterr()
        assert code != 0, case_id
        assert "query refused:" in captured.err, (case_id, captured.err)
        assert captured.out == "", case_id
    assert cli.main(["sql", "SELECT count(*) AS n FROM region", "--db", str(db)]) == 0
    assert capsys.readouterr().out.split() == ["n", "552"]
    _no_files_written(tmp_path)
    assert fingerprint(db) == before


def test_cli_limits_validated(db, capsys):
    assert cli.main(["sql", "SELECT 1", "--db", str(db), "--max-rows", "0"]) != 0
    assert "row limit" in capsys.readouterr().err
    assert cli.main(["sql", "SELECT 1", "--db", str(db), "--timeout", "0"]) != 0
    assert "time limit" in capsys.readouterr().err


def test_cli_subprocess_time_limit_and_several_statements(db):
    def run(*args):
        return subprocess.run([sys.executable, "-m", "analytics", "sql", *args, "--db", str(db)], cwd=ROOT,
                              capture_output=True, text=True, timeout=120)

    from analytics.store import close_all

    before = fingerprint(db)
    close_all()  # the subprocesses need the file lock
    slow = run(SLOW_CASES[0][1], "--timeout", "1")
    assert slow.returncode == 2 and "ran longer than 1 s" in slow.stderr, slow.stderr
    several = run("SELECT 1; DROP TABLE region")
    assert several.returncode == 2 and "exactly one statement" in several.stderr
    capped = run("SELECT * FROM range(50)", "--max-rows", "7")
    assert capped.returncode == 0 and len(capped.stdout.strip().splitlines()) == 8  # header + 7
    assert "cut at 7 rows" in capped.stderr
    nested = run(nested_write_cases(db.parent / "out")[0][1])
    assert nested.returncode == 2 and "changes data or structure (DELETE)" in nested.stderr, nested.stderr
    count = run("SELECT count(*) AS n FROM region")
    assert count.returncode == 0 and count.stdout.split() == ["n", "552"], count
    assert fingerprint(db) == before


def _watched(args: list[str], env: dict | None = None) -> tuple[subprocess.CompletedProcess, int, int, set[int]]:
    """Run the CLI, sampling its RSS and its descendants' (workers, forkserver): (result, peak
    RSS of the CLI process, peak RSS of one descendant, every descendant pid seen)."""
    import os
    import time

    import psutil

    proc = subprocess.Popen([sys.executable, "-m", "analytics", "sql", *args], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, **(env or {})})
    me, own, children, pids = psutil.Process(proc.pid), 0, 0, set()
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        try:
            own = max(own, me.memory_info().rss)
            for child in me.children(recursive=True):
                pids.add(child.pid)
                children = max(children, child.memory_info().rss)
        except psutil.Error:
            pass
        time.sleep(0.01)
    out, err = proc.communicate(timeout=30)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err), own, children, pids


def test_cli_subprocess_memory_bomb_and_stubborn_worker(db):
    import time

    import psutil

    from analytics.store import close_all

    close_all()  # the subprocesses need the file lock
    bomb, own, worker, _pids = _watched([MEMORY_CASES[-1][1], "--db", str(db)])
    assert bomb.returncode == 2 and "needs more than 1024 MB" in bomb.stderr, bomb.stderr
    assert own < 600 * 2**20 and worker < 1100 * 2**20, (own >> 20, worker >> 20)
    start = time.monotonic()
    stubborn, _own, _worker, pids = _watched(["SELECT 1", "--db", str(db), "--timeout", "1"],
                                             env={"JAMSOSTEK_EXPLORER_TEST_HOOK": "stubborn"})
    assert stubborn.returncode == 2 and "ran longer than 1 s" in stubborn.stderr, stubborn.stderr
    assert time.monotonic() - start < 30
    assert pids  # the forkserver and the worker were seen, and none outlives the CLI
    time.sleep(0.5)
    assert not [p for p in pids if psutil.pid_exists(p) and psutil.Process(p).status() != psutil.STATUS_ZOMBIE]


def test_memory_bombs_leave_the_callers_memory_alone(db):
    import threading

    import psutil

    explorer = ReadOnlyExplorer(snapshots.reader(db).store())
    explorer.run("SELECT 1")  # the forkserver is up
    me = psutil.Process()
    base, peak, stop = me.memory_info().rss, [0], threading.Event()

    def sample():
        while not stop.is_set():
            peak[0] = max(peak[0], me.memory_info().rss)
            stop.wait(0.005)

    sampler = threading.Thread(target=sample)
    sampler.start()
    try:
        for case_id, query, key in MEMORY_CASES:
            with pytest.raises(QueryRefused) as info:
                explorer.run(query, timeout_s=20)
            assert info.value.key == key, (case_id, str(info.value))
    finally:
        stop.set()
        sampler.join()
    assert peak[0] - base < 100 * 2**20, (base >> 20, peak[0] >> 20)
    assert explorer.run("SELECT count(*) AS n FROM region").frame["n"][0] == 552


# --- SQL through the explorer page ---------------------------------------------------------------
def test_sql_refused_on_the_page(db, tmp_path):
    before = fingerprint(db)
    cases = [c for c in sql_cases(tmp_path, db) if c[0] != "too_long"]  # the text area caps length itself
    for case_id, query, _key in cases + [(c[0], c[1], None) for c in SLOW_CASES[:1]]:
        at = page_test("explorer", lang="en", params={"sql_q": query}).run()
        errors = errors_of(at)
        if case_id == "empty":
            assert not errors and not [b for b in at.get("download_button")], case_id
            continue
        assert len(errors) == 1 and errors[0].startswith("Query refused:"), (case_id, errors)
        assert not at.exception, case_id
        assert not [b for b in at.get("download_button")], case_id  # no result offered
    at = page_test("explorer", params={"sql_q": "SELECT count(*) AS n FROM region"}).run()
    assert [int(d.value["n"][0]) for d in at.dataframe if list(d.value.columns) == ["n"]] == [552]
    _no_files_written(tmp_path)
    assert fingerprint(db) == before


def test_stubborn_worker_on_the_page_is_killed_and_its_slot_freed(db, monkeypatch):
    from analytics.explorer import readonly as sql_readonly

    monkeypatch.setattr(sql_readonly, "_TEST_HOOK", "stubborn")
    monkeypatch.setattr(sql_readonly, "DEFAULT_TIMEOUT_S", 1.0)
    at = page_test("explorer", lang="en", params={"sql_q": "SELECT 1 AS stubborn"}).run()
    errors = errors_of(at)
    assert len(errors) == 1 and "ran longer than 1 s" in errors[0], errors
    assert not sql_readonly.live_workers
    assert sql_readonly._running._value == sql_readonly.MAX_CONCURRENT
    monkeypatch.setattr(sql_readonly, "_TEST_HOOK", None)
    at = page_test("explorer", params={"sql_q": "SELECT 1 AS stubborn"}).run()
    assert not errors_of(at), errors_of(at)


def test_page_shows_a_result_and_marks_truncation(db):
    at = page_test("explorer", params={"sql_q": "SELECT range AS n, 'r' || range AS label FROM range(12000)"}).run()
    assert not errors_of(at), errors_of(at)
    assert any("dipotong" in w.value for w in at.warning), [w.value for w in at.warning]
    result = [d for d in at.dataframe if len(d.value) == 10_000]
    assert result, [len(d.value) for d in at.dataframe]


# --- uploads --------------------------------------------------------------------------------------
def _xlsx_bomb(pad_mb: int, lie: bool) -> bytes:
    """The fixture workbook with its sheet XML padded by ``pad_mb`` MB of spaces (compresses
    ~1000:1); with ``lie`` the central directory declares the sheet 1000 bytes long."""
    source = zipfile.ZipFile(FIXTURES / "kalteng_non_asn_2021-10.xlsx")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename != "xl/worksheets/sheet1.xml":
                target.writestr(info, data)
                continue
            head, sep, rest = data.partition(b"?>")
            with target.open(info.filename, "w", force_zip64=True) as f:
                f.write(head + sep)
                chunk = b" " * (1024 * 1024)
                for _ in range(pad_mb):
                    f.write(chunk)
                f.write(rest)
    return _lie_about(out.getvalue(), b"xl/worksheets/sheet1.xml") if lie else out.getvalue()


def shared_strings_bomb(mb: int, lie: bool = False) -> bytes:
    """The fixture workbook plus a shared-strings part of ``mb`` MB of one-letter strings (the
    upload that took the importer to 1 GB: calamine reads this part whole when it opens a
    workbook); with ``lie`` the central directory declares the part 1000 bytes long."""
    source = zipfile.ZipFile(FIXTURES / "kalteng_non_asn_2021-10.xlsx")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for info in source.infolist():
            target.writestr(info, source.read(info.filename))
        with target.open("xl/sharedStrings.xml", "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns='
                    b'"http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            chunk = b"<si><t>x</t></si>" * (2**20 // 17)
            for _ in range(mb):
                f.write(chunk)
            f.write(b"</sst>")
    return _lie_about(out.getvalue(), b"xl/sharedStrings.xml") if lie else out.getvalue()


def _lie_about(data: bytes, name: bytes) -> bytes:
    """``data`` with the central directory declaring ``name`` 1000 bytes long."""
    raw, pos = bytearray(data), 0
    while (pos := raw.find(b"PK\x01\x02", pos)) >= 0:
        name_len, extra_len = struct.unpack_from("<HH", raw, pos + 28)
        if bytes(raw[pos + 46:pos + 46 + name_len]) == name:
            struct.pack_into("<I", raw, pos + 24, 1000)
            j = pos + 46 + name_len
            while j < pos + 46 + name_len + extra_len:
                header_id, size = struct.unpack_from("<HH", raw, j)
                if header_id == 1:  # zip64 extra: the real size would be here
                    struct.pack_into("<Q", raw, j + 4, 1000)
                j += 4 + size
            break
        pos += 4
    return bytes(raw)


@pytest.fixture(scope="module")
def hostile_uploads(tmp_path_factory) -> list[tuple[str, str, bytes, str]]:
    """(id, file name, bytes, words expected in the refusal)."""
    good_csv = (FIXTURES / "kalteng_regulasi.csv").read_bytes()
    return [
        ("too_large", "besar.csv", b"a;b\n" + b"x;y\n" * (6 * 1024 * 1024), "limit"),
        ("png_as_csv", "gambar.csv", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64, "image"),
        ("pdf_as_csv", "surat.csv", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" + bytes(range(256)) * 32, "PDF"),
        ("elf_as_csv", "program.csv", b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 64, "not"),
        ("zip_bomb", "bom.xlsx", _xlsx_bomb(400, lie=False), "unpacks"),
        ("zip_bomb_lying", "bom2.xlsx", _xlsx_bomb(64, lie=True), "damaged"),
        ("shared_strings_bomb", "bom3.xlsx", shared_strings_bomb(287), "sharedStrings.xml' unpacks to 287"),
        ("shared_strings_lying", "bom4.xlsx", shared_strings_bomb(287, lie=True), "damaged"),
        ("empty", "kosong.csv", b"", "empty"),
        ("million_columns", "lebar.csv", ("," * 1_000_000 + "\n").encode() + good_csv, "columns"),
        # issue 22, class 1 (tests/ingest/hostile_workbooks.py)
        ("amplifying_workbook", "kecil.xlsx", hostile_workbooks.amplifying(30, 60), "limit of 131072 characters"),
        ("huge_inline_cell", "sel.xlsx", hostile_workbooks.huge_inline_cell(150), "limit of 131072 characters"),
        ("huge_title", "judul.xlsx", hostile_workbooks.huge_title(40), "row 2, column E"),
    ]


def test_amplifying_workbook_refused_on_the_data_page_in_its_language(db):
    before = fingerprint(db)
    at = page_test("data", lang="id").run()
    at.file_uploader(key="import_file").set_value(("kecil.xlsx", hostile_workbooks.amplifying(30, 60), "text/csv"))
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    shown = " ".join(str(e.value) for e in at.error) + " ".join(
        str(v) for d in at.dataframe for v in d.value.astype(str).values.ravel())
    assert "kecil.xlsx, lembar 'Regulasi', baris 3, kolom H: isi sel sedikitnya 31457280 karakter, melebihi batas " \
           "131072 karakter per sel" in shown, shown
    assert fingerprint(db) == before


def test_hostile_uploads_refused_by_the_importer(hostile_uploads):
    for case_id, name, data, words in hostile_uploads:
        report = importers.prepare("regulations", data, name)
        assert not report.ok, case_id
        text = " ".join(str(p) for p in report.problems)
        assert words.lower() in text.lower(), (case_id, text)


def test_hostile_uploads_refused_by_the_data_page(db, hostile_uploads):
    before = fingerprint(db)
    for case_id, name, data, _words in hostile_uploads:
        at = page_test("data", lang="en").run()
        at.file_uploader(key="import_file").set_value((name, data, "text/csv"))
        at.run()
        assert not at.exception, (case_id, [e.value for e in at.exception])
        assert at.error, case_id  # the refusal is shown
        assert not [b for b in at.button if b.key == "do_import"], case_id
    assert fingerprint(db) == before


def test_path_like_name_is_stored_bare(db):
    data = (FIXTURES / "kalteng_regulasi.csv").read_bytes()
    report = importers.prepare("regulations", data, "../../etc/passwd.csv")
    assert report.ok and report.file_name == "passwd.csv"
    with snapshots.writing(db, who="test", what="import") as session:
        batch = importers.commit(session.store, report)
    stored = snapshots.reader(db).store().query_value("SELECT file_name FROM import_batch WHERE batch_id = ?", [batch])
    assert stored == "passwd.csv" and "/" not in stored and ".." not in stored
    assert not Path("/etc/passwd.csv").exists()


FORMULAS = ["=HYPERLINK(A1)", "=cmd|' /C calc'!A0", "@SUM(1+1)", "+1+1", "-1+1"]


def test_formula_text_in_csv_is_inert_and_neutralised_on_export():
    lines = (FIXTURES / "kalteng_regulasi.csv").read_bytes().decode("utf-8-sig").splitlines()[:4]
    names = ["Kab. Katingan", "Kapuas", "Kab. Sukamara", "Kotawaringin Barat", "Kab. Seruyan"]
    for i, (name, formula) in enumerate(zip(names, FORMULAS), start=1):
        lines.append(f"{i};{name};Perbup;{i};12 Agustus 2021;{formula}")
    report = importers.prepare("regulations", "\n".join(lines).encode(), "rumus.csv")
    assert report.ok, report.summary()
    assert sorted(report.frame["title"]) == sorted(FORMULAS)  # kept as the text it was, not evaluated
    csv_text = exports.csv_bytes(report.frame).decode("utf-8-sig")
    titles = pd.read_csv(io.StringIO(csv_text), dtype=str)["title"]
    assert all(t.startswith("'") for t in titles), titles.tolist()
    data = exports.xlsx_bytes(report.frame)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert "<f>" not in zf.read("xl/worksheets/sheet1.xml").decode()


def test_formula_cells_in_xlsx_are_never_evaluated():
    import xlsxwriter

    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf)
    sheet = book.add_worksheet()
    for j, head in enumerate(["Kabupaten/Kota", "Jenis Regulasi", "Nomor", "Tanggal Penetapan", "Tentang"]):
        sheet.write_string(0, j, head)
    for i, name in enumerate(["Kab. Katingan", "Kab. Kapuas"], start=1):
        for j, value in enumerate([name, "Peraturan Bupati", str(10 + i), "12 Agustus 2021"]):
            sheet.write_string(i, j, value)
    sheet.write_formula(1, 4, '=HYPERLINK("http://evil.example","klik")', None, "judul tersimpan")
    sheet.write_formula(2, 4, "=cmd|' /C calc'!A0", None, "judul kedua")
    book.close()
    report = importers.prepare("regulations", buf.getvalue(), "rumus.xlsx")
    assert report.ok, report.summary()
    titles = report.frame["title"].tolist()
    assert titles == ["judul tersimpan", "judul kedua"]  # what Excel showed, never the formula
    assert not any("HYPERLINK" in t or "cmd" in t for t in titles)


def test_cli_import_keeps_the_page_limit_unless_an_administrator_raises_it(db, tmp_path, capsys):
    big = tmp_path / "besar.csv"
    blank = b";;;;;" + b" " * 250 + b"\n"  # a blank row, long: few rows make 21 MB
    big.write_bytes((FIXTURES / "kalteng_regulasi.csv").read_bytes() + blank * (21 * 2**20 // len(blank)))
    assert cli.main(["import", "regulations", str(big), "--db", str(db), "--dry-run"]) == 2
    assert "over the 20 MB limit (raise it with --max-size MB)" in capsys.readouterr().err
    assert cli.main(["import", "regulations", str(big), "--db", str(db), "--dry-run", "--max-size", "30"]) == 0
    out = capsys.readouterr().out
    assert "dry run: nothing written" in out, out
    assert cli.main(["import", "regulations", str(big), "--db", str(db), "--max-size", "0"]) == 2
    assert "--max-size must be above 0" in capsys.readouterr().err


# --- issue 22, class 5: a follow-up action that splits into formulas in an Indonesian Excel -------
SPLIT_FORMULA = "aman;=1+1;=cmd|' /C calc'!A0"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_followup_export_is_safe_in_an_indonesian_spreadsheet_and_comes_back_unchanged(empty_store, tmp_path,
                                                                                        suffix):
    import csv

    from openpyxl import load_workbook

    from analytics import followups as F
    from analytics.ingest import followups as fu_import
    from analytics.queries import direct

    F.add_item(empty_store, {"province_code": "62", "kind": "other", "action": SPLIT_FORMULA, "owner": "-Setda",
                             "agreed_at_meeting": "2021-11-15", "note": "x,@SUM(A1)"}, by="t")
    db = empty_store.path
    empty_store.close()
    out = tmp_path / f"tindak_lanjut{suffix}"
    assert cli.main(["followups", "export", "--db", str(db), "--province", "62", "--as-of", "2022-01-01",
                     "--out", str(out)]) == 0
    if suffix == ".csv":
        text = out.read_bytes().decode("utf-8-sig")
        for delimiter in (";", ","):
            cells = [c for row in csv.reader(io.StringIO(text), delimiter=delimiter) for c in row]
            assert not [c for c in cells if c.lstrip(" ")[:1] in exports.FORMULA_STARTS], (delimiter, cells)
    else:
        sheet = load_workbook(out).worksheets[0]
        texts = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
        assert all(c.data_type == "s" for c in texts)
        assert not [c.value for c in texts if c.value[:1] in exports.FORMULA_STARTS]
    store = snapshots.reader(db).store()
    report = fu_import.prepare(direct(store), out.read_bytes(), out.name)
    assert report.ok and report.unchanged == [1], report.summary()


# --- issue 22, class 8: a file name with a backslash is recorded whole ---------------------------
def test_cli_file_name_with_a_backslash_is_recorded_whole(db, tmp_path, capsys):
    name = "laporan\\rapat 2021\\kalteng.csv"  # one file name on Linux, not a path
    path = tmp_path / name
    path.write_bytes((FIXTURES / "kalteng_regulasi.csv").read_bytes())
    assert path.name == name
    assert cli.main(["import", "regulations", str(path), "--db", str(db)]) == 0, capsys.readouterr().err
    stored = snapshots.reader(db).store().query_value(
        "SELECT file_name FROM import_batch ORDER BY batch_id DESC LIMIT 1")
    assert stored == name
    assert importers.safe_file_name("C:\\fakepath\\kalteng.csv") == "kalteng.csv"  # a browser's Windows path
