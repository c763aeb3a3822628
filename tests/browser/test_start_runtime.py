"""The install a newcomer gets, and a secretariat's day on it (issue 23, "What it must show").

bin/setup makes a virtualenv with the RUNTIME requirements only (JAMSOSTEK_VENV puts it beside
the dev one) and bin/start serves from it on a free port as the README says: two Streamlit
workers behind HAProxy, on a copy of the default (public) dataset with the demo dataset beside
it. Playwright and Chromium used by the server are what bin/start sets up, not the test venv's.

On that one server, in both languages and at 1280 and 390 px (each language walks the day at
one width first and the other after, so every step is seen in each language and at each
width across the two walks):

- the one-province map (Kalimantan Tengah) draws its 14 regions, in colour (the regulation
  status, said so, when the measure has no figures), and keeps its three view buttons;
- a click in the sidebar's page list keeps English and the demo dataset;
- the brief's PDF downloads and is one A4 page by ``pdfinfo``; its share image is a PNG;
- the tracker's share link, opened in a new browser context, reopens the same view with the
  province and the date set in either order (Indonesian: province first; English: date first);
- the Data page shows no raw UI key for any dataset choice or the reference-facts list;
- an import with a bad row (an unknown region name, a bad number) speaks the UI language only.

What other browser modules walk deeply (every page's tables, the brief's words, the map's
clicks) is not walked again here. Building the venv downloads every runtime package, so this
runs when asked: JAMSOSTEK_RUNTIME_VENV=DIR (kept and reused between runs; .ci/run sets it)."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from analytics import i18n
from analytics.ingest import datasets
from analytics.maps.labels import NO_DATA_FILL
from tests.browser.harness import (ARTIFACTS, TEST_EDITOR_TOKEN, assert_page_healthy, exceptions_on, free_port, healthy, map_report,
                                   page_url, screenshot, share_link, wait_for_app)
from tests.browser.reader import INIT_SCRIPT, RAW_KEY, drawn_texts, problems, reset_drawn, scroll_tables
from tests.conftest import ROOT

VENV = os.environ.get("JAMSOSTEK_RUNTIME_VENV")
pytestmark = [
    pytest.mark.skipif(not VENV, reason="set JAMSOSTEK_RUNTIME_VENV=DIR to build a runtime-only venv"),
    # one bin/start server for the module: both walks on one xdist worker (the group conftest.py
    # adds comes after xdist has read the marks, so it is set here)
    pytest.mark.xdist_group("browser-test_start_runtime"),
]

# each language walks the day at its first width, then the second
WIDTHS = {"id": (1280, 390), "en": (390, 1280)}
READY = '.svgmap[data-ready="1"]'



@pytest.fixture(scope="module")
def started(tmp_path_factory, _base_db_path, demo_db_path):
    work = tmp_path_factory.mktemp("start")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "PYTHONPATH"))}
    env.update({"JAMSOSTEK_VENV": VENV, "JAMSOSTEK_CACHE_DIR": str(work / "cache")})
    setup = subprocess.run([str(ROOT / "bin" / "setup")], cwd=ROOT, env=env, capture_output=True, text=True,
                           timeout=1800)
    assert setup.returncode == 0, setup.stderr[-3000:]
    # runtime only: no test tools in it
    listed = subprocess.run([f"{VENV}/bin/python", "-m", "pip", "list", "--format=freeze"], capture_output=True,
                            text=True, check=True).stdout.lower()
    assert "pytest" not in listed and "playwright==" in listed
    # copies: the default dataset (public facts) and, beside it, the demo one (?data=demo), built
    # already so that no page waits for the generator
    db = work / "jamsostek.duckdb"
    shutil.copy(_base_db_path, db)
    shutil.copy(demo_db_path, work / "jamsostek-demo.duckdb")
    port = free_port()
    first = free_port()
    while first in (port, port + 1):
        first = free_port()
    env.update({"PORT": str(port), "FIRST_WORKER_PORT": str(first), "WORKERS": "2", "BIND": "127.0.0.1",
                "JAMSOSTEK_DB": str(db), "JAMSOSTEK_EDITOR_TOKEN": TEST_EDITOR_TOKEN})
    env.pop("JAMSOSTEK_DEMO_DB", None)
    log_path = work / "start.log"
    log = open(log_path, "wb")
    proc = subprocess.Popen([str(ROOT / "bin" / "start")], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 600
        while not healthy(url):
            assert proc.poll() is None, log_path.read_text()
            assert time.monotonic() < deadline, log_path.read_text()
            time.sleep(0.5)
        yield url, log_path
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
        log.close()


# --- steps ------------------------------------------------------------------------------------
def _t(lang: str, key: str, **fmt) -> str:
    with i18n.using(lang):
        return i18n.t(key, **fmt)


def _viewport(width: int) -> dict:
    return {"width": width, "height": 900 if width > 500 else 844}


def _tab(chromium, width: int):
    context = chromium.new_context(viewport=_viewport(width), locale="id-ID")
    page = context.new_page()
    page.add_init_script(INIT_SCRIPT)
    page.set_default_timeout(120_000)
    return context, page


def _resize(page, width: int) -> None:
    page.set_viewport_size(_viewport(width))
    page.wait_for_timeout(600)  # Streamlit lays the page out again (sidebar, columns)


def _params(address: str) -> dict[str, str]:
    return {k: v[-1] for k, v in parse_qs(urlparse(address).query).items()}


def _assert_kept(page, lang: str, path: str) -> None:
    """The page is ``path`` and its address and share link keep the language and the demo dataset."""
    expected = {"data": "demo", **({"lang": "en"} if lang == "en" else {})}
    page.wait_for_url(re.compile(r".*data=demo.*"), timeout=30_000)
    assert urlparse(page.url).path == f"/{path}", page.url
    for address in (page.url, share_link(page)):
        got = _params(address)
        assert got.items() >= expected.items() and (lang == "en" or "lang" not in got), (address, expected)
    assert "DEMO" in page.locator('[data-testid="stMain"]').inner_text().upper()


def _overflow(page) -> int:
    """How far the page is wider than the screen (0 = no sideways scroll)."""
    return page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")


def _sidebar(page):
    """The sidebar, opened first on a narrow screen (where it starts folded away)."""
    bar = page.locator('[data-testid="stSidebar"]')
    if bar.get_attribute("data-collapsed") == "true":
        page.locator('[data-testid="stExpandSidebarButton"]').click()
        page.wait_for_function("""() => { const r = document.querySelector('[data-testid="stSidebar"]')
                                                    .getBoundingClientRect(); return r.width > 0 && r.left >= -1; }""",
                               timeout=30_000)
    return bar


def _nav(page, lang: str, key: str) -> None:
    _sidebar(page).locator('[data-testid="stSidebarNav"]').get_by_text(_t(lang, key), exact=True).click()
    wait_for_app(page, timeout=120)
    if page.viewport_size["width"] < 700 and page.locator('[data-testid="stSidebar"][data-collapsed="false"]').count():
        # a phone's browser folds the sidebar away after the click (Streamlit does so for a
        # mobile user agent); the person here closes it
        page.locator('[data-testid="stSidebarCollapseButton"] button, button[data-testid="stSidebarCollapseButton"]').first.click()
        page.wait_for_function("""() => document.querySelector('[data-testid="stSidebar"]')
                                          .getBoundingClientRect().right <= 0""", timeout=30_000)


def _map_checks(page, lang: str) -> None:
    """Kalimantan Tengah's 14 kab/kota drawn, in colour, every view button kept."""
    page.locator(READY).wait_for(timeout=120_000)  # Playwright's CSS locators pierce the shadow root
    assert_page_healthy(page, min_maps=1)
    maps = map_report(page)
    assert [m["regions"] for m in maps] == [14], maps
    assert maps[0]["width"] <= page.viewport_size["width"], maps
    fills = page.locator("path.r").evaluate_all("els => els.map(e => (e.getAttribute('fill') || '').toLowerCase())")
    assert len(fills) == 14 and any(f != NO_DATA_FILL.lower() for f in fills), fills
    buttons = page.locator(".views button")
    assert buttons.evaluate_all("els => els.map(e => e.dataset.view)") == ["provinces", "kabupaten", "province"]
    assert all(buttons.nth(i).is_visible() for i in range(3))
    assert page.locator('.views button[aria-pressed="true"]').inner_text() == _t(lang, "map.view.province")
    assert _overflow(page) <= 1


