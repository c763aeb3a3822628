"""A link anyone can edit: every URL parameter of every page, given values a page never writes
(empty, words, huge or negative numbers, impossible dates, markup, SQL, a NUL, 3,000 characters),
one at a time and all at once, in each of the page's views, opens the page without an exception
box, a "Page not found", a failed run or an error message (but the SQL explorer's: it says why it
refuses a query given as ``sql_q``). Sessions speak Streamlit's websocket protocol to the browser
tests' server (demo data), as ``analytics warm-up`` does: a real script run per link, without
drawing, so 321 links take about 30 s."""

from __future__ import annotations

import asyncio
import concurrent.futures
import re
from urllib.parse import urlencode

from analytics.web.navigation import PAGES
from analytics.web.warmup import visit
from tests.conftest import ROOT

HOSTILE = ["", "zzz", "-1", "99999999999999999999", "1e309", "nan", "2021-02-30", "9999-12-31",
           "<script>alert(1)</script>", "'; DROP TABLE region; --", "\x00", "Ω,,a", "x" * 3000, "62.06.99"]
# parameters of the frame, read on every page: language, dataset, the editor token
FRAME = ["lang", "data", "token"]
# a page's other views, whose filters only show there (the first value of each is the default)
VIEWS = {"coverage": ("cov_view", ["trends", "rankings", "distribution", "compare", "effect"]),
         "ucj": ("ucj_view", ["ucj", "cycles", "funding"]),
         "map": ("map_level", ["provinces", "province"]),
         "paritrana": ("par_level", ["kabupaten_kota", "provinsi"])}
# a URL key given to the url_* helpers (analytics/web/url_widgets.py), to a page's own select
# helper, or read from st.query_params
_KEY = re.compile(r"""(?:\burl_\w+|\b_\w*select|\bparam|query_params\.get)\("""  # the call
                  r"""(?:[^()\[\]"]|\([^()]*\)|\[[^\[\]]*\]|"[^"]*")*?"""  # its first arguments, calls and lists whole
                  r'"([a-z]+_[a-z_]+)"')  # the first string that looks like a key


def url_keys() -> dict[str, list[str]]:
    """URL path -> the URL keys its page file names (calls over one line or several)."""
    keys = {}
    for entry in PAGES:
        text = (ROOT / entry.file).read_text(encoding="utf-8")
        keys["" if entry.default else entry.url_path] = sorted(set(_KEY.findall(text)))
    return keys


def test_the_keys_are_found():
    keys = url_keys()
    assert {"brief_province", "brief_region", "brief_date", "brief_present"} <= set(keys["brief"]), keys["brief"]
    assert {"reg_province", "reg_as_of", "reg_instrument", "reg_status"} <= set(keys["regulations"])
    assert {"bud_wage", "bud_programs"} <= set(keys["budget"]) and "sql_q" in keys["explorer"]
    assert {"ucj_cprov", "ucj_province", "ucj_fyear"} <= set(keys["ucj"])  # through the page's own helper
    assert sum(map(len, keys.values())) >= 50, keys


async def _visit_all(base: str, links: list[str]) -> list[list[str]]:
    """What went wrong opening each link (path?query) in a new session, four at a time: exception
    boxes, error messages, a page not found, a run that did not finish; [] when nothing did."""
    gate = asyncio.Semaphore(4)

    async def one(link):
        async with gate:
            return (await visit(base, link, 120, error_messages=True)).problems

    return await asyncio.gather(*(one(link) for link in links))


def _links() -> list[tuple[str, dict, str]]:
    """(page, its parameters, link): in each of a page's views, every key alone (the values taken
    in turn, so that every value meets many keys) and every other value given to all keys at once."""
    out, turn = [], 0
    for page, keys in url_keys().items():
        switch, views = VIEWS.get(page, (None, [None]))
        for view in views:
            turn += 1
            base = {switch: view} if view else {}
            own = [k for k in keys + FRAME if k != switch]
            for key in own:
                turn += 1
                params = {**base, key: HOSTILE[turn % len(HOSTILE)]}
                out.append((page, params, f"{page}?{urlencode(params)}"))
            for value in HOSTILE[turn % 2::2]:
                params = {**base, **{k: value for k in own}}
                out.append((page, params, f"{page}?{urlencode(params)}"))
    return out


def test_edited_links_open_every_page_without_a_failure(app_url):
    links = _links()
    # its own thread and loop: the session's sync Playwright already runs an event loop in this one
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        baseline = pool.submit(asyncio.run, _visit_all(app_url, [f"{page}?" for page in url_keys()])).result()
        results = pool.submit(asyncio.run, _visit_all(app_url, [link for *_, link in links])).result(timeout=900)
    assert not any(baseline), baseline  # every page's default view is healthy
    failures = []
    for (page, params, link), found in zip(links, results):
        if "sql_q" in params:
            found = [f for f in found if not f.startswith("error:")]  # a refused query says why
        if found:
            failures.append(f"/{link[:160]}: {found[:2]}")
    assert len(links) > 300
    assert not failures, f"{len(failures)} of {len(links)} links failed:\n" + "\n".join(failures[:40])
