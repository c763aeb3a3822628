"""The command line as a user runs it: ``python -m analytics ...`` in a subprocess."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures"


def run_cli(*args, check=False):
    proc = subprocess.run([sys.executable, "-m", "analytics", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300, env=os.environ.copy())
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def sql_rows(db, query):
    out = run_cli("sql", query, "--db", db, check=True).stdout
    return list(csv.reader(io.StringIO(out)))


@pytest.fixture
def cli_db(_base_db_path, tmp_path):
    path = tmp_path / "cli.duckdb"
    shutil.copy(_base_db_path, path)
    return path


def test_init_demo_then_sql_counts_514(tmp_path):
    db = tmp_path / "fresh.duckdb"
    run_cli("init", "--db", db, "--demo", check=True)
    rows = sql_rows(db, "select count(*) from region where level in ('kabupaten','kota')")
    assert rows[1] == ["514"]
    assert sql_rows(db, "select count(*) from region where level = 'provinsi'")[1] == ["38"]
    demo = sql_rows(db, "select count(*) from import_batch where is_demo")[1][0]
    assert int(demo) >= 4
    # init again is harmless: nothing is loaded twice
    run_cli("init", "--db", db, "--demo", check=True)
    assert sql_rows(db, "select count(*) from import_batch where is_demo")[1][0] == demo


def test_import_branch_office_xlsx(cli_db):
    proc = run_cli("import", "coverage", FIXTURES / "kalteng_non_asn_2021-10.xlsx", "--db", cli_db,
                   "--period", "2021-10", "--segment", "PU", "--group", "non_asn")
    assert proc.returncode == 0, proc.stderr + proc.stdout
    rows = sql_rows(cli_db, "select c.region_code from coverage c join import_batch b using (batch_id) "
                            "where b.file_name = 'kalteng_non_asn_2021-10.xlsx' order by 1")
    codes = [r[0] for r in rows[1:]]
    assert len(codes) == 14 and all(c.startswith("62.") for c in codes)
    assert "62.71" in codes and "62.01" in codes


def test_import_semicolon_regulation_list(cli_db):
    proc = run_cli("import", "regulations", FIXTURES / "kalteng_regulasi.csv", "--db", cli_db)
    assert proc.returncode == 0, proc.stderr + proc.stdout
    rows = sql_rows(cli_db, "select r.region_code, r.issued_on from regulation r join import_batch b "
                            "using (batch_id) where b.file_name = 'kalteng_regulasi.csv' order by 1")
    assert len(rows) > 1


BAD_FILES = {
    "unknown region": ("Kabupaten/Kota;Jumlah Peserta Aktif\nKabupaten Antah Berantah;10\n", 2, "Kabupaten/Kota"),
    "ambiguous region": ("Kabupaten/Kota;Jumlah Peserta Aktif\nBogor;10\n", 2, "Kabupaten/Kota"),
    "negative count": ("Kabupaten/Kota;Jumlah Peserta Aktif\nKatingan;-3\n", 2, "Jumlah Peserta Aktif"),
    "text in number": ("Kabupaten/Kota;Jumlah Peserta Aktif\nKatingan;dua ratus\n", 2, "Jumlah Peserta Aktif"),
    "duplicate key": ("Kabupaten/Kota;Jumlah Peserta Aktif\nKatingan;3\nKab. Katingan;4\n", 3, None),
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_bad_file_refused_with_row_and_column_and_nothing_changes(cli_db, tmp_path, case):
    text, row, column = BAD_FILES[case]
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    before = sql_rows(cli_db, "select count(*), max(batch_id) from import_batch")
    proc = run_cli("import", "coverage", path, "--db", cli_db, "--period", "2021-10",
                   "--segment", "PU", "--group", "non_asn")
    assert proc.returncode != 0
    message = proc.stdout + proc.stderr
    assert f"row {row}" in message, message
    if column:
        assert f"column '{column}'" in message, message
    assert "nothing was imported" in message
    assert sql_rows(cli_db, "select count(*), max(batch_id) from import_batch") == before


def test_impossible_period_constant_is_refused(cli_db, tmp_path):
    path = tmp_path / "ok.csv"
    path.write_text("Kabupaten/Kota;Jumlah Peserta Aktif\nKatingan;3\n", encoding="utf-8")
    proc = run_cli("import", "coverage", path, "--db", cli_db, "--period", "2021-13",
                   "--segment", "PU", "--group", "non_asn")
    assert proc.returncode != 0 and "period" in (proc.stdout + proc.stderr).lower()


def test_dry_run_writes_nothing(cli_db):
    before = sql_rows(cli_db, "select count(*) from import_batch")
    proc = run_cli("import", "regulations", FIXTURES / "kalteng_regulasi.csv", "--db", cli_db, "--dry-run")
    assert proc.returncode == 0, proc.stderr
    assert sql_rows(cli_db, "select count(*) from import_batch") == before


def test_batches_and_rollback(cli_db):
    run_cli("import", "regulations", FIXTURES / "kalteng_regulasi.csv", "--db", cli_db, check=True)
    listing = run_cli("batches", "--db", cli_db, check=True).stdout
    assert "kalteng_regulasi.csv" in listing
    batch = sql_rows(cli_db, "select max(batch_id) from import_batch")[1][0]
    run_cli("rollback", batch, "--db", cli_db, check=True)
    assert sql_rows(cli_db, f"select status from import_batch where batch_id = {batch}")[1] == ["rolled_back"]
    again = run_cli("rollback", batch, "--db", cli_db)
    assert again.returncode != 0 and "already rolled back" in again.stderr
    missing = run_cli("rollback", "99999", "--db", cli_db)
    assert missing.returncode != 0 and "no import batch" in missing.stderr


def test_sql_refuses_writes(cli_db):
    proc = run_cli("sql", "delete from region", "--db", cli_db)
    assert proc.returncode != 0 and proc.stderr.strip()
    assert sql_rows(cli_db, "select count(*) from region")[1][0] == "552"
