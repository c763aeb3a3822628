"""Regulation status of every kabupaten/kota (issue 25): the five states, the status sheet a
province fills in, its import (all or nothing, a batch like every import) and the JSON."""

from __future__ import annotations

import datetime as dt
import io
import json

import openpyxl
import pandas as pd
import pytest

from analytics import i18n, regulation_sheet
from analytics import regulations as regs
from analytics.ingest import importers
from analytics.queries import direct

AS_OF = "2025-06-30"
EVIDENCE = "Surat BPJS Ketenagakerjaan Cabang Sampit No. B/123/2025"
BY = "Bagian Hukum Setda Kotawaringin Timur"


def _query(store):
    return direct(store)


def _sheet(store, as_of=AS_OF) -> openpyxl.Workbook:
    data = regulation_sheet.status_sheet(_query(store), "62", as_of)
    return openpyxl.load_workbook(io.BytesIO(data))


def _fill(book, code: str, **cells) -> bytes:
    """Fill the row of ``code`` (header names -> values) and return the workbook's bytes."""
    sheet = book[regulation_sheet.STATUS_SHEET]
    header_row = regulation_sheet.HEADER_ROW + 1
    headers = [c.value for c in sheet[header_row]]
    for row in sheet.iter_rows(min_row=header_row + 1):
        if row[0].value == code:
            for name, value in cells.items():
                row[headers.index(name)].value = value
            break
    else:
        raise AssertionError(f"no row for {code}")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _confirm_none(book, code="62.02", confirmed=dt.datetime(2025, 7, 10)) -> bytes:
    return _fill(book, code, **{"Status": "Belum ada (dikonfirmasi)", "Bukti (URL atau nomor surat)": EVIDENCE,
                                "Dikonfirmasi oleh": BY, "Tanggal konfirmasi": confirmed})


def _import(store, data: bytes, name="kalteng.xlsx"):
    return importers.import_file(store, "regulation_status", data, name)


def _batches(store) -> int:
    return int(store.query_value("SELECT count(*) FROM import_batch"))


def test_the_sheet_of_kalimantan_tengah_has_its_14_rows_the_status_list_and_locks(empty_store):
    book = _sheet(empty_store)
    assert book.sheetnames == [regulation_sheet.STATUS_SHEET, "Petunjuk"]
    sheet = book[regulation_sheet.STATUS_SHEET]
    header_row = regulation_sheet.HEADER_ROW + 1
    headers = [c.value for c in sheet[header_row]]
    assert headers == [*regulation_sheet.PREFILLED, *regulation_sheet.TO_FILL]
    rows = [r for r in sheet.iter_rows(min_row=header_row + 1, values_only=True) if r[0]]
    assert len(rows) == 14 and {r[0][:3] for r in rows} == {"62."}
    assert {r[0] for r in rows} >= {"62.01", "62.02", "62.06", "62.71"}
    by_code = {r[0]: dict(zip(headers, r)) for r in rows}
    assert by_code["62.71"]["Kabupaten/Kota"] == "Kota Palangkaraya"
    assert all(r["Per tanggal"] == dt.datetime(2025, 6, 30) for r in by_code.values())
    # prefilled with what the dataset knows: Katingan's Perbup in force (curated), the rest no record
    states = regs.status_json(_query(empty_store), "62", AS_OF)
    for region in states["regions"]:
        assert by_code[region["code"]]["Tercatat: status"] == i18n.t(f"reg.state.{region['status']}")
    assert by_code["62.06"]["Tercatat: regulasi"].startswith("Perbup")
    assert by_code["62.06"]["Tercatat: sumber"] and by_code["62.06"]["Tercatat: keyakinan"] in ("tinggi", "sedang", "rendah")
    # the status drop-down: exactly the four words, over the 14 rows of the Status column
    status_col = openpyxl.utils.get_column_letter(headers.index("Status") + 1)
    lists = {str(dv.sqref): dv.formula1 for dv in sheet.data_validations.dataValidation if dv.type == "list"}
    assert lists[f"{status_col}{header_row + 1}:{status_col}{header_row + 14}"] == (
        '"Terbit/berlaku,Rancangan/dalam proses,Belum ada (dikonfirmasi),Tidak diketahui"')
    # frozen header, prefilled columns locked, the columns to fill unlocked
    assert sheet.freeze_panes == f"C{header_row + 1}"
    assert sheet.protection.sheet
    first = header_row + 1
    for name in regulation_sheet.PREFILLED:
        assert sheet.cell(first, headers.index(name) + 1).protection.locked, name
    for name in regulation_sheet.TO_FILL:
        assert not sheet.cell(first, headers.index(name) + 1).protection.locked, name
    # instructions in Indonesian; in English on English pages
    assert "Petunjuk pengisian" in book["Petunjuk"]["A1"].value
    with i18n.using("en"):
        english = _sheet(empty_store)
    assert english.sheetnames[1] == "Instructions" and "How to fill in" in english["Instructions"]["A1"].value


