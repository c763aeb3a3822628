"""Reading follow-up files: the register's own export back in (CSV and XLSX, demo-marked,
neutralised formulas), Indonesian headers and names, and every problem with row and column."""

from __future__ import annotations

import datetime as dt

import pytest

from analytics import exports
from analytics import followups as F
from analytics.ingest import followups as imp
from analytics.queries import direct


@pytest.fixture
def store(empty_store):
    F.add_item(empty_store, {"province_code": "62", "region_code": "62.10", "kind": "other",
                             "action": "=SUM(A1) rapat lanjutan", "owner": "Setda", "agreed_at_meeting": "2021-11-15",
                             "due_date": "2022-03-31"}, by="t")
    F.add_item(empty_store, {"province_code": "62", "kind": "coverage", "action": "UCJ 35%", "owner": "Disnakertrans",
                             "agreed_at_meeting": "2021-11-15", "target_value": "35.5%"}, by="t")
    return empty_store


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_the_export_comes_back_unchanged(store, kind):
    frame = F.export_frame(F.register(direct(store), "62", "2022-04-01"))
    data = exports.csv_bytes(frame, demo=True) if kind == "csv" else exports.xlsx_bytes(frame, demo=True)
    report = imp.prepare(direct(store), data, f"register.{kind}")
    assert report.ok, report.summary()
    assert sorted(report.unchanged) == [1, 2] and not report.adds and not report.updates


def test_indonesian_headers_names_and_words(store):
    text = ("DAFTAR TINDAK LANJUT RAPAT KOORDINASI\n"
            "Provinsi;Kabupaten/Kota;Jenis;Tindak lanjut;Penanggung jawab;Tanggal rapat;Tenggat;Status;Target;"
            "Kelompok pekerja\n"
            "Kalteng;Kab. Kapuas;kepesertaan;Daftarkan Non-ASN;BPJS Cabang;1 April 2022;31/12/2022;berjalan;"
            "1.250;Honorer\n")
    report = imp.prepare(direct(store), text.encode(), "rapat.csv")
    assert report.ok, report.summary()
    item = report.adds[0]
    assert (item["province_code"], item["region_code"], item["kind"], item["status"]) == \
        ("62", "62.03", "coverage", "in_progress")
    assert (item["target_value"], item["target_unit"], item["worker_group"]) == (1250.0, "workers", "non_asn")
    assert item["due_date"] == dt.date(2022, 12, 31)


def test_every_problem_with_row_and_column(store):
    text = ("id;Provinsi;Kabupaten/Kota;Jenis;Tindak lanjut;Penanggung jawab;Tanggal rapat;Tenggat\n"
            "9;62;62.10;regulasi;x;y;15/11/2021;\n"
            ";62;Tanah Laut;regulasi;Perbup;Hukum;15/11/2021;\n"
            ";62;62.10;other;=SUM(A1) rapat lanjutan;Setda;15/11/2021;\n"
            ";62;62.11;anggaran;Anggarkan;BPKAD;15/11/2021;01/01/2021\n"
            ";62;62.11;regulasi;Perbup Pulang Pisau;Hukum;15/11/2021;\n"
            ";62;62.11;regulasi;perbup pulang pisau;Hukum;15/11/2021;\n")
    report = imp.prepare(direct(store), text.encode(), "rapat.csv")
    assert not report.ok and not report.adds
    found = {(p.row, p.column) for p in report.problems}
    assert found == {(2, "id"), (3, "Kabupaten/Kota"), (4, "Tindak lanjut"), (5, "Tenggat"), (7, "Tindak lanjut")}, \
        report.summary()
    assert "already in the register as item 1" in report.summary("en")
    assert "sudah ada di daftar sebagai tindak lanjut 1" in report.summary("id")
    with pytest.raises(imp.FollowupImportRefused):
        imp.commit(store, report, by="t")
