"""Downloads: formula neutralisation in CSV and XLSX, demo marks, safe names, chart images."""

from __future__ import annotations

import io
import zipfile

import pandas as pd
import pytest

from analytics import exports

HOSTILE = ["=HYPERLINK(\"http://x\",\"y\")", "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(1)", "\t=1", "\r=1",
           "＝1+1", "plain", "Rp 1.000"]


def test_csv_neutralises_every_formula_start_and_headers():
    frame = pd.DataFrame({"text": pd.Series(HOSTILE, dtype="str"), "n": range(len(HOSTILE))})
    frame["=evil"] = "x"
    text = exports.csv_bytes(frame).decode("utf-8-sig")
    rows = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    for cell in rows["text"]:
        assert cell in ("plain", "Rp 1.000") or cell.startswith("'"), cell
    assert "'=evil" in rows.columns
    assert rows["n"].tolist() == [str(i) for i in range(len(HOSTILE))]  # numbers untouched


def test_csv_demo_mark():
    assert exports.csv_bytes(pd.DataFrame({"a": [1]}), demo=True).decode("utf-8-sig").startswith("# DEMO")


def _xlsx_cells(data: bytes) -> tuple[list, str]:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data))
    sheet = book.worksheets[0]
    return [[c.value for c in row] for row in sheet.iter_rows()], sheet.title


def test_xlsx_has_no_formulas_and_marks_demo():
    frame = pd.DataFrame({"text": pd.Series(HOSTILE, dtype="str"), "when": pd.to_datetime(["2021-11-15"] * len(HOSTILE), utc=True),
                          "nested": [[1, 2]] * len(HOSTILE)})
    data = exports.xlsx_bytes(frame, demo=True)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        sheet_xml = zf.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml  # no formula cell at all
    rows, title = _xlsx_cells(data)
    assert title == "DEMO" and rows[0][0].startswith("DEMO DATA")
    texts = [r[0] for r in rows[3:]]
    assert all(v in ("plain", "Rp 1.000") or v.startswith("'") for v in texts), texts


def test_safe_file_names():
    assert exports.file_name("../../etc/passwd", "csv") == "etc_passwd.csv"
    assert exports.file_name("ringkasan provinsi 2025-06", "xlsx", demo=True) == "ringkasan_provinsi_2025-06_DEMO.xlsx"
    assert exports.file_name("...", "csv") == "download.csv"
    assert len(exports.file_name("x" * 500, "csv")) <= exports.MAX_STEM + 4


@pytest.mark.skipif(not exports.image_export_available(), reason="no Chromium for kaleido")
def test_chart_png_and_svg():
    import plotly.graph_objects as go

    fig = go.Figure(go.Bar(x=["a", "b"], y=[1, 2]))
    png = exports.chart_image(fig, "png", width=400, height=300)
    svg = exports.chart_image(fig, "svg", width=400, height=300)
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 1000
    assert svg.lstrip().startswith(b"<svg")


def test_xlsx_carries_the_sources_of_its_rows_on_a_sheet_of_their_own():
    from analytics import sources

    frame = pd.DataFrame({
        "province": ["Aceh", "Sumatera Utara", "Bali"],
        "active_participants": [583638, 2057246, None],
        "source_title": ["Kemnaker table (SPN News)", "Kemnaker table (SPN News)", None],
        "source_url": ["https://spn.or.id/x", "https://spn.or.id/x", None],
        "source_date": ["2024-01-30", "2024-01-30", None],
        "confidence": ["high", "high", None],
    })
    cited = sources.sources_of(frame)
    assert len(cited) == 1  # one source, named once; the row without a source adds none
    data = exports.xlsx_bytes(frame, sources=cited, sources_sheet="Sumber")
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        book = zf.read("xl/workbook.xml").decode()
        shared = zf.read("xl/sharedStrings.xml").decode()
    assert 'name="data"' in book and 'name="Sumber"' in book
    assert "https://spn.or.id/x" in shared and "Kemnaker table (SPN News)" in shared
    # nothing to cite: no empty sheet
    plain = exports.xlsx_bytes(frame.drop(columns=["source_title", "source_url"]),
                               sources=sources.sources_of(frame.drop(columns=["source_title", "source_url"])))
    with zipfile.ZipFile(io.BytesIO(plain)) as zf:
        assert "sources" not in zf.read("xl/workbook.xml").decode()


# --- issue 22, class 5: safe in a spreadsheet set to Indonesian (splits CSV on ";") ----------------
SPLITTING = ["aman;=1+1;=cmd|' /C calc'!A0", "ok, +62 811;@SUM(A1)", "a ; \t=1", "x,-1", "Rp 1.000; 2.000"]


def _split_cells(text: str, delimiter: str) -> list[str]:
    """Every cell a spreadsheet reading ``text`` with ``delimiter`` would make."""
    import csv

    return [cell for row in csv.reader(io.StringIO(text), delimiter=delimiter) for cell in row]


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_csv_opened_with_any_separator_makes_no_formula_cell(delimiter):
    frame = pd.DataFrame({"id": range(len(SPLITTING)), "action": SPLITTING, "owner": ["=1"] * len(SPLITTING)})
    text = exports.csv_bytes(frame).decode("utf-8-sig")
    cells = _split_cells(text, delimiter)
    assert len(cells) > len(SPLITTING)
    starts = tuple(c for c in exports.FORMULA_STARTS if c not in "\t\r\n") if delimiter == "\t" else exports.FORMULA_STARTS
    dangerous = [c for c in cells if c[:1] in starts or c.lstrip(" ")[:1] in starts]
    assert not dangerous, dangerous


def test_csv_quotes_every_text_field_and_reads_back():
    frame = pd.DataFrame({"id": [1, 2], "action": SPLITTING[:2], "amount": [1.5, None]})
    text = exports.csv_bytes(frame).decode("utf-8-sig")
    assert text.splitlines()[0] == '"id","action","amount"'
    assert text.splitlines()[1] == "1,\"aman;'=1+1;'=cmd|' /C calc'!A0\",1.5"
    back = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    assert [exports.restore_text(v) for v in back["action"]] == SPLITTING[:2]


def test_xlsx_text_cells_are_always_strings():
    from openpyxl import load_workbook

    texts = ["007", "1e5", "=1+1", "aman;=1+1", "TRUE", "2021-11-15", "http://x.example/a", "12,5"]
    data = exports.xlsx_bytes(pd.DataFrame({"t": texts, "n": range(len(texts))}))
    sheet = load_workbook(io.BytesIO(data)).worksheets[0]
    cells = [row[0] for row in sheet.iter_rows(min_row=2)]
    assert [c.data_type for c in cells] == ["s"] * len(texts)
    assert [c.value for c in cells] == ["007", "1e5", "'=1+1", "aman;'=1+1", "TRUE", "2021-11-15",
                                        "http://x.example/a", "12,5"]
    assert [row[1].data_type for row in sheet.iter_rows(min_row=2)] == ["n"] * len(texts)
    assert not sheet._hyperlinks
