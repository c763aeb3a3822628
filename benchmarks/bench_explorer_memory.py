"""The server's memory with 4 concurrent big SQL-explorer sessions (issue 22, class 6).

Starts ``streamlit run dashboard.py`` on a copy of a demo database (or uses ``--db``) on
localhost, opens 4 Chromium sessions at once on the explorer with big results — two of about
60 MB of text (10,000 rows of 6,000 characters), two of 800 columns x 10,000 rows — waits until
each page has drawn, closes them, and prints the server process's RSS: before, the peak while
the sessions ran (sampled every 50 ms), and 5 and 160 s after they closed (Streamlit
keeps a closed session's state 120 s for a reconnect). Query workers are
separate processes with their own ceiling and are not counted.

    .venv/bin/python benchmarks/bench_explorer_memory.py [--db X.duckdb] [--app-dir DIR] [--port 8620]

``--app-dir`` runs another checkout's dashboard.py (e.g. an export of the code before a change)
with this venv, for a before/after comparison.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

TEXT_QUERY = "SELECT i, repeat('x', 6000) || i AS t FROM range(10000) t(i)"
WIDE_QUERY = "SELECT " + ", ".join(f"i + {k} AS c{k}" for k in range(800)) + " FROM range(10000) t(i)"
SESSIONS = [TEXT_QUERY, WIDE_QUERY, TEXT_QUERY + " ORDER BY i DESC", WIDE_QUERY.replace("i + 0 ", "i - 0 ")]


def rss(pid: int) -> int:
    try:
        return psutil.Process(pid).memory_info().rss
    except psutil.NoSuchProcess:
        return 0


def watch(pid: int, stop: threading.Event, peak: list[int]) -> None:
    while not stop.is_set():
        peak[0] = max(peak[0], rss(pid))
        time.sleep(0.05)


def build_demo_db(target: Path) -> None:
    from analytics.ingest import bootstrap
    from analytics.store import Store

    store = Store(target)
    bootstrap.initialise(store, with_demo=True, source=Path(os.environ.get(
        "JAMSOSTEK_DATA_SOURCE", ROOT.parent / "shared" / "data")))
    store.close()


def wait_healthy(url: str, process: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("streamlit exited early")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError("streamlit not healthy")


def open_sessions(url: str, queries: list[str]) -> list[str]:
    """Open every query's explorer page at once; wait until each has drawn. Returns what each
    page shows (result rows caption, warning or error) in one line."""
    from playwright.sync_api import sync_playwright

    from tests.browser.harness import launch_browser, wait_for_app

    outcomes = []
    with sync_playwright() as p:
        browser = launch_browser(p)
        pages = []
        for query in queries:
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            page.set_default_timeout(180_000)
            page.goto(f"{url}/explorer?" + urllib.parse.urlencode({"sql_q": query}), wait_until="commit")
            pages.append((context, page))
        for context, page in pages:
            wait_for_app(page, timeout=180)
            text = page.locator("[data-testid='stMain']").inner_text()
            lines = [line for line in text.splitlines() if not line.startswith("Tulis") and any(
                word in line for word in ("baris", "dipotong", "ditolak", "Kueri", "hasil"))]
            outcomes.append(" | ".join(lines[:3])[:200])
        for context, _ in pages:
            context.close()
        browser.close()
    return outcomes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a demo database (copied); built when missing")
    parser.add_argument("--app-dir", type=Path, default=ROOT, help="the checkout whose dashboard.py runs")
    parser.add_argument("--port", type=int, default=8620)
    parser.add_argument("--wait-more", type=float, default=150.0,
                        help="seconds to wait after the 160 s figure for one more (the server's last "
                             "memory give-back comes 300 s after a big result)")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="bench-explorer-memory-"))
    db = work / "app.duckdb"
    if args.db:
        shutil.copy(args.db, db)
    else:
        build_demo_db(db)
    url = f"http://127.0.0.1:{args.port}"
    env = {**os.environ, "JAMSOSTEK_DB": str(db), "JAMSOSTEK_EXPLORER_DIR": str(work / "explorer"),
           "PYTHONPATH": str(args.app_dir)}
    log = open(work / "streamlit.log", "wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(args.app_dir / "dashboard.py"), "--server.headless", "true",
         "--server.port", str(args.port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none", "--server.runOnSave", "false"],
        cwd=args.app_dir, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_healthy(url, server)
        # one small explorer view first: the explorer file, forkserver and page code are warm
        open_sessions(url, ["SELECT count(*) AS n FROM region"])
        time.sleep(2)
        before = rss(server.pid)
        stop, peak = threading.Event(), [before]
        watcher = threading.Thread(target=watch, args=(server.pid, stop, peak), daemon=True)
        watcher.start()
        start = time.perf_counter()
        outcomes = open_sessions(url, SESSIONS)
        elapsed = time.perf_counter() - start
        time.sleep(5)
        after_5 = rss(server.pid)
        time.sleep(155)  # Streamlit keeps a closed session 120 s for a reconnect
        after_160 = rss(server.pid)
        time.sleep(args.wait_more)
        after_more = rss(server.pid)
        stop.set()
        watcher.join()
        mb = 2**20
        print(f"app: {args.app_dir}")
        print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        print(f"4 sessions (2 x ~60 MB text, 2 x 800 columns) drawn in {elapsed:.1f} s")
        for query, outcome in zip(SESSIONS, outcomes):
            print(f"  {query[:50]}…: {outcome}")
        print(f"server RSS before {before / mb:.0f} MB, peak {peak[0] / mb:.0f} MB, "
              f"5 s after closing {after_5 / mb:.0f} MB, 160 s after {after_160 / mb:.0f} MB, "
              f"{160 + args.wait_more:.0f} s after {after_more / mb:.0f} MB")
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