def test_a_confirmed_none_becomes_a_sourced_fact_and_known_goes_up_by_one(empty_store):
    before = regs.status_json(_query(empty_store), "62", AS_OF)
    report = _import(empty_store, _confirm_none(_sheet(empty_store)))
    assert report.ok and report.batch_id, report.summary()
    assert len(report.frame) == 1  # the 13 rows left blank say nothing
    after = regs.status_json(_query(empty_store), "62", AS_OF)
    assert after["known"] == before["known"] + 1 and after["total"] == 14
    assert after["with_regulation"] == before["with_regulation"]
    kotim = next(r for r in after["regions"] if r["code"] == "62.02")
    assert kotim == {"code": "62.02", "name": "Kabupaten Kotawaringin Timur", "status": "confirmed_none",
                     "instrument": None, "number": None, "source": BY, "source_url": None,
                     "confirmed_by": BY, "confirmed_on": "2025-07-10", "evidence": EVIDENCE}
    # provenance: a batch like every import, with the sheet as its file
    batch = empty_store.query_df("SELECT dataset, file_name, row_count FROM import_batch WHERE batch_id = ?",
                                 [report.batch_id]).iloc[0]
    assert (batch["dataset"], batch["file_name"], batch["row_count"]) == ("regulation_status", "kalteng.xlsx", 1)
    # none as of 30 June 2025 means none before it too; the tracker's 4 of 14 of 2021 stands
    early = regs.status_json(_query(empty_store), "62", "2021-11-15")
    assert next(r for r in early["regions"] if r["code"] == "62.02")["status"] == "confirmed_none"
    assert early["with_regulation"] == 4


def test_a_later_sheet_updates_the_region_and_rollback_restores_it(empty_store):
    first = _import(empty_store, _confirm_none(_sheet(empty_store)))
    assert first.ok, first.summary()
    later = _fill(_sheet(empty_store, "2025-12-31"), "62.02", **{
        "Status": "Terbit/berlaku", "Jenis": "Perbup", "Nomor": "17", "Tanggal penetapan": dt.datetime(2025, 9, 1),
        "Tanggal berlaku": dt.datetime(2026, 1, 1), "Bukti (URL atau nomor surat)": "https://jdih.kotimkab.go.id/17",
        "Dikonfirmasi oleh": BY, "Tanggal konfirmasi": dt.datetime(2025, 12, 31)})
    second = _import(empty_store, later, "kalteng_des.xlsx")
    assert second.ok, second.summary()
    status = {d: next(r for r in regs.status_json(_query(empty_store), "62", d)["regions"] if r["code"] == "62.02")
              for d in ("2025-06-30", "2025-10-01", "2026-02-01")}
    # the later sheet replaced the earlier row: issued 1 Sep 2025, in force from 1 Jan 2026
    assert status["2025-06-30"]["status"] == "no_record"
    assert status["2025-10-01"]["status"] == "issued_not_in_force"
    assert status["2026-02-01"]["status"] == "in_force"
    assert (status["2026-02-01"]["instrument"], status["2026-02-01"]["number"]) == ("perbup", "17")
    assert status["2026-02-01"]["source_url"] == "https://jdih.kotimkab.go.id/17"
    empty_store.rollback_batch(second.batch_id)
    back = regs.status_json(_query(empty_store), "62", "2026-02-01")
    assert next(r for r in back["regions"] if r["code"] == "62.02")["status"] == "confirmed_none"


def _refused(store, data: bytes, lang="id") -> list[str]:
    batches, before = _batches(store), regs.status_json(_query(store), "62", AS_OF)
    report = _import(store, data)
    assert not report.ok and report.batch_id is None
    assert _batches(store) == batches and regs.status_json(_query(store), "62", AS_OF) == before  # nothing changed
    return [p.render(lang) for p in report.problems]


