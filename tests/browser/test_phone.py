"""The dashboard on a phone (390 × 844, touch), as links shared in WhatsApp groups open it: no
page scrolls sideways (tables may scroll inside themselves), no table's tool bar (shown at all
times on a touch screen) covers the text or table above it, key figures come before the
controls, the map's legend is drawn at a readable size, and the map answers touch: pinch
zooms, one finger pans, a tap opens a region; the hint speaks of touch, not "Ctrl + scroll".
Screenshots of the overview, map, brief and tracker are kept in test-artifacts/screenshots."""

from __future__ import annotations

import pytest

from tests.browser.harness import assert_page_healthy, page_url, screenshot, wait_for_app

PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True,
         "has_touch": True, "locale": "id-ID"}
READY = '.svgmap[data-ready="1"]'


@pytest.fixture
def phone(chromium):
    context = chromium.new_context(**PHONE)
    page = context.new_page()
    page.set_default_timeout(60_000)
    yield page
    context.close()


def covered_by_toolbars(page) -> list[str]:
    """What a shown tool bar (a table's view, download, search and full-screen icons: always
    shown on a touch screen) covers outside its own element: lines of text and other tables."""
    return page.evaluate("""() => {
        const out = [];
        const lines = el => { const r = document.createRange(); r.selectNodeContents(el); return [...r.getClientRects()]; };
        for (const bar of document.querySelectorAll('[data-testid="stElementToolbar"]')) {
            const b = bar.getBoundingClientRect();
            if (getComputedStyle(bar).opacity === '0' || !bar.checkVisibility() || !b.width || !b.height) continue;
            const host = bar.closest('[data-testid="stElementContainer"]');
            const hit = r => r.width > 0 && r.left < b.right && r.right > b.left && r.top < b.bottom - 1 && r.bottom > b.top + 1;
            for (const el of document.querySelectorAll('[data-testid="stMain"] :is(p, h1, h2, h3, h4, li, [data-testid="stDataFrame"])')) {
                if (host.contains(el) || el.contains(host) || !el.checkVisibility()) continue;
                const boxes = el.matches('[data-testid="stDataFrame"]') ? [el.getBoundingClientRect()] : lines(el);
                if (boxes.some(hit)) out.push((el.innerText || 'a table').slice(0, 60));
            }
        }
        return out;
    }""")


def overflow(page) -> dict:
    """How far the page and Streamlit's main container are wider than the screen (0 = fits)."""
    return page.evaluate("""() => {
        const main = document.querySelector('[data-testid="stMain"]');
        const block = document.querySelector('[data-testid="stMainBlockContainer"]');
        return {page: document.documentElement.scrollWidth - window.innerWidth,
                main: main ? main.scrollWidth - main.clientWidth : 0,
                block: block ? block.scrollWidth - block.clientWidth : 0};
    }""")


def wide_elements(page) -> list[str]:
    """Elements sticking out of the screen on the right (to say what overflows)."""
    return page.evaluate("""() => [...document.querySelectorAll('[data-testid="stMain"] *')]
        .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && e.getClientRects().length)
        .filter(e => !e.closest('[data-testid="stDataFrame"], .js-plotly-plot'))
        .slice(0, 8).map(e => (e.dataset.testid || e.tagName) + ': ' + (e.innerText || '').slice(0, 60))""")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_page_scrolls_sideways_on_a_phone(phone, app_url, lang):
    from analytics.web.navigation import PAGES

    wide, hidden = {}, {}
    for entry in PAGES:
        params = {"lang": lang} if lang != "id" else {}
        phone.goto(page_url(app_url, "" if entry.default else entry.url_path, params))
        wait_for_app(phone, timeout=120)
        assert_page_healthy(phone)
        found = overflow(phone)
        if any(v > 1 for v in found.values()):
            wide[entry.url_path] = (found, wide_elements(phone))
            screenshot(phone, f"phone_overflow_{entry.url_path}_{lang}")
        if covered := covered_by_toolbars(phone):
            hidden[entry.url_path] = covered
            screenshot(phone, f"phone_toolbar_{entry.url_path}_{lang}")
    assert not wide, wide
    assert not hidden, f"table tool bars cover text or tables: {hidden}"


@pytest.mark.parametrize("path,params,name", [
    ("", {}, "overview"),
    ("map", {"map_level": "province", "map_province": "62"}, "map"),
    ("brief", {"brief_province": "62"}, "brief"),
    ("regulations", {"reg_province": "62"}, "tracker"),
])
def test_phone_screenshots_key_figures_first(phone, app_url, path, params, name):
    phone.goto(page_url(app_url, path, params))
    wait_for_app(phone, timeout=120)
    assert_page_healthy(phone, min_maps=1 if path == "map" else 0)
    phone.wait_for_timeout(500)
    screenshot(phone, f"phone_{name}")
    for screen in (2, 3, 4):  # Streamlit scrolls its main container, not the page: one shot per screen
        phone.evaluate("() => document.querySelector('[data-testid=\"stMain\"]').scrollBy(0, 780)")
        phone.wait_for_timeout(400)
        screenshot(phone, f"phone_{name}_{screen}")
    phone.evaluate("() => document.querySelector('[data-testid=\"stMain\"]').scrollTo(0, 0)")
    assert overflow(phone)["page"] <= 1
    if path in ("", "brief", "regulations"):
        # the headline cards come before any input: a meeting looks at the figures first
        first_card = phone.locator('[data-testid="stMetric"]').first.bounding_box()
        inputs = phone.locator('[data-testid="stMain"] [data-testid="stSelectbox"], '
                               '[data-testid="stMain"] [data-testid="stDateInput"]')
        tops = [b["y"] for b in (inputs.nth(i).bounding_box() for i in range(inputs.count())) if b]
        assert tops and first_card["y"] < min(tops), (first_card, tops)


