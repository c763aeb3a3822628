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

import pytest

from tests.browser.harness import StreamlitServer, chart_report, exceptions_on, page_url, screenshot, wait_for_app
from tests.browser.test_brief_downloads import OTHER

CASES = {  # dataset -> (kab/kota, date, its name)
    "public": ("73.14", "2023-10-02", "Kabupaten Sidenreng Rappang"),
    "demo": ("62.06", "2022-04-01", "Kabupaten Katingan"),
}
LABELS = {"id": ("Unduh PDF", "Bagikan sebagai gambar"), "en": ("Download PDF", "Share as image")}
TITLES = {"id": "Bahan rapat kabupaten/kota: {}", "en": "Kab/kota meeting brief: {}"}


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
