"""The SQL explorer under memory bombs, and the latency of ordinary queries (run on purpose; not
part of the test suite). Localhost only; every loop is bounded in count and time.

1. Latency of ordinary explorer queries (the page's example queries and a count), p50/p95:
   - library: ``ReadOnlyExplorer(store).run(query)``, the call the page and the CLI make;
   - page: a running ``streamlit run dashboard.py`` (free localhost port) driven over its own
     websocket protocol (as benchmarks/load_test.py does) with ``/explorer?sql_q=...``, from the
     rerun request to ``script_finished``; each run's text differs (a comment) so the page's
     result cache never answers.
   ``--root`` points at another checkout to measure that code instead (e.g. the code before
   the worker processes: ``git archive 719d16c | tar -x -C /tmp/before``), with ``--no-bombs``.
2. Memory bombs (list and string functions that allocate outside DuckDB's memory_limit), each:
   - through the page of the same running server: peak RSS (VmHWM) of the server process, and
     the largest peak RSS of any of its descendants (forkserver, worker processes), and what
     the page said;
   - through the CLI (``python -m analytics sql``): peak RSS of the CLI process and of its
     worker, sampled every 5 ms from /proc.
   Targets: server < 1.5 GB, CLI < 1.2 GB (before the worker processes: 14 GB and 16 GB).

    .venv/bin/python benchmarks/bench_explorer.py [--db demo.duckdb] [--rounds 5]
    .venv/bin/python benchmarks/bench_explorer.py --root /tmp/before --no-bombs
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

HERE = Path(__file__).resolve().parents[1]

BOMBS = [
    ("range_list", "SELECT range(300000000) AS l"),
    ("unnest_range", "SELECT count(*) FROM (SELECT unnest(range(300000000)))"),
    ("len_range", "SELECT len(range(500000000)) AS n"),
    ("list_transform", "SELECT len(list_transform(range(100000000), lambda x: x * 2)) AS n"),
    ("repeat", "SELECT length(repeat('x', 2000000000)) AS n"),
    ("list_concat", "SELECT len(list_concat(range(100000000), range(100000000))) AS n"),
    ("list_of_strings", "SELECT list(repeat('x', 1000)) FROM range(10000000)"),
]
MB = 2**20


def typical_queries() -> list[str]:
    from analytics.queries import all_queries

    examples = [text for name, text in sorted(all_queries().items()) if name.startswith("example_")]
    return examples + ["SELECT count(*) AS n FROM region"]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def vm_hwm(pid: int) -> int:
    """Peak RSS of a live process in bytes (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def descendants(pid: int) -> list[int]:
    """From /proc/<pid>/task/*/children (cheap, unlike a scan of every process)."""
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{parent}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                with open(f"/proc/{parent}/task/{task}/children") as f:
                    kids = [int(k) for k in f.read().split()]
            except OSError:
                continue
            found += kids
            todo += kids
    return found


class Watch:
    """Samples the peak RSS of ``pid``'s descendants (every 5 ms) until stopped."""

    def __init__(self, pid: int):
        self.pid, self.peak, self._stop = pid, 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            for child in descendants(self.pid):
                self.peak = max(self.peak, vm_hwm(child))
            self._stop.wait(0.005)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


# --- library latency ---------------------------------------------------------------------------
def library_latency(db: Path, rounds: int) -> list[float]:
    from analytics.explorer.readonly import ReadOnlyExplorer
    from analytics.store import open_store

    explorer = ReadOnlyExplorer(open_store(db))
    explorer.run("SELECT 1")  # warm: first-use costs (the forkserver start) are not per query
    times = []
    for _ in range(rounds):
        for query in typical_queries():
            start = time.perf_counter()
            explorer.run(query)
            times.append(time.perf_counter() - start)
    return times


# --- the page over Streamlit's websocket ------------------------------------------------------
async def page_run(ws, base: str, page_hash: str, query: str, timeout: float) -> tuple[float, list[str]]:
    """One rerun of /explorer?sql_q=query: (seconds to script_finished, error boxes shown)."""
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    back = BackMsg()
    back.rerun_script.query_string = urlencode({"sql_q": query, "lang": "en"})
    back.rerun_script.page_name = "explorer"
    back.rerun_script.page_script_hash = page_hash
    back.rerun_script.context_info.url = f"{base}/explorer"
    start = time.monotonic()
    await ws.send(back.SerializeToString())
    alerts = []
    while True:
        raw = await asyncio.wait_for(ws.recv(), timeout=max(0.1, start + timeout - time.monotonic()))
        msg = ForwardMsg()
        msg.ParseFromString(raw)
        kind = msg.WhichOneof("type")
        if kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
            element = msg.delta.new_element
            if element.WhichOneof("type") == "alert" and element.alert.format == element.alert.ERROR:
                alerts.append(element.alert.body)
            elif element.WhichOneof("type") == "exception":
                alerts.append("EXCEPTION: " + element.exception.message)
        elif kind == "script_finished":
            if ForwardMsg.ScriptFinishedStatus.Name(msg.script_finished) == "FINISHED_EARLY_FOR_RERUN":
                continue
            return time.monotonic() - start, alerts


async def explorer_hash(ws, base: str, timeout: float) -> str:
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    back = BackMsg()
    back.rerun_script.query_string = ""
    back.rerun_script.context_info.url = base
    await ws.send(back.SerializeToString())
    found, deadline = "", time.monotonic() + timeout
    while time.monotonic() < deadline:
        msg = ForwardMsg()
        msg.ParseFromString(await asyncio.wait_for(ws.recv(), timeout=timeout))
        if msg.WhichOneof("type") == "navigation":
            found = next((p.page_script_hash for p in msg.navigation.app_pages if p.url_pathname == "explorer"), "")
        elif msg.WhichOneof("type") == "script_finished":
            return found
    raise TimeoutError("the app did not finish its first run")


async def drive_page(base: str, server_pid: int, rounds: int, bombs: bool, timeout: float) -> dict:
    import websockets

    url = base.replace("http://", "ws://") + "/_stcore/stream"
    out: dict = {"latency": [], "bombs": []}
    async with websockets.connect(url, subprotocols=["streamlit"], origin=base, max_size=2**28,
                                  open_timeout=timeout, ping_interval=None) as ws:
        page_hash = await explorer_hash(ws, base, timeout)
        await page_run(ws, base, page_hash, "SELECT 1", timeout)  # warm
        for n in range(rounds):
            for query in typical_queries():
                seconds, alerts = await page_run(ws, base, page_hash, f"{query}\n-- run {n}", timeout)
                if alerts:
                    raise RuntimeError(f"typical query refused on the page: {alerts}")
                out["latency"].append(seconds)
        if bombs:
            for case, query in BOMBS:
                watch = Watch(server_pid)
                seconds, alerts = await page_run(ws, base, page_hash, query, timeout)
                out["bombs"].append((case, seconds, vm_hwm(server_pid), watch.stop(), alerts))
    return out


def page_figures(db: Path, rounds: int, bombs: bool, timeout: float) -> dict:
    from tests.browser.harness import StreamlitServer

    server = StreamlitServer(db, env={"PYTHONPATH": str(ROOT)})
    try:
        server.wait_ready()
        result = asyncio.run(drive_page(server.url, server.process.pid, rounds, bombs, timeout))
        result["server_hwm_end"] = vm_hwm(server.process.pid)
        return result
    finally:
        server.stop()


# --- the CLI -----------------------------------------------------------------------------------
def cli_bomb(db: Path, query: str, timeout: float) -> tuple[float, int, int, str]:
    """(seconds, peak RSS of the CLI process, peak RSS of its descendants, last stderr line)."""
    start = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "analytics", "sql", query, "--db", str(db), "--timeout", "30"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    watch, own = Watch(proc.pid), 0
    while proc.poll() is None and time.monotonic() - start < timeout:
        own = max(own, vm_hwm(proc.pid))
        time.sleep(0.005)
    if proc.poll() is None:
        proc.kill()
    out, err = proc.communicate(timeout=30)
    lines = (err or out).strip().splitlines()
    return time.monotonic() - start, own, watch.stop(), lines[-1] if lines else ""


def build_demo_db(target: Path) -> None:
    from analytics.ingest import bootstrap
    from analytics.store import Store

    store = Store(target)
    bootstrap.initialise(store, with_demo=True, source=HERE.parent / "shared" / "data")
    store.close()


def main(argv: list[str] | None = None) -> int:
    global ROOT
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=HERE, help="checkout whose code to measure")
    parser.add_argument("--db", type=Path, help="demo database to copy (default: build one)")
    parser.add_argument("--rounds", type=int, default=5, help="rounds over the typical queries")
    parser.add_argument("--no-bombs", action="store_true", help="latency only (for code without a ceiling)")
    parser.add_argument("--no-page", action="store_true", help="skip the Streamlit server")
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args(argv)
    if not 1 <= args.rounds <= 20:
        parser.error("keep it bounded: 1-20 rounds")
    ROOT = args.root.resolve()
    sys.path.insert(0, str(ROOT))
    sys.path.insert(1, str(HERE))  # the test harness (tests/browser) of this checkout
    os.environ.setdefault("JAMSOSTEK_DATA_SOURCE", str(HERE.parent / "shared" / "data"))

    work = Path(tempfile.mkdtemp(prefix="jamsostek-bench-explorer-"))
    try:
        db = work / "bench.duckdb"
        if args.db:
            shutil.copy(args.db, db)
        else:
            build_demo_db(db)
        print(f"code: {ROOT}")
        lib = library_latency(db, args.rounds)
        from analytics.store import close_all

        close_all()  # the server and the CLI need the file
        print(f"library latency ({len(lib)} runs of {len(typical_queries())} typical queries): "
              f"p50 {pct(lib, 0.5) * 1000:.0f} ms, p95 {pct(lib, 0.95) * 1000:.0f} ms, "
              f"max {max(lib) * 1000:.0f} ms, mean {statistics.mean(lib) * 1000:.0f} ms")
        if not args.no_page:
            page = page_figures(db, args.rounds, not args.no_bombs, args.timeout)
            lat = page["latency"]
            print(f"page latency ({len(lat)} reruns of /explorer?sql_q=..., websocket): "
                  f"p50 {pct(lat, 0.5) * 1000:.0f} ms, p95 {pct(lat, 0.95) * 1000:.0f} ms, max {max(lat) * 1000:.0f} ms")
            for case, seconds, server, workers, alerts in page["bombs"]:
                said = (alerts[0] if alerts else "(no message)")[:90]
                print(f"  page  {case:<16} {seconds:5.2f} s  server peak RSS {server / MB:6.0f} MB  "
                      f"worker peak RSS {workers / MB:6.0f} MB  | {said}")
            if page["bombs"]:
                print(f"server peak RSS over all cases: {page['server_hwm_end'] / MB:.0f} MB (target < 1536 MB)")
        if not args.no_bombs:
            worst_cli = worst_worker = 0
            for case, query in BOMBS:
                seconds, own, workers, said = cli_bomb(db, query, args.timeout)
                worst_cli, worst_worker = max(worst_cli, own), max(worst_worker, workers)
                print(f"  cli   {case:<16} {seconds:5.2f} s  CLI peak RSS {own / MB:6.0f} MB  "
                      f"worker peak RSS {workers / MB:6.0f} MB  | {said[:90]}")
            print(f"CLI peak RSS over all cases: {worst_cli / MB:.0f} MB (target < 1229 MB); "
                  f"its workers: {worst_worker / MB:.0f} MB")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


ROOT = HERE

if __name__ == "__main__":
    sys.exit(main())
