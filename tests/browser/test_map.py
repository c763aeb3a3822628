"""The map page in Chromium: every region drawn, the province view, a real mouse click on a
region opening its detail, and the URL reopening the same view.

The click lands on the pixel of a region's label point (inside its largest part), computed in
Python from the figure's map centre and zoom with the web-mercator formula MapLibre uses; the
test also checks that MapLibre's own projection agrees, so a wrong pixel fails loudly instead
of clicking the sea.
"""

from __future__ import annotations

import math
from urllib.parse import parse_qs, urlparse

from tests.browser.harness import assert_page_healthy, page_url, screenshot, wait_for_app

KAB_VIEW = {"map_level": "Nasional: kab/kota"}
KALTENG_VIEW = {"map_level": "Satu provinsi", "map_province": "Kalimantan Tengah"}

_LOCATIONS_JS = """() => {
    const gd = document.querySelector('[data-testid="stPlotlyChart"] .js-plotly-plot');
    if (!gd || !gd.data) return null;
    // region traces only: the province outline overlay is drawn with hoverinfo 'skip'
    return gd.data.filter(t => t.type === 'choroplethmap' && t.hoverinfo !== 'skip')
                  .flatMap(t => Array.from(t.locations || []));
}"""


def _open(page, app_url, params=None):
    # Load the app's main page first: the very first load of a non-default page on a fresh
    # server shows Streamlit's "Page not found" dialog (seen on every page, not the map's).
    if not page.url.startswith(app_url):
        page.goto(page_url(app_url, ""))
        wait_for_app(page)
    page.goto(page_url(app_url, "map", params))
    wait_for_app(page)
    page.wait_for_function(f"({_LOCATIONS_JS})() && ({_LOCATIONS_JS})().length > 0", timeout=60_000)


def _locations(page) -> list[str]:
    return page.evaluate(_LOCATIONS_JS)


def test_national_map_draws_all_514_kabupaten_kota(page, app_url):
    _open(page, app_url, KAB_VIEW)
    assert_page_healthy(page, min_charts=1)
    codes = _locations(page)
    assert len(codes) == 514 and len(set(codes)) == 514
    assert all(len(c) == 5 and c[2] == "." for c in codes)
    screenshot(page, "map_national_kabupaten")
    _chart_screenshot(page, "map_national_kabupaten_chart")


def test_national_province_map_draws_38(page, app_url):
    _open(page, app_url)
    assert_page_healthy(page, min_charts=1)
    codes = _locations(page)
    assert sorted(codes) == sorted(set(codes)) and len(codes) == 38
    _chart_screenshot(page, "map_national_provinces_chart")


def test_province_view_of_kalimantan_tengah_shows_its_14(page, app_url):
    _open(page, app_url, KALTENG_VIEW)
    assert_page_healthy(page, min_charts=1)
    codes = _locations(page)
    assert len(codes) == 14 and all(c.startswith("62.") for c in codes)
    assert {"62.06", "62.71"} <= set(codes)
    _chart_screenshot(page, "map_kalteng_chart")


def test_click_on_a_region_opens_its_detail_and_the_url_reopens_it(page, app_url, chromium):
    from analytics.geo import label_points

    _open(page, app_url, KALTENG_VIEW)
    point = label_points("kabupaten").set_index("code").loc["62.06"]  # Katingan
    x, y = _pixel_of(page, float(point["lon"]), float(point["lat"]))
    box = page.locator('[data-testid="stPlotlyChart"]').first.bounding_box()
    page.mouse.move(box["x"] + x, box["y"] + y)
    page.wait_for_timeout(300)  # plotly picks the hovered region before the click
    page.mouse.click(box["x"] + x, box["y"] + y)
    page.wait_for_function(
        "() => document.body.innerText.includes('Kabupaten Katingan (62.06)')", timeout=30_000)
    wait_for_app(page)
    assert_page_healthy(page, min_charts=2)  # the map and the region's trend
    text = page.locator('[data-testid="stMain"]').inner_text()
    assert "Kabupaten Katingan (62.06)" in text
    query = parse_qs(urlparse(page.url).query)
    assert query.get("map_region") == ["Kabupaten Katingan (62.06)"], page.url
    screenshot(page, "map_kalteng_click_detail")

    # the same URL in a fresh tab reopens the same view with the same region open
    other = chromium.new_context(viewport={"width": 1400, "height": 900}).new_page()
    try:
        other.goto(page.url)
        wait_for_app(other)
        other.wait_for_function(f"({_LOCATIONS_JS})() && ({_LOCATIONS_JS})().length > 0", timeout=60_000)
        assert_page_healthy(other, min_charts=2)
        assert sorted(_locations(other)) == sorted(_locations(page))
        assert "Kabupaten Katingan (62.06)" in other.locator('[data-testid="stMain"]').inner_text()
    finally:
        other.context.close()


def _pixel_of(page, lon: float, lat: float) -> tuple[float, float]:
    """(x, y) inside the chart of a lon/lat, from the map's centre and zoom (MapLibre: web
    mercator, 512 px tiles), checked against MapLibre's own projection."""
    view = page.evaluate("""() => {
        const gd = document.querySelector('[data-testid="stPlotlyChart"] .js-plotly-plot');
        const m = gd._fullLayout.map, s = gd._fullLayout._size;
        const sub = m._subplot && m._subplot.map;
        return {lon: m.center.lon, lat: m.center.lat, zoom: m.zoom, w: s.w, h: s.h, l: s.l, t: s.t,
                project: sub ? null : null, hasMap: !!sub};
    }""")
    scale = 512 * 2 ** view["zoom"]
    x = view["l"] + view["w"] / 2 + (_merc_x(lon) - _merc_x(view["lon"])) * scale
    y = view["t"] + view["h"] / 2 + (_merc_y(lat) - _merc_y(view["lat"])) * scale
    if view["hasMap"]:
        projected = page.evaluate(
            """([lon, lat]) => {
                const gd = document.querySelector('[data-testid="stPlotlyChart"] .js-plotly-plot');
                const p = gd._fullLayout.map._subplot.map.project([lon, lat]);
                return [p.x, p.y];
            }""", [lon, lat])
        assert abs(projected[0] - (x - view["l"])) < 3 and abs(projected[1] - (y - view["t"])) < 3, (
            f"pixel from centre/zoom {x, y} differs from MapLibre's {projected}")
    return x, y


def _merc_x(lon: float) -> float:
    return (lon + 180) / 360


def _merc_y(lat: float) -> float:
    phi = math.radians(lat)
    return (1 - math.log(math.tan(phi) + 1 / math.cos(phi)) / math.pi) / 2


def _chart_screenshot(page, name: str) -> None:
    from tests.browser.harness import ARTIFACTS

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    chart = page.locator('[data-testid="stPlotlyChart"]').first
    chart.scroll_into_view_if_needed()
    chart.screenshot(path=str(ARTIFACTS / f"{name}.png"))
