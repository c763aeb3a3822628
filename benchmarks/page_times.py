"""Server-side time per page: cold (first view after a start, caches empty) and warm (another
session opening the same link, as the 40 people of a provincial meeting do).

Each view is a new ``AppTest`` session of ``dashboard.py`` switched to the page, on a COPY of a
dataset. Two figures per view: ``script`` is dashboard.py's run from its first frame call to
the end of the page (queries, pandas work, figures, elements handed to Streamlit); ``run`` is
``AppTest.run()`` around it (adds AppTest's own handling of the elements, ~0.1 s). No browser
drawing. Cold clears Streamlit's data and resource caches and the view caches first (the
published snapshot stays open, as in a running server).

    .venv/bin/python benchmarks/page_times.py --db /tmp/perf/demo.duckdb
    .venv/bin/python benchmarks/page_times.py --db /tmp/perf/demo.duckdb --pages regulations --profile
    .venv/bin/python benchmarks/page_times.py --db data/jamsostek.duckdb --lang en --warm 5
    .venv/bin/python benchmarks/page_times.py --db /tmp/perf/demo.duckdb --served   # streamlit run
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_PAGES = "overview,brief,map,regulations"


class ScriptClock:
    """Times (and optionally profiles) dashboard.py's run inside AppTest's script thread, which
    a timer or profiler in this thread would not see: from the frame's first call
    (``mark_dashboard_frame``, right after ``set_page_config``) to the end of ``run_page``."""

    def __init__(self):
        from analytics.web import frame

        self.frame, self.profiler, self.seconds = frame, None, 0.0
        self._mark, self._run = frame.mark_dashboard_frame, frame.run_page
        self._start = 0.0
        frame.mark_dashboard_frame, frame.run_page = self.mark, self.run

    def mark(self):
        if self.profiler:
            self.profiler.start()
        self._start = time.perf_counter()
        self._mark()

    def run(self, *a, **kw):
        try:
            return self._run(*a, **kw)
        finally:
            self.seconds += time.perf_counter() - self._start  # a page may rerun: all of it
            if self.profiler and self.profiler.is_running:
                self.profiler.stop()


def view(clock: ScriptClock, page: str, lang: str | None, params: dict) -> tuple[float, float, list[str]]:
    from tests.apptest_support import errors_of, page_test

    at = page_test(page, lang=lang, params=params, timeout=300)
    clock.seconds = 0.0
    start = time.perf_counter()
    at.run()
    return time.perf_counter() - start, clock.seconds, errors_of(at)


def clear_caches() -> None:
    import streamlit as st

    from analytics.web import data, tables, views

    st.cache_data.clear()
    st.cache_resource.clear()
    data.clear_queries()
    views.clear()
    tables._presented.clear()


async def _served_view(base: str, path: str, server_pid: int, timeout: float = 300) -> tuple[float, float, list[str]]:
    """One page view in a new session of a served dashboard, over Streamlit's websocket
    protocol (as benchmarks/load_test.py's sessions): seconds until ``script_finished``, and the
    server process's CPU seconds meanwhile (its script run and serialising what it sends)."""
    import asyncio

    import psutil

    from analytics.web.warmup import connect, read_run, rerun_request

    proc = psutil.Process(server_pid)
    async with connect(base, timeout) as ws:
        cpu = sum(proc.cpu_times()[:2])
        start = time.perf_counter()
        await ws.send(rerun_request(base, path))
        _, errors = await asyncio.wait_for(read_run(ws), timeout)
        return time.perf_counter() - start, sum(proc.cpu_times()[:2]) - cpu, errors


def served(args, db: Path) -> None:
    """Per page: a fresh ``streamlit run`` (cold: its first view of the page), then warm views,
    each in a new session with the page's default parameters."""
    import asyncio

    from tests.browser.harness import StreamlitServer

    print(f"{'page':<12} {'cold view':>9} {'cold cpu':>9} {'warm view':>10} {'warm cpu':>9}   "
          f"(s; served, new session per view; warm: median of {args.warm})")
    for page in args.pages.split(","):
        server = StreamlitServer(db)
        try:
            server.wait_ready()
            path = "" if page == "overview" else page
            cold_s, cold_cpu, errors = asyncio.run(_served_view(server.url, path, server.process.pid))
            warm = []
            for _ in range(args.warm):
                seconds, cpu, more = asyncio.run(_served_view(server.url, path, server.process.pid))
                warm.append((seconds, cpu))
                errors += more
        finally:
            server.stop()
        print(f"{page:<12} {cold_s:9.3f} {cold_cpu:9.3f} {statistics.median(s for s, _ in warm):10.3f} "
              f"{statistics.median(c for _, c in warm):9.3f}" + (f"   ERRORS: {errors[:2]}" if errors else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="dataset to copy (e.g. one built by `init --demo`)")
    parser.add_argument("--pages", default=DEFAULT_PAGES, help=f"comma list of pages (default {DEFAULT_PAGES})")
    parser.add_argument("--warm", type=int, default=3, help="warm views per page (median printed)")
    parser.add_argument("--lang", choices=["id", "en"], default=None)
    parser.add_argument("--param", action="append", default=[], help="key=value query parameter (repeatable)")
    parser.add_argument("--profile", action="store_true", help="print a pyinstrument profile of one warm view")
    parser.add_argument("--served", action="store_true",
                        help="time views of `streamlit run` over its websocket instead of AppTest (latency, server CPU)")
    parser.add_argument("--profile-cold", action="store_true", help="print a pyinstrument profile of the cold view")
    args = parser.parse_args(argv)
    if not 1 <= args.warm <= 20:
        parser.error("keep it bounded: 1-20 warm views")

    work = Path(tempfile.mkdtemp(prefix="jamsostek-pagetimes-"))
    db = work / "bench.duckdb"
    shutil.copy(args.db, db)
    os.environ["JAMSOSTEK_DB"] = str(db)
    os.environ.setdefault("JAMSOSTEK_DATA_SOURCE", str(ROOT.parent / "shared" / "data"))
    os.environ.setdefault("STREAMLIT_LOGGER_LEVEL", "error")  # AppTest's "missing ScriptRunContext" chatter
    params = dict(p.split("=", 1) for p in args.param)

    if args.served:
        try:
            served(args, db)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return 0
    clock = ScriptClock()
    view(clock, "overview", args.lang, {})  # the first run in a process imports everything: not counted
    print(f"{'page':<12} {'cold script':>11} {'cold run':>9} {'warm script':>12} {'warm run':>9}   (s; warm: median of {args.warm})")
    try:
        for page in args.pages.split(","):
            try:
                clear_caches()
            except (AttributeError, ImportError):  # older code without the view caches (a baseline checkout)
                import streamlit as st

                st.cache_data.clear()
                st.cache_resource.clear()
            if args.profile_cold:
                from pyinstrument import Profiler

                clock.profiler = Profiler(interval=0.001)
            cold_run, cold_script, errors = view(clock, page, args.lang, params)
            if clock.profiler:
                cold_profile, clock.profiler = clock.profiler.output_text(unicode=False, color=False), None
            warm = []
            for _ in range(args.warm):
                run_s, script_s, more = view(clock, page, args.lang, params)
                warm.append((run_s, script_s))
                errors += more
            print(f"{page:<12} {cold_script:11.3f} {cold_run:9.3f} {statistics.median(s for _, s in warm):12.3f} "
                  f"{statistics.median(r for r, _ in warm):9.3f}" + (f"   ERRORS: {errors[:2]}" if errors else ""))
            if args.profile_cold:
                print(cold_profile)
            if args.profile:
                from pyinstrument import Profiler

                clock.profiler = Profiler(interval=0.001)
                view(clock, page, args.lang, params)
                print(clock.profiler.output_text(unicode=False, color=False, show_all=bool(os.environ.get("PROFILE_ALL"))))
                clock.profiler = None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
