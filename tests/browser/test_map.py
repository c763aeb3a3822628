"""The map page in Chromium: every region drawn, the province view, hover, a real mouse click
on a region opening its detail, zoom and pan, the URL reopening the same view, and the view
surviving a language switch.

The click lands on the pixel of a region's label point (inside its largest part), computed in
Python with the projection the SVG was drawn with and scaled to the map's size on screen; the
hover text there must name the region, so a wrong pixel fails loudly instead of clicking the sea.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

from tests.browser.harness import assert_page_healthy, page_url, screenshot, share_link, wait_for_app

KAB_VIEW = {"map_level": "kabupaten"}
KALTENG_VIEW = {"map_level": "province", "map_province": "62"}
READY = '.svgmap[data-ready="1"]'


def _open(page, app_url, params=None):
    page.goto(page_url(app_url, "map", params))
    # the first map view of a server prepares the geometry and projects its paths: on a busy
    # machine that alone can take a minute
    wait_for_app(page, timeout=120)
    page.locator(READY).wait_for(timeout=60_000)  # Playwright's CSS locators pierce the shadow root


def _codes(page) -> list[str]:
    return page.locator("path.r").evaluate_all("els => els.map(e => e.dataset.code)")


def test_national_map_draws_all_514_kabupaten_kota(page, app_url):
    _open(page, app_url, KAB_VIEW)
    assert_page_healthy(page, min_maps=1)
    codes = _codes(page)
    assert len(codes) == 514 and len(set(codes)) == 514
    assert all(len(c) == 5 and c[2] == "." for c in codes)
    assert page.locator("g.borders path").count() == 38  # province borders over them
    screenshot(page, "map_national_kabupaten")
    _map_screenshot(page, "map_national_kabupaten_chart")


def test_national_province_map_draws_38(page, app_url):
    _open(page, app_url)
    assert_page_healthy(page, min_maps=1)
    codes = _codes(page)
    assert sorted(codes) == sorted(set(codes)) and len(codes) == 38
    _map_screenshot(page, "map_national_provinces_chart")


def test_province_view_of_kalimantan_tengah_shows_its_14(page, app_url):
    _open(page, app_url, KALTENG_VIEW)
    assert_page_healthy(page, min_maps=1)
    codes = _codes(page)
    assert len(codes) == 14 and all(c.startswith("62.") for c in codes)
    assert {"62.06", "62.71"} <= set(codes)
    assert page.locator("g.names text", has_text="Katingan").count() == 1
    _map_screenshot(page, "map_kalteng_chart")


def test_click_on_a_region_opens_its_detail_and_the_url_reopens_it(page, app_url, chromium):
    _open(page, app_url, KALTENG_VIEW)
    x, y = _pixel_of_region(page, "62.06")  # Katingan
    page.mouse.move(x, y)
    tip = page.locator(".svgmap .tip")
    tip.wait_for(state="visible", timeout=5_000)
    assert "Kabupaten Katingan" in tip.inner_text()
    screenshot(page, "map_kalteng_hover")
    page.mouse.click(x, y)
    page.wait_for_function(
        "() => document.body.innerText.includes('Kabupaten Katingan (62.06)')", timeout=30_000)
    wait_for_app(page)
    assert_page_healthy(page, min_charts=1, min_maps=1)  # the map and the region's trend
    text = page.locator('[data-testid="stMain"]').inner_text()
    assert "Kabupaten Katingan (62.06)" in text
    query = parse_qs(urlparse(page.url).query)
    assert query.get("map_region") == ["62.06"], page.url  # a code, not a label
    assert page.locator("path.sel").get_attribute("d") == page.locator('path.r[data-code="62.06"]').get_attribute("d")
    screenshot(page, "map_kalteng_click_detail")

    # the same URL in a fresh tab reopens the same view with the same region open
    other = chromium.new_context(viewport={"width": 1400, "height": 900}).new_page()
    try:
        other.goto(page.url)
        wait_for_app(other)
        other.locator(READY).wait_for(timeout=60_000)
        assert_page_healthy(other, min_charts=1, min_maps=1)
        assert sorted(_codes(other)) == sorted(_codes(page))
        assert "Kabupaten Katingan (62.06)" in other.locator('[data-testid="stMain"]').inner_text()
    finally:
        other.context.close()


def test_zoom_pan_and_reset(page, app_url):
    _open(page, app_url, KAB_VIEW)
    inner = page.locator("svg.map")
    base = inner.get_attribute("viewBox")
    page.locator(".svgmap button.zin").click()
    zoomed = inner.get_attribute("viewBox")
    assert float(zoomed.split()[2]) < float(base.split()[2])
    box = inner.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] / 2 + 120, box["y"] + box["height"] / 2 + 40, steps=6)
    page.mouse.up()
    panned = inner.get_attribute("viewBox")
    assert panned.split()[0] != zoomed.split()[0] and panned.split()[2] == zoomed.split()[2]
    assert "map_region" not in page.url  # a drag is not a click
    page.locator(".svgmap button.reset").click()
    assert inner.get_attribute("viewBox") == base


def test_view_buttons_on_the_map_switch_the_view_and_the_filters_open(page, app_url):
    _open(page, app_url)
    assert len(_codes(page)) == 38
    pressed = page.locator('.views button[aria-pressed="true"]')
    assert pressed.inner_text() == "Nasional: provinsi"
    page.locator('.views button[data-view="kabupaten"]').click()
    page.wait_for_function("() => location.search.includes('map_level=kabupaten')", timeout=30_000)
    page.wait_for_function("() => document.querySelector('[data-testid=\"stMain\"]') && "
                           "[...document.querySelectorAll('*')].some(h => h.shadowRoot && "
                           "h.shadowRoot.querySelectorAll('path.r').length === 514)", timeout=60_000)
    assert pressed.inner_text() == "Nasional: kab/kota"
    # the sidebar's link carries the view just chosen (the page ends early without an open
    # region; the link used to keep the previous run's address)
    wait_for_app(page)
    assert share_link(page) == page.url
    # the other filters are one click away, in the popover
    page.get_by_role("button", name="Filter peta").click()
    body = page.locator('[data-testid="stPopoverBody"]')
    # the browser draws the popover's widgets one after another: wait for the last one (the
    # regulation toggle) before reading them, or a slow machine reads a half-drawn popover
    body.get_by_text("Tampilkan lapisan regulasi").wait_for(timeout=30_000)
    body.get_by_text("Kelompok pekerja").first.wait_for(timeout=30_000)
    # drawn only now, after a rerun: each widget must show the value the map uses
    shown = body.locator("input").evaluate_all("els => els.map(e => e.value)")
    assert "Non-ASN" in shown and "Cakupan kepesertaan" in shown and "Semua pekerja" not in shown, shown
    # a filter changed in the popover reaches the URL and the link in the same run
    body.get_by_role("combobox").nth(1).click()  # Ukuran (the province box is disabled)
    page.get_by_role("option", name="Peserta aktif").click()
    page.wait_for_function("() => location.search.includes('map_metric=active')", timeout=30_000)
    wait_for_app(page)
    assert share_link(page) == page.url
    assert_page_healthy(page, min_maps=1)
    screenshot(page, "map_filters_open")


def test_the_view_survives_a_language_switch(page, app_url):
    _open(page, app_url, {"map_level": "province", "map_province": "35", "map_metric": "regulation"})
    page.get_by_role("button", name="English").click()
    page.wait_for_function("() => location.search.includes('lang=en')", timeout=30_000)
    wait_for_app(page)
    page.locator(READY).wait_for(timeout=60_000)
    query = parse_qs(urlparse(page.url).query)
    assert query.get("map_metric") == ["regulation"] and query.get("map_province") == ["35"], page.url
    assert len(_codes(page)) == 38  # Jawa Timur's kabupaten/kota
    main = page.locator('[data-testid="stMain"]').inner_text()
    assert "Regulation status" in main, main[:600]
    assert_page_healthy(page, min_maps=1)


def _pixel_of_region(page, code: str) -> tuple[float, float]:
    """The page pixel of a region's label point, via the projection the map was drawn with."""
    from analytics.maps import view as map_page
    from analytics.maps import svg as svg_map
    from analytics.maps.geo import label_points

    point = label_points("kabupaten").set_index("code").loc[code]
    shapes = svg_map.map_shapes("kabupaten", code.split(".")[0], map_page.MAP_WIDTH_PX, map_page.MAP_HEIGHT_PX)
    ux, uy = shapes.projection.xy(float(point["lon"]), float(point["lat"]))
    view = [float(v) for v in page.locator("svg.map").get_attribute("viewBox").split()]
    box = page.locator("svg.map").bounding_box()
    # the map keeps its proportions inside its box (preserveAspectRatio: centred, "meet")
    scale = min(box["width"] / view[2], box["height"] / view[3])
    left = box["x"] + (box["width"] - view[2] * scale) / 2
    top = box["y"] + (box["height"] - view[3] * scale) / 2
    x, y = left + (ux - view[0]) * scale, top + (uy - view[1]) * scale
    page.mouse.move(x, y)  # scrolls nothing: make sure the point is on screen first
    if y > page.viewport_size["height"] - 10:
        page.mouse.wheel(0, y - page.viewport_size["height"] / 2)
        page.wait_for_timeout(200)
        return _pixel_of_region(page, code)
    return x, y


def _map_screenshot(page, name: str) -> None:
    from tests.browser.harness import ARTIFACTS

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    chart = page.locator(".svgmap").first
    chart.scroll_into_view_if_needed()
    chart.screenshot(path=str(ARTIFACTS / f"{name}.png"))
