"""Timings of the coverage analytics queries, the budget simulator and Paritrana scoring on a
demo database (the full country: 38 provinces, 514 kabupaten/kota, 54 months).

    .venv/bin/python benchmarks/bench_analytics.py [--db PATH]

Without --db, a demo database is built in a temporary directory from ../shared/data first.
Prints the median of 5 runs of each step (cold DuckDB caches are not separated from warm ones).
"""

from __future__ import annotations

import argparse
import os
import sys
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def timed(label: str, fn, runs: int = 5) -> None:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    print(f"{label:<52} median {statistics.median(times) * 1000:8.1f} ms  (max {max(times) * 1000:.1f})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    os.environ.setdefault("JAMSOSTEK_DATA_SOURCE", str(ROOT.parent / "shared" / "data"))
    from analytics import budget, paritrana
    from analytics.ingest import bootstrap
    from analytics.queries import sql
    from analytics.store import Store
    from analytics.queries import direct

    if args.db:
        store = Store(args.db)
    else:
        path = Path(tempfile.mkdtemp(prefix="bench-analytics-")) / "demo.duckdb"
        store = Store(path)
        start = time.perf_counter()
        bootstrap.initialise(store, with_demo=True)
        print(f"built demo database in {time.perf_counter() - start:.1f} s")

    period = "2024-12-01"
    timed("cov_segment_trend (national)", lambda: store.query_df(sql("cov_segment_trend"), {"scope": ""}))
    timed("cov_group_trend (province 35)", lambda: store.query_df(sql("cov_group_trend"), {"scope": "35"}))
    timed("cov_ranking (514 kab/kota, sparklines)", lambda: store.query_df(
        sql("cov_ranking"), {"level": "kabupaten_kota", "province": "", "period": period}))
    timed("cov_ranking (38 provinces)", lambda: store.query_df(
        sql("cov_ranking"), {"level": "provinsi", "province": "", "period": period}))
    timed("cov_regulation_growth (non_asn)", lambda: store.query_df(sql("cov_regulation_growth"), {"group": "non_asn"}))
    timed("budget.region_budget 62.06", lambda: budget.region_budget(direct(store), "62.06", 2022, "non_asn", 2_500_000, 1))
    timed("budget.region_budget 35 (38 kab/kota)", lambda: budget.region_budget(direct(store), "35", 2024, "pekerja_rentan"))
    criteria = paritrana.load_criteria()
    timed("paritrana.score_all 2024 (552 regions)", lambda: paritrana.score_all(direct(store), 2024, criteria))
    scores = paritrana.score_all(direct(store), 2024, criteria)
    timed("paritrana.to_xlsx", lambda: paritrana.to_xlsx(scores))
    print(f"XLSX size: {len(paritrana.to_xlsx(scores)) / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
