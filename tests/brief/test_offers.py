"""What the brief page offers to download (analytics/brief/offers.py): the brief's own files and
the province's status and coverage sheets, built when clicked in the brief's language, with the
kab/kota's row named."""

from __future__ import annotations

import io
import re
import shutil

import openpyxl
import pytest

from analytics import i18n, regulation_sheet
from analytics.brief import content as B
from analytics.brief import offers as O
from analytics.brief import region as R
from analytics.queries import direct
from analytics.store import Store

KALTENG = 14  # 13 kabupaten and 1 kota


@pytest.fixture(scope="module")
def demo_query(demo_db_path, tmp_path_factory):
    path = tmp_path_factory.mktemp("offers") / "demo.duckdb"
    shutil.copy(demo_db_path, path)
    store = Store(path, read_only=True)
    yield direct(store)
    store.close()


def _book(data: bytes):
    return openpyxl.load_workbook(io.BytesIO(data))


def _codes(sheet) -> list[str]:
    first = regulation_sheet.HEADER_ROW + 2  # the row under the header, as a spreadsheet numbers it
    return [sheet.cell(row=r, column=1).value for r in range(first, sheet.max_row + 1)]


def test_kabkota_brief_offers_its_provinces_two_sheets_with_its_row(demo_query):
    with i18n.using("id"):
        brief = R.build_region(demo_query, "62.06", "2022-04-01")
        sheets = O.sheet_offers(demo_query, brief)
    assert [o.key for o in sheets.offers] == ["brief_status_sheet", "brief_coverage_sheet"]
    status_offer, coverage_offer = sheets.offers
    assert status_offer.file_name == "status_regulasi_62_2022-04-01_DEMO.xlsx"
    assert coverage_offer.file_name == "kepesertaan_62_2022-04_PU_non_asn_DEMO.xlsx"
    assert (sheets.title, status_offer.label, coverage_offer.label) == (
        "Lembar isian Kalimantan Tengah", "Lembar status regulasi (XLSX)", "Lembar kepesertaan Non-ASN (XLSX)")

    status = _book(status_offer.data())[regulation_sheet.STATUS_SHEET]
    codes = _codes(status)
    assert len(codes) == KALTENG and all(c.startswith("62.") for c in codes)
    # the caption names the row where Katingan stands, and it is there in both sheets
    row = int(re.search(r"Kabupaten Katingan \(62\.06\) ada di baris (\d+) kedua lembar", sheets.caption).group(1))
    assert status.cell(row=row, column=1).value == "62.06"
    assert status.cell(row=row, column=2).value == "Kabupaten Katingan"
    assert status.cell(row=row, column=4).value == "berlaku"  # the five states' words

    coverage = _book(coverage_offer.data())[regulation_sheet.COVERAGE_SHEET]
    assert _codes(coverage) == codes
    assert [coverage.cell(row=row, column=c).value for c in (1, 3, 4, 5)] == ["62.06", "2022-04", "PU", "non_asn"]
    # the dataset's figure for the brief's month, as the brief shows it
    non_asn = brief.groups.set_index("worker_group").loc["non_asn"]
    assert coverage.cell(row=row, column=6).value == non_asn["active"]
    assert coverage.cell(row=row, column=7).value == non_asn["target"]
    assert "lembar kepesertaan Non-ASN, segmen Penerima Upah (PU), bulan April 2022" in sheets.caption


def test_sheets_are_built_in_the_briefs_language_whatever_the_thread_speaks(demo_query):
    with i18n.using("en"):
        brief = B.build(demo_query, "62", "2022-04-01")
        sheets = O.sheet_offers(demo_query, brief)
    assert "row" not in sheets.caption  # the province brief names no region's row
    assert sheets.caption.startswith("For the meeting: the regulation status sheet of every kab/kota of "
                                     "Kalimantan Tengah")
    with i18n.using("id"):  # a click is served outside the page's run
        books = [_book(o.data()) for o in sheets.offers]
    for book in books:
        assert book.sheetnames[-1] == "Instructions"
    assert len(_codes(books[0][regulation_sheet.STATUS_SHEET])) == KALTENG


def test_brief_files_offered_are_named_by_region_and_date(demo_query):
    with i18n.using("id"):
        brief = R.build_region(demo_query, "62.06", "2022-04-01")
        offers = O.brief_offers(brief, printer=False)
    assert [o.file_name for o in offers] == [f"bahan_rapat_62.06_2022-04-01_DEMO.{ext}" for ext in ("pdf", "html", "png")]
    assert [o.disabled for o in offers] == [True, False, True]  # no Chromium: the PDF and image say so
    assert offers[1].data().startswith(b"<!DOCTYPE html>")


def test_sheet_month_is_the_data_month_else_the_briefs_month(demo_query):
    with i18n.using("id"):
        brief = R.build_region(demo_query, "62.06", "2022-04-15")
    assert f"{O.sheet_month(brief):%Y-%m-%d}" == "2022-04-01"
    brief.period = None
    brief.as_of = brief.as_of.replace(month=6)
    assert f"{O.sheet_month(brief):%Y-%m-%d}" == "2022-06-01"
