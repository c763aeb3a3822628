"""The warm-up bin/serve runs against each worker (analytics/web/warmup.py, ``python -m analytics
warm-up``): it opens the pages as new sessions through Streamlit's websocket protocol, each run
finishes without an exception, the shared views it builds are the ones a later visitor gets,
and a worker that does not answer is reported, not raised."""

from __future__ import annotations

import json
import shutil
import time

import pytest

from analytics import snapshots
from analytics.cli import main as cli_main
from analytics.web import warmup
from tests.browser.harness import StreamlitServer, free_port


@pytest.fixture(scope="module")
def worker(_base_db_path, tmp_path_factory):
    folder = tmp_path_factory.mktemp("warmup")
    db = folder / "public.duckdb"
    shutil.copy(_base_db_path, db)
    probe = folder / "views.json"
    server = StreamlitServer(db, script="tests/web/warm_probe_app.py", env={"WARM_PROBE_OUT": str(probe)})
    try:
        server.wait_ready()
        yield server, probe
    finally:
        server.stop()


def test_warm_up_runs_the_pages_and_builds_the_views_a_visitor_then_gets(worker):
    server, probe = worker
    (result,) = warmup.warm([server.url], ("", "brief"), timeout=240)
    assert result.ok, result.summary() + "\n" + server.log()
    assert [v.page for v in result.visits] == ["", "brief"]
    assert all(v.elements > 5 for v in result.visits), result.summary()
    held = json.loads(probe.read_text())
    assert "brief" in held["pages"], held  # the brief's view, built by the warm-up's session
    builds = held["builds"]

    # a later visitor's new session on the brief is served from what the warm-up built
    visit = warmup.warm([server.url], ("brief",), timeout=120)[0].visits[0]
    assert visit.ok, visit.problem
    held = json.loads(probe.read_text())
    assert held["builds"] == builds
    # and its scripts were compiled by earlier sessions, all disconnected since (this probe and
    # the brief's page; Streamlit forgot them whenever its last session left)
    assert held["scripts_at_start"] >= 2, held


def test_a_server_that_does_not_watch_its_files_keeps_its_compiled_scripts(monkeypatch, tmp_path):
    from streamlit import config as st_config
    from streamlit.runtime.scriptrunner.script_cache import ScriptCache

    monkeypatch.setattr(ScriptCache, "clear", ScriptCache.clear)  # restored after the test
    script = tmp_path / "page.py"
    script.write_text("x = 1\n")
    monkeypatch.setattr(st_config, "get_option", lambda name: "auto" if name == "server.fileWatcherType" else None)
    warmup.keep_compiled_scripts()  # a development server: forgets, as Streamlit does
    cache = ScriptCache()
    cache.get_bytecode(str(script))
    cache.clear()
    assert not cache._cache

    monkeypatch.setattr(st_config, "get_option", lambda name: "none" if name == "server.fileWatcherType" else None)
    warmup.keep_compiled_scripts()
    warmup.keep_compiled_scripts()  # once
    cache.get_bytecode(str(script))
    cache.clear()
    assert list(cache._cache) == [str(script)]


def test_an_unknown_page_is_reported(worker):
    server, _ = worker
    (result,) = warmup.warm([server.url], ("no-such-page",), timeout=60)
    assert not result.ok
    assert "page not found" in result.summary()


def test_a_worker_that_does_not_answer_is_reported_not_raised(capsys):
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    (result,) = warmup.warm([url], ("", "brief"), timeout=5)
    assert not result.ok and len(result.visits) == 2
    assert all(v.problem for v in result.visits)

    assert cli_main(["warm-up", "--timeout", "5", "--pages", "overview", url]) == 1
    out = capsys.readouterr().out
    assert out.startswith("warm-up incomplete: " + url + ": overview"), out


def test_warm_up_works_from_a_thread_that_already_runs_an_event_loop():
    # Playwright's sync API (the browser tests, the brief's printing) keeps a loop running in its
    # thread; asyncio.run refused to start there, so warm() runs its loop in a thread of its own
    import asyncio
    import concurrent.futures

    url = f"http://127.0.0.1:{free_port()}"

    async def inside_a_loop():
        return warmup.warm([url], ("map",), timeout=3)

    # a thread of the test's own: the test session's thread may itself hold Playwright's loop
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        (result,) = pool.submit(asyncio.run, inside_a_loop()).result()
    assert not result.ok and result.visits[0].problem


def test_the_command_refuses_what_is_not_an_address(capsys):
    assert cli_main(["warm-up", "127.0.0.1:8502"]) == 2
    assert "not an http(s) address" in capsys.readouterr().err
    assert cli_main(["warm-up", "--timeout", "0", "http://127.0.0.1:1"]) == 2


def test_after_a_publish_each_process_builds_the_new_views_before_anyone_asks(_base_db_path, tmp_path):
    db = tmp_path / "public.duckdb"
    shutil.copy(_base_db_path, db)
    probe = tmp_path / "views.json"
    server = StreamlitServer(db, script="tests/web/warm_probe_app.py",
                             env={"WARM_PROBE_OUT": str(probe), "JAMSOSTEK_WARM_AFTER_PUBLISH": "1"})
    try:
        server.wait_ready()
        (result,) = warmup.warm([server.url], ("brief",), timeout=240)  # the first run starts the watch
        assert result.ok, result.summary() + "\n" + server.log()
        before = json.loads(probe.read_text())["versions"]
        assert len(before) == 1, before
        # a publish beside the server (the CLI, as a secretariat's import would)
        assert cli_main(["followups", "add", "--db", str(db), "--province", "62", "--kind", "other",
                         "--action", "Uji pemanasan", "--owner", "Sekretariat", "--meeting", "2021-11-15",
                         "--by", "test"]) == 0
        published = snapshots.reader(db).state().store.data_version()
        assert published not in before
        deadline = time.monotonic() + 180
        while published not in json.loads(probe.read_text())["versions"]:  # nobody else visits
            assert time.monotonic() < deadline, server.log()
            time.sleep(0.5)
        assert "brief" in json.loads(probe.read_text())["pages"]
    finally:
        server.stop()
