"""One viewer cannot degrade everyone (README "Serving"): three limits inside each Streamlit
process, installed by ``dashboard.py`` at start (HAProxy's stick tables limit connections and
new sessions per client address in front of them, see bin/serve).

- **clear_cache from editors only.** Any browser can send Streamlit's ``clear_cache`` message
  (the "Clear cache" menu item, or a hand-made websocket frame), which empties the global
  ``st.cache_data`` / ``st.cache_resource`` of every user. ``install()`` wraps
  ``AppSession._handle_clear_cache_request`` so it runs only for a session that has been an
  editor (``roles.session_is_editor``); others are logged and ignored.
- **A rerun budget per session and per client**: token buckets (``JAMSOSTEK_RERUNS_PER_MINUTE``,
  default 120 a session, a burst of 10; twice that shared by all sessions of one client address,
  for reruns after each session's first run: a session's page load counts in its own budget only,
  new sessions per address being HAProxy's limit). Reruns beyond it are not dropped but coalesced: the latest one waits until
  the bucket has a token, so widget state stays right while a flood of rerun messages costs
  one script run per refill.
- **Fair queueing of script runs**: ``FAIR_GATE`` lets ``JAMSOSTEK_SCRIPT_SLOTS`` (default 2)
  script runs go at once per process; when more wait, the next to go is the one whose client (address) has the fewest
  runs going, in arrival order — one client with many sessions queues behind itself, not in
  front of everyone else.
"""

from __future__ import annotations

import collections
import itertools
import logging
import threading
import time
import weakref
from collections import Counter
from contextlib import contextmanager

LOG = logging.getLogger("jamsostek.limits")
_INSTALLED = False


