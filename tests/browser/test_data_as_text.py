"""Data is shown as text, never as markup (issue 22, class 2), checked in the browser.

Every imported text field of a copy of the demo dataset holds markdown and HTML that would fetch
an image or make a live link if rendered: coverage sources, regulations (title, number, notes,
source), a province's regulation count (its source), reported figures (source, value as
reported, note) and follow-ups (action, owner, note). The map's region detail, the regulation
tracker, the brief, the Sources page and the overview are then opened in Chromium: no request
leaves the machine, no link or image points where the data says, and the hostile text is shown
literally."""

from __future__ import annotations

import shutil
from urllib.parse import urlsplit

import pytest

from tests.browser import reader
from tests.browser.harness import StreamlitServer, assert_page_healthy, page_url, wait_for_app
from tests.hostile_text import SHOWN, import_hostile


@pytest.fixture(scope="module")
def hostile_url(demo_db_path, tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile-db")
    db = folder / "app.duckdb"
    shutil.copy(demo_db_path, db)
    import_hostile(db, folder)
    server = StreamlitServer(db)
    try:
        server.wait_ready()
        yield server.url
    finally:
        server.stop()


VIEWS = [
    ("map", {"map_level": "province", "map_province": "62", "map_metric": "active", "map_segment": "PU",
             "map_group": "non_asn", "map_period": "2021-11", "map_region": "62.06"}),
    ("regulations", {"reg_province": "62", "reg_as_of": "2021-12-31"}),
    ("brief", {"brief_province": "62", "brief_date": "2022-04-01"}),
    ("sources", {}),
    ("", {"ov_period": "2021-11"}),
]

LINKS_AND_IMAGES = """() => ({
  links: [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href')),
  images: [...document.querySelectorAll('img[src], image[href]')].map(i => i.getAttribute('src') || i.getAttribute('href')),
  text: document.body.innerText + '\\n' + [...(window.__drawn || [])].join('\\n'),
})"""


@pytest.mark.parametrize("path,params", VIEWS, ids=[v[0] or "overview" for v in VIEWS])
def test_imported_markup_is_shown_as_text(chromium, hostile_url, path, params):
    own = urlsplit(hostile_url).netloc
    context = chromium.new_context(viewport={"width": 1400, "height": 900}, locale="id-ID")
    outside: list[str] = []
    context.on("request", lambda request: outside.append(request.url)
               if urlsplit(request.url).netloc != own and urlsplit(request.url).scheme not in ("data", "blob")
               else None)
    context.add_init_script(reader.INIT_SCRIPT)  # what tables paint on their canvas, too
    page = context.new_page()
    page.set_default_timeout(60_000)
    try:
        page.goto(page_url(hostile_url, path, params))
        wait_for_app(page)
        assert_page_healthy(page)
        for expander in page.locator("[data-testid='stExpander'] summary").all():
            expander.click()  # what sits in expanders is drawn too
        wait_for_app(page)
        reader.scroll_tables(page)
        page.wait_for_timeout(500)  # images would load after the script run
        found = page.evaluate(LINKS_AND_IMAGES)
        bad = ("evil.example", "127.0.0.1:1", "javascript:")
        assert not [h for h in found["links"] if any(b in h for b in bad)], found["links"]
        assert not [s for s in found["images"] if any(b in s for b in bad)], found["images"]
        assert not outside, f"requests to other hosts: {sorted(set(outside))}"
        assert SHOWN in found["text"].replace("\u2060", ""), f"the hostile text is not shown literally on {path or 'overview'}"
    finally:
        context.close()
