"""The meeting, in one run (issues 22 and 24): what a shared brief link costs the server and the
wire, and whether one abusive client degrades everyone else.

1. Load: N sessions arriving over R seconds, each opening ``--steps`` views (brief, map,
   regulations) through Streamlit's websocket protocol (``load_test.browse_ws``: real script
   runs, no drawing), against
   - an empty Streamlit page (``benchmarks/empty_page.py``, one process): the framework's floor;
   - ``bin/start`` (as the README starts it: workers behind HAProxy, or one process without it);
   - ``bin/serve`` (WORKERS workers behind HAProxy);
   at 40 sessions in 10 s and 200 in 30 s. Printed: p50, p95, max, errors, server CPU per view,
   elements (Streamlit deltas) per view and CPU per view against the empty page's. Then
   - a page of as many bare captions as the served views sent on average
     (``benchmarks/floor_page.py``, one process): what Streamlit alone costs for that many
     elements, the floor under any page that size, whatever the app does.
2. Wire: the brief link opened on a phone (390 x 844, Chromium) through ``bin/start``, bytes
   transferred by its first visit and by a second visit in the same browser (Chromium's network
   log: encoded HTTP bytes plus websocket frames).
3. Abuse: a victim session (its own address, 127.0.0.2) opening the brief again and again, quiet
   and then while one client (127.0.0.1) runs 15 sessions flooding reruns of the regulation
   tracker and the brief. Printed: the victim's p50/p95 quiet and under abuse.

The machine is shared: the load average is printed beside every figure (latencies swing with it;
CPU per view much less). Everything runs on localhost ports from ``--port`` (default 8630) up.

    .venv/bin/python benchmarks/meeting.py --db /tmp/perf/public.duckdb
    .venv/bin/python benchmarks/meeting.py --db data/jamsostek.duckdb --only wire
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from load_test import Stats, browse_ws, cpu_seconds  # noqa: E402

from tests.browser.harness import CHROMIUM, CHROMIUM_FLAGS, StreamlitServer, healthy  # noqa: E402

PAGES = [("brief", ""), ("map", ""), ("regulations", "")]
TOKEN = "meeting-benchmark-token"


def load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())



class Served:
    """bin/start or bin/serve in its own process group, on the given ports."""

    def __init__(self, script: str, db: Path, port: int, workers: int, env: dict | None = None):
        self.url = f"http://127.0.0.1:{port}"
        self.log = tempfile.NamedTemporaryFile(prefix="meeting-", suffix=".log", delete=False)
        child = {**os.environ, "PORT": str(port), "FIRST_WORKER_PORT": str(port + 1), "WORKERS": str(workers),
                 "BIND": "127.0.0.1", "JAMSOSTEK_DB": str(db), "JAMSOSTEK_EDITOR_TOKEN": TOKEN,
                 # one address plays every session here: let it open as many as the test asks
                 "CLIENT_MAX_CONNECTIONS": "1000", "CLIENT_NEW_SESSIONS": "1000", **(env or {})}
        self.proc = subprocess.Popen([str(ROOT / "bin" / script)], cwd=ROOT, env=child, stdout=self.log,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 300
        while not healthy(self.url):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(Path(self.log.name).read_text()[-3000:])
            time.sleep(0.5)

    def pids(self) -> list[int]:
        return [self.proc.pid]  # cpu_seconds counts the children: workers and haproxy

    def stop(self) -> None:
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
            self.proc.wait(30)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(self.proc.pid, signal.SIGKILL)


async def burst(url: str, pids: list[int], sessions: int, ramp: float, steps: int, pages) -> dict:
    # warm-up: one session's views, not counted (first imports, first view of each page)
    await browse_ws(url, pages, len(pages), 0, Stats(), 120.0)
    stats = Stats()
    cpu0, load0 = cpu_seconds(pids), load()
    await asyncio.gather(*[browse_ws(url, pages, steps, seed, stats, 120.0, delay=(seed - 1) * ramp / sessions)
                           for seed in range(1, sessions + 1)])
    cpu = cpu_seconds(pids) - cpu0
    lat = sorted(stats.latencies)
    pct = lambda q: lat[min(len(lat) - 1, int(round(q * (len(lat) - 1))))] if lat else float("nan")  # noqa: E731
    return {"views": stats.views, "p50": pct(0.5), "p95": pct(0.95), "max": lat[-1] if lat else float("nan"),
            "errors": len(stats.errors) + (sessions * steps - stats.views if not stats.errors else 0),
            "error_samples": stats.errors[:3], "cpu_ms_per_view": 1000 * cpu / max(stats.views, 1),
            "elements_per_view": stats.deltas / max(stats.views, 1), "load": f"{load0} -> {load()}"}


def print_row(name: str, shape: str, r: dict, empty: dict | None) -> None:
    ratio = f"{r['cpu_ms_per_view'] / empty['cpu_ms_per_view']:.1f}" if empty else "-"
    print(f"| {name} | {shape} | {r['p50']:.2f} | {r['p95']:.2f} | {r['max']:.2f} | {r['errors']} | "
          f"{r['cpu_ms_per_view']:.0f} | {r['elements_per_view']:.0f} | {ratio} | {r['load']} |", flush=True)
    if r["error_samples"]:
        print(f"|   errors: {r['error_samples']} |", flush=True)


def run_load(args, db: Path) -> None:
    shapes = [(40, 10.0), (200, 30.0)] if not args.quick else [(40, 10.0)]
    print("\n## Load (websocket sessions, views: brief, map, regulations)\n")
    print("| served by | sessions / s | p50 s | p95 s | max s | errors | CPU ms per view | elements per view "
          "| × empty | load average |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    empty = {}
    with one_process(db, "benchmarks/empty_page.py") as server:
        for shape in shapes:
            empty[shape] = burst_row(args, server.url, [server.process.pid], shape, [("", "")],
                                     "empty Streamlit page (1 process)", None)
    elements = []
    for script, workers in (("start", os.cpu_count() or 2), ("serve", args.workers)):
        served = Served(script, db, args.port, workers)
        try:
            for shape in shapes:
                r = burst_row(args, served.url, served.pids(), shape, PAGES, f"bin/{script} ({workers} workers)",
                              empty[shape])
                elements.append(r["elements_per_view"])
        finally:
            served.stop()
    # what Streamlit alone costs for as many elements as the meeting's views sent: their floor
    count = round(statistics.mean(elements))
    with one_process(db, "benchmarks/floor_page.py") as server:
        for shape in shapes:
            burst_row(args, server.url, [server.process.pid], shape, [(f"?n={count}", "")],
                      f"{count} bare captions (1 process)", empty[shape])


def burst_row(args, url: str, pids: list[int], shape: tuple[int, float], pages, name: str,
              empty: dict | None) -> dict:
    """One burst of ``shape`` (sessions, ramp-up seconds) against ``url``, printed as a table row."""
    r = asyncio.run(burst(url, pids, shape[0], shape[1], args.steps, pages))
    print_row(name, f"{shape[0]} / {shape[1]:.0f}", r, empty)
    return r


@contextlib.contextmanager
def one_process(db: Path, script: str):
    """``streamlit run script`` (one process), ready, stopped afterwards."""
    server = StreamlitServer(db, script=script)
    try:
        server.wait_ready()
        yield server
    finally:
        server.stop()


async def visit_bytes(url: str) -> tuple[dict, dict]:
    """Bytes a phone's Chromium transfers opening the brief, first and second visit."""
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS)
        context = await browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True,
                                            has_touch=True, device_scale_factor=2, locale="id-ID")
        results = []
        for _ in range(2):
            page = await context.new_page()
            cdp = await context.new_cdp_session(page)
            totals = {"http": 0, "ws": 0, "requests": 0, "plotly": False}
            urls: dict[str, str] = {}

            def on_response(event, urls=urls):
                urls[event["requestId"]] = event["response"]["url"]

            def on_finished(event, totals=totals, urls=urls):
                totals["http"] += int(event.get("encodedDataLength", 0))
                totals["requests"] += 1
                if "plotly" in urls.get(event["requestId"], "").lower():
                    totals["plotly"] = True

            def on_frame(event, totals=totals):
                totals["ws"] += len(event["response"].get("payloadData", ""))

            cdp.on("Network.responseReceived", on_response)
            cdp.on("Network.loadingFinished", on_finished)
            cdp.on("Network.webSocketFrameReceived", on_frame)
            await cdp.send("Network.enable")
            await page.goto(f"{url}/brief?brief_province=62", wait_until="load")
            for _ in range(600):
                state = await page.evaluate(
                    "() => { const a = document.querySelector('[data-testid=\"stApp\"]');"
                    " return a ? a.getAttribute('data-test-script-state') : null; }")
                if state == "notRunning" and await page.locator("h1").count():
                    break
                await asyncio.sleep(0.2)
            await asyncio.sleep(2.0)  # lazy chunks (charts, fonts) after the run
            results.append(dict(totals))
            await page.close()
        await browser.close()
        return results[0], results[1]