def test_a_bad_sheet_is_refused_with_nothing_changed(empty_store):
    good = _confirm_none(_sheet(empty_store))
    # an unknown region
    book = openpyxl.load_workbook(io.BytesIO(good))
    unknown = _fill(book, "62.03", **{"Kode": "62.99", "Kabupaten/Kota": "Kabupaten Antah Berantah",
                                      "Status": "Belum ada (dikonfirmasi)", "Bukti (URL atau nomor surat)": "x",
                                      "Dikonfirmasi oleh": BY, "Tanggal konfirmasi": dt.datetime(2025, 7, 10)})
    messages = _refused(empty_store, unknown)
    assert messages == ["baris 7, kolom 'Kode': kode wilayah tidak dikenal (nilai '62.99')"]
    # a status outside the list
    book = openpyxl.load_workbook(io.BytesIO(good))
    outside = _fill(book, "62.03", Status="Sudah ada")
    messages = _refused(empty_store, outside)
    assert messages == ["baris 7, kolom 'Status': status tidak dikenal; gunakan salah satu dari Terbit/berlaku, "
                        "Rancangan/dalam proses, Belum ada (dikonfirmasi), Tidak diketahui (nilai 'Sudah ada')"]
    # a date in the future of the confirmation: issued after it was confirmed
    book = openpyxl.load_workbook(io.BytesIO(good))
    future = _fill(book, "62.03", **{"Status": "Terbit/berlaku", "Jenis": "Perbup", "Nomor": "3",
                                     "Tanggal penetapan": dt.datetime(2025, 8, 1), "Bukti (URL atau nomor surat)": "y",
                                     "Dikonfirmasi oleh": BY, "Tanggal konfirmasi": dt.datetime(2025, 7, 10)})
    messages = _refused(empty_store, future)
    assert len(messages) == 1 and "baris 7, kolom 'Tanggal penetapan'" in messages[0] \
        and "sesudah tanggal konfirmasi (2025-07-10)" in messages[0], messages
    english = _refused(empty_store, future, "en")
    assert "after the date of confirmation" in english[0] and "row 7" in english[0]
    # a confirmation dated in the future, and one without its evidence
    book = openpyxl.load_workbook(io.BytesIO(good))
    ahead = _fill(book, "62.03", **{"Status": "Belum ada (dikonfirmasi)", "Dikonfirmasi oleh": BY,
                                    "Tanggal konfirmasi": dt.datetime.now() + dt.timedelta(days=30)})
    messages = _refused(empty_store, ahead)
    assert any("tanggal konfirmasi ada di masa depan" in m for m in messages), messages
    assert any("kolom 'Bukti (URL atau nomor surat)'" in m and "perlu bukti" in m for m in messages), messages


def test_a_sheet_with_nothing_filled_in_imports_nothing(empty_store):
    blank = io.BytesIO()
    _sheet(empty_store).save(blank)
    messages = _refused(empty_store, blank.getvalue())
    assert messages == ["berkas: tidak ada baris yang kolom Status-nya diisi: tidak ada yang diimpor"]


