"""UCJ and budget-cycle figures on the demo database: how long the UCJ page's and the brief's
calls take (national series, every province, one province's kabupaten/kota) and how long
budget-cycle detection takes for one province and for the whole country (~2,000 series).

Run: .venv/bin/python benchmarks/bench_ucj_cycles.py [--db existing.duckdb] [--source ../shared/data]
Without --db a temporary demo database is built first (about 2 s).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analytics import cycles, ucj
from analytics.ingest import bootstrap  # noqa: E402
from analytics.store import Store  # noqa: E402
from analytics.queries import direct  # noqa: E402


def timed(label: str, fn, repeat: int = 5):
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    print(f"{label:<55} median {statistics.median(times) * 1000:8.1f} ms  (min {min(times) * 1000:.1f})")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--source", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    if args.db:
        store = Store(args.db)
    else:
        path = Path(tempfile.mkdtemp(prefix="bench-ucj-")) / "demo.duckdb"
        store = Store(path)
        start = time.perf_counter()
        bootstrap.initialise(store, with_demo=True, source=args.source)
        print(f"demo database built in {time.perf_counter() - start:.1f} s: {path}")
    rows = store.query_value("SELECT count(*) FROM ucj")
    print(f"ucj view rows: {rows:,}")
    timed("ucj.national_series (all months)", lambda: ucj.national_series(direct(store)))
    timed("ucj.region_ucj (38 provinces, latest month)", lambda: ucj.region_ucj(direct(store)))
    timed("ucj.kabkota_ucj (Jawa Timur, 38 kab/kota)", lambda: ucj.kabkota_ucj(direct(store), "35"))
    as_of = dt.date(2025, 6, 30)
    found = timed("cycles.flag_regions (Aceh, flagged only)", lambda: cycles.flag_regions(direct(store), "11", as_of))
    print(f"  -> {len(found)} flagged group(s)")
    found = timed("cycles.flag_regions (whole country, flagged only)",
                  lambda: cycles.flag_regions(direct(store), None, as_of), repeat=3)
    print(f"  -> {len(found)} flagged group(s), {int(found['likely_cycle'].sum())} likely payment cycles")
    found = timed("cycles.flag_regions (whole country, every group)",
                  lambda: cycles.flag_regions(direct(store), None, as_of, only_flagged=False), repeat=3)
    print(f"  -> {len(found)} region x group series")
    store.close()


if __name__ == "__main__":
    main()
