"""What readers see in tables and charts, on every page, in both languages: no English number
formats, raw codes, None/nan or English words on an Indonesian page, and no Indonesian formats
or words on an English one (tests/browser/reader.py has the rules and how text is collected)."""

from __future__ import annotations

import pytest

from tests.browser import reader
from tests.browser.harness import assert_page_healthy, page_url, screenshot, wait_for_app

# (page path, URL parameters): every page, and the views that show other tables and charts
VIEWS = [
    ("", {}),
    ("map", {}),
    ("map", {"map_level": "province", "map_province": "62", "map_region": "62.06"}),
    ("coverage", {}),
    ("coverage", {"cov_view": "rankings"}),
    ("coverage", {"cov_view": "distribution"}),
    ("coverage", {"cov_view": "compare"}),
    ("coverage", {"cov_view": "effect"}),
    ("regulations", {}),
    ("regulations", {"reg_province": "62", "reg_as_of": "2021-11-15"}),
    ("brief", {"brief_province": "62"}),
    ("brief", {"brief_region": "62.06", "brief_date": "2022-04-01"}),
    ("budget", {}),
    ("paritrana", {}),
    ("ucj", {}),
    ("ucj", {"ucj_view": "cycles"}),
    ("ucj", {"ucj_view": "funding"}),
    ("data", {}),
    ("followups", {}),
    ("sources", {}),
    ("explorer", {"sql_q": "SELECT name, population, area_km2 FROM region WHERE level = 'provinsi' ORDER BY name"}),
]


@pytest.fixture(scope="module")
def allowed(app_db):
    return reader.data_texts(app_db)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_tables_and_charts_read_in_the_page_language(chromium, app_url, allowed, lang):
    context = chromium.new_context(viewport={"width": 1400, "height": 900}, locale="id-ID")
    context.add_init_script(reader.INIT_SCRIPT)
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.goto(page_url(app_url, ""))
    wait_for_app(page)
    found: dict[str, list[str]] = {}
    drawn_somewhere = 0
    for path, params in VIEWS:
        page.goto(page_url(app_url, path, {**params, **({"lang": lang} if lang != "id" else {})}))
        wait_for_app(page, timeout=120)
        assert_page_healthy(page)
        reader.scroll_tables(page)
        texts = reader.drawn_texts(page) + reader.chart_texts(page) + reader.hover_texts(page)
        drawn_somewhere += len(texts)
        bad = reader.problems(texts, lang, allowed, formats_only=(path == "explorer"))
        if bad:
            name = f"{path or 'overview'}{'_' + '_'.join(params) if params else ''}"
            found[name] = bad
            screenshot(page, f"reader_{name}_{lang}")
        reader.reset_drawn(page)
    context.close()
    assert drawn_somewhere > 500  # the collection itself works
    assert not found, "\n".join(f"{view}:\n  " + "\n  ".join(bad[:40]) for view, bad in found.items())


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
    page.goto(page_url(app_url, ""))
    wait_for_app(page)
    page.goto(page_url(app_url, "explorer", {"sql_q": "SELECT name, population FROM region WHERE level = 'provinsi'"}))
    wait_for_app(page, timeout=120)
    page.locator('[data-testid="stDataFrame"]').last.scroll_into_view_if_needed()
    page.wait_for_timeout(500)
    header = next(d for d in reversed(reader.draws(page)) if d[0] == "population")
    reader.reset_drawn(page)
    page.mouse.click(*reader.canvas_point(page, header[3], header[1] + 10, header[2]))
    page.wait_for_timeout(1000)
    screenshot(page, "reader_sorted_table")
    # (the grid paints its header and its rows on two canvases)
    painted = [d for d in reader.draws(page) if re.fullmatch(r"\d{1,3}(\.\d{3})+", d[0])]
    assert painted, "no population painted after sorting"
    rows = sorted({(d[2], d[0]) for d in painted})  # top to bottom
    shown = [int(text.replace(".", "")) for _, text in rows]
    assert shown == populations[: len(shown)], shown  # ascending by value, smallest first
    assert len(shown) >= 5
    context.close()
