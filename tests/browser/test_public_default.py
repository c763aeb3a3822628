"""Every page on the default (public) dataset and on the demo dataset, in Chromium.

Public data (issue 14) has province totals for December 2023, regulations, awards and reported
figures, and no kabupaten/kota series, targets or budgets. Each page must then show what it has
(the map on December 2023 with the Kemnaker table's provinces coloured, the award's official
results first) and say where there is no public data, never an empty chart, and no chart
text shrunk too small to read (a "no data" label inside a short bar). One server serves
both datasets (``?data=demo`` opens the demo copy) and the session's Chromium is shared.
"""

from __future__ import annotations

import shutil

import pytest

from analytics.maps.labels import NO_DATA_FILL
from analytics.web.navigation import PAGES
from tests.browser.harness import (StreamlitServer, chart_report, exceptions_on, map_report, page_url, screenshot,
                                   tiny_chart_texts, wait_for_app)

NO_PUBLIC_DATA = "Belum ada data publik"


@pytest.fixture(scope="module")
def public_url(_base_db_path, demo_db_path, tmp_path_factory):
    folder = tmp_path_factory.mktemp("public-db")
    public, demo = folder / "public.duckdb", folder / "public-demo.duckdb"
    shutil.copy(_base_db_path, public)  # regions, reference data and the curated public facts only
    shutil.copy(demo_db_path, demo)  # ?data=demo: built already, so no page waits for the generator
    server = StreamlitServer(public, env={"JAMSOSTEK_DEMO_DB": str(demo)})
    try:
        server.wait_ready()
        yield server.url
    finally:
        server.stop()


@pytest.fixture(scope="module")
def tab(chromium):
    context = chromium.new_context(viewport={"width": 1400, "height": 900}, locale="id-ID")
    page = context.new_page()
    page.set_default_timeout(90_000)
    yield page
    context.close()


def _open(page, url: str) -> None:
    page.goto(url)
    wait_for_app(page, timeout=120)


def _empty_charts(page) -> list[dict]:
    return [c for c in chart_report(page) if c["traces"] == 0 or c["points"] == 0]


def _coloured_regions(page) -> int:
    """Regions of the SVG map drawn in a colour, not the grey of "no data"."""
    return page.evaluate(
        """(grey) => {
            let n = 0;
            for (const host of document.querySelectorAll('*')) {
                if (!host.shadowRoot) continue;
                for (const path of host.shadowRoot.querySelectorAll('.svgmap path.r')) {
                    if ((path.getAttribute('fill') || '').toLowerCase() !== grey) n += 1;
                }
            }
            return n;
        }""", NO_DATA_FILL.lower())


def _main_text(page) -> str:
    return page.locator('[data-testid="stMain"]').inner_text()


def test_every_page_on_public_data(tab, public_url):
    problems = []
    for entry in PAGES:
        path = "" if entry.default else entry.url_path
        _open(tab, page_url(public_url, path))
        name = path or "overview"
        if errors := exceptions_on(tab):
            problems.append(f"{name}: exception {errors}")
        if empty := _empty_charts(tab):
            problems.append(f"{name}: charts drawn from nothing {empty}")
        if tiny := tiny_chart_texts(tab):
            problems.append(f"{name}: chart texts too small to read {tiny[:5]}")
        screenshot(tab, f"public_{name}")
    assert not problems, "\n".join(problems)


def test_map_opens_on_december_2023_with_the_kemnaker_provinces(tab, public_url):
    _open(tab, page_url(public_url, "map"))
    maps = map_report(tab)
    assert len(maps) == 1 and maps[0]["regions"] == 38 and maps[0]["ready"], maps
    assert _coloured_regions(tab) >= 28
    text = _main_text(tab)
    assert "Peserta aktif" in text and "Desember 2023" in text
    assert NO_PUBLIC_DATA not in text
    # a region's detail names the source of its value and the other sources' figures
    _open(tab, page_url(public_url, "map", {"map_region": "35"}))
    text = _main_text(tab)
    assert "Kemnaker" in text and "keyakinan tinggi" in text
    assert "Hasil resmi Paritrana Award" in text and "Angka yang dilaporkan sumber" in text
    screenshot(tab, "public_map_jatim")


def test_kabupaten_views_without_public_data_say_so(tab, public_url):
    for path, params, name in (
        ("map", {"map_level": "province", "map_province": "62"}, "map_kalteng"),
        ("map", {"map_level": "kabupaten"}, "map_kabkota"),
        ("ucj", {"ucj_view": "cycles"}, "ucj_cycles"),
        ("ucj", {"ucj_view": "funding"}, "ucj_funding"),
        ("budget", {}, "budget"),
        ("coverage", {}, "coverage_trends"),
        ("coverage", {"cov_view": "rankings", "cov_level": "kabupaten_kota"}, "coverage_rankings_kabkota"),
    ):
        _open(tab, page_url(public_url, path, params))
        assert not exceptions_on(tab), (name, exceptions_on(tab))
        assert NO_PUBLIC_DATA in _main_text(tab), name
        assert tab.get_by_role("button", name="Buka data demo").count() >= 1, name
        assert not _empty_charts(tab), (name, chart_report(tab))
        screenshot(tab, f"public_nodata_{name}")
    # one province's kab/kota with no coverage figure: never an all-grey map, nor no map at all; the
    # regulation status of its 14 kab/kota is drawn instead, and the page says so (issue 23 item 5)
    _open(tab, page_url(public_url, "map", {"map_level": "province", "map_province": "62"}))
    maps = map_report(tab)
    assert len(maps) == 1 and maps[0]["ready"] and maps[0]["regions"] == 14, maps
    assert "status regulasi" in _main_text(tab).lower()


def test_paritrana_official_results_come_first(tab, public_url):
    _open(tab, page_url(public_url, "paritrana"))
    official = tab.get_by_role("heading", name="Hasil resmi Paritrana Award")
    own = tab.get_by_role("heading", name="Skor transparan proyek ini")
    assert official.count() == 1 and own.count() == 1
    assert official.bounding_box()["y"] < own.bounding_box()["y"]
    text = _main_text(tab)
    assert "bukan hasil resmi" in text.lower()
    assert "hampir tidak memberi masukan" in text  # public data: the score says it has no inputs
    assert tab.locator('[data-testid="stDataFrame"]').first.bounding_box()["y"] < own.bounding_box()["y"]
    assert not _empty_charts(tab)


def test_every_page_on_the_demo_dataset(tab, public_url):
    problems = []
    for entry in PAGES:
        path = "" if entry.default else entry.url_path
        _open(tab, page_url(public_url, path, {"data": "demo"}))
        if errors := exceptions_on(tab):
            problems.append(f"{path or 'overview'}: exception {errors}")
    assert not problems, "\n".join(problems)
    _open(tab, page_url(public_url, "map", {"data": "demo"}))
    assert _coloured_regions(tab) == 38  # the demo's own default: Non-ASN coverage, latest month
    assert "Juni 2025" in _main_text(tab)
