"""Whole views cached for every session (analytics/web/views.py): one build per key, a new one
after a publish, for another language and for the demo dataset; copies that callers may change;
bounded."""

from __future__ import annotations

import shutil
import threading
import time

import pandas as pd
import pytest

from analytics import config, snapshots
from analytics.web import tables, views
from analytics.web.views import ViewCache, copy_out
from tests.apptest_support import errors_of, page_test


def test_one_build_per_key_and_a_new_one_for_another_key():
    cache = ViewCache()
    calls = []

    def build(tag):
        calls.append(tag)
        return pd.DataFrame({"x": [len(calls)]})

    first = cache.get_or_build(("regulations", "62", "id", (3, "a.duckdb")), lambda: build("a"))
    again = cache.get_or_build(("regulations", "62", "id", (3, "a.duckdb")), lambda: build("b"))
    assert again is first and calls == ["a"]
    for key in [("regulations", "62", "en", (3, "a.duckdb")),   # another language
                ("regulations", "62", "id", (4, "a.duckdb")),   # a new snapshot published
                ("regulations", "62", "id", (3, "demo.duckdb")),  # the other dataset
                ("regulations", "11", "id", (3, "a.duckdb"))]:  # other parameters
        assert cache.get_or_build(key, lambda: build("c")) is not first
    assert len(calls) == 5 and cache.builds == 5


