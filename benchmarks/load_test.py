"""Bounded load test on localhost: N browser sessions navigate the dashboard while one imports a
file through the data page.

Starts ``streamlit run dashboard.py`` on a free localhost port with a COPY of a demo database,
opens N Playwright browser contexts in one Debian Chromium (real sessions: websocket, script
runs, Plotly rendering), and has each open the app and then click through pages in the sidebar
for a fixed number of steps (seeded order). Meanwhile one more session uploads a generated
coverage CSV (14 Kalimantan Tengah regions, a fresh period) on the data page and presses Import.

Reports: sessions, page views (requests), p50/p95/max latency of a page view (click or load ->
script finished and page drawn), the median per page, errors (exception boxes, "Page not found",
timeouts), peak RSS and CPU seconds of the server process(es) (CPU per page view hardly
depends on what else the machine runs; latencies do, so the load average is printed), and
whether the import landed (batch count +1, 14 rows in the batch), checked in the published
dataset.

    .venv/bin/python benchmarks/load_test.py --sessions 20 --steps 6
    # a meeting: 40 people open the shared link within 10 s, on a server started by bin/serve
    .venv/bin/python benchmarks/load_test.py --url http://127.0.0.1:8501 --db data/jamsostek.duckdb \
        --sessions 40 --steps 2 --ramp-up 10 --pages brief,map,regulations

On 2 shared cores the browser does most of the work (20 tabs drawing Plotly charts); the figures
are end-to-end as a user would feel them, not server time alone.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.browser.harness import CHROMIUM, CHROMIUM_FLAGS, TEST_EDITOR_TOKEN, StreamlitServer  # noqa: E402

SHOTS = ROOT / "test-artifacts" / "screenshots"

IDLE_JS = """() => {
    const app = document.querySelector('[data-testid="stApp"]');
    if (!app) return null;
    const running = app.getAttribute('data-test-script-state') === 'running';
    const connected = app.getAttribute('data-test-connection-state') === 'CONNECTED';
    const skeleton = document.querySelector('[data-testid="stSkeleton"]');
    const h1 = document.querySelector('[data-testid="stMain"] h1');
    return {running, connected, skeleton: !!skeleton, title: h1 ? h1.innerText : null};
}"""

ERRORS_JS = """() => {
    const boxes = Array.from(document.querySelectorAll('[data-testid="stException"]')).map(e => e.innerText.slice(0, 300));
    if (Array.from(document.querySelectorAll('h1,h2,h3,div')).some(e => e.innerText === 'Page not found')) boxes.push('Page not found');
    return boxes;
}"""


@dataclass
class Stats:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    views: int = 0
    deltas: int = 0  # elements received (websocket mode)
    by_page: dict[str, list[float]] = field(default_factory=dict)

    def record(self, path: str, seconds: float) -> None:
        self.latencies.append(seconds)
        self.by_page.setdefault(path or "(overview)", []).append(seconds)
        self.views += 1


async def wait_drawn(page, previous_title: str | None, timeout: float) -> None:
    """Until the script run finished and the page shows a title other than ``previous_title``."""
    deadline = time.monotonic() + timeout
    settled_since = None
    while time.monotonic() < deadline:
        state = await page.evaluate(IDLE_JS)
        ok = (state and state["connected"] and not state["running"] and not state["skeleton"]
              and state["title"] and state["title"] != previous_title)
        now = time.monotonic()
        if ok:
            settled_since = settled_since or now
            if now - settled_since >= 0.25:  # still idle a moment later: not between reruns
                return
        else:
            settled_since = None
        await asyncio.sleep(0.05)
    raise TimeoutError(f"page not drawn within {timeout:.0f}s")


async def new_page(browser, timeout: float, height: int = 800):
    context = await browser.new_context(viewport={"width": 1280, "height": height}, locale="id-ID")
    context.set_default_timeout(timeout * 1000)
    context.set_default_navigation_timeout(timeout * 1000)
    return context, await context.new_page()


async def browse(browser, base: str, pages: list[tuple[str, str]], steps: int, seed: int, stats: Stats,
                 timeout: float, delay: float = 0.0) -> None:
    await asyncio.sleep(delay)  # ramp-up: sessions arrive over a few seconds, not in one instant
    context, page = await new_page(browser, timeout)
    rng = random.Random(seed)
    try:
        path = rng.choice(pages)[0]
        start = time.monotonic()
        await page.goto(f"{base}/{path}", wait_until="commit")
        await wait_drawn(page, None, timeout)
        stats.record(path, time.monotonic() - start)
        current = path
        for _ in range(steps - 1):
            path = rng.choice([p for p, _ in pages if p != current])
            title = (await page.evaluate(IDLE_JS))["title"]
            link = page.locator(f'[data-testid="stSidebarNav"] a[href$="/{path}"]')
            start = time.monotonic()
            await link.first.click()
            try:
                await wait_drawn(page, title, timeout)
            except TimeoutError as exc:
                stats.errors.append(f"{path}: {exc}")
                continue
            stats.record(path, time.monotonic() - start)
            found = await page.evaluate(ERRORS_JS)
            stats.errors.extend(f"{path}: {e}" for e in found)
            current = path
    except Exception as exc:  # a crashed session is an error, not a crashed benchmark
        state = None
        try:
            state = await page.evaluate(IDLE_JS)
            SHOTS.mkdir(parents=True, exist_ok=True)
            await page.screenshot(path=str(SHOTS / f"load_fail_{seed}.png"))
        except Exception:
            pass
        stats.errors.append(f"session {seed}: {type(exc).__name__}: {str(exc)[:200]} (state {state})")
    finally:
        await context.close()


async def browse_ws(base: str, pages: list[tuple[str, str]], steps: int, seed: int, stats: Stats,
                    timeout: float, delay: float = 0.0) -> None:
    """A session speaking Streamlit's own websocket protocol (protobuf BackMsg/ForwardMsg), as
    the browser's JavaScript does, minus the drawing: every page view is a real script run on
    the server (session, widgets, queries, figures, deltas sent back). Latency: rerun request ->
    ``script_finished``."""
    import websockets
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    from analytics.web.warmup import rerun_request, stream_url

    await asyncio.sleep(delay)
    rng = random.Random(seed)
    url = stream_url(base)
    hashes: dict[str, str] = {}
    try:
        async with websockets.connect(url, subprotocols=["streamlit"], origin=base, max_size=2**28,
                                      open_timeout=timeout, ping_interval=None) as ws:
            current = None
            for _ in range(steps):
                path = rng.choice([p for p, _ in pages if p != current] or [p for p, _ in pages])
                page, _, query = path.partition("?")  # a URL path with its query if any: "?n=40"
                start = time.monotonic()
                await ws.send(rerun_request(base, page, query, script_hash=hashes.get(page, "")))
                deltas, finished = 0, False
                while not finished:
                    raw = await asyncio.wait_for(ws.recv(), timeout=max(0.1, start + timeout - time.monotonic()))
                    msg = ForwardMsg()
                    msg.ParseFromString(raw)
                    kind = msg.WhichOneof("type")
                    if kind == "delta":
                        deltas += 1
                        if msg.delta.WhichOneof("type") == "new_element" and \
                                msg.delta.new_element.WhichOneof("type") == "exception":
                            stats.errors.append(f"{path}: exception {msg.delta.new_element.exception.message[:200]}")
                    elif kind == "navigation":
                        for app_page in msg.navigation.app_pages:
                            key = "" if app_page.is_default else app_page.url_pathname
                            hashes[key] = app_page.page_script_hash
                    elif kind == "page_not_found":
                        stats.errors.append(f"{path}: page not found")
                    elif kind == "script_finished":
                        status = ForwardMsg.ScriptFinishedStatus.Name(msg.script_finished)
                        if status == "FINISHED_EARLY_FOR_RERUN":
                            continue  # the page asked for a rerun (st.rerun): keep waiting
                        if status != "FINISHED_SUCCESSFULLY":
                            stats.errors.append(f"{path}: {status}")
                        finished = True
                stats.record(path, time.monotonic() - start)
                stats.deltas += deltas
                current = path
    except Exception as exc:
        stats.errors.append(f"ws session {seed}: {type(exc).__name__}: {str(exc)[:200]}")


async def import_through_page(browser, base: str, csv_path: Path, stats: Stats, timeout: float,
                              editor_token: str = TEST_EDITOR_TOKEN) -> float | None:
    """Upload ``csv_path`` on the data page and press Import; the seconds it took, or None."""
    context, page = await new_page(browser, timeout, height=900)
    # importing needs the editor role: the editor cookie of the server's token (the test server's,
    # or --editor-token for a server given by --url)
    from analytics.web import roles

    await context.add_cookies([{"name": roles.COOKIE, "value": roles.cookie_value(editor_token), "url": base}])
    try:
        await page.goto(f"{base}/data", wait_until="commit")
        await wait_drawn(page, None, timeout)
        start = time.monotonic()
        await page.locator('input[type="file"]').first.set_input_files(str(csv_path))
        button = page.locator('[data-testid="stBaseButton-primary"]', has_text="Impor")
        await button.first.wait_for(timeout=timeout * 1000)
        await button.first.click()
        await page.get_by_text("Diimpor sebagai batch", exact=False).first.wait_for(timeout=timeout * 1000)
        return time.monotonic() - start
    except Exception as exc:
        stats.errors.append(f"import: {type(exc).__name__}: {str(exc)[:300]}")
        return None
    finally:
        await context.close()


async def import_through_cli(db: Path, csv_path: Path, stats: Stats) -> float | None:
    """``python -m analytics import`` beside the running dashboard (bin/serve: sessions through
    the proxy are not editors unless a password is configured); the seconds it took, or None."""
    start = time.monotonic()
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "analytics", "import", "coverage", str(csv_path), "--db", str(db), cwd=ROOT,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate()
    if proc.returncode != 0:
        stats.errors.append(f"cli import: exit {proc.returncode}: {err.decode()[-300:]}")
        return None
    return time.monotonic() - start


def watch_rss(pids: list[int], stop: threading.Event, peak: list[int]) -> None:
    """Peak of the summed RSS of the given processes and their children."""
    import psutil

    procs = []
    for pid in pids:
        try:
            procs.append(psutil.Process(pid))
        except psutil.Error:
            pass
    while not stop.is_set():
        rss = 0
        for proc in procs:
            try:
                rss += proc.memory_info().rss + sum(c.memory_info().rss for c in proc.children(recursive=True))
            except psutil.Error:
                pass
        peak[0] = max(peak[0], rss)
        stop.wait(0.2)


def serving_pids(url: str) -> list[int]:
    """The processes listening on the URL's port (bin/serve's HAProxy) and the Streamlit
    processes of this checkout (its workers, started in it): what serves a running dashboard.
    Other checkouts' servers on the same machine (tests) are not counted."""
    import psutil
    from urllib.parse import urlsplit

    port = urlsplit(url).port
    found = set()
    for conn in psutil.net_connections("tcp"):
        if conn.status == psutil.CONN_LISTEN and conn.laddr and conn.laddr.port == port and conn.pid:
            found.add(conn.pid)
    for proc in psutil.process_iter(["pid", "cmdline", "cwd"]):
        cmd = " ".join(proc.info["cmdline"] or [])
        if "streamlit run" in cmd and "dashboard.py" in cmd and proc.info["cwd"] == str(ROOT):
            found.add(proc.info["pid"])
    return sorted(found)


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time used so far by the processes and their children: the server's
    work, whatever else the machine is doing (wall-clock latencies are not)."""
    import psutil

    total = 0.0
    for pid in pids:
        try:
            proc = psutil.Process(pid)
            for p in [proc, *proc.children(recursive=True)]:
                times = p.cpu_times()
                total += times.user + times.system
        except psutil.Error:
            pass
    return total


def make_import_csv(db: Path, folder: Path) -> Path:
    regions = _published(db).execute(
        "SELECT code, name FROM region WHERE province_code = '62' AND level <> 'provinsi' ORDER BY code").fetchall()
    rng = random.Random(7)
    lines = ["Kode Wilayah;Kabupaten/Kota;Periode;Segmen;Kelompok;Jumlah Peserta Aktif;Keterangan"]
    stamp = time.strftime("%Y%m%dT%H%M%S")
    for code, name in regions:
        lines.append(f"{code};{name};2020-06;PU;Non ASN;{rng.randint(500, 5000)};uji beban {stamp}")
    path = folder / "uji_beban_kalteng_2020-06.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _published(db: Path):
    """A cursor on the dataset's published snapshot, read fresh (a running server may publish)."""
    from analytics import snapshots

    return snapshots.Reader(db).state().store.cursor()


