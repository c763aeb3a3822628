"""Warm a Streamlit worker before people reach it: open its main pages once, as a visitor would.

A worker's first views pay for what no later view pays: the pages' imports, Streamlit's first
run of each page script, the first query of each name, and the first build of every shared view
(``analytics/web/views.py``). Behind HAProxy a meeting's first visitors land on every worker,
so each would pay that in the middle of the burst. ``bin/serve`` (and so ``bin/start``) runs
``python -m analytics warm-up`` against each worker's own port once it answers, before the
service says it is ready; a failure is logged and serving goes on.

The client speaks Streamlit's websocket protocol (protobuf ``BackMsg``/``ForwardMsg``) as the
browser's JavaScript does, minus the drawing: every page is a real script run in a new session
(session, widgets, queries, views, elements sent back), through the ``websockets`` client
(a requirement of Streamlit itself, so nothing more to install)."""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

LOG = logging.getLogger("jamsostek.warmup")

# What a shared link opens: the overview (the address itself), the brief, the map, the tracker.
DEFAULT_PAGES = ("", "brief", "map", "regulations")
DEFAULT_TIMEOUT_S = 120.0  # for all the pages of all the workers together


@dataclass
class PageVisit:
    page: str  # URL path ("" is the default page), with its query if any
    seconds: float
    elements: int = 0  # deltas received
    problems: list[str] = field(default_factory=list)  # none: the run finished without an exception box

    @property
    def problem(self) -> str | None:
        return self.problems[0] if self.problems else None

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class WorkerWarmUp:
    url: str
    visits: list[PageVisit] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.visits) and all(v.ok for v in self.visits)

    def summary(self) -> str:
        parts = [f"{v.page or 'overview'} {v.seconds:.1f} s" + ("" if v.ok else f" ({v.problem})")
                 for v in self.visits]
        return f"{self.url}: " + (", ".join(parts) or "no page opened")


def stream_url(base: str) -> str:
    base = base.rstrip("/")
    if base.startswith("https://"):
        return "wss://" + base[len("https://"):] + "/_stcore/stream"
    return "ws://" + base.removeprefix("http://") + "/_stcore/stream"


def rerun_request(base: str, page: str, query: str = "", locale: str = "id-ID", script_hash: str = "") -> bytes:
    """The BackMsg a browser sends to run ``page`` (its URL path) with ``query`` (without '?');
    ``script_hash``: the page's, once the server's navigation message gave it."""
    from streamlit.proto.BackMsg_pb2 import BackMsg

    back = BackMsg()
    back.rerun_script.query_string = query
    back.rerun_script.page_name = page
    back.rerun_script.page_script_hash = script_hash
    back.rerun_script.context_info.url = f"{base.rstrip('/')}/{page}" + (f"?{query}" if query else "")
    back.rerun_script.context_info.locale = locale
    return back.SerializeToString()


async def read_run(conn, *, error_messages: bool = False) -> tuple[int, list[str]]:
    """Read the server's messages on ``conn`` until the script run asked for has finished (a run
    that reruns itself is followed): (deltas received, what went wrong: exception boxes, a page
    not found, a run that did not finish successfully and, with ``error_messages``, the page's
    ``st.error`` messages)."""
    from streamlit.proto.Alert_pb2 import Alert
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    elements, problems = 0, []
    while True:
        msg = ForwardMsg()
        msg.ParseFromString(await conn.recv())
        kind = msg.WhichOneof("type")
        if kind == "delta":
            elements += 1
            element = msg.delta.new_element if msg.delta.WhichOneof("type") == "new_element" else None
            if element is not None and element.WhichOneof("type") == "exception":
                problems.append(f"exception: {element.exception.type}: {element.exception.message[:300]}")
            elif error_messages and element is not None and element.WhichOneof("type") == "alert" \
                    and element.alert.format == Alert.ERROR:
                problems.append(f"error: {element.alert.body[:300]}")
        elif kind == "page_not_found":
            problems.append("page not found")
        elif kind == "script_finished":
            status = ForwardMsg.ScriptFinishedStatus.Name(msg.script_finished)
            if status == "FINISHED_EARLY_FOR_RERUN":
                continue  # the page asked for a rerun: its next run follows
            if status != "FINISHED_SUCCESSFULLY":
                problems.append(status)
            return elements, problems


def connect(base: str, timeout: float):
    """A websocket to the Streamlit server at ``base``, as a browser on that page opens it."""
    import websockets

    return websockets.connect(stream_url(base), subprotocols=["streamlit"], origin=base.rstrip("/"),
                              max_size=2**28, open_timeout=timeout, ping_interval=None)


