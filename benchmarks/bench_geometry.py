"""Geometry pipeline figures: raw vs prepared vertices and GeoJSON bytes, prepare time cold/warm.

    .venv/bin/python benchmarks/bench_geometry.py [--source ../shared/data] [--repeat 20]

Runs in a temporary cache directory, so a cold run is really cold and nothing is left behind.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--repeat", type=int, default=20, help="repetitions for the warm timings")
    args = parser.parse_args()

    cache = Path(tempfile.mkdtemp(prefix="bench-geometry-"))
    os.environ["JAMSOSTEK_CACHE_DIR"] = str(cache)
    try:
        run(args.source, args.repeat)
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    return 0


def run(source: Path, repeat: int) -> None:
    import shapely

    from analytics.maps import geo
    from analytics.ingest import refdata

    # --- cold: verify + parse + repair + clean + simplify + dissolve + write GeoParquet.
    # Stages other than reading report as they start; each lasts until the next one starts.
    marks: list[tuple[str, float]] = []

    def progress(label: str, done: int, total: int) -> None:
        if not label.startswith("reading"):
            marks.append((label, time.perf_counter()))

    geo.clear_memory_cache()
    t0 = time.perf_counter()
    prep = geo.prepared(source, progress=progress)
    end = time.perf_counter()
    cold = end - t0
    starts = [("verify checksums, read, parse", t0)] + marks
    stages = [(label, nxt - at) for (label, at), (_, nxt) in zip(starts, starts[1:] + [("", end)])]
    stages[-1] = (stages[-1][0] + " + write GeoParquet", stages[-1][1])

    # --- warm from disk (a new process) and from memory (a Streamlit rerun)
    disk = _times(repeat, lambda: (geo.clear_memory_cache(), geo.prepared(source)))
    memory = _times(repeat, lambda: geo.prepared(source))
    geo.clear_memory_cache()
    geo.prepared(source)
    t0 = time.perf_counter()
    geo.geojson_bytes("kabupaten", detail="national", source=source)
    first_bytes = time.perf_counter() - t0
    cached_bytes = _times(repeat, lambda: geo.geojson_bytes("kabupaten", detail="national", source=source))
    as_dict = _times(repeat, lambda: geo.geojson_for("kabupaten", detail="national", source=source))
    load_kab = _times(repeat, lambda: geo.load_kabupaten(source))

    # --- raw size: the upstream geometry as plain GeoJSON, full precision
    raw = geo.read_upstream(refdata.ensure_dataset(geo.DATASET, source))
    raw_fc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": c, "properties": {"code": c, "name": n}, "geometry": json.loads(shapely.to_geojson(g))}
        for c, n, g in zip(raw["code"], raw["name"], raw.geometry)
    ]}
    raw_bytes = json.dumps(raw_fc, separators=(",", ":")).encode()
    raw_vertices = int(shapely.get_num_coordinates(raw.geometry.to_numpy()).sum())

    print(f"source: {source}  pipeline v{geo.PIPELINE_VERSION}  shapely {shapely.__version__} (GEOS {shapely.geos_version_string})")
    print(f"invalid geometries repaired: {prep.stats['invalid_repaired']} of {prep.stats['features']}")
    print()
    print(f"{'layer':<28}{'features':>9}{'vertices':>10}{'parts':>8}{'GeoJSON bytes':>15}{'gzip bytes':>12}")
    _row("raw upstream (kabupaten)", len(raw), raw_vertices, prep.stats["raw_parts"], raw_bytes)
    for detail in geo.DETAILS:
        for level in ("kabupaten", "provinsi"):
            frame = prep.frame(level, detail)
            data = geo.geojson_bytes(level, detail=detail, source=source)
            parts = int(shapely.get_num_geometries(frame.geometry.to_numpy()).sum())
            vertices = int(shapely.get_num_coordinates(frame.geometry.to_numpy()).sum())
            _row(f"{level} {detail}", len(frame), vertices, parts, data)
    per_province = sorted(
        (len(geo.geojson_bytes("kabupaten", code, "province", source)), code)
        for code in prep.frame("provinsi", "province")["code"]
    )
    sizes = [s for s, _ in per_province]
    print(f"kab_NN.geojson (province detail, 38 files): median {statistics.median(sizes):,.0f} B, "
          f"largest {per_province[-1][0]:,} B ({per_province[-1][1]}), smallest {per_province[0][0]:,} B "
          f"({per_province[0][1]})")
    print()
    print(f"prepare cold (parse, repair, clean, simplify, dissolve, write GeoParquet): {cold:.2f} s")
    for label, seconds in stages:
        print(f"    {label:<34}{seconds:7.2f} s")
    print(f"prepare warm, from GeoParquet (new process): median {_ms(disk)}")
    print(f"prepare warm, in memory (Streamlit rerun):   median {_ms(memory)}")
    print(f"load_kabupaten (copy of the cached frame):   median {_ms(load_kab)}")
    print(f"geojson_bytes kabupaten national: first {first_bytes * 1000:.1f} ms, then median {_ms(cached_bytes)}")
    print(f"geojson_for kabupaten national (fresh dict): median {_ms(as_dict)}")


def _times(n: int, fn) -> list[float]:
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def _ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:.2f} ms (n={len(samples)})"


def _row(label: str, features: int, vertices: int, parts: int, data: bytes) -> None:
    print(f"{label:<28}{features:>9}{vertices:>10,}{parts:>8,}{len(data):>15,}{len(gzip.compress(data)):>12,}")


if __name__ == "__main__":
    raise SystemExit(main())
