"""``python -m analytics followups ...`` as a user runs it, on a database made by ``init``
without demo data (the test imports the regulation it needs)."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess

import pytest

from tests.cli.test_core import run_cli
from tests.conftest import SHARED_DATA

ADD = ["followups", "add", "--province", "62", "--region", "62.10", "--kind", "regulation",
       "--action", "Tetapkan Perbup Gunung Mas tentang jaminan sosial ketenagakerjaan",
       "--owner", "Bagian Hukum Setda Gunung Mas", "--meeting", "2021-11-15", "--due", "2022-03-31"]
PERBUP = ("Kode Wilayah;Kabupaten/Kota;Jenis;Nomor;Tahun;Tanggal Penetapan;Tentang;Status\n"
          "62.10;Gunung Mas;Peraturan Bupati;5;2022;1 Februari 2022;Jaminan Sosial Ketenagakerjaan;issued\n")


@pytest.fixture(scope="module")
def init_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("followups-cli") / "init.duckdb"
    run_cli("init", "--db", path, "--source", SHARED_DATA, check=True)
    return path


@pytest.fixture
def db(init_db, tmp_path):
    path = tmp_path / "cli.duckdb"
    shutil.copy(init_db, path)
    return path


def _fingerprint(db):
    """Both register tables (the SQL explorer does not offer them: they name the editors)."""
    from analytics.queries import direct
    from analytics.store import Store

    store = Store(db, read_only=True)
    try:
        return direct(store)("followup_fingerprint").iloc[0].tolist()
    finally:
        store.close()


def _export(db, tmp_path, as_of, name="f.csv", *extra):
    out = tmp_path / name
    run = run_cli("followups", "export", "--db", db, "--province", "62", "--as-of", as_of, "--out", out, *extra)
    assert run.returncode == 0, run.stderr
    return list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))


def test_met_by_data_follows_the_perbup_and_the_next_brief_lists_the_item(db, tmp_path):
    added = run_cli(*ADD, "--db", db, "--by", "sekretariat")
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "tindak lanjut 1 ditambahkan"  # the command line speaks Indonesian by default

    rows = _export(db, tmp_path, "2022-04-01")
    assert {"id", "province_code", "region_code", "action", "owner", "due_date", "status", "met_by_data",
            "agreed_at_meeting"} <= set(rows[0])
    row = rows[0]
    assert (row["id"], row["province_code"], row["region_code"]) == ("1", "62", "62.10")
    assert (row["agreed_at_meeting"], row["due_date"], row["status"]) == ("2021-11-15", "2022-03-31", "open")
    assert row["met_by_data"].lower() == "false" and row["overdue"].lower() == "true"

    perbup = tmp_path / "perbup_gunung_mas.csv"
    perbup.write_text(PERBUP, encoding="utf-8")
    run_cli("import", "regulations", perbup, "--db", db, check=True)
    assert _export(db, tmp_path, "2022-04-01")[0]["met_by_data"].lower() == "true"
    assert _export(db, tmp_path, "2022-01-31")[0]["met_by_data"].lower() == "false"  # not yet in force
    after = _export(db, tmp_path, "2022-04-01")[0]
    assert after["disagreement"] == "met_still_open" and "Perbup 5/2022" in after["data_detail"]

    out = tmp_path / "b.html"
    run = run_cli("brief", "--db", db, "--province", "62", "--date", "2022-04-01", "--out", out)
    assert run.returncode == 0, run.stderr
    html = out.read_text(encoding="utf-8")
    section = html[html.index("Tindak lanjut rapat sebelumnya"):html.index('<div class="heads">')]
    for text in ("Tetapkan Perbup Gunung Mas", "Bagian Hukum Setda Gunung Mas", "Terbuka", "15 Nov 2021",
                 "lewat tenggat", "tercapai", "data menunjukkan tercapai, masih terbuka"):
        assert text in section, text
    # the brief of the meeting itself does not list what it agreed
    same_day = tmp_path / "same.html"
    run_cli("brief", "--db", db, "--province", "62", "--date", "2021-11-15", "--out", same_day, check=True)
    assert "Tindak lanjut rapat sebelumnya" not in same_day.read_text(encoding="utf-8")


def test_brief_pdf_and_english_list_the_item_with_its_status(db, tmp_path):
    run_cli(*ADD, "--db", db, check=True)
    run_cli("followups", "update", "1", "--status", "done", "--note", "Perbup dalam proses", "--db", db,
            "--by", "kabid", check=True)
    out = tmp_path / "b.pdf"
    run_cli("brief", "--db", db, "--province", "62", "--date", "2022-04-01", "--out", out, "--lang", "en", check=True)
    assert out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split())
        assert "Follow-up from earlier meetings" in text
        for words in ("Tetapkan Perbup Gunung Mas", "Done", "not yet", "marked done, the data does not show it yet"):
            assert words in text, words


def test_update_keeps_history_and_list_filters(db, tmp_path):
    run_cli(*ADD, "--db", db, "--by", "sekretariat", check=True)
    run_cli("followups", "update", "1", "--status", "in_progress", "--owner", "Biro Hukum", "--db", db,
            "--by", "kabid", check=True)
    history = run_cli("followups", "history", "1", "--db", db, check=True).stdout
    assert "kabid,status,open,in_progress" in history and "kabid,owner,Bagian Hukum Setda Gunung Mas,Biro Hukum" in history
    assert "sekretariat,action,,Tetapkan Perbup" in history
    listed = run_cli("followups", "list", "--db", db, "--province", "62", "--as-of", "2022-04-01", "--overdue",
                     check=True).stdout
    assert listed.count("\n") == 2 and "Biro Hukum" in listed
    none = run_cli("followups", "list", "--db", db, "--as-of", "2022-04-01", "--status", "done", check=True).stdout
    assert none.count("\n") == 1  # the header only


def test_refusals_say_why_and_write_nothing(db, tmp_path):
    bad = run_cli(*ADD[:-2], "--due", "2021-01-01", "--db", db, "--lang", "en")
    assert bad.returncode == 2 and "not added: new 1: Due date: before the meeting that agreed it" in bad.stderr
    wrong = run_cli("followups", "add", "--province", "62", "--region", "63.01", "--kind", "regulation",
                    "--action", "x", "--owner", "y", "--meeting", "2021-11-15", "--db", db)
    assert wrong.returncode == 2 and "tidak ditambahkan: baru 1: Kabupaten/kota: tidak berada di provinsi 62" in wrong.stderr
    missing = run_cli("followups", "update", "7", "--status", "done", "--db", db, "--lang", "en")
    assert missing.returncode == 2 and "item 7: no such follow-up" in missing.stderr
    assert run_cli("followups", "list", "--db", db, check=True).stdout.count("\n") == 1  # the header only
    assert run_cli("followups", "export", "--db", db, "--out", tmp_path / "f.txt").returncode == 2


def test_export_import_round_trip_and_a_bad_file_changes_nothing(db, tmp_path):
    run_cli(*ADD, "--db", db, check=True)
    out = tmp_path / "register.xlsx"
    run_cli("followups", "export", "--db", db, "--province", "62", "--as-of", "2022-04-01", "--out", out, check=True)
    same = run_cli("followups", "import", out, "--db", db, "--lang", "en", check=True).stdout
    assert "new: 0; changed: 0; unchanged: 1" in same

    edited = tmp_path / "rapat_april.csv"
    edited.write_text(
        "id;Versi;Kode Provinsi;Kabupaten/Kota;Jenis;Tindak lanjut;Penanggung jawab;Tanggal rapat;Tenggat;Status\n"
        "1;1;62;62.10;regulasi;Tetapkan Perbup Gunung Mas tentang jaminan sosial ketenagakerjaan;"
        "Bagian Hukum;15 November 2021;30 Juni 2022;dalam proses\n"
        ";;62;Kapuas;kepesertaan;Daftarkan Non-ASN;BPJS Cabang Kuala Kapuas;1 April 2022;31/12/2022;\n",
        encoding="utf-8")
    before = _fingerprint(db)
    bad = tmp_path / "bad.csv"
    bad.write_text(edited.read_text(encoding="utf-8").replace("dalam proses", "hampir").replace("31/12/2022", "31/13/2022"),
                   encoding="utf-8")
    refused = run_cli("followups", "import", bad, "--db", db, "--lang", "en")
    assert refused.returncode == 1
    assert "row 2, column 'Status'" in refused.stderr and "row 3, column 'Tenggat'" in refused.stderr
    refused = run_cli("followups", "import", bad, "--db", db)  # Indonesian
    assert refused.returncode == 1 and "2 masalah; tidak ada yang diimpor:" in refused.stderr
    assert "baris 2, kolom 'Status': gunakan salah satu dari: Terbuka, Dalam proses" in refused.stderr
    assert _fingerprint(db) == before

    run = run_cli("followups", "import", edited, "--db", db, "--by", "rapat april", check=True)
    assert "baru: 1; diubah: 1" in run.stdout
    rows = {r["id"]: r for r in _export(db, tmp_path, "2022-04-01")}
    assert rows["1"]["status"] == "in_progress" and rows["1"]["due_date"] == "2022-06-30"
    assert rows["2"]["region_code"] == "62.03" and rows["2"]["kind"] == "coverage"
