"""The kab/kota meeting brief in Chromium (issue 27): public data (Sidenreng Rappang) and demo
data (Katingan), in both languages, at 1280 and 390 px: no exception, no empty chart, the PDF
(one A4 page) and the share image download, and the links between the province brief and its
kab/kota briefs. One server serves both datasets (``?data=demo``) and one page is reused."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from urllib.parse import urljoin

import openpyxl
import pytest

from analytics import regulation_sheet
from tests.browser.harness import StreamlitServer, chart_report, exceptions_on, page_url, screenshot, wait_for_app
from tests.browser.test_brief_downloads import OTHER

CASES = {  # dataset -> (kab/kota, date, its name)
    "public": ("73.14", "2023-10-02", "Kabupaten Sidenreng Rappang"),
    "demo": ("62.06", "2022-04-01", "Kabupaten Katingan"),
}
LABELS = {"id": ("Unduh PDF", "Bagikan sebagai gambar"), "en": ("Download PDF", "Share as image")}
TITLES = {"id": "Bahan rapat kabupaten/kota: {}", "en": "Kab/kota meeting brief: {}"}
TWO_PERBUP = {"id": "Dua Peraturan Bupati Sidenreng Rappang", "en": "Two Peraturan Bupati of Sidenreng Rappang"}
SHEETS = {"id": ("Lembar status regulasi (XLSX)", "Lembar kepesertaan Non-ASN (XLSX)"),
          "en": ("Regulation status sheet (XLSX)", "Non-ASN staff coverage sheet (XLSX)")}


@pytest.fixture(scope="module")
def server_url(_base_db_path, demo_db_path, tmp_path_factory):
    folder = tmp_path_factory.mktemp("kbrief-db")
    public, demo = folder / "public.duckdb", folder / "demo.duckdb"
    shutil.copy(_base_db_path, public)
    shutil.copy(demo_db_path, demo)
    server = StreamlitServer(public, env={"JAMSOSTEK_DEMO_DB": str(demo)})
    try:
        server.wait_ready()
        yield server.url
    finally:
        server.stop()


@pytest.fixture(scope="module")
def tab(chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID", accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(120_000)
    yield page
    context.close()


def _params(dataset: str, lang: str, **extra) -> dict:
    return {**extra, **({"data": "demo"} if dataset == "demo" else {}), **({"lang": "en"} if lang == "en" else {})}


def _open(page, url: str) -> None:
    page.goto(url)
    wait_for_app(page, timeout=150)


def _download(page, label: str, path):
    with page.expect_download(timeout=150_000) as info:
        page.get_by_role("button", name=label).first.click()
    info.value.save_as(path)
    return path


def test_kabkota_brief_in_both_languages_widths_and_datasets(server_url, tab, tmp_path):
    for dataset, (code, day, name) in CASES.items():
        for lang in ("id", "en"):
            for width in (1280, 390):
                tab.set_viewport_size({"width": width, "height": 900})
                _open(tab, page_url(server_url, "brief", _params(dataset, lang, brief_region=code, brief_date=day)))
                where = f"{dataset}/{lang}/{width}px"
                assert not exceptions_on(tab), (where, exceptions_on(tab))
                title = tab.locator("h1").first.inner_text()
                assert title.strip() == TITLES[lang].format(name), where
                charts = chart_report(tab)
                assert all(c["points"] > 0 for c in charts), (where, charts)  # no empty chart
                if dataset == "demo":
                    assert charts, where  # the trend is drawn
                # a phone does not scroll sideways
                assert tab.evaluate("document.documentElement.scrollWidth") <= width + 1, where
                screenshot(tab, f"kbrief_{dataset}_{lang}_{width}")
                if width == 390:
                    continue
                pdf = _download(tab, LABELS[lang][0], tmp_path / f"{dataset}_{lang}.pdf")
                info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
                assert re.search(r"Pages:\s+1\n", info) and "(A4)" in info, (where, info)
                if shutil.which("pdftotext"):
                    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
                    assert name in text, where
                    if dataset == "public":  # one record for two Perbup without numbers, said so
                        assert TWO_PERBUP[lang] in " ".join(text.split()), (where, text[:2000])
                    # no sentence of the other language (quoted source titles are data)
                    prose = re.sub(r"“[^”]*”", " ", text, flags=re.S)
                    assert not sorted({m.group(0) for m in OTHER[lang].finditer(prose)}), (where, text[:2000])
                png = _download(tab, LABELS[lang][1], tmp_path / f"{dataset}_{lang}.png").read_bytes()
                assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (1080, 1350), where


def test_links_between_province_and_kabkota_briefs(server_url, tab):
    tab.set_viewport_size({"width": 1280, "height": 900})
    _open(tab, page_url(server_url, "brief", _params("demo", "id", brief_province="62", brief_date="2022-04-01")))
    link = tab.locator('a[href*="brief_region=62.06"]').first
    href = link.get_attribute("href")
    assert "data=demo" in href and "brief_date=2022-04-01" in href  # the dataset stays chosen
    _open(tab, urljoin(server_url + "/", href))
    assert tab.locator("h1").first.inner_text().strip() == "Bahan rapat kabupaten/kota: Kabupaten Katingan"
    back = tab.locator('a[href*="brief_province=62"]').first.get_attribute("href")
    _open(tab, urljoin(server_url + "/", back))
    assert tab.locator("h1").first.inner_text().strip() == "Bahan rapat koordinasi: Kalimantan Tengah"
    assert not exceptions_on(tab)
    screenshot(tab, "kbrief_province_links")


def _sheet_codes(path, name: str) -> list[str]:
    sheet = openpyxl.load_workbook(path)[name]
    first = regulation_sheet.HEADER_ROW + 2
    return [sheet.cell(row=r, column=1).value for r in range(first, sheet.max_row + 1)]


def test_briefs_offer_the_provinces_status_and_coverage_sheets(server_url, tab, tmp_path):
    """The kab/kota brief offers its province's two sheets and names its row; the province brief
    offers them too; presentation mode does not."""
    tab.set_viewport_size({"width": 1280, "height": 900})
    _open(tab, page_url(server_url, "brief", _params("demo", "en", brief_region="62.06", brief_date="2022-04-01")))
    caption = tab.get_by_text(re.compile(r"Kabupaten Katingan \(62\.06\) is row \d+ of both sheets")).first
    row = int(re.search(r"is row (\d+)", caption.inner_text()).group(1))
    screenshot(tab, "kbrief_sheets_demo_en")
    assert tab.get_by_role("heading", name="Sheets to fill in: Kalimantan Tengah").count() == 1
    status_label, coverage_label = SHEETS["en"]
    status = _download(tab, status_label, tmp_path / "status.xlsx")
    book = openpyxl.load_workbook(status)
    assert book.sheetnames == [regulation_sheet.STATUS_SHEET, "Instructions"]  # in the page's language
    sheet = book[regulation_sheet.STATUS_SHEET]
    codes = _sheet_codes(status, regulation_sheet.STATUS_SHEET)
    assert len(codes) == 14 and all(code.startswith("62.") for code in codes)
    assert [sheet.cell(row=row, column=c).value for c in (1, 2)] == ["62.06", "Kabupaten Katingan"]
    coverage = _download(tab, coverage_label, tmp_path / "coverage.xlsx")
    assert _sheet_codes(coverage, regulation_sheet.COVERAGE_SHEET) == codes
    assert openpyxl.load_workbook(coverage)[regulation_sheet.COVERAGE_SHEET].cell(row=row, column=1).value == "62.06"

    # the province brief, public data: Sulawesi Selatan's 24 kab/kota
    _open(tab, page_url(server_url, "brief", _params("public", "id", brief_province="73", brief_date="2023-10-02")))
    assert not exceptions_on(tab)
    status_label, coverage_label = SHEETS["id"]
    codes = _sheet_codes(_download(tab, status_label, tmp_path / "status73.xlsx"), regulation_sheet.STATUS_SHEET)
    assert len(codes) == 24 and "73.14" in codes and all(code.startswith("73.") for code in codes)
    coverage = _download(tab, coverage_label, tmp_path / "coverage73.xlsx")
    assert _sheet_codes(coverage, regulation_sheet.COVERAGE_SHEET) == codes

    # presentation mode (a projector): no downloads
    _open(tab, page_url(server_url, "brief", _params("public", "id", brief_region="73.14", brief_date="2023-10-02",
                                                      brief_present="1")))
    assert tab.locator("h1").first.inner_text().strip() == TITLES["id"].format("Kabupaten Sidenreng Rappang")
    assert tab.get_by_role("button", name=SHEETS["id"][0]).count() == 0
    assert tab.get_by_role("button", name="Unduh PDF").count() == 0