async def visit(base: str, page: str, timeout: float, *, error_messages: bool = False) -> PageVisit:
    """One new session opening ``page`` on the server at ``base`` (a URL path, with its query if
    any: ``brief?brief_province=35``): connect, ask for the run, read the server's messages until
    the run finished (``read_run``; ``error_messages``: the page's ``st.error`` messages count as
    problems too). Never raises: what went wrong is the visit's ``problems``."""
    start = time.monotonic()
    elements, problems = 0, []
    try:
        async with asyncio.timeout(timeout):
            async with connect(base, timeout) as conn:
                path, _, query = page.partition("?")
                await conn.send(rerun_request(base, path.strip("/"), query))
                elements, problems = await read_run(conn, error_messages=error_messages)
    except TimeoutError:
        problems = [f"no answer within {timeout:.0f} s"]
    except Exception as exc:  # a refused connection, a closed socket, a bad handshake: said, never raised
        problems = [f"{type(exc).__name__}: {str(exc)[:200]}"]
    return PageVisit(page, time.monotonic() - start, elements, problems)


async def warm_worker(base: str, pages: Sequence[str], deadline: float) -> WorkerWarmUp:
    """Each page in a new session of its own, one after the other (a worker runs one script at a
    time well; the workers themselves warm side by side)."""
    result = WorkerWarmUp(base)
    for page in pages:
        left = deadline - time.monotonic()
        if left <= 0:
            result.visits.append(PageVisit(page, 0.0, problems=["not opened: the warm-up ran out of time"]))
            continue
        result.visits.append(await visit(base, page, left))
    return result


async def warm_async(urls: Sequence[str], pages: Sequence[str] = DEFAULT_PAGES,
                     timeout: float = DEFAULT_TIMEOUT_S) -> list[WorkerWarmUp]:
    deadline = time.monotonic() + timeout
    return list(await asyncio.gather(*[warm_worker(u, pages, deadline) for u in urls]))


def warm(urls: Sequence[str], pages: Sequence[str] = DEFAULT_PAGES,
         timeout: float = DEFAULT_TIMEOUT_S) -> list[WorkerWarmUp]:
    """Open ``pages`` on every server in ``urls`` (all of them within ``timeout`` seconds). Runs
    its own event loop in a thread of its own: a caller's thread may already run one (Playwright's
    sync API keeps one running), and ``asyncio.run`` refuses a thread that does."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, warm_async(urls, pages, timeout)).result()


def keep_compiled_scripts() -> None:
    """Keep the compiled page scripts for the life of a server that does not watch its files.

    Streamlit compiles ``dashboard.py`` and each page once (with its "magic": an AST rewrite) and
    keeps the bytecode, but forgets it all whenever its last session disconnects, so stale code
    is not run after an edit. Between a meeting's visitors that happens again and again, and the
    next visitor's run compiled its scripts anew: 13-25 ms of server CPU a view
    (``benchmarks/meeting.py``). A server started with ``server.fileWatcherType none`` (bin/serve,
    bin/start's workers, the test harness) never reloads its code while it runs, so the bytecode
    stays until it restarts. Called by ``dashboard.py`` on every run; patches once."""
    from streamlit import config as st_config
    from streamlit.runtime.scriptrunner.script_cache import ScriptCache

    if getattr(ScriptCache.clear, "_keeps_scripts", False):
        return
    if st_config.get_option("server.fileWatcherType") != "none":
        return  # a development server: an edited page must be read again

    def clear(self) -> None:  # noqa: ARG001 - nothing changes the scripts under this server
        return None

    clear._keeps_scripts = True  # type: ignore[attr-defined]
    ScriptCache.clear = clear  # type: ignore[method-assign]


_watching = False
_watch_lock = threading.Lock()
WATCH_INTERVAL_S = 2.0


def _own_url() -> str:
    from streamlit import config as st_config

    address = st_config.get_option("server.address")
    host = "127.0.0.1" if address in (None, "", "0.0.0.0", "::") else str(address)
    return f"http://{'[' + host + ']' if ':' in host else host}:{st_config.get_option('server.port')}"


def warm_after_publishes(interval_s: float = WATCH_INTERVAL_S) -> None:
    """Each publish (an import, a rollback, a restore) changes the data version the views are
    keyed on, so the first view of every page after it rebuilt everything, in every process, in
    front of a visitor. With ``JAMSOSTEK_WARM_AFTER_PUBLISH`` (bin/serve sets it), a thread of
    this process looks at the published snapshot every ``interval_s`` seconds (a ``stat``) and,
    when a new one is out, opens the main pages on this server as the start's warm-up does.
    Called by ``dashboard.py`` on every run; starts once per process."""
    global _watching
    from analytics import config

    if _watching or not config.warm_after_publish():
        return
    with _watch_lock:
        if _watching:
            return
        _watching = True
    threading.Thread(target=_watch, args=(config.db_path(), _own_url(), interval_s), name="warm-after-publish",
                     daemon=True).start()


def _published_now(path) -> tuple | None:
    from analytics import snapshots

    try:
        state = snapshots.reader(path).state()
        return state.snapshot_id, str(state.source)
    except Exception:  # a damaged or missing dataset: the pages say so; nothing to warm
        return None


def _watch(path, url: str, interval_s: float) -> None:
    seen = _published_now(path)
    while True:
        time.sleep(interval_s)
        now = _published_now(path)
        if now is None or now == seen:
            continue
        seen = now
        results = warm([url], DEFAULT_PAGES)
        for result in results:
            if result.ok:
                LOG.info("warmed after a publish: %s", result.summary())
            else:
                LOG.warning("warm-up after a publish incomplete: %s", result.summary())