def batch_counts(db: Path) -> tuple[int, int | None, int]:
    con = _published(db)
    n, last = con.execute("SELECT count(*), max(batch_id) FROM import_batch").fetchall()[0]
    rows = con.execute("SELECT count(*) FROM coverage_row WHERE batch_id = ?", [last]).fetchall()[0][0]
    return n, last, rows


def build_demo_db(target: Path) -> None:
    from analytics.ingest import bootstrap
    from analytics.store import Store

    source = ROOT.parent / "shared" / "data"
    store = Store(target)
    bootstrap.initialise(store, with_demo=True, source=source if source.is_dir() else None)
    store.close()


async def run(args) -> dict:
    from playwright.async_api import async_playwright

    from analytics.web.navigation import PAGES

    work = Path(tempfile.mkdtemp(prefix="jamsostek-load-"))
    db = work / "load.duckdb"
    args.url = getattr(args, "url", None)
    args.import_via = getattr(args, "import_via", None)
    if args.url:
        if not args.db:
            raise SystemExit("--url needs --db: the running server's dataset, to check that the import landed")
        db = args.db  # the running server's dataset: read only through its published snapshot
    elif args.db:
        shutil.copy(args.db, db)
    else:
        build_demo_db(db)
    before = batch_counts(db)
    csv_path = make_import_csv(db, work)
    pages = [(p.url_path if not p.default else "", p.title_key) for p in PAGES if p.url_path != "data"]
    if args.pages:
        pages = [p for p in pages if p[0] in args.pages.split(",")]

    server = None if args.url else StreamlitServer(db)
    base = args.url.rstrip("/") if args.url else server.url
    stop, peak = threading.Event(), [0]
    stats, import_stats = Stats(), Stats()
    import_s = None
    try:
        if server:
            server.wait_ready()
        pids = serving_pids(base) if args.url else [server.process.pid]
        watcher = threading.Thread(target=watch_rss, args=(pids, stop, peak), daemon=True)
        watcher.start()
        cpu_before = cpu_seconds(pids)
        async with async_playwright() as p:
            browser = await p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGS)
            # warm-up: the first session after start shows a spurious "Page not found" on deep links
            # (streamlit #8860) and pays the first imports; not counted
            warm = Stats()
            await browse(browser, base, [("", "")], 1, 0, warm, args.timeout)
            started = time.monotonic()
            client = browse if args.mode == "browser" else (
                lambda _b, *rest, **kw: browse_ws(*rest, **kw))
            tasks = [client(browser, base, pages, args.steps, seed, stats, args.timeout,
                            delay=(seed - 1) * args.ramp_up / max(args.sessions, 1))
                     for seed in range(1, args.sessions + 1)]

            async def delayed_import():
                await asyncio.sleep(args.import_delay)
                if args.import_via == "cli" or (args.import_via is None and args.url):
                    return await import_through_cli(db, csv_path, import_stats)
                return await import_through_page(browser, base, csv_path, import_stats, args.timeout,
                                                 getattr(args, "editor_token", None) or TEST_EDITOR_TOKEN)

            results = await asyncio.gather(delayed_import(), *tasks)
            import_s = results[0]
            wall = time.monotonic() - started
            cpu_used = cpu_seconds(pids) - cpu_before
            await browser.close()
    finally:
        stop.set()
        if server:
            server.stop()
    after = batch_counts(db)
    lat = sorted(stats.latencies)

    def pct(q):
        return lat[min(len(lat) - 1, int(round(q * (len(lat) - 1))))] if lat else None

    report = {
        "mode": args.mode, "sessions": args.sessions, "steps_per_session": args.steps, "ramp_up_s": args.ramp_up, "pages": [p for p, _ in pages],
        "page_views": stats.views, "page_views_expected": args.sessions * args.steps,
        "wall_s": round(wall, 1),
        "latency_p50_s": round(pct(0.5), 2) if lat else None,
        "latency_p95_s": round(pct(0.95), 2) if lat else None,
        "latency_max_s": round(lat[-1], 2) if lat else None,
        "latency_mean_s": round(statistics.mean(lat), 2) if lat else None,
        "median_s_by_page": {k: round(statistics.median(v), 2) for k, v in sorted(stats.by_page.items())},
        "elements_received": stats.deltas if args.mode == "ws" else None,
        "errors": len(stats.errors) + len(import_stats.errors),
        "error_samples": (stats.errors + import_stats.errors)[:10],
        "target": base if args.url else "one streamlit process started by this script",
        "server_peak_rss_mb": round(peak[0] / 2**20, 1),
        "server_cpu_s": round(cpu_used, 1),  # includes the warm-up view and serving the import's publish
        "server_cpu_ms_per_view": round(1000 * cpu_used / max(stats.views, 1)),
        "load_average": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "import_s": round(import_s, 2) if import_s else None,
        "batches_before": before[0], "batches_after": after[0],
        "import_landed": after[0] == before[0] + 1 and after[2] == 14,
        "import_rows": after[2],
    }
    shutil.rmtree(work, ignore_errors=True)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--mode", choices=["ws", "browser"], default="ws",
                        help="ws: sessions speak Streamlit's websocket protocol (server work, no drawing); "
                             "browser: one Chromium context per session (end to end, heavy on 2 cores)")
    parser.add_argument("--steps", type=int, default=6, help="page views per session")
    parser.add_argument("--db", type=Path, help="demo database to copy (default: build one from ../shared/data); "
                        "with --url, the running server's dataset (read to check the import)")
    parser.add_argument("--url", help="a running dashboard (e.g. bin/serve) instead of starting one")
    parser.add_argument("--editor-token", help="with --url: the server's editor token (bin/start prints its editor "
                                               "link), so the import session may import")
    parser.add_argument("--import-via", choices=["page", "cli"],
                        help="how the import during the burst is made (default: the Data page; with --url the "
                             "CLI, since sessions through bin/serve's proxy are not editors by default)")
    parser.add_argument("--pages", help="comma list of url paths to visit (default: every page but data)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds a page view may take")
    parser.add_argument("--import-delay", type=float, default=5.0, help="seconds before the import starts")
    parser.add_argument("--ramp-up", type=float, default=10.0, help="seconds over which sessions arrive")
    parser.add_argument("--json", action="store_true", help="print the report as JSON only")
    args = parser.parse_args(argv)
    if not (1 <= args.sessions <= 50 and 1 <= args.steps <= 50):
        parser.error("keep it bounded: 1-50 sessions, 1-50 steps")
    report = asyncio.run(run(args))
    if args.json:
        print(json.dumps(report))
    else:
        for key, value in report.items():
            print(f"{key:>22}: {value}")
    return 0 if report["errors"] == 0 and report["import_landed"] else 1


if __name__ == "__main__":
    sys.exit(main())
