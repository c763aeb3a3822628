"""What Streamlit itself costs per element (issue 24): CPU per view of a page that draws only N
captions, for several N, beside what the dashboard's pages send.

The meeting benchmark measures the dashboard's CPU per view against an empty page (one
element). A page with tables, cards, filters and downloads sends 30-80 elements; each is a
ForwardMsg made, queued, serialised and written to the websocket by Streamlit, whatever the
app does. This prints that floor: the same session work as the empty page, plus N elements of
nothing.

    .venv/bin/python benchmarks/element_floor.py             # N = 1, 20, 40, 60, 80
    .venv/bin/python benchmarks/element_floor.py --sessions 80 --counts 1,55
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from load_test import Stats, browse_ws, cpu_seconds  # noqa: E402

from tests.browser.harness import free_port, healthy  # noqa: E402

PAGE = ROOT / "benchmarks" / "floor_page.py"  # N captions, ``?n=N``


def measure(base: str, pid: int, n: int, sessions: int, steps: int, spacing: float) -> tuple[float, float]:
    """(CPU ms per view, deltas per view) of ``sessions`` sessions each opening the page of
    ``n`` captions ``steps`` times, arriving ``spacing`` seconds apart."""
    stats = Stats()

    async def burst():
        await asyncio.gather(*(browse_ws(base, [(f"?n={n}", "")], steps, i, stats, 120.0, delay=i * spacing)
                               for i in range(sessions)))

    before = cpu_seconds([pid])
    asyncio.run(burst())
    if stats.errors:
        raise SystemExit(f"the floor page failed: {stats.errors[:3]}")
    return 1000 * (cpu_seconds([pid]) - before) / max(stats.views, 1), stats.deltas / max(stats.views, 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--counts", default="1,20,40,60,80", help="elements per page, comma list")
    parser.add_argument("--sessions", type=int, default=60)
    parser.add_argument("--steps", type=int, default=2, help="views per session (as the meeting benchmark)")
    parser.add_argument("--spacing", type=float, default=0.1, help="seconds between sessions' arrivals")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(PAGE), "--server.headless", "true",
                             "--server.port", str(port), "--server.address", "127.0.0.1",
                             "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
                            # the project's .streamlit/config.toml, as the dashboard and the empty page
                            # run (without it Streamlit collects garbage after every run)
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while not healthy(base):
            if time.monotonic() > deadline or proc.poll() is not None:
                raise SystemExit("the floor page did not start")
            time.sleep(0.3)
        measure(base, proc.pid, 1, 5, 1, 0.05)  # first runs: imports, compiled script
        print(f"# element floor: {os.cpu_count()} cores, load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}, "
              f"{args.sessions} sessions x {args.steps} views, {args.spacing} s apart")
        print("| elements | deltas per view | CPU ms per view (each repeat) | median |")
        print("|---|---|---|---|")
        for n in (int(c) for c in args.counts.split(",")):
            runs = [measure(base, proc.pid, n, args.sessions, args.steps, args.spacing) for _ in range(args.repeat)]
            cpu = sorted(r[0] for r in runs)
            print(f"| {n} | {runs[0][1]:.0f} | {' / '.join(f'{c:.1f}' for c in cpu)} | {cpu[len(cpu) // 2]:.1f} |",
                  flush=True)
    finally:
        proc.terminate()
        proc.wait(10)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