def test_map_legend_is_readable_on_a_phone(phone, app_url):
    phone.goto(page_url(app_url, "map", {"map_level": "province", "map_province": "62"}))
    wait_for_app(phone, timeout=120)
    phone.locator(READY).wait_for()
    sizes = phone.evaluate("""() => {
        for (const host of document.querySelectorAll('*')) {
            if (!host.shadowRoot) continue;
            const root = host.shadowRoot.querySelector('.svgmap');
            if (!root) continue;
            const texts = [...root.querySelectorAll('.legend-html text, .legend-html .title')]
                .filter(t => t.getBoundingClientRect().height > 0);
            return {narrow: root.dataset.narrow, items: root.querySelectorAll('.legend-html .items svg').length,
                    heights: texts.map(t => t.getBoundingClientRect().height),
                    words: texts.map(t => t.textContent)};
        }
        return null;
    }""")
    assert sizes and sizes["narrow"] == "true" and sizes["items"] >= 2, sizes
    # drawn at 12-13 px on screen (inside the 900 px SVG it was about 5 px on a phone)
    assert min(sizes["heights"]) >= 11, sizes


def _center(page, selector):
    box = page.locator(selector).first.bounding_box()
    return box["x"] + box["width"] / 2, box["y"] + box["height"] / 2, box


def test_map_answers_touch(phone, app_url):
    phone.goto(page_url(app_url, "map", {"map_level": "province", "map_province": "62"}))
    wait_for_app(phone, timeout=120)
    phone.locator(READY).wait_for()
    hint = phone.locator(".svgmap .hint").inner_text()
    assert "Ctrl" not in hint and "Cubit" in hint, hint
    cdp = phone.context.new_cdp_session(phone)
    x, y, box = _center(phone, "svg.map")
    before = phone.locator("svg.map").get_attribute("viewBox")

    def touch(kind, points):
        cdp.send("Input.dispatchTouchEvent", {"type": kind, "touchPoints": [
            {"x": px, "y": py, "id": i} for i, (px, py) in enumerate(points)]})

    # pinch out: two fingers moving apart zoom in (the view box gets smaller)
    touch("touchStart", [(x - 20, y), (x + 20, y)])
    for step in range(1, 8):
        touch("touchMove", [(x - 20 - 10 * step, y), (x + 20 + 10 * step, y)])
    touch("touchEnd", [])
    zoomed = phone.locator("svg.map").get_attribute("viewBox")
    assert float(zoomed.split()[2]) < float(before.split()[2]) * 0.6, (before, zoomed)
    # one finger pans
    touch("touchStart", [(x, y)])
    for step in range(1, 6):
        touch("touchMove", [(x - 12 * step, y - 6 * step)])
    touch("touchEnd", [])
    panned = phone.locator("svg.map").get_attribute("viewBox")
    assert panned.split()[:2] != zoomed.split()[:2] and panned.split()[2] == zoomed.split()[2], (zoomed, panned)
    # the reset button answers a tap; then a tap opens the region under the finger and shows its text
    phone.locator(".svgmap .reset").tap()
    # (a tap's click can come a moment later on a busy machine)
    phone.wait_for_function("""b => { for (const h of document.querySelectorAll('*')) { const m = h.shadowRoot &&
        h.shadowRoot.querySelector('svg.map'); if (m) return m.getAttribute('viewBox') === b; } return false; }""",
                            arg=before, timeout=10_000)
    phone.touchscreen.tap(x, y)
    # a tap shows the region's text for four seconds (there is no hover on a phone), then the
    # click's rerun opens the region. Look for the text within those seconds: waiting for the
    # rerun first found it already hidden again on a busy machine (three test workers)
    tip = phone.locator(".svgmap .tip")
    tip.wait_for(state="visible", timeout=3_000)
    tapped = tip.inner_text()
    screenshot(phone, "phone_map_tapped")
    phone.wait_for_function("() => location.search.includes('map_region=')", timeout=60_000)
    wait_for_app(phone, timeout=120)
    assert "map_region=62." in phone.url
    # the text shown was the opened region's (its name heads the region's panel below the map)
    name = tapped.strip().splitlines()[0]
    assert name and phone.get_by_text(name, exact=False).count() > 1, tapped
