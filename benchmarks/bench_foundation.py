"""Foundation figures: importing a 100,000-row coverage CSV, and the dashboard's cold start.

1. Import: a realistic branch-office style CSV (title rows, ';', dotted thousands, region
   *names* with province context, 514 kabupaten/kota x 4 segments x 49 months = 100,744 rows,
   cut to 100,000) through importers.prepare (read, header detection, validation, region
   matching) and importers.commit (one transaction) into a store with reference data.
2. Cold start: a fresh database path; `streamlit run dashboard.py` is started and Chromium
   opens the overview; the clock stops when the page has rendered its charts. This includes
   loading reference regions from the local source and generating the demo data.
   Then the same for a warm start (database already initialised).

Run: .venv/bin/python benchmarks/bench_foundation.py [--source ../shared/data] [--skip-browser]
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analytics.ingest import bootstrap, importers
from analytics.ingest import regions  # noqa: E402
from analytics.store import Store  # noqa: E402

MONTHS = [f"{y}-{m:02d}" for y in range(2021, 2026) for m in range(1, 13)][:49]
SEGMENTS = ["PU", "BPU", "Jakon", "PMI"]


def make_csv(rows: int) -> bytes:
    reference = regions.reference_regions()
    kab = reference[reference["level"] != "provinsi"]
    provinces = dict(zip(reference.loc[reference["level"] == "provinsi", "code"],
                         reference.loc[reference["level"] == "provinsi", "name"]))
    out = io.StringIO()
    out.write("\ufeffREKAP KEPESERTAAN BPJS KETENAGAKERJAAN;;;;;;\nSeluruh Indonesia;;;;;;\n;;;;;;\n")
    out.write("No;Provinsi;Kabupaten/Kota;Periode;Segmen;Kelompok;Jumlah Peserta Aktif\n")
    n = 0
    for month in MONTHS:
        for segment in SEGMENTS:
            for code, name, prov in zip(kab["code"], kab["name"], kab["province_code"]):
                if n >= rows:
                    return out.getvalue().encode("utf-8")
                n += 1
                active = (hash((code, month, segment)) % 90_000) + 1_000
                out.write(f"{n};{provinces[prov]};{name};{month};{segment};Semua;{active:,}\n".replace(",", "."))
    return out.getvalue().encode("utf-8")


def bench_import(source: Path | None, rows: int) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="bench-import-"))
    store = Store(tmp / "bench.duckdb")
    bootstrap.initialise(store, with_demo=False, source=source)
    data = make_csv(rows)
    proc = psutil.Process()
    rss_before = proc.memory_info().rss
    t0 = time.perf_counter()
    report = importers.prepare("coverage", data, "rekap_100k.csv")
    t1 = time.perf_counter()
    assert report.ok, report.summary()
    importers.commit(store, report)
    t2 = time.perf_counter()
    rss_after = proc.memory_info().rss
    landed = store.query_value("SELECT count(*) FROM coverage WHERE batch_id = ?", [report.batch_id])
    print(f"import: {len(report.frame):,} rows ({len(data) / 1e6:.1f} MB CSV), landed {landed:,}")
    print(f"  validate (read+header+parse+match): {t1 - t0:.2f} s")
    print(f"  commit (one transaction):           {t2 - t1:.2f} s")
    print(f"  total:                              {t2 - t0:.2f} s  ({len(report.frame) / (t2 - t0):,.0f} rows/s)")
    print(f"  process RSS growth:                 {(rss_after - rss_before) / 2**20:.0f} MiB")
    store.close()
    shutil.rmtree(tmp, ignore_errors=True)


def bench_start(source: Path | None) -> None:
    from playwright.sync_api import sync_playwright

    from tests.browser.harness import StreamlitServer, launch_browser, wait_for_app

    tmp = Path(tempfile.mkdtemp(prefix="bench-start-"))
    db = tmp / "fresh.duckdb"
    env = {"JAMSOSTEK_DATA_SOURCE": str(source)} if source else {}
    with sync_playwright() as p:
        browser = launch_browser(p)
        for label in ("cold (fresh database)", "warm (initialised database)"):
            t0 = time.perf_counter()
            server = StreamlitServer(db, env=env)
            try:
                server.wait_ready()
                t_health = time.perf_counter()
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                page.set_default_timeout(300_000)
                page.goto(server.url)
                page.wait_for_selector('[data-testid="stPlotlyChart"] .js-plotly-plot', timeout=300_000)
                wait_for_app(page, timeout=300)
                t_done = time.perf_counter()
                peak = psutil.Process(server.process.pid).memory_info().rss
                page.close()
            finally:
                server.stop()
            print(f"start {label}: server healthy {t_health - t0:.1f} s, overview rendered "
                  f"{t_done - t0:.1f} s after launch; server RSS {peak / 2**20:.0f} MiB")
        browser.close()
    shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", type=Path, default=Path(os.environ.get("JAMSOSTEK_DATA_SOURCE")
                                                            or ROOT.parent / "shared" / "data"))
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--skip-browser", action="store_true")
    args = parser.parse_args()
    os.environ["JAMSOSTEK_DATA_SOURCE"] = str(args.source)
    os.environ.setdefault("JAMSOSTEK_CACHE_DIR", tempfile.mkdtemp(prefix="bench-cache-"))
    bench_import(args.source, args.rows)
    if not args.skip_browser:
        bench_start(args.source)


if __name__ == "__main__":
    main()
