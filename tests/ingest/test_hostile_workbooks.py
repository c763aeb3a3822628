"""Issue 22, class 1: workbooks are bounded by what their cells expand to, not by their file size.

The hostile files are generated here (``hostile_workbooks``): a 34 KB workbook whose one 30 MB
shared string is used by 60 cells, a 150 KB workbook with one 150 MB inline cell, a row with a
40 MB title and note. Each is refused before calamine reads it, naming sheet, row, column and
the limit, in both languages, and the reader's memory hardly grows. Text fields have limits that
fit them (CSV and XLSX alike), and text stored before those limits is shown cut.
"""

from __future__ import annotations

import re

import pytest

from analytics import cli
from analytics.i18n import set_language
from analytics.ingest import datasets, importers
from analytics.ingest import tabular as T
from analytics.ingest.tabular import TabularError
from tests.ingest import hostile_workbooks as H
from tests.ingest.test_tabular import _peak_rss_growth

MB = 1 << 20


@pytest.fixture(autouse=True)
def _english():
    set_language("en")
    yield
    set_language("id")


@pytest.fixture(scope="module")
def amplifying():
    return H.amplifying(string_mb=30, uses=60)


def test_amplifying_workbook_is_refused_before_it_expands(amplifying):
    assert len(amplifying) < 64 * 1024  # 34 KB on disk; 60 x 30 MB of cell text
    growth, raised = _peak_rss_growth(lambda: T.read_table(amplifying, "bom.xlsx"))
    assert isinstance(raised, TabularError), raised
    assert str(raised) == ("bom.xlsx, sheet 'Regulasi', row 3, column H: the cell holds at least 31457280 "
                           "characters, over the limit of 131072 characters a cell")
    assert raised.localized() == str(raised)
    set_language("id")
    assert raised.localized().startswith("bom.xlsx, lembar 'Regulasi', baris 3, kolom H: isi sel sedikitnya")
    assert growth < 250 * MB, growth >> 20


def test_many_uses_of_a_string_under_the_cell_limit_stop_at_the_text_bound():
    uses = [(f"{H._letter(7 + i % 200)}{2 + i // 200}", 0) for i in range(1000)]
    rows = [H.HEADER] + [["Katingan", "perbup", str(n), 2021, "Perlindungan", "issued", ""] for n in range(5)]
    data = H.workbook(rows, shared_strings=[H.big(120_000)], extra_cells=uses)
    assert len(data) < 16 * 1024
    growth, raised = _peak_rss_growth(lambda: T.read_table(data, "x.xlsx"))
    assert isinstance(raised, TabularError), raised
    assert re.fullmatch(r"x\.xlsx, sheet 'Regulasi', up to row \d: the cells' text \(shared text counted each "
                        r"time a cell uses it\) comes to more than [\d.]+ MB, over the 80 MB limit \(the file is \d+ KB\); "
                        r"refused before reading", str(raised))
    # the bound follows the file-size limit, and is counted as it goes (not after the sheet)
    with pytest.raises(TabularError, match=r"over the 4 MB limit"):
        T.read_table(data, "x.xlsx", max_bytes=MB)
    assert growth < 250 * MB, growth >> 20


def test_huge_inline_cell_is_refused_while_it_is_read():
    data = H.huge_inline_cell(150)
    assert len(data) < 200 * 1024
    growth, report = _prepare_with_growth(data, "inline.xlsx")
    assert not report.ok and report.frame is None
    text = str(report.problems[0])
    assert "sheet 'Regulasi', row 2, column G: the cell holds at least" in text
    assert "over the limit of 131072 characters a cell" in text
    assert growth < 400 * MB, growth >> 20


def _prepare_with_growth(data: bytes, name: str):
    out = {}
    growth, raised = _peak_rss_growth(lambda: out.setdefault("r", importers.prepare("regulations", data, name)))
    assert raised is None, raised
    return growth, out["r"]


def test_huge_title_and_note_are_refused_by_the_reader():
    growth, report = _prepare_with_growth(H.huge_title(40), "judul.xlsx")
    assert [str(p) for p in report.problems] == [
        "file: judul.xlsx, sheet 'Regulasi', row 2, column E: the cell holds at least "
        + re.search(r"at least (\d+)", str(report.problems[0])).group(1)
        + " characters, over the limit of 131072 characters a cell"]
    assert growth < 400 * MB, growth >> 20


