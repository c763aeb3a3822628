"""``python -m analytics ucj`` and ``cycles`` as an analyst runs them."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys

import pytest

from analytics.ingest import demo
from analytics.store import Store
from tests.conftest import ROOT


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "analytics", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300, env=os.environ.copy())


@pytest.fixture
def curated_db(_base_db_path, tmp_path):
    """A copy: the CLI opens its database for writing (views are rebuilt on open)."""
    path = tmp_path / "curated.duckdb"
    shutil.copy(_base_db_path, path)
    return path


@pytest.fixture
def demo_db(demo_db_path, tmp_path):
    path = tmp_path / "demo.duckdb"
    shutil.copy(demo_db_path, path)
    return path


def test_ucj_command_prints_numerator_denominator_edition_band(curated_db):
    proc = run_cli("ucj", "--db", curated_db, "--period", "2023-12")
    assert proc.returncode == 0, proc.stderr
    rows = {r["region_code"]: r for r in csv.DictReader(io.StringIO(proc.stdout))}
    assert len(rows) == 38
    jatim = rows["35"]
    # the Kemnaker table's December 2023 total over BPS Sakernas Agustus 2023 (public facts)
    assert (jatim["active_participants"], jatim["employed"], jatim["ucj_pct"]) == ("4583246", "22700000", "20.19")
    assert "Sakernas" in jatim["edition"] and jatim["band"] == "sedang"
    assert rows["51"]["ucj_pct"] == "" and rows["51"]["band"] == ""  # no denominator: no data, not 0
    with_both = [r for r in rows.values() if r["ucj_pct"]]
    active = sum(int(r["active_participants"]) for r in with_both)
    employed = sum(int(float(r["employed"])) for r in with_both)
    assert f"national UCJ 2023-12: {100 * active / employed:.2f}%" in proc.stderr
    assert f"{len(with_both)} of 38 provinces" in proc.stderr


def test_cycles_command_flags_a_bulk_payer(demo_db):
    store = Store(demo_db, read_only=True)
    try:
        code = demo.bulk_payer_codes(store.query_df("SELECT * FROM region"))[0]
    finally:
        store.close()
    proc = run_cli("cycles", "--db", demo_db, "--province", code[:2], "--as-of", "2025-02-15")
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    mine = [r for r in rows if r["region_code"] == code]
    assert mine and mine[0]["likely_cycle"] == "True" and mine[0]["worker_group"] == "non_asn"


def test_bad_arguments_say_what_is_wrong(curated_db, tmp_path):
    proc = run_cli("ucj", "--db", curated_db, "--period", "2023-13")
    assert proc.returncode == 2 and "expected a month as YYYY-MM" in proc.stderr
    proc = run_cli("cycles", "--db", curated_db, "--as-of", "kemarin")
    assert proc.returncode == 2 and "--as-of" in proc.stderr
    proc = run_cli("ucj", "--db", tmp_path / "missing.duckdb")
    assert proc.returncode == 2 and "no such database" in proc.stderr
    bad = tmp_path / "bands.csv"
    bad.write_text("band,min_pct,max_pct,label_id,label_en,colour\na,5,,A,A,#000\n")
    proc = run_cli("ucj", "--db", curated_db, "--bands", bad)
    assert proc.returncode == 2 and "start at 0" in proc.stderr