class TokenBucket:
    def __init__(self, per_minute: float, burst: int):
        self.rate = per_minute / 60.0
        self.burst = float(burst)
        self.tokens = float(burst)
        self.stamp = time.monotonic()

    def _refill(self, now: float) -> None:
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now

    def take(self, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        self._refill(now)
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return True
        return False

    def wait_s(self, now: float | None = None) -> float:
        now = time.monotonic() if now is None else now
        self._refill(now)
        return 0.0 if self.tokens >= 1.0 else (1.0 - self.tokens) / self.rate


class FairGate:
    """At most ``slots`` holders at once; the next waiting holder to go is the one whose client
    has the fewest runs going or started in the last ``window_s`` seconds, then the earliest. A holder waits at most ``max_wait_s`` (then goes anyway: a stuck run
    must not stop the process)."""

    def __init__(self, slots: int = 2, max_wait_s: float = 30.0, window_s: float = 10.0):
        self.slots, self.max_wait_s, self.window_s = slots, max_wait_s, window_s
        self._recent: dict[str, collections.deque] = {}  # per client: when its runs started lately
        self._cond = threading.Condition()
        self._running: Counter[str] = Counter()
        self._busy = 0
        self._waiting: list[tuple[str, int]] = []
        self._seq = itertools.count()

    def _first(self) -> tuple[str, int]:
        now = time.monotonic()
        for client in list(self._recent):
            starts = self._recent[client]
            while starts and now - starts[0] > self.window_s:
                starts.popleft()
            if not starts:
                del self._recent[client]

        def share(ticket):
            client = ticket[0]
            return (self._running[client] + len(self._recent.get(client, ())), ticket[1])

        return min(self._waiting, key=share)

    @contextmanager
    def slot(self, client: str):
        if self.slots <= 0:  # no queue (JAMSOSTEK_SCRIPT_SLOTS=0)
            yield
            return
        with self._cond:
            ticket = (client, next(self._seq))
            self._waiting.append(ticket)
            deadline = time.monotonic() + self.max_wait_s
            while not (self._busy < self.slots and self._first() == ticket):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._cond.wait(remaining)
            self._waiting.remove(ticket)
            self._recent.setdefault(client, collections.deque()).append(time.monotonic())
            self._running[client] += 1
            self._busy += 1
        try:
            yield
        finally:
            with self._cond:
                self._running[client] -= 1
                if self._running[client] <= 0:
                    del self._running[client]
                self._busy -= 1
                self._cond.notify_all()

    def snapshot(self) -> dict:
        with self._cond:
            return {"busy": self._busy, "waiting": len(self._waiting), "running": dict(self._running)}


def _configured_gate() -> FairGate:
    from analytics import config

    return FairGate(slots=config.script_slots())


FAIR_GATE = _configured_gate()


def clear_cache_guard(original):
    """``AppSession._handle_clear_cache_request`` that runs only for editor sessions."""
    from analytics.web import roles

    def clear_cache_from_editors_only(self) -> None:
        if roles.session_is_editor(self.id):
            LOG.info("cache cleared by editor session %s", self.id)
            original(self)
        else:
            LOG.warning("ignored clear_cache from session %s: not an editor", self.id)

    return clear_cache_from_editors_only


def session_client(session) -> str:
    """The client address of an AppSession (behind the proxy: HAProxy's X-Forwarded-For entry)."""
    try:
        from streamlit import runtime

        from analytics import config
        from analytics.web import roles

        context = runtime.get_instance().get_client(session.id).client_context
        forwarded = [v for k, v in context.headers if k.lower() == "x-forwarded-for"]
        return roles.client_from(forwarded, context.remote_ip, behind_proxy=config.role_settings()["behind_proxy"])
    except Exception:
        return "unknown"


def rerun_budget(original, per_minute: int, burst: int = 10, *, client_of=session_client, client_factor: int = 2):
    """``AppSession._handle_rerun_script_request`` with token buckets per session and per client
    address (``client_factor`` times the session's: a client's many sessions share it). Over
    either budget, the session's latest request waits for tokens (earlier waiting ones are
    superseded). Runs on the server's event loop, as Streamlit calls it."""
    buckets: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
    clients: dict[str, TokenBucket] = {}
    client_names: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
    pending: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    def buckets_of(session) -> tuple[TokenBucket, TokenBucket]:
        own = buckets.get(session)
        if own is None:
            own = buckets[session] = TokenBucket(per_minute, burst)
            client_names[session] = client_of(session)
        name = client_names[session]
        shared = clients.get(name)
        if shared is None:
            if len(clients) > 10_000:
                clients.clear()
            shared = clients[name] = TokenBucket(per_minute * client_factor, burst * client_factor)
        return own, shared

    def take(session) -> bool:
        first = session not in buckets
        own, shared = buckets_of(session)
        if first:
            # a session's first run is its page load: a meeting behind one address (a room's
            # Wi-Fi) opens the link 200 times at once, and those loads must not wait for each
            # other's budget. New sessions per address are HAProxy's limit (CLIENT_NEW_SESSIONS);
            # the client's budget is for reruns in sessions already open.
            return own.take()
        if own.wait_s() == 0 and shared.wait_s() == 0:
            return own.take() and shared.take()
        return False

    def wait_s(session) -> float:
        own, shared = buckets_of(session)
        return max(0.05, own.wait_s(), shared.wait_s())

    def deliver_later(session) -> None:
        import asyncio

        loop = asyncio.get_running_loop()

        def deliver() -> None:
            if session not in pending:
                return
            if not take(session):
                loop.call_later(wait_s(session), deliver)
                return
            client_state = pending.pop(session)
            try:
                original(session, client_state)
            except Exception:  # a session shut down meanwhile
                LOG.debug("deferred rerun not delivered", exc_info=True)

        loop.call_later(wait_s(session), deliver)

    def budgeted_rerun(self, client_state=None) -> None:
        if per_minute <= 0:
            return original(self, client_state)
        if self not in pending and take(self):
            return original(self, client_state)
        first = self not in pending
        pending[self] = client_state  # the latest request wins; earlier ones are superseded
        if first:
            LOG.warning("session %s (client %s) over its rerun budget (%d a minute, %d for the client): "
                        "reruns coalesced", self.id, client_names.get(self), per_minute, per_minute * client_factor)
            deliver_later(self)

    return budgeted_rerun


def install(*, reruns_per_minute: int | None = None, burst: int = 10) -> None:
    """Patch this process's Streamlit once (idempotent)."""
    global _INSTALLED
    if _INSTALLED:
        return
    from streamlit.runtime.app_session import AppSession

    from analytics import config

    per_minute = config.reruns_per_minute() if reruns_per_minute is None else reruns_per_minute
    AppSession._handle_clear_cache_request = clear_cache_guard(AppSession._handle_clear_cache_request)
    AppSession._handle_rerun_script_request = rerun_budget(AppSession._handle_rerun_script_request, per_minute, burst)
    _INSTALLED = True
