"""Importers end to end on files shaped like real ones, and every kind of refusal."""

import datetime as dt
import io

import pandas as pd
import openpyxl
import pytest

from analytics.ingest import importers
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures"

KALTENG_CODES = {
    "62.01", "62.02", "62.03", "62.04", "62.05", "62.06", "62.07", "62.08", "62.09", "62.10",
    "62.11", "62.12", "62.13", "62.71",
}


def snapshot(store):
    return (
        store.query_value("SELECT count(*) FROM import_batch"),
        store.query_value("SELECT count(*) FROM coverage_row"),
        store.query_value("SELECT count(*) FROM regulation_row"),
        store.query_value("SELECT count(*) FROM budget_row"),
    )


def test_branch_office_xlsx_with_title_and_total_rows(empty_store):
    data = (FIXTURES / "kalteng_non_asn_2021-10.xlsx").read_bytes()
    report = importers.import_file(
        empty_store, "coverage", data, "kalteng_non_asn_2021-10.xlsx",
        constants={"period": "2021-10", "segment": "PU", "worker_group": "non_asn"},
    )
    assert report.ok, report.summary()
    assert report.header_row == 5
    assert report.skipped_total_rows == [20]
    # the CLI's report says it as the Data page does: which row of the file, and that it is left out
    assert "a total row is left out: row 20 of the file" in report.summary()
    rows = empty_store.query_df(
        "SELECT region_code, active_participants, target_workers, period FROM coverage "
        "WHERE batch_id = ? ORDER BY region_code", [report.batch_id])
    assert set(rows["region_code"]) == KALTENG_CODES and len(rows) == 14
    kobar = rows[rows["region_code"] == "62.01"].iloc[0]
    assert (kobar["active_participants"], kobar["target_workers"]) == (1980, 2315)
    assert rows.loc[rows["region_code"] == "62.71", "active_participants"].item() == 3817
    assert {pd.Timestamp(p).date() for p in rows["period"]} == {dt.date(2021, 10, 1)}


def test_semicolon_regulation_list_with_indonesian_dates(empty_store):
    data = (FIXTURES / "kalteng_regulasi.csv").read_bytes()
    report = importers.import_file(empty_store, "regulations", data, "kalteng_regulasi.csv")
    assert report.ok, report.summary()
    regs = empty_store.query_df(
        "SELECT region_code, instrument, number, year, issued_on, status FROM regulation "
        "WHERE batch_id = ? ORDER BY region_code", [report.batch_id])
    assert regs["region_code"].tolist() == ["62.01", "62.03", "62.06", "62.08", "62.71"]
    katingan = regs[regs["region_code"] == "62.06"].iloc[0]
    assert katingan["instrument"] == "perbup" and pd.Timestamp(katingan["issued_on"]).date() == dt.date(2021, 8, 12)
    assert katingan["year"] == 2021 and katingan["status"] == "issued"
    assert regs.loc[regs["region_code"] == "62.03", "issued_on"].item() == pd.Timestamp(2021, 10, 2)
    assert regs.loc[regs["region_code"] == "62.71", "instrument"].item() == "surat_edaran"


def _csv(text: str) -> bytes:
    return text.encode("utf-8")