def _brief_checks(page) -> None:
    """The brief drawn whole, no sideways scroll; on a wide screen its four headline cards take
    two rows at most (a long source line made the first two a row each)."""
    assert page.get_by_text(_t("id", "brief.no_print_engine")).count() == 0
    assert page.get_by_text(_t("en", "brief.no_print_engine")).count() == 0
    assert_page_healthy(page, min_images=1)
    assert _overflow(page) <= 1
    tops = page.locator('.st-key-phone_first [data-testid="stMetric"]').evaluate_all(
        "els => els.map(e => Math.round(e.getBoundingClientRect().top))")
    assert len(tops) == 4, tops
    if page.viewport_size["width"] >= 1000:
        assert len(set(tops)) <= 2, tops


def _pdf_pages(pdf: Path) -> tuple[int, str]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    size = re.search(r"^Page size:\s+(.*)$", info, re.M).group(1)
    return pages, size


def _download(page, label: str, path: Path) -> bytes:
    with page.expect_download(timeout=180_000) as info:
        page.get_by_role("button", name=label).click()
    info.value.save_as(path)
    return path.read_bytes()


def _choose_province(page, lang: str, name: str) -> None:
    box = page.locator('[data-testid="stSelectbox"]').filter(has_text=_t(lang, "reg.province")).first
    box.click()
    page.keyboard.type(name, delay=20)
    page.keyboard.press("Enter")
    wait_for_app(page)