def test_region_states_rule_and_counts():
    kabkota = pd.DataFrame({"region_code": ["62.01", "62.02", "62.03", "62.04", "62.05"],
                            "name": list("ABCDE"), "level": ["kabupaten"] * 5, "province_code": ["62"] * 5,
                            "province_name": ["Kalteng"] * 5})
    records = pd.DataFrame({
        "region_code": ["62.01", "62.03"], "region_level": ["kabupaten", "kabupaten"], "province_code": ["62", "62"],
        "instrument": ["perbup", "perbup"], "number": ["1", None], "year": [2021, None],
        "issued_on": [pd.Timestamp("2021-05-01"), None], "known_by": [None, None],
        "effective_date": [pd.Timestamp("2021-05-01"), None], "revoked_on": [None, None],
        "status": ["issued", "draft"], "scopes": [None, None], "source_title": ["JDIH", "Berita"],
        "source_url": [None, None], "source_date": [None, None], "confidence": ["high", "low"]})
    confirmations = pd.DataFrame({
        "region_code": ["62.01", "62.04", "62.05"], "as_of": pd.to_datetime(["2025-06-30"] * 3),
        "status": ["confirmed_none", "confirmed_none", "issued"], "instrument": [None, None, "perda"],
        "number": [None, None, "2"], "issued_on": pd.to_datetime([None, None, "2024-03-01"]),
        "in_force_on": pd.to_datetime([None, None, "2024-06-01"]), "evidence": ["e1", "e2", "e3"],
        "confirmed_by": ["X", "Y", "Z"], "confirmed_on": pd.to_datetime(["2025-07-01"] * 3),
        "source_title": ["X", "Y", "Z"], "source_url": [None] * 3, "source_date": ["2025-07-01"] * 3,
        "confidence": ["high"] * 3})
    states = regs.region_states(records, kabkota, "2024-04-01", confirmations).set_index("region_code")["status"]
    # a record in force beats a sheet's "none"; a draft; confirmed none; issued, in force only later
    assert states.to_dict() == {"62.01": "in_force", "62.02": "no_record", "62.03": "draft",
                                "62.04": "confirmed_none", "62.05": "issued_not_in_force"}
    later = regs.region_states(records, kabkota, "2024-07-01", confirmations)
    assert later.set_index("region_code").loc["62.05", "status"] == "in_force"
    counts = regs.known_counts(later).iloc[0]
    assert (counts["total"], counts["known"], counts["with_regulation"], counts["no_record"]) == (5, 4, 2, 1)
    assert list(regs.to_confirm(later)["region_code"]) == ["62.02"]


def test_cli_status_sheet_import_and_json(empty_store, tmp_path, capsys):
    from analytics.cli import main

    db = str(empty_store.path)
    empty_store.close()
    out = tmp_path / "kalteng.xlsx"
    assert main(["status-sheet", "--province", "62", "--as-of", AS_OF, "--out", str(out), "--db", db]) == 0
    filled = tmp_path / "filled.xlsx"
    filled.write_bytes(_confirm_none(openpyxl.load_workbook(out)))
    assert main(["import", "regulation_status", str(filled), "--db", db]) == 0
    capsys.readouterr()
    assert main(["regulations", "--province", "62", "--as-of", AS_OF, "--json", "--db", db]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert set(printed) == {"province", "as_of", "total", "known", "with_regulation", "regions"}
    assert (printed["province"], printed["as_of"], printed["total"]) == ("62", AS_OF, 14)
    kotim = next(r for r in printed["regions"] if r["code"] == "62.02")
    assert kotim["status"] == "confirmed_none" and kotim["evidence"] == EVIDENCE
    assert {r["status"] for r in printed["regions"]} <= set(regs.REGION_STATES)
    with pytest.raises(SystemExit):
        main(["status-sheet", "--province", "62", "--out", str(out), "--db", db])  # --as-of is required


def test_coverage_sheet_is_prefilled_and_imports_as_coverage(empty_store):
    query = _query(empty_store)
    data = regulation_sheet.coverage_sheet(query, "62", "2025-06", "PU", "non_asn")
    book = openpyxl.load_workbook(io.BytesIO(data))
    sheet = book[regulation_sheet.COVERAGE_SHEET]
    header_row = regulation_sheet.HEADER_ROW + 1
    headers = [c.value for c in sheet[header_row]]
    rows = list(sheet.iter_rows(min_row=header_row + 1))
    assert len(rows) == 14 and sheet.protection.sheet and sheet.freeze_panes == f"C{header_row + 1}"
    for i, row in enumerate(rows):
        row[headers.index("Jumlah peserta aktif")].value = 100 + i
        row[headers.index("Sumber")].value = "BPJS Ketenagakerjaan Cabang Palangka Raya"
    out = io.BytesIO()
    book.save(out)
    report = importers.import_file(empty_store, "coverage", out.getvalue(), "kepesertaan_62.xlsx")
    assert report.ok, report.summary()
    assert len(report.frame) == 14 and set(report.frame["segment"]) == {"PU"}
    assert set(report.frame["worker_group"]) == {"non_asn"}
    # a second sheet holds the figures now in the dataset, in its locked columns
    again = openpyxl.load_workbook(io.BytesIO(regulation_sheet.coverage_sheet(query, "62", "2025-06", "PU", "non_asn")))
    values = [r[headers.index("Di dasbor (peserta aktif)")].value
              for r in again[regulation_sheet.COVERAGE_SHEET].iter_rows(min_row=header_row + 1)]
    assert values == [100 + i for i in range(14)]