def test_a_burst_on_one_key_builds_once():
    cache = ViewCache()
    calls, results = [], []

    def build():
        calls.append(1)
        time.sleep(0.2)  # the others arrive while it builds
        return "view"

    threads = [threading.Thread(target=lambda: results.append(cache.get_or_build("k", build))) for _ in range(12)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(10)
    assert results == ["view"] * 12 and len(calls) == 1


def test_a_failed_build_is_not_kept():
    cache = ViewCache()

    def fail():
        raise ValueError("no data")

    for _ in range(2):
        try:
            cache.get_or_build("k", fail)
        except ValueError:
            pass
    assert len(cache) == 0 and cache.get_or_build("k", lambda: 1) == 1


def test_bounded_by_entries_and_age():
    now = [0.0]
    cache = ViewCache(max_entries=3, ttl_s=60, clock=lambda: now[0])
    for i in range(5):
        cache.get_or_build(i, lambda i=i: i)
    assert len(cache) == 3  # the oldest two went
    cache.get_or_build(4, lambda: "rebuilt")
    assert cache.builds == 5  # 4 was still there
    now[0] = 61
    assert cache.get_or_build(4, lambda: "rebuilt") == "rebuilt" and cache.builds == 6


def test_bounded_by_cost():
    cache = ViewCache(cost=len, max_cost=10)
    for key, size in (("a", 4), ("b", 4), ("c", 4)):
        cache.get_or_build(key, lambda size=size: "x" * size)
    assert len(cache) == 2 and cache.total_cost == 8  # "a" went
    assert cache.get_or_build("huge", lambda: "x" * 11) == "x" * 11  # handed out, not kept
    assert len(cache) == 2 and cache.total_cost == 8


def test_callers_get_copies_they_may_change():
    cached = {"frame": pd.DataFrame({"n": [1, 2]}), "parts": (pd.Series([1.0]), "text")}
    mine = copy_out(cached)
    mine["frame"]["n"] = [9, 9]
    mine["frame"].loc[0, "n"] = 7
    mine["parts"][0].iloc[0] = 5.0
    mine["extra"] = 1
    assert cached["frame"]["n"].tolist() == [1, 2] and cached["parts"][0].tolist() == [1.0]
    assert "extra" not in cached


@pytest.fixture
def keyed_by_page(monkeypatch):
    """views.view keyed by page and parameters alone (no language or dataset needed)."""
    monkeypatch.setattr(views, "view_key", lambda page, params: (page, views.frozen_params(params)))
    views.clear()
    yield
    views.clear()


def test_a_frame_a_view_hands_out_knows_its_view_and_place(keyed_by_page):
    """What lets a shown table be kept under its view (web/tables.py): each frame of an uncopied
    view answers with the view's key and its place in it; copies and other frames do not."""
    def build():
        return {"regions": pd.DataFrame({"n": [1]}), "parts": (pd.DataFrame({"n": [1]}), "text")}

    shared = views.view("probe", {"p": 1}, build, copy=False)
    assert views.origin(shared["regions"]) == (("probe", (("p", 1),)), ("'regions'",))
    # an equal frame elsewhere in the view has its own place: its table is not the other's
    assert views.origin(shared["parts"][0]) == (("probe", (("p", 1),)), ("'parts'", 0))
    mine = views.view("probe", {"p": 1}, build)  # a copy the caller may change
    assert views.origin(mine["regions"]) is None
    assert views.origin(pd.DataFrame({"n": [1]})) is None
    assert views.origin(views.view("probe", {"p": 2}, build, copy=False)["regions"])[0] == ("probe", (("p", 2),))


def test_a_frame_made_from_a_shared_one_is_made_once(keyed_by_page):
    made = []

    def shown(frame):
        return views.derived("probe.shown", frame, lambda: made.append(1) or frame.assign(m=frame["n"] * 2), copy=False)

    frame = views.view("probe", None, lambda: pd.DataFrame({"n": [1, 2]}), copy=False)
    first, again = shown(frame), shown(frame)
    assert again is first and first["m"].tolist() == [2, 4] and len(made) == 1
    assert views.origin(first)[0][0] == "probe.shown"  # shown as a table, it is kept too
    other = pd.DataFrame({"n": [3]})  # not a view's: made each time, never kept
    assert shown(other)["m"].tolist() == [6] and shown(other) is not shown(other) and len(made) == 4


def test_a_gone_frame_is_forgotten(keyed_by_page):
    import gc

    frame = views.view("probe", None, lambda: pd.DataFrame({"n": [1]}), copy=False)
    ident = id(frame)
    assert ident in views._origins
    views._views.clear()
    del frame
    gc.collect()
    assert ident not in views._origins


def test_a_shared_view_changed_by_its_reader_is_caught(monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv(config.ENV_CHECK_SHARED_VIEWS, "1")
    views.clear()

    def app():
        import pandas as pd
        import streamlit as st

        from analytics.web import views

        shared = views.view("probe", None, lambda: {"frame": pd.DataFrame({"n": [1, 2]})}, copy=False)
        if st.session_state.setdefault("runs", 0) == 1:
            shared["frame"].loc[0, "n"] = 7  # a page that writes into what everyone shares
        st.session_state["runs"] += 1
        st.write(int(shared["frame"]["n"].sum()))

    at = AppTest.from_function(app, default_timeout=30).run()
    assert not at.exception and views.changed_shared_views() == []
    at.run()
    assert views.changed_shared_views() == ["probe"]
    at.run()
    assert at.exception and "'probe' was changed" in at.exception[0].message
    views.clear()


@pytest.mark.parametrize("page, params", [
    ("brief", {"brief_province": "62"}), ("brief", {"brief_region": "62.06"}), ("brief", {"brief_province": "73"}),
    ("map", {}), ("regulations", {"reg_province": "62"}), ("regulations", {"reg_instrument": "perbup"}),
    ("overview", {}), ("ucj", {"ucj_province": "62"}), ("paritrana", {}),
    ("paritrana", {"par_level": "kabupaten_kota", "par_province": "62"}), ("sources", {}),
    ("budget", {}), ("budget", {"bud_region": "62.06"}),
])
def test_pages_only_read_the_views_they_share(demo_env, page, params):
    """The pages that hand their built views and shown tables out uncopied (brief, map, tracker,
    overview, UCJ, Paritrana, sources, budget): two sessions in each language leave them exactly
    as built; and the later sessions find every table they show by its view, hashing none."""
    assert views._checking()  # tests/conftest.py sets JAMSOSTEK_CHECK_SHARED_VIEWS
    hashed = []
    for lang in ("id", "en", "id", "en"):  # each view asked again by a later session
        before = tables.hashed_tables
        at = page_test(page, lang=lang, params=params).run()
        assert not errors_of(at), errors_of(at)
        hashed.append(tables.hashed_tables - before)
    assert views.changed_shared_views() == []
    assert hashed[2:] == [0, 0], f"tables hashed per session: {hashed}"


def _with_regulation(at) -> str:
    return next(m.value for m in at.metric if str(m.label).startswith(("Kab/kota dengan regulasi",
                                                                       "Kab/kota with")))


def test_the_tracker_reuses_its_view_until_a_publish_and_per_language(demo_env):
    params = {"reg_province": "62", "reg_as_of": "2021-11-15"}
    views.clear()
    at = page_test("regulations", params=params).run()
    assert not errors_of(at), errors_of(at)
    assert _with_regulation(at) == "4 dari 14"
    built = views._views.builds
    assert built > 0

    at = page_test("regulations", params=params).run()  # another session, the same link
    assert _with_regulation(at) == "4 dari 14" and views._views.builds == built

    at = page_test("regulations", lang="en", params=params).run()  # another language: its own view
    assert not errors_of(at), errors_of(at)
    assert _with_regulation(at) == "4 of 14" and views._views.builds > built
    built = views._views.builds

    # an import or rollback publishes a new snapshot: the next view is built from it
    with snapshots.writing(demo_env, who="test", what="rollback") as session:
        batch = session.store.query_value(
            "SELECT min(batch_id) FROM regulation WHERE region_code LIKE '62%'")  # Kalteng's records
        session.store.rollback_batch(int(batch))
    at = page_test("regulations", params=params).run()
    assert not errors_of(at), errors_of(at)
    assert views._views.builds > built
    assert _with_regulation(at) != "4 dari 14"


def test_the_demo_dataset_has_its_own_views(demo_db_path, _base_db_path, tmp_path, monkeypatch):
    public, demo = tmp_path / "public.duckdb", tmp_path / "demo.duckdb"
    shutil.copy(_base_db_path, public)
    shutil.copy(demo_db_path, demo)
    monkeypatch.setenv("JAMSOSTEK_DB", str(public))
    monkeypatch.setenv("JAMSOSTEK_DEMO_DB", str(demo))
    views.clear()
    params = {"reg_as_of": "2024-12-31"}  # the nation: the demo adds regulations of its own
    on_public = _with_regulation(page_test("regulations", params=params).run())
    built = views._views.builds
    at = page_test("regulations", params={**params, "data": "demo"}).run()
    assert not errors_of(at), errors_of(at)
    assert views._views.builds > built
    assert _with_regulation(at) != on_public
    at = page_test("regulations", params=params).run()  # and back: the public view again
    assert _with_regulation(at) == on_public


def test_no_page_keeps_its_own_streamlit_cache():
    # one view cache (issue 26 item 3): pages go through web/views.py, queries through web/data.py
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    for path in sorted((root / "pages").glob("*.py")):
        assert "st.cache_" not in path.read_text(encoding="utf-8"), path.name
