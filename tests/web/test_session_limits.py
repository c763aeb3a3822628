"""One viewer cannot degrade everyone: clear_cache only from editors, a rerun budget per session
(coalesced, not dropped), and script runs queued fairly per client."""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
import time

from analytics.web import roles, session_limits


class FakeSession:
    def __init__(self, session_id: str):
        self.id = session_id
        self.cleared = 0
        self.reruns: list = []


def _run(coro):
    """``asyncio.run`` in a thread of its own: a worker that ran browser tests before has an event
    loop running in this one (sync Playwright)."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result(timeout=120)


def test_clear_cache_is_ignored_unless_the_session_is_an_editor(caplog):
    guarded = session_limits.clear_cache_guard(lambda self: setattr(self, "cleared", self.cleared + 1))
    viewer, editor = FakeSession("viewer-1"), FakeSession("editor-1")
    roles._EDITOR_SESSIONS["editor-1"] = time.monotonic()
    with caplog.at_level("WARNING", logger="jamsostek.limits"):
        guarded(viewer)
        guarded(editor)
    assert viewer.cleared == 0 and editor.cleared == 1
    assert "ignored clear_cache from session viewer-1" in caplog.text


def test_the_installed_patch_guards_streamlits_handler():
    from streamlit.runtime.app_session import AppSession

    session_limits.install()
    assert AppSession._handle_clear_cache_request.__name__ == "clear_cache_from_editors_only"
    assert AppSession._handle_rerun_script_request.__name__ == "budgeted_rerun"


def test_a_flood_of_reruns_is_budgeted_and_coalesced():
    budgeted = session_limits.rerun_budget(lambda self, state: self.reruns.append((time.monotonic(), state)),
                                           per_minute=600, burst=5,  # 10 a second after a burst of 5
                                           client_of=lambda session: session.id)
    flood, calm = FakeSession("flood"), FakeSession("calm")

    async def run():
        start = time.monotonic()
        for i in range(200):  # 200 requests in 0.4 s
            budgeted(flood, i)
            await asyncio.sleep(0.002)
        flooded = time.monotonic() - start
        budgeted(calm, "x")
        assert calm.reruns, "another session is held by the flooding one"  # went at once
        await asyncio.sleep(0.6)
        return start, time.monotonic() - start, flooded

    start, elapsed, flooded = _run(run())
    states = [s for _, s in flood.reruns]
    assert states[:5] == [0, 1, 2, 3, 4]  # the burst goes at once
    # then about 10 a second, not 200 (however slowly this machine sent them)
    assert 6 <= len(states) <= 5 + 10 * elapsed + 2 and len(states) < 200 * 0.5, (states, elapsed, flooded)
    assert states[-1] == 199  # the latest request is the one that runs: the page ends up right


def test_fair_gate_lets_a_quiet_client_go_before_a_busy_one():
    gate = session_limits.FairGate(slots=1, max_wait_s=10)
    order: list[str] = []
    release = threading.Event()

    def hold(client):
        with gate.slot(client):
            order.append(client)
            release.wait(5)

    def run(client):
        with gate.slot(client):
            order.append(client)

    first = threading.Thread(target=hold, args=("abuser",))
    first.start()
    time.sleep(0.1)
    threads = [threading.Thread(target=run, args=("abuser",)) for _ in range(5)]
    for th in threads:
        th.start()
        time.sleep(0.02)
    deadline = time.monotonic() + 10
    while gate.snapshot()["waiting"] < 5 and time.monotonic() < deadline:
        time.sleep(0.02)
    victim = threading.Thread(target=run, args=("victim",))
    victim.start()
    while gate.snapshot()["waiting"] < 6 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert gate.snapshot()["waiting"] == 6
    release.set()
    for th in [first, *threads, victim]:
        th.join(10)
    assert order[0] == "abuser" and order[1] == "victim", order  # arrived last, went first
    assert gate.snapshot() == {"busy": 0, "waiting": 0, "running": {}}


def test_fair_gate_never_waits_forever_and_can_be_off():
    gate = session_limits.FairGate(slots=1, max_wait_s=0.2)
    with gate.slot("a"):
        started = time.monotonic()
        with gate.slot("b"):  # would deadlock without the bound
            assert time.monotonic() - started < 1
    off = session_limits.FairGate(slots=0)
    with off.slot("a"), off.slot("a"):
        assert off.snapshot()["busy"] == 0


def test_a_clients_many_sessions_share_one_budget():
    budgeted = session_limits.rerun_budget(lambda self, state: self.reruns.append(state), per_minute=60, burst=2,
                                           client_of=lambda session: session.id.split("/")[0], client_factor=2)
    abuser = [FakeSession(f"10.0.0.1/{i}") for i in range(6)]
    victim = FakeSession("10.0.0.2/0")

    async def run():
        for session in abuser:
            budgeted(session, "x")
            budgeted(session, "y")
        budgeted(victim, "v")

    _run(run())
    # each session's first run is its page load (new sessions per address are HAProxy's limit);
    # the reruns after it share the client's budget: 4 at once (2 x the session burst), however
    # many sessions it opens
    assert [s.reruns[:1] for s in abuser] == [["x"]] * 6
    assert sum(len(s.reruns) for s in abuser) == 6 + 4
    assert victim.reruns == ["v"]


def test_a_meeting_behind_one_address_opens_the_link_without_waiting():
    budgeted = session_limits.rerun_budget(lambda self, state: self.reruns.append(state), per_minute=60, burst=2,
                                           client_of=lambda session: "10.0.0.1", client_factor=2)
    room = [FakeSession(f"s{i}") for i in range(200)]

    async def run():
        for session in room:
            budgeted(session, "open")

    _run(run())
    assert all(s.reruns == ["open"] for s in room)