@pytest.mark.parametrize("kind", ["csv", "xlsx_shared", "xlsx_inline"])
def test_text_fields_have_limits_that_fit_them(kind):
    row = ["Katingan", "perbup", "12", 2021, "t" * 4001, "issued", "n" * 3000]
    long_url = "https://jdih.example.go.id/" + "u" * 2100
    header = H.HEADER + ["Tautan"]
    if kind == "csv":
        data = "\n".join(";".join(map(str, r)) for r in [header, row + [long_url]]).encode()
    else:
        data = H.workbook([header, row + [long_url]], shared=kind == "xlsx_shared")
    report = importers.prepare("regulations", data, f"x.{kind[:4]}")
    problems = [p.render("en") for p in report.problems]
    assert problems == [
        "row 2, column 'Tentang': text too long: 4001 characters, the limit for this field is 4000 "
        f"(value '{'t' * 79}…')",
        f"row 2, column 'Tautan': text too long: {len(long_url)} characters, the limit for this field is 2048 "
        f"(value '{long_url[:79]}…')",
    ]
    assert report.problems[0].render("id").startswith(
        "baris 2, kolom 'Tentang': teks terlalu panjang: 4001 karakter, batas untuk isian ini 4000 karakter")
    ok = importers.prepare("regulations", data.replace(b"t" * 4001, b"t" * 4000).replace(long_url.encode(), b"")
                           if kind == "csv" else H.workbook([header, row[:4] + ["t" * 4000] + row[5:] + [""]],
                                                              shared=kind == "xlsx_shared"), "ok.csv")
    assert ok.ok, ok.summary()
    assert len(ok.frame["title"].iloc[0]) == 4000 and len(ok.frame["source_note"].iloc[0]) == 3000


def test_field_limits():
    spec = datasets.SPECS["regulations"]
    assert datasets.max_chars(spec.field("title")) == 4000
    assert datasets.max_chars(spec.field("source_url")) == 2048
    assert datasets.max_chars(spec.field("year")) == datasets.VALUE_MAX_CHARS == 500


def test_csv_cell_over_the_limit_names_row_and_column():
    data = b"Kabupaten;Tentang;Catatan\nKatingan;abc;def\nKapuas;\"ok\";\"" + b"y" * 140_000 + b"\"\n"
    with pytest.raises(TabularError) as caught:
        T.read_table(data, "x.csv")
    assert str(caught.value) == "x.csv, row 3, column C: the cell is over the limit of 131072 characters a cell"
    set_language("id")
    assert caught.value.localized() == "x.csv, baris 3, kolom C: isi sel melebihi batas 131072 karakter per sel"


def test_ordinary_workbooks_still_read_whole():
    rows = [H.HEADER] + [["Katingan", "perbup", str(n), 2021, "Perlindungan " * 50, "issued", "c" * 30_000]
                         for n in range(20)]
    for shared in (True, False):
        table = T.read_table(H.workbook(rows, shared=shared), "ok.xlsx")
        assert table.height == 21 and table.rows[20][6] == "c" * 30_000


def test_cli_import_refuses_the_amplifying_workbook(amplifying, empty_store, tmp_path, capsys):
    path = tmp_path / "bom.xlsx"
    path.write_bytes(amplifying)
    db = empty_store.path
    empty_store.close()
    assert cli.main(["import", "regulations", str(path), "--db", str(db)]) != 0
    out = capsys.readouterr()
    assert "sheet 'Regulasi', row 3, column H: the cell holds at least 31457280 characters" in out.out + out.err


def test_text_stored_too_long_is_shown_cut_in_every_view(empty_store):
    import pandas as pd

    title, note = "T" * 50_000, "catatan " * 1000
    frame = pd.DataFrame([{"region_code": "62.06", "instrument": "perbup", "number": "9", "year": 2021,
                           "title": title, "status": "issued", "source_note": note, "source_row": 2}])
    batch = empty_store.add_batch("regulation", frame, "old.csv", None)
    shown = empty_store.query_df("SELECT title, source_note FROM regulation WHERE batch_id = ?", [batch])
    assert len(shown["title"][0]) == 4000 and shown["title"][0] == "T" * 3999 + "…"
    assert shown["source_note"][0] == note[:3999] + "…"
    # stored whole
    assert empty_store.query_value("SELECT length(title) FROM regulation_row WHERE batch_id = ?", [batch]) == 50_000


def test_a_sheet_the_reader_cannot_place_is_measured_all_the_same(amplifying, monkeypatch):
    from analytics.ingest import workbooks

    monkeypatch.setattr(workbooks, "_xlsx_sheet_paths", lambda zf: {})  # relationships it cannot resolve
    with pytest.raises(TabularError, match=r"row 3, column H: the cell holds at least 31457280 characters"):
        T.read_table(amplifying, "bom.xlsx")