def run_wire(args, db: Path) -> None:
    print("\n## Wire: the brief link on a phone (390 x 844), through bin/start\n")
    served = Served("start", db, args.port, os.cpu_count() or 2)
    try:
        first, second = asyncio.run(visit_bytes(served.url))
    finally:
        served.stop()
    for name, r in (("first visit", first), ("second visit", second)):
        total = r["http"] + r["ws"]
        print(f"- {name}: {total / 2**20:.2f} MB ({r['http'] / 2**20:.2f} MB HTTP in {r['requests']} requests, "
              f"{r['ws'] / 2**20:.2f} MB websocket), load {load()}", flush=True)


async def victim_times(url: str, views: int) -> list[float]:
    stats = Stats()
    await browse_ws_from(url, [("brief", ""), ("", "")], views, 99, stats, "127.0.0.2")
    return stats.latencies


async def browse_ws_from(base, pages, steps, seed, stats, local_ip):
    """browse_ws from another loopback address (127.0.0.2): another client to HAProxy and the
    workers' fair queue."""
    import websockets

    original = websockets.connect

    def connect(*a, **kw):
        kw.setdefault("local_addr", (local_ip, 0))
        return original(*a, **kw)

    websockets.connect = connect
    try:
        await browse_ws(base, pages, steps, seed, stats, 120.0)
    finally:
        websockets.connect = original


