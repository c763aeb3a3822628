"""Regulation tracker and province brief on the demo database: completeness and timeline for
all provinces, the brief's data, its HTML, and the PDF printed by headless Chromium (with the
page count), for a few provinces of different sizes.

Run: .venv/bin/python benchmarks/bench_brief.py [--db existing.duckdb] [--source ../shared/data]
     [--provinces 62,35,73] [--date 2021-11-15]
Without --db a temporary demo database is built first (a few seconds).
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analytics import regulations
from analytics.ingest import bootstrap
from analytics.brief import content as brief
from analytics.brief import render as brief_render  # noqa: E402
from analytics.store import Store  # noqa: E402
from analytics.queries import direct  # noqa: E402


def timed(label: str, fn, repeat: int = 3):
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    print(f"{label:<58} median {statistics.median(times) * 1000:9.1f} ms  (min {min(times) * 1000:.1f})")
    return result


def pages(pdf: Path) -> str:
    if not shutil.which("pdfinfo"):
        return "?"
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    found = re.search(r"^Pages:\s+(\d+)", out, re.M)
    return found.group(1) if found else "?"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--source", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--provinces", default="62,35,73")
    parser.add_argument("--date", default="2021-11-15")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-brief-"))
    db = args.db
    if db is None:
        db = tmp / "demo.duckdb"
        start = time.perf_counter()
        store = Store(db)
        bootstrap.initialise(store, with_demo=True, source=args.source)
        store.close()
        print(f"demo database built in {time.perf_counter() - start:.1f} s")
    store = Store(db, read_only=True)

    records = timed("load regulation records (all)", lambda: regulations.load_records(direct(store)))
    kabkota = regulations.load_kabkota(direct(store))
    snapshots = regulations.load_snapshots(direct(store))
    provinces = regulations.load_provinces(direct(store))
    timed("completeness, 38 provinces", lambda: regulations.completeness(records, kabkota, snapshots, args.date,
                                                                          provinces))
    timed("national timeline", lambda: regulations.national_timeline(records, kabkota))

    for code in args.provinces.split(","):
        data = timed(f"brief data {code} ({args.date})", lambda: brief.build(direct(store), code, args.date))
        timed(f"brief HTML {code} (map SVG from geometry)", lambda: brief_render.brief_html(data))
        out = tmp / f"brief_{code}.pdf"
        start = time.perf_counter()
        result = brief_render.export(data, out)
        print(f"{'brief PDF ' + code + ' (Chromium launch + print)':<58} {(time.perf_counter() - start):9.2f} s   "
              f"pdf {result['pdf_seconds']} s, {result['bytes']:,} bytes, {pages(out)} page(s)")
    store.close()
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
