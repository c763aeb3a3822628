"""Hostile input: every case is refused with a reason (or, for formula text, neutralised), and a
before/after fingerprint of every stored table (row count + hash of all rows) plus the data
version shows nothing stored changed. No file appears where a query tried to write one.

SQL cases, each through three doors: the explorer (``ReadOnlyExplorer.run``), the CLI
(``python -m analytics sql``; in-process ``cli.main`` for all, a real subprocess for some) and
the SQL explorer page (AppTest, query given in the URL as ``sql_q``):
  writes      INSERT, UPDATE, DELETE, WITH ... INSERT, CREATE TABLE, CREATE VIEW, CREATE MACRO,
              CREATE SECRET, DROP TABLE, ALTER TABLE, TRUNCATE
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
  an empty file, a CSV line of a million columns, a path-like name ("../../etc/passwd.csv")
  -> stored name is bare, formula cells in CSV (=HYPERLINK, =cmd|..., @SUM, +, -) -> kept as
  inert text and neutralised in CSV/XLSX exports, formula cells in XLSX -> never evaluated
  (cached value only, formula text not stored).
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

from analytics import cli, exports
from analytics.ingest import importers
from analytics.explorer.readonly import QueryRefused, ReadOnlyExplorer
from analytics.store import open_store
from tests.apptest_support import errors_of, page_test
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures"


# --- fixtures and helpers -----------------------------------------------------------------------
@pytest.fixture
def db(demo_db_path, tmp_path, monkeypatch):
    path = tmp_path / "hostile.duckdb"
    shutil.copy(demo_db_path, path)
    monkeypatch.setenv("JAMSOSTEK_DB", str(path))
    monkeypatch.delenv("JAMSOSTEK_READ_ONLY", raising=False)
    monkeypatch.delenv("JAMSOSTEK_EDITOR_PASSWORD_SHA256", raising=False)
    monkeypatch.chdir(tmp_path)  # relative paths in queries would land here
    return path


def fingerprint(path: Path) -> dict[str, str]:
    """Row count and a hash over all rows of every stored table, and the data version."""
    store = open_store(path)
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
        ("two_statements", "SELECT 1; DROP TABLE region", "explorer.refused.statements"),
        ("after_comment", "SELECT 1 /* x */ ; -- y\nDELETE FROM region", "explorer.refused.statements"),
        ("empty", "   \n  ", "explorer.refused.empty"),
        ("too_long", "SELECT 1 " + "-" * 20_001, "explorer.refused.too_long"),
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
    explorer = ReadOnlyExplorer(open_store(db))
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
    explorer = ReadOnlyExplorer(open_store(db))
    start = time.perf_counter()
    with pytest.raises(QueryRefused) as info:
        explorer.run(query, timeout_s=timeout)
    elapsed = time.perf_counter() - start
    assert info.value.key in keys, str(info.value)
    assert elapsed < timeout + 2.5, elapsed  # time limit plus the interrupt grace period at most
    assert explorer.run("SELECT 42 AS x").frame["x"][0] == 42  # still usable afterwards
    assert fingerprint(db) == before


def test_refusal_reasons_are_translated(db):
    from analytics import i18n

    explorer = ReadOnlyExplorer(open_store(db))
    with pytest.raises(QueryRefused) as info:
        explorer.run("DROP TABLE region")
    i18n.set_language("id")
    assert "hanya kueri SELECT" in info.value.localized()
    i18n.set_language("en")
    assert "only SELECT" in info.value.localized()
    i18n.set_language("id")


def test_row_limit_cuts_and_says_so(db):
    explorer = ReadOnlyExplorer(open_store(db))
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
    assert fingerprint(db) == before


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
    _no_files_written(tmp_path)
    assert fingerprint(db) == before


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
    raw = bytearray(out.getvalue())
    if lie:
        name, pos = b"xl/worksheets/sheet1.xml", 0
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
        ("empty", "kosong.csv", b"", "empty"),
        ("million_columns", "lebar.csv", ("," * 1_000_000 + "\n").encode() + good_csv, "columns"),
    ]


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
    store = open_store(db)
    batch = importers.commit(store, report)
    stored = store.query_value("SELECT file_name FROM import_batch WHERE batch_id = ?", [batch])
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
