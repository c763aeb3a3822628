"""Every page and view of the demo dataset, walked once per language at 1280 px: what readers
see in tables and charts (no English number formats, raw codes, None/nan or English words on an
Indonesian page, and no Indonesian formats or words on an English one; tests/browser/reader.py
has the rules and how text is collected), the page healthy (no exception box or "Page not
found", no empty chart or map, the charts a view must draw, no metric card or button cut off
with "…" on a 1280 px screen), and nothing asked of any host but the dashboard's own server (a
government intranet must not see requests going out, and the dashboard works without the
internet). One walk holds these checks: each used to open every page in a walk of its own."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from analytics.web.navigation import PAGES
from tests.browser import reader
from tests.browser.harness import assert_page_healthy, page_url, screenshot, wait_for_app

# (page path, URL parameters, charts the view draws at least, screenshot name): every page, and
# the views that show other tables and charts
VIEWS = [
    ("", {}, 2, "core_overview"),
    ("map", {}, 0, None),
    ("map", {"map_level": "province", "map_province": "62", "map_region": "62.06"}, 0, None),
    ("coverage", {}, 2, "coverage_trends"),
    ("coverage", {"cov_view": "rankings"}, 1, "coverage_rankings"),
    ("coverage", {"cov_view": "distribution"}, 1, "coverage_distribution"),
    ("coverage", {"cov_view": "compare", "cov_province": "62"}, 1, "coverage_compare"),
    ("coverage", {"cov_view": "effect"}, 1, "coverage_effect"),
    ("regulations", {}, 0, None),
    ("regulations", {"reg_province": "62", "reg_as_of": "2021-11-15"}, 0, None),
    ("brief", {"brief_province": "62"}, 0, None),
    ("brief", {"brief_region": "62.06", "brief_date": "2022-04-01"}, 0, None),
    ("budget", {}, 1, "budget_province"),
    ("paritrana", {}, 0, None),
    ("paritrana", {"par_level": "provinsi"}, 1, "paritrana_provinces"),
    ("ucj", {}, 0, None),
    ("ucj", {"ucj_view": "cycles"}, 0, None),
    ("ucj", {"ucj_view": "funding"}, 0, None),
    ("data", {}, 0, "core_data"),
    ("followups", {}, 0, None),
    ("sources", {}, 0, None),
    ("explorer", {"sql_q": "SELECT name, population, area_km2 FROM region WHERE level = 'provinsi' ORDER BY name"},
     0, None),
]


def test_the_walk_opens_every_page():
    assert {entry.url_path for entry in PAGES if not entry.default} <= {path for path, *_ in VIEWS}
    assert "" in {path for path, *_ in VIEWS}


@pytest.fixture(scope="module")
def allowed(app_db):
    return reader.data_texts(app_db)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_view_reads_in_its_language_whole_and_offline(chromium, app_url, allowed, lang):
    own = urlsplit(app_url).netloc
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    outside: list[str] = []
    context.on("request", lambda request: outside.append(f"{request.resource_type} {request.url}")
               if urlsplit(request.url).scheme in ("http", "https", "ws", "wss")
               and urlsplit(request.url).netloc != own else None)
    context.add_init_script(reader.INIT_SCRIPT)
    page = context.new_page()
    page.set_default_timeout(60_000)
    found: dict[str, list[str]] = {}
    drawn_somewhere = 0
    for path, params, min_charts, shot in VIEWS:
        page.goto(page_url(app_url, path, {**params, **({"lang": lang} if lang != "id" else {})}))
        wait_for_app(page, timeout=120)
        assert_page_healthy(page, min_charts=min_charts)
        if shot and lang == "id":
            screenshot(page, shot)
        reader.scroll_tables(page)
        texts = reader.drawn_texts(page) + reader.chart_texts(page) + reader.hover_texts(page)
        drawn_somewhere += len(texts)
        bad = reader.problems(texts, lang, allowed, formats_only=(path == "explorer"))
        if bad:
            name = f"{path or 'overview'}{'_' + '_'.join(params) if params else ''}"
            found[name] = bad
            screenshot(page, f"reader_{name}_{lang}")
        reader.reset_drawn(page)
    page.wait_for_timeout(300)  # favicon, fonts and images load after the script run
    icon = page.evaluate("() => [...document.querySelectorAll('link[rel~=icon]')].map(l => l.href)")
    context.close()
    assert drawn_somewhere > 500  # the collection itself works
    assert not found, "\n".join(f"{view}:\n  " + "\n  ".join(bad[:40]) for view, bad in found.items())
    assert not outside, f"requests to other hosts: {sorted(set(outside))}"
    assert icon and all(urlsplit(href).netloc == own for href in icon), icon


def test_formatted_table_sorts_by_value(chromium, app_url, app_db):
    """st.dataframe paints the Styler's text (1.234.567) and sorts by the number underneath: a
    click on the header puts the smallest populations first (as text, "1.000.000" < "900.000")."""
    import re

    import duckdb

    con = duckdb.connect(str(app_db), read_only=True)
    populations = sorted(int(v) for (v,) in con.execute(
        "SELECT population FROM region WHERE level = 'provinsi' AND population IS NOT NULL").fetchall())
    con.close()
    context = chromium.new_context(viewport={"width": 1400, "height": 900}, locale="id-ID")
    context.add_init_script(reader.INIT_SCRIPT)
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.goto(page_url(app_url, "explorer", {"sql_q": "SELECT name, population FROM region WHERE level = 'provinsi'"}))
    wait_for_app(page, timeout=120)
    page.locator('[data-testid="stDataFrame"]').last.scroll_into_view_if_needed()
    reader.wait_painted(page)  # the grid's own paints done: what is read below is the click's
    header = next(d for d in reversed(reader.draws(page)) if d[0] == "population")
    reader.reset_drawn(page)
    page.mouse.click(*reader.canvas_point(page, header[3], header[1] + 10, header[2]))
    # sorted once the header shows its arrow; then only what is painted from now on is read: the
    # grid may also repaint the rows it had (seen in CI: unsorted rows between the sorted ones)
    page.wait_for_function("() => (window.__draws || []).some(d => d[0] === '↑ population')", timeout=15_000)
    reader.wait_painted(page)
    reader.reset_drawn(page)
    page.set_viewport_size({"width": 1400, "height": 901})  # a repaint of what is shown now
    page.wait_for_function("() => (window.__draws || []).length > 0", timeout=15_000)
    reader.wait_painted(page)
    screenshot(page, "reader_sorted_table")
    # (the grid paints its header and its rows on two canvases)
    painted = [d for d in reader.draws(page) if re.fullmatch(r"\d{1,3}(\.\d{3})+", d[0])]
    assert painted, "no population painted after sorting"
    rows = sorted({(d[2], d[0]) for d in painted})  # top to bottom
    shown = [int(text.replace(".", "")) for _, text in rows]
    assert shown == populations[: len(shown)], shown  # ascending by value, smallest first
    assert len(shown) >= 5
    context.close()