async def abuse(url: str, stop: asyncio.Event, sessions: int, counter: list[int]) -> None:
    """One client: ``sessions`` websockets each sending rerun requests of expensive views without
    waiting for them to finish (the flood of issue 22 class 7)."""
    import websockets

    from analytics.web.warmup import rerun_request, stream_url

    async def one(i: int):
        ws_url = stream_url(url)
        try:
            async with websockets.connect(ws_url, subprotocols=["streamlit"], origin=url, max_size=2**28,
                                          ping_interval=None) as ws:
                async def drain():
                    async for _ in ws:
                        pass

                reader = asyncio.create_task(drain())
                k = 0
                while not stop.is_set():
                    await ws.send(rerun_request(url, ("regulations", "brief")[k % 2]))
                    counter[0] += 1
                    k += 1
                    await asyncio.sleep(0.02)
                reader.cancel()
        except Exception:
            pass

    await asyncio.gather(*[one(i) for i in range(sessions)])


def run_abuse(args, db: Path) -> None:
    print("\n## One abusive client (15 sessions flooding reruns) and a victim, bin/serve\n")
    served = Served("serve", db, args.port, args.workers)
    pct = lambda xs, q: sorted(xs)[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]  # noqa: E731
    try:
        asyncio.run(victim_times(served.url, 4))  # warm-up
        quiet_load = load()
        quiet = asyncio.run(victim_times(served.url, args.victim_views))

        async def under_abuse():
            stop, counter = asyncio.Event(), [0]
            flood = asyncio.create_task(abuse(served.url, stop, 15, counter))
            await asyncio.sleep(5)
            times = await victim_times(served.url, args.victim_views)
            stop.set()
            await flood
            return times, counter[0]

        abused_load = load()
        abused, sent = asyncio.run(under_abuse())
    finally:
        served.stop()
    print(f"- victim quiet: p50 {statistics.median(quiet):.2f} s, p95 {pct(quiet, 0.95):.2f} s (load {quiet_load})")
    print(f"- victim with the abusive client: p50 {statistics.median(abused):.2f} s, p95 {pct(abused, 0.95):.2f} s "
          f"(load {abused_load} -> {load()}; {sent} rerun requests sent by the abuser)")
    print(f"- p95 ratio: {pct(abused, 0.95) / pct(quiet, 0.95):.2f} (goal <= 2)")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True, help="dataset to copy (e.g. the public default)")
    parser.add_argument("--port", type=int, default=8630)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--steps", type=int, default=2)
    parser.add_argument("--victim-views", type=int, default=20)
    parser.add_argument("--quick", action="store_true", help="40 sessions only")
    parser.add_argument("--only", choices=["load", "wire", "abuse"], action="append")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="meeting-"))
    db = work / "jamsostek.duckdb"
    shutil.copy(args.db, db)
    print(f"# meeting benchmark: {os.cpu_count()} cores, load average at start {load()}")
    try:
        for part, fn in (("load", run_load), ("wire", run_wire), ("abuse", run_abuse)):
            if not args.only or part in args.only:
                fn(args, db)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