def _choose_date(page, lang: str, ddmmyyyy: str) -> None:
    page.get_by_role("spinbutton", name=f"day, {_t(lang, 'reg.as_of')}").click()
    page.keyboard.type(ddmmyyyy, delay=40)
    page.locator("h1").first.click()  # committed when the field loses focus
    wait_for_app(page)


def _tracker_view(page) -> tuple[list[str], str, str]:
    """The tracker's cards, date box and province box as shown."""
    cards = page.locator('[data-testid="stMetricValue"]').all_inner_texts()
    date_box = page.locator('[data-testid="stDateInput"]').first.inner_text()
    province_box = page.locator('[data-testid="stSelectbox"]').first
    province = province_box.evaluate("e => e.textContent") + " ".join(
        province_box.locator("input").evaluate_all("els => els.map(e => e.value)"))
    return cards, date_box, province


BAD_IMPORT = ("Kabupaten/Kota;Periode;Segmen;Kelompok;Jumlah Peserta Aktif\n"
              "Katinggan;2021-10;PU;Non ASN;100\n"
              "Kapuas;2021-10;PU;Non ASN;12x5\n")


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils (pdfinfo) not installed")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_secretariats_day_on_what_bin_start_installs(started, chromium, tmp_path, lang):
    url, log = started
    printed = log.read_text()
    assert "editor link" in printed, printed
    first, second = WIDTHS[lang]
    lang_param = {"lang": "en"} if lang == "en" else {}
    context, page = _tab(chromium, first)
    fresh_context = None
    try:
        # 1. the one-province map on the default data draws its regions, at both widths
        page.goto(page_url(url, "map", {"map_level": "province", "map_province": "62", **lang_param}))
        # the server's first map prepares the geometry (a fresh cache, as on a first start)
        wait_for_app(page, timeout=240)
        _map_checks(page, lang)
        main = page.locator('[data-testid="stMain"]').inner_text()
        assert _t(lang, "map.fallback_regulation", what="\x00").split("\x00")[0] in main, main[:800]
        screenshot(page, f"journey_map_kalteng_{lang}_{first}")
        _resize(page, second)
        _map_checks(page, lang)

        # 2. a sidebar click keeps the language; the brief opens on Kalimantan Tengah
        _nav(page, lang, "nav.brief")
        assert urlparse(page.url).path == "/brief" and (_params(page.url).get("lang") == "en") == (lang == "en")
        assert "Kalimantan Tengah" in page.locator("h1").first.inner_text()
        _brief_checks(page)

        # 3. its PDF at this width (one A4 page), its share image at the other
        pdf = tmp_path / f"brief_{lang}.pdf"
        assert _download(page, _t(lang, "brief.download_pdf"), pdf)[:5] == b"%PDF-"
        pages, size = _pdf_pages(pdf)
        assert pages == 1 and "A4" in size, (pages, size)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        shutil.copy(pdf, ARTIFACTS / f"journey_brief_kalteng_{lang}.pdf")  # for people to look at
        _resize(page, first)
        _brief_checks(page)
        screenshot(page, f"journey_brief_kalteng_{lang}_{first}")
        png = _download(page, _t(lang, "brief.download_png"), tmp_path / f"brief_{lang}.png")
        assert png[:8] == b"\x89PNG\r\n\x1a\n"

        # 4. the demo dataset, then a sidebar click: language and dataset kept
        _sidebar(page).get_by_text(_t(lang, "demo.switch"), exact=True).click()
        page.wait_for_url(re.compile(r".*data=demo.*"), timeout=30_000)
        wait_for_app(page, timeout=120)
        _nav(page, lang, "nav.regulations")
        _assert_kept(page, lang, "regulations")

        # 5. the tracker's filters in this language's order; its link reopens the view elsewhere
        steps = [lambda: _choose_province(page, lang, "Kalimantan Tengah"), lambda: _choose_date(page, lang, "15112021")]
        for step in steps if lang == "id" else steps[::-1]:
            step()
        link = share_link(page)
        assert _params(link) == {"reg_province": "62", "reg_as_of": "2021-11-15", "data": "demo", **lang_param}, link
        cards, date_box, province = _tracker_view(page)
        assert cards and re.search(r"15\D+11\D+2021", date_box) and "Kalimantan Tengah" in province
        fresh_context, fresh = _tab(chromium, second)  # a new browser context: no session, no cookie kept
        fresh.goto(link)
        wait_for_app(fresh, timeout=120)
        assert not exceptions_on(fresh), exceptions_on(fresh)
        assert _tracker_view(fresh) == (cards, date_box, province)
        assert "DEMO" in fresh.locator('[data-testid="stMain"]').inner_text().upper()
        screenshot(fresh, f"journey_tracker_link_{lang}_{second}")

        # 6. from there (the other width) to the Data page: kept again; no raw key anywhere
        _nav(fresh, lang, "nav.data")
        _assert_kept(fresh, lang, "data")
        group = fresh.locator('[data-testid="stButtonGroup"]')
        for name in datasets.UPLOADABLE:
            group.get_by_text(datasets.SPECS[name].title(lang), exact=True).click()
            wait_for_app(fresh)
            text = fresh.locator('[data-testid="stMain"]').inner_text()
            assert not RAW_KEY.findall(text), (name, RAW_KEY.findall(text))
        for name in datasets.REFERENCE:  # the reference facts, named apart
            assert datasets.SPECS[name].title(lang) in text, name
        assert not exceptions_on(fresh), exceptions_on(fresh)

        # 7. an import with bad rows: every message in the UI language
        group.get_by_text(datasets.SPECS[datasets.UPLOADABLE[0]].title(lang), exact=True).click()
        wait_for_app(fresh)
        bad = tmp_path / "buruk.csv"
        bad.write_text(BAD_IMPORT, encoding="utf-8")
        reset_drawn(fresh)
        fresh.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(bad))
        wait_for_app(fresh, timeout=120)
        fresh.locator('[data-testid="stAlert"]').last.scroll_into_view_if_needed()
        screenshot(fresh, f"journey_import_problems_{lang}_{second}")  # the problems as first seen
        scroll_tables(fresh)
        texts = drawn_texts(fresh)
        alerts = fresh.locator('[data-testid="stAlert"]').all_inner_texts()
        shown = texts + alerts + [fresh.locator('[data-testid="stMain"]').inner_text()]
        assert any("Katingan" in t for t in shown), shown  # the suggestion for the misspelt name
        assert any("12x5" in t for t in shown), shown  # the bad number, named
        assert not RAW_KEY.findall(" ".join(shown)), RAW_KEY.findall(" ".join(shown))
        # data: the file's own headers, and the file names in the import history (the demo's
        # generated batches are named "demo:<dataset>")
        data = {t for t in texts if t.endswith((".csv", ".xlsx")) or t.startswith("demo:")}
        data |= set(BAD_IMPORT.splitlines()[0].split(";"))
        found = [p for p in problems(texts + alerts, lang, allowed=data) if "word" in p]
        assert not found, found
    finally:
        if fresh_context is not None:
            fresh_context.close()
        context.close()
