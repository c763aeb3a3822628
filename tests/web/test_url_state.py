"""One URL-state mechanism (issue 26 item 2, issue 23 items 2 and 3): every URL-bound widget of every
page appears in the share link, whatever order the filters are set in, and the link reopens the
same view; the language and the dataset survive a page switch."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from analytics.i18n import using
from analytics.web.navigation import PAGES
from tests.apptest_support import errors_of, page_test
from tests.conftest import ROOT

BASE = "http://localhost:8501"
# the SQL explorer draws its measure switch only for a result with two units
SQL_TWO_MEASURES = "SELECT name, population, area_km2 FROM region WHERE level = 'provinsi' ORDER BY name"
START = {"explorer": {"sql_q": SQL_TWO_MEASURES}}


def _open(page: str, params: dict | None = None):
    at = page_test(page, params=params)
    at.context["url"] = f"{BASE}/{page}"
    return at.run(timeout=180)


def share_link(at) -> dict[str, str]:
    """The parameters of the link the sidebar shows ("Tautan ke tampilan ini")."""
    captions = [c.value for c in at.sidebar.caption if "](" in str(c.value)]
    assert captions, "no share link in the sidebar"
    target = re.search(r"\]\(([^)]*)\)", captions[-1]).group(1)
    return {k: v[-1] for k, v in parse_qs(urlparse(target).query, keep_blank_values=True).items()}


def _widget(at, key: str, kind: str):
    getter = {"selectbox": at.selectbox, "radio": at.radio, "multiselect": at.multiselect, "toggle": at.toggle,
              "date_input": at.date_input, "text_input": at.text_input, "text_area": at.text_area,
              "number_input": at.number_input}.get(kind)
    if getter is not None:
        return getter(key=key)
    return next(w for w in at.get("button_group") if w.key == key)  # segmented_control, pills


def _change(at, key: str, kind: str, options: list):
    """Set the widget to a value other than its current one (None: nothing else to choose)."""
    widget = _widget(at, key, kind)
    if getattr(widget.proto, "disabled", False):
        return None  # e.g. the map's segment box while the measure ignores segments
    current = widget.value
    if kind in ("selectbox", "radio", "segmented_control", "pills"):
        others = [o for o in options if o != current and o is not None]
        if not others:
            return None
        return widget.set_value(others[-1])
    if kind == "multiselect":
        if not options:
            return None
        return widget.set_value([options[-1]] if list(current) != [options[-1]] else [options[0]])
    if kind == "toggle":
        return widget.set_value(not current)
    if kind == "date_input":
        return widget.set_value(current - dt.timedelta(days=40))
    if kind in ("text_input", "text_area"):
        return widget.input("SELECT count(*) AS n FROM region" if kind == "text_area" else "x")
    if kind == "number_input":
        return widget.set_value(current + 100_000)
    raise AssertionError(f"unknown URL-bound widget kind {kind}")


def _url_text(value) -> str:
    if isinstance(value, (list, tuple)):
        return ",".join(map(str, value))
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _page_files() -> list[str]:
    return [Path(e.file).stem for e in PAGES]


def test_no_page_binds_a_widget_to_the_url_by_itself():
    # one mechanism: every URL-bound widget goes through analytics/web/url_widgets.py
    for path in sorted((ROOT / "pages").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert 'bind="query-params"' not in text and "bind='query-params'" not in text, path.name


@pytest.mark.parametrize("page", _page_files())
def test_every_url_bound_widget_of_the_page_is_in_the_share_link(demo_env, page):
    """Set every URL-bound widget the page draws (widgets a choice reveals included), one after
    the other, and read the share link after each: it holds every value set so far. A new
    session opened on that link shows the same values."""
    with using("id"):  # AppTest formats choices in the test's thread
        at = _open(page, START.get(page))
        assert not errors_of(at), errors_of(at)
        done: dict[str, object] = {}
        for _round in range(40):
            bound = at.session_state["_url_bound"] if "_url_bound" in at.session_state else {}
            todo = [k for k in bound if k not in done]
            if not todo:
                break
            key = todo[0]
            kind, options = bound[key]
            changed = _change(at, key, kind, options)
            if changed is None:
                done[key] = None
                continue
            at.run(timeout=180)
            assert not at.exception, (page, key, at.exception)
            done[key] = _widget(at, key, kind).value
            link = share_link(at)
            bound_now = at.session_state["_url_bound"]
            for k, value in done.items():
                if value is None or k not in bound_now:
                    continue  # nothing else to choose, or hidden again by a later choice
                shown = _widget(at, k, bound_now[k][0]).value
                assert k in link, (page, k, link)
                if bound_now[k][0] == "toggle":  # on is "true" (the brief's presentation mode: "1")
                    assert (link[k] in ("true", "1")) == shown, (page, k, link[k], shown)
                else:
                    assert link[k] == _url_text(shown), (page, k, link[k], shown)
        if not done:
            assert page in ("data", "sources", "overview") or not bound, page
            return
        # the link reopens the same view
        again = _open(page, share_link(at))
        assert errors_of(again) == errors_of(at), (errors_of(again), errors_of(at))
        bound_now = at.session_state["_url_bound"]
        for k in done:
            if k in bound_now and done[k] is not None:
                kind = bound_now[k][0]
                assert _widget(again, k, kind).value == _widget(at, k, kind).value, (page, k)


@pytest.mark.parametrize("order", ["province_then_date", "date_then_province"])
def test_tracker_link_holds_province_and_date_whatever_order(demo_env, order):
    with using("id"):
        at = _open("regulations")
        steps = [lambda: at.selectbox(key="reg_province").set_value("62"),
                 lambda: at.date_input(key="reg_as_of").set_value(dt.date(2021, 11, 15))]
        for step in (steps if order == "province_then_date" else steps[::-1]):
            step()
            at.run(timeout=180)
        link = share_link(at)
        assert link["reg_province"] == "62" and link["reg_as_of"] == "2021-11-15", link
        again = _open("regulations", link)
        assert again.selectbox(key="reg_province").value == "62"
        assert again.date_input(key="reg_as_of").value == dt.date(2021, 11, 15)


def test_language_and_dataset_survive_a_page_switch(demo_env):
    at = _open("overview")
    at.button(key="lang_en").click().run()
    toggle = next(w for w in at.sidebar.toggle if str(w.key).startswith("demo_switch"))
    toggle.set_value(True).run()
    assert at.query_params["lang"] in ("en", ["en"]) and at.query_params["data"] in ("demo", ["demo"])
    # what a click in the sidebar's page list does: the page opens with no URL parameters
    at.query_params.clear()
    at.switch_page("pages/regulations.py").run(timeout=180)
    assert not errors_of(at), errors_of(at)
    assert at.title[0].value == "Regulation tracker" or "egulation" in at.title[0].value, at.title[0].value
    link = share_link(at)
    assert link.get("lang") == "en" and link.get("data") == "demo", link
    # the Indonesian switch still takes it away
    with using("en"):  # AppTest formats choices in the test's thread
        at.button(key="lang_id").click().run(timeout=180)
    assert "lang" not in share_link(at) and share_link(at).get("data") == "demo"