BAD_FILES = {
    "unknown region": (
        "coverage", "Kabupaten/Kota;Jumlah Peserta Aktif\nKatingan;100\nAtlantis;200\n",
        [(3, "Kabupaten/Kota", "unknown region name")],
    ),
    "ambiguous region": (
        "coverage", "Kabupaten/Kota;Jumlah Peserta Aktif\nBogor;100\n",
        [(2, "Kabupaten/Kota", "ambiguous region name")],
    ),
    "negative count": (
        "coverage", "Kabupaten/Kota;Jumlah Peserta Aktif\nKatingan;-5\n",
        [(2, "Jumlah Peserta Aktif", "negative")],
    ),
    "text in numeric column": (
        "coverage", "Kabupaten/Kota;Jumlah Peserta Aktif\nKatingan;banyak\n",
        [(2, "Jumlah Peserta Aktif", "text in a numeric column")],
    ),
    "duplicate key": (
        "coverage", "Kabupaten/Kota;Jumlah Peserta Aktif\nKatingan;100\nKab. Katingan;120\n",
        [(3, None, "duplicate of row 2")],
    ),
    "impossible period": (
        "coverage", "Kabupaten/Kota;Periode;Jumlah Peserta Aktif\nKatingan;2021-13;100\nKapuas;Oktober 2021;50\n",
        [(2, "Periode", "")],
    ),
    "quarter for a period": (
        "coverage", "Kabupaten/Kota;Periode;Jumlah Peserta Aktif\nKatingan;Oktober 2021;100\nKapuas;Triwulan IV 2021;50\n",
        [(3, "Periode", "a quarter or half-year, not a month: if the figures are as of its end, give its last "
                        "month, December 2021")],
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_files_are_refused_with_row_and_column_and_nothing_changes(empty_store, case):
    dataset, text, expected = BAD_FILES[case]
    constants = {"segment": "PU", "worker_group": "non_asn"}
    if "Periode" not in text:
        constants["period"] = "2021-10"
    before = snapshot(empty_store)
    report = importers.import_file(empty_store, dataset, _csv(text), f"{case}.csv", constants=constants)
    assert not report.ok
    for row, column, reason in expected:
        assert any(p.row == row and (column is None or p.column == column) and reason in p.reason
                   for p in report.problems), report.summary()
    assert snapshot(empty_store) == before


def test_every_problem_is_reported_at_once(empty_store):
    text = ("Kabupaten/Kota;Jumlah Peserta Aktif\nAtlantis;100\nKatingan;-1\nKapuas;abc\n"
            "Bogor;5\nSukamara;10\n")
    report = importers.prepare("coverage", _csv(text), "x.csv",
                               constants={"period": "2021-10", "segment": "PU", "worker_group": "all"})
    assert sorted(p.row for p in report.problems) == [2, 3, 4, 5]
    assert report.frame is None


@pytest.mark.parametrize("payload, reason", [
    (b"", "empty"),
    (b"\x00\x01\x02\x03binary\xff\xfe" * 50, "not a table"),
])
def test_empty_and_binary_files_are_refused(empty_store, payload, reason):
    before = snapshot(empty_store)
    report = importers.import_file(empty_store, "coverage", payload, "x.csv")
    assert not report.ok and reason in report.problems[0].reason.lower()
    assert snapshot(empty_store) == before


def test_missing_constant_is_named(empty_store):
    report = importers.prepare("coverage", _csv("Kabupaten/Kota;Jumlah Peserta Aktif\nKatingan;100\n"), "x.csv")
    reasons = " ".join(p.reason for p in report.problems)
    assert "period" in reasons and "segment" in reasons and "worker_group" in reasons


def test_mapping_override_and_unknown_header(empty_store):
    text = "Daerah Kerja;Angka\nKatingan;100\n"
    report = importers.prepare("coverage", _csv(text), "x.csv",
                               constants={"period": "2021-10", "segment": "PU", "worker_group": "all"})
    assert not report.ok
    report = importers.prepare("coverage", _csv(text), "x.csv",
                               constants={"period": "2021-10", "segment": "PU", "worker_group": "all"},
                               mapping={"Daerah Kerja": "region", "Angka": "active_participants"})
    assert report.ok, report.summary()
    assert report.frame["active_participants"].tolist() == [100]


def test_province_context_constant(empty_store):
    text = "Kabupaten;Peserta Aktif\nKapuas;10\n"
    ok = importers.prepare("coverage", _csv(text), "x.csv", constants={
        "period": "2021-10", "segment": "PU", "worker_group": "all", "province": "Kalteng"})
    assert ok.ok and ok.frame["region_code"].tolist() == ["62.03"]
    wrong = importers.prepare("coverage", _csv(text), "x.csv", constants={
        "period": "2021-10", "segment": "PU", "worker_group": "all", "province": "Kalbar"})
    assert not wrong.ok and "Kalimantan Barat" in wrong.problems[0].reason


def test_region_code_and_name_must_agree(empty_store):
    text = "Kode Wilayah;Kabupaten/Kota;Peserta Aktif\n62.06;Kapuas;10\n"
    report = importers.prepare("coverage", _csv(text), "x.csv",
                               constants={"period": "2021-10", "segment": "PU", "worker_group": "all"})
    assert not report.ok and "62.06" in report.problems[0].reason


def test_regulation_instrument_decides_kota_or_kabupaten(empty_store):
    text = "Wilayah,Jenis,Nomor,Tanggal Penetapan,Tentang\nBogor,Perwali,5,01/02/2022,Jamsostek\n"
    report = importers.prepare("regulations", _csv(text), "x.csv")
    assert report.ok, report.summary()
    assert report.frame["region_code"].tolist() == ["32.71"]


def test_regulation_year_must_match_date(empty_store):
    text = "Wilayah,Jenis,Nomor,Tahun,Tanggal Penetapan\nKatingan,Perbup,5,2020,01/02/2022\n"
    report = importers.prepare("regulations", _csv(text), "x.csv")
    assert not report.ok and "year differs" in report.problems[0].reason


def test_budget_and_employment_files(empty_store):
    budget = ("Kabupaten/Kota;Tahun Anggaran;Kelompok;Sumber Dana;Alokasi Anggaran;Realisasi\n"
              "Kota Lubuklinggau;2022;Non ASN;APBD;Rp 1.250.000.000;Rp1.100.000.000,00\n"
              "Tanah Laut;2022;Perangkat Desa;Dana Desa;300.000.000;\n")
    report = importers.import_file(empty_store, "budget", _csv(budget), "anggaran.csv")
    assert report.ok, report.summary()
    rows = empty_store.query_df("SELECT * FROM budget WHERE batch_id = ? ORDER BY region_code", [report.batch_id])
    assert rows["region_code"].tolist() == ["16.73", "63.01"]
    assert rows["allocated_rp"].tolist() == [1_250_000_000, 300_000_000]
    assert rows["funding_source"].tolist() == ["apbd", "apbdes"]
    employment = "Provinsi;Tahun;Penduduk Bekerja\nJawa Timur;2023;14.531.668\n"
    report = importers.import_file(empty_store, "employment", _csv(employment), "sakernas.csv",
                                   constants={"edition": "Sakernas Agustus 2023"})
    assert report.ok, report.summary()


@pytest.mark.parametrize("written,canonical", [
    ("DBH Sawit", "dbh_sawit"), ("Dana Bagi Hasil Perkebunan Sawit", "dbh_sawit"), ("DBH-Sawit", "dbh_sawit"),
    ("DBHCHT", "dbhcht"), ("DBH CHT", "dbhcht"), ("Dana Bagi Hasil Cukai Hasil Tembakau", "dbhcht"),
    ("CSR", "csr"), ("TJSL", "csr"), ("Tanggung Jawab Sosial dan Lingkungan", "csr"),
    ("Corporate Social Responsibility", "csr"), ("APBD Kab.", "apbd"), ("APB Desa", "apbdes"),
    ("Lain-lain", "other"),
])
def test_budget_funding_source_synonyms(empty_store, written, canonical):
    text = f"Kabupaten/Kota;Tahun;Kelompok;Sumber Dana;Alokasi\nKatingan;2024;Pekerja Rentan;{written};100.000.000\n"
    report = importers.prepare("budget", _csv(text), "anggaran.csv")
    assert report.ok, report.summary()
    assert report.frame["funding_source"].tolist() == [canonical]


def test_budget_amounts_written_with_juta_or_miliar_are_read_and_said(empty_store):
    """APBD documents write "Rp 1,2 M" (miliar), "850 juta": read as whole rupiah, and the report
    says how many and how the first was read, so a reader who meant million sees it."""
    text = ("Kabupaten/Kota;Tahun;Kelompok;Sumber Dana;Alokasi;Realisasi\n"
            "Katingan;2024;Non ASN;APBD;Rp 1,2 M;850 juta\n"
            "Kapuas;2024;Pekerja Rentan;APBD;satu miliar dua ratus juta rupiah;Rp 1.100.000.000\n"
            "Seruyan;2024;Non ASN;APBD;Rp. 2,5 Milyar;\n")
    report = importers.import_file(empty_store, "budget", _csv(text), "anggaran.csv")
    assert report.ok, report.summary()
    rows = empty_store.query_df("SELECT region_code, allocated_rp, realised_rp FROM budget WHERE batch_id = ? "
                                "ORDER BY region_code", [report.batch_id])
    assert rows["allocated_rp"].tolist() == [1_200_000_000, 1_200_000_000, 2_500_000_000]  # Kapuas 62.03, Katingan 62.06, Seruyan 62.07
    assert rows.loc[rows["region_code"] == "62.06", "realised_rp"].item() == 850_000_000
    said = [w for w in report.warnings if getattr(w, "key", "") == "import.money_in_words"]
    assert len(said) == 1
    assert str(said[0]) == ("4 amount(s) written with ribu/juta/miliar (M = miliar) read as whole rupiah, e.g. row 2, "
                            "column Alokasi: 'Rp 1,2 M' = Rp 1,200,000,000; check the figures")
    assert "'Rp 1,2 M' = Rp 1.200.000.000" in said[0].render("id")


@pytest.mark.parametrize("written, reason", [("-1,2 M", "negative"), ("(850 juta)", "negative"),
                                             ("2jtan", "text in a numeric column"),
                                             ("kurang lebih 1 M", "text in a numeric column")])
def test_budget_amounts_in_words_that_are_negative_or_approximate_are_refused(empty_store, written, reason):
    text = f"Kabupaten/Kota;Tahun;Kelompok;Sumber Dana;Alokasi\nKatingan;2024;Non ASN;APBD;{written}\n"
    report = importers.prepare("budget", _csv(text), "anggaran.csv")
    assert not report.ok
    assert [(p.row, p.column) for p in report.problems] == [(2, "Alokasi")] and reason in report.problems[0].reason


def test_budget_unknown_funding_source_is_refused_with_row_and_column(empty_store):
    text = ("Kabupaten/Kota;Tahun;Kelompok;Sumber Dana;Alokasi\n"
            "Katingan;2024;Pekerja Rentan;DBH Sawit;100\nKapuas;2024;Non ASN;Swasta;100\n")
    before = empty_store.query_value("SELECT count(*) FROM budget")
    report = importers.import_file(empty_store, "budget", _csv(text), "anggaran.csv")
    assert not report.ok
    problem = report.problems[0]
    assert "row 3" in str(problem) and "Sumber Dana" in str(problem) and "CSR" in str(problem)
    assert empty_store.query_value("SELECT count(*) FROM budget") == before  # all or nothing


def test_xlsx_sheet_choice_and_formula_cells(empty_store):
    wb = openpyxl.Workbook()
    wb.active.title = "Catatan"
    wb.active["A1"] = "tidak ada tabel di sini"
    ws = wb.create_sheet("Data")
    ws.append(["Kabupaten/Kota", "Jumlah Peserta Aktif"])
    ws.append(["Katingan", 100])
    ws.append(["Kapuas", "=1+1"])
    buf = io.BytesIO()
    wb.save(buf)
    constants = {"period": "2021-10", "segment": "PU", "worker_group": "all"}
    report = importers.prepare("coverage", buf.getvalue(), "x.xlsx", sheet="Data", constants=constants)
    assert report.sheets == ["Catatan", "Data"]
    assert not report.ok  # the formula has no cached value and is never evaluated
    assert any(p.row == 3 for p in report.problems), report.summary()


def test_path_like_file_name_is_reduced_to_its_name():
    assert importers.safe_file_name("../../etc/passwd.csv") == "passwd.csv"
    assert importers.safe_file_name("C:\\Users\\x\\data.xlsx") == "data.xlsx"


# --- import messages people read to fix their files (issue 15) --------------------------------
def test_file_level_and_row_level_problems_are_reported_together(empty_store):
    # no worker-group column and no value for the whole file, plus three bad rows
    text = ("Kabupaten/Kota;Periode;Segmen;Jumlah Peserta Aktif\n"
            "Atlantis;2021-10;PU;100\nKatingan;2021-10;PU;-5\nKapuas;2021-13;PU;7\nSukamara;2021-10;PU;9\n")
    report = importers.prepare("coverage", _csv(text), "x.csv")
    assert not report.ok and report.frame is None
    found = {(p.row, p.column): p.reason for p in report.problems}
    file_level = [p for p in report.problems if p.column is None and "worker_group" in p.reason]
    assert len(file_level) == 1, report.summary()
    assert "unknown region name" in found[(2, "Kabupaten/Kota")]
    assert "negative" in found[(3, "Jumlah Peserta Aktif")]
    assert "month 13 does not exist" in found[(4, "Periode")]
    # the missing column is said once, not once per row
    assert len(report.problems) == 4, report.summary()


def petunjuk_workbook() -> bytes:
    """A branch office's workbook: instructions on the first sheet, the table on the second."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Petunjuk"
    for line in ["PETUNJUK PENGISIAN", "1. Isi satu baris untuk setiap kabupaten/kota.",
                 "2. Periode ditulis sebagai tahun-bulan, misalnya 2021-10.",
                 "3. Jangan mengubah judul kolom pada lembar Data."]:
        ws.append([line])
    data = wb.create_sheet("Data")
    data.append(["Kabupaten/Kota", "Periode", "Segmen", "Kelompok", "Jumlah Peserta Aktif"])
    data.append(["Katingan", "2021-10", "PU", "Non ASN", 120])
    data.append(["Kapuas", "2021-10", "PU", "Non ASN", 80])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_two_sheet_workbook_is_read_from_its_data_sheet_with_a_note(empty_store):
    report = importers.prepare("coverage", petunjuk_workbook(), "cabang.xlsx")
    assert report.ok, report.summary()
    assert report.sheet == "Data" and report.frame["active_participants"].tolist() == [120, 80]
    assert len(report.notes) == 1, report.summary()
    note = report.notes[0]
    assert "'Data'" in note and "Petunjuk" in note
    assert "'Data'" in importers.render(note, lang="id") and "lembar" in importers.render(note, lang="id")
    # a named sheet still wins, and then nothing is said about the choice
    named = importers.prepare("coverage", petunjuk_workbook(), "cabang.xlsx", sheet="Petunjuk")
    assert named.sheet == "Petunjuk" and not named.ok and not named.notes


def test_duplicate_row_names_the_region(empty_store):
    text = "Kabupaten/Kota;Jumlah Peserta Aktif\nKatingan;100\nKapuas;5\nKab. Katingan;120\n"
    report = importers.prepare("coverage", _csv(text), "x.csv",
                               constants={"period": "2021-10", "segment": "PU", "worker_group": "non_asn"})
    [problem] = report.problems
    assert problem.row == 4 and "duplicate of row 2" in problem.reason
    assert "62.06" in problem.reason and "Kabupaten Katingan" in problem.reason
    indonesian = problem.render(lang="id")
    assert "baris 2" in indonesian and "62.06 Kabupaten Katingan" in indonesian


def test_iso_date_with_impossible_month_says_the_month_does_not_exist(empty_store):
    text = "Wilayah,Jenis,Nomor,Tanggal Penetapan\nKatingan,Perbup,5,2022-13-01\nKapuas,Perbup,7,2021-02-30\n"
    report = importers.prepare("regulations", _csv(text), "x.csv")
    by_row = {p.row: p for p in report.problems}
    assert "month 13 does not exist" in by_row[2].reason and "day/month/year" not in by_row[2].reason
    assert "year-month-day" in by_row[2].reason
    assert "bulan 13 tidak ada" in by_row[2].render(lang="id")
    assert "day 30 does not exist in February 2021" in by_row[3].reason
    assert "tanggal 30 tidak ada di Februari 2021" in by_row[3].render(lang="id")
    # day first stays day first, and says so
    text = "Wilayah,Jenis,Nomor,Tanggal Penetapan\nKatingan,Perbup,5,12/13/2021\n"
    [problem] = importers.prepare("regulations", _csv(text), "x.csv").problems
    assert "month 13 does not exist" in problem.reason and "day/month/year" in problem.reason


def test_a_field_mapped_from_two_columns_is_a_problem_not_a_crash(empty_store):
    report = importers.prepare("coverage", _csv("Kabupaten/Kota;Jumlah Peserta Aktif\nKatingan;1\n"), "x.csv",
                               constants={"period": "2021-10", "segment": "PU", "worker_group": "all"},
                               mapping={"Kabupaten/Kota": "region", "Jumlah Peserta Aktif": "region"})
    assert not report.ok and "mapped from two columns" in report.problems[0].reason
