"""Kabupaten/kota and province boundaries, prepared once for fast maps.

Source: the pinned upstream SQL dumps of cahyadsn/wilayah_boundaries (through
``refdata.ensure_dataset``), or any file geopandas can read with a Kemendagri code column.

Pipeline (``prepare``), in this order because each step needs the previous one:

1. parse: upstream ``path`` is JSON in [lat, lng] order, nested as one polygon or a list of
   polygons; swapped to lon/lat and checked to lie in Indonesia.
2. repair: ``make_valid`` (124 upstream geometries are invalid), polygonal parts only.
3. clean the coverage: upstream neighbours overlap and leave slivers; ``coverage_clean``
   makes shared borders identical, which coverage simplification needs.
4. per detail level: prune islets below what the zoom can show (each region keeps its
   largest part), coverage-preserving simplification (neighbours keep one shared border),
   coordinates rounded to a grid.
5. provinces: dissolve kabupaten on the first two digits of the code (before rounding, when
   the coverage is exact, so province outlines match the kabupaten borders).

Results are cached as GeoParquet under ``config.cache_dir()/geometry/<source key>-v<N>/`` and
in process memory, so a Streamlit process prepares geometry at most once.

Coordinates are EPSG:4326. Polygons are wound with clockwise exteriors: plotly's ``geo``
traces use d3-geo, which reads a counter-clockwise exterior as "the whole globe except this";
MapLibre (``choroplethmap``) accepts either winding.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from analytics import config
from analytics.ingest import refdata
from analytics.maps.boundaries import (  # noqa: F401 (GeometryError: raised to callers of this module)
    _KAB_CODE, CRS, DATASET, GeometryError, Progress, _lokal_names, read_boundary_file, read_upstream,
)

# Bump when any step below changes its output: cached results carry it in their key.
PIPELINE_VERSION = 1

Detail = Literal["national", "province"]
Level = Literal["provinsi", "kabupaten"]



@dataclass(frozen=True)
class DetailSpec:
    """How much detail one zoom level needs (units are degrees; 1° ≈ 111 km at the equator,
    and Indonesia lies within 11° of it, so degrees are close to isotropic here)."""

    min_part_area: float  # deg²; smaller islets are dropped (a region's largest part never is)
    tolerance: float  # coverage_simplify: ~sqrt of the largest triangle area removed
    decimals: int  # coordinate grid 10**-decimals


DETAILS: dict[str, DetailSpec] = {
    # National view, ~1000 px for 5,100 km: ~5 km per pixel. 0.002 deg² ≈ 25 km² ≈ 1 px;
    # tolerance 0.02° removes triangles under ~5 km² (sub-pixel); 3 decimals = 111 m, well
    # below a pixel even when the user zooms in 10x on the national map.
    "national": DetailSpec(min_part_area=0.002, tolerance=0.02, decimals=3),
    # Province view, e.g. Kalimantan Tengah ~600 km over ~800 px: ~0.75 km per pixel.
    # 1e-4 deg² ≈ 1.2 km² ≈ 2 px; triangles under ~0.2 km² go; 4 decimals = 11 m.
    "province": DetailSpec(min_part_area=1e-4, tolerance=0.004, decimals=4),
}

# Gaps between neighbours narrower than this (0.01° ≈ 1.1 km) are upstream digitising slivers,
# not land: they are merged into a neighbour. Real lakes and bays are wider and stay.
GAP_WIDTH = 0.01
# Where two upstream kabupaten claim the same land, give it to the smaller claimant. Checked
# against the Kemendagri area list: the one large overlap (Sorong 96.01 over Tambrauw 96.04,
# ~4,900 km²) is Tambrauw's (official 11,962 km²; Sorong 7,565 km²); "min_area" puts the
# summed area error at ~19,600 km² against ~29,300 for the default "longest_border".
MERGE_STRATEGY = "min_area"

_PROV_CODE = re.compile(r"^\d{2}$")

_FILES = {
    ("kabupaten", "national"): "kabupaten_national.parquet",
    ("kabupaten", "province"): "kabupaten_province.parquet",
    ("provinsi", "national"): "provinsi_national.parquet",
    ("provinsi", "province"): "provinsi_province.parquet",
}


# --------------------------------------------------------------------------- pipeline


@dataclass
class Prepared:
    """Prepared boundaries of one source: frames per (level, detail) and pipeline figures."""

    frames: dict[tuple[str, str], gpd.GeoDataFrame]
    stats: dict = field(default_factory=dict)
    key: str = ""

    def frame(self, level: str, detail: str) -> gpd.GeoDataFrame:
        _check_choice("level", level, ("kabupaten", "provinsi"))
        _check_choice("detail", detail, tuple(DETAILS))
        return self.frames[(level, detail)]


def prepare(raw: gpd.GeoDataFrame, progress: Progress | None = None) -> Prepared:
    """Run the pipeline on raw kabupaten boundaries (columns code, name, geometry)."""
    steps = 3 + 2 * len(DETAILS)
    step = iter(range(1, steps + 1))

    def report(label: str) -> None:
        if progress:
            progress(label, next(step), steps)

    geoms = raw.geometry.to_numpy()
    invalid = ~shapely.is_valid(geoms)
    stats = {
        "features": len(raw),
        "raw_vertices": int(shapely.get_num_coordinates(geoms).sum()),
        "raw_parts": int(shapely.get_num_geometries(geoms).sum()),
        "invalid_repaired": int(invalid.sum()),
    }
    report("repairing")
    # "structure" unions the shells: upstream's nested shells are islets drawn inside the
    # mainland, so they are land, not holes (what "linework" would make of them).
    repaired = geoms.copy()
    repaired[invalid] = shapely.make_valid(geoms[invalid], method="structure", keep_collapsed=False)
    repaired = np.array([_polygonal(g) for g in repaired])
    report("cleaning shared borders")
    cleaned = shapely.coverage_clean(repaired, gap_width=GAP_WIDTH, merge_strategy=MERGE_STRATEGY)
    empty = raw["code"][shapely.is_empty(cleaned)]
    if len(empty):
        raise GeometryError(f"regions {', '.join(empty[:5])} have no area left after repair")
    stats["clean_vertices"] = int(shapely.get_num_coordinates(cleaned).sum())

    province_code = raw["code"].str[:2].to_numpy()
    frames: dict[tuple[str, str], gpd.GeoDataFrame] = {}
    for detail, spec in DETAILS.items():
        report(f"simplifying ({detail})")
        pruned = np.array([_prune_islets(g, spec.min_part_area) for g in cleaned])
        simplified = shapely.coverage_simplify(pruned, spec.tolerance)
        kab = _finish(simplified, spec.decimals)
        report(f"dissolving provinces ({detail})")
        prov_codes = sorted(set(province_code))
        prov = _finish(np.array([_dissolve(simplified[province_code == p]) for p in prov_codes]), spec.decimals)
        frames[("kabupaten", detail)] = gpd.GeoDataFrame(
            {"code": raw["code"].to_numpy(), "name": raw["name"].to_numpy(), "province_code": province_code},
            geometry=kab, crs=CRS,
        )
        frames[("provinsi", detail)] = gpd.GeoDataFrame(
            {"code": prov_codes, "name": [_province_name(p) for p in prov_codes]}, geometry=prov, crs=CRS
        )
        stats[detail] = {
            "vertices": int(shapely.get_num_coordinates(kab).sum()),
            "parts": int(shapely.get_num_geometries(kab).sum()),
            "province_vertices": int(shapely.get_num_coordinates(prov).sum()),
        }
    report("label points")
    # Labels come from the most detailed level and are shared by both, so a marker does not
    # jump when the map changes detail.
    for level in ("kabupaten", "provinsi"):
        lon, lat = _label_points(frames[(level, "province")].geometry.to_numpy())
        for detail in DETAILS:
            frames[(level, detail)]["label_lon"] = lon
            frames[(level, detail)]["label_lat"] = lat
    stats["codes_missing_vs_lokal"], stats["codes_extra_vs_lokal"] = _compare_with_lokal(raw["code"])
    return Prepared(frames=frames, stats=stats)


def _polygonal(geom: shapely.Geometry) -> shapely.Geometry:
    """Keep only the polygonal parts (make_valid can return lines and points too)."""
    if shapely.get_type_id(geom) in (3, 6):  # Polygon, MultiPolygon
        return geom
    parts = [p for p in shapely.get_parts(geom) if shapely.get_type_id(p) in (3, 6)]
    return shapely.union_all(parts) if parts else shapely.MultiPolygon()


def _dissolve(geoms: np.ndarray) -> shapely.Geometry:
    try:
        return shapely.coverage_union_all(geoms)  # fast and exact on a clean coverage
    except shapely.errors.GEOSException:
        return shapely.union_all(geoms)  # the general (slower) union if the coverage is not clean


def _prune_islets(geom: shapely.Geometry, min_area: float) -> shapely.Geometry:
    parts = shapely.get_parts(geom)
    if len(parts) <= 1:
        return geom
    areas = shapely.area(parts)
    keep = areas >= min_area
    keep[np.argmax(areas)] = True  # every region stays on the map, however small
    return shapely.multipolygons(parts[keep]) if keep.sum() > 1 else parts[keep][0]


def _finish(geoms: np.ndarray, decimals: int) -> np.ndarray:
    """Round to the detail's grid and wind exteriors clockwise; never return an empty region."""
    out = shapely.set_precision(geoms, 10.0**-decimals)
    for i in np.flatnonzero(shapely.is_empty(out)):
        # A tiny region collapsed on the grid: use a finer grid for it alone.
        for finer in range(decimals + 1, decimals + 4):
            out[i] = shapely.set_precision(geoms[i], 10.0**-finer)
            if not out[i].is_empty:
                break
        else:
            out[i] = geoms[i]
    return shapely.orient_polygons(out, exterior_cw=True)


def _label_points(geoms: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Centre of the largest inscribed circle of each region's largest part (pole of
    inaccessibility): inside the shape, away from edges, on the main island of archipelagos."""
    points = []
    for g in geoms:
        parts = shapely.get_parts(g)
        main = parts[np.argmax(shapely.area(parts))]
        w, h = np.ptp(shapely.get_coordinates(main), axis=0)
        line = shapely.maximum_inscribed_circle(main, tolerance=max(w, h) / 200)
        points.append(shapely.get_point(line, 0))
    coords = shapely.get_coordinates(np.array(points))
    return np.round(coords[:, 0], 4), np.round(coords[:, 1], 4)


def _province_name(code: str) -> str:
    return _lokal_names().get(code, code)


def _compare_with_lokal(codes: Iterable[str]) -> tuple[list[str], list[str]]:
    expected = {c for c in _lokal_names() if _KAB_CODE.match(c)}
    got = set(codes)
    return sorted(expected - got), sorted(got - expected)


# --------------------------------------------------------------------------- caching


_MEMO: dict[str, Prepared] = {}
_BYTES_MEMO: dict[tuple, bytes] = {}
_SHA_MEMO: dict[tuple, str] = {}
_LOCK = threading.Lock()  # Streamlit runs sessions in threads: prepare once, not once each


def cache_key(source: Path | str | None = None, code_column: str = "code") -> str:
    """The key of prepared geometry: the source's fingerprint plus PIPELINE_VERSION."""
    path = Path(source) if source is not None else None
    if path is None or path.is_dir():
        base = f"upstream-{refdata.dataset_fingerprint(DATASET)}"
    elif path.is_file():
        st = path.stat()
        memo = (str(path.resolve()), st.st_mtime_ns, st.st_size)
        if memo not in _SHA_MEMO:
            _SHA_MEMO[memo] = refdata.sha256_of(path)
        column = hashlib.sha256(code_column.encode()).hexdigest()[:6]
        base = f"file-{_SHA_MEMO[memo][:16]}-{column}"
    else:
        raise GeometryError(f"boundary source {path} does not exist")
    return f"{base}-v{PIPELINE_VERSION}"


def prepared(
    source: Path | str | None = None, code_column: str = "code", progress: Progress | None = None
) -> Prepared:
    """Prepared boundaries of a source, from memory, the GeoParquet cache, or built now.

    ``source``: None (JAMSOSTEK_DATA_SOURCE, else the download cache, else download), a
    directory laid out like shared/data, or a geographic file with a ``code_column``.
    Upstream results are keyed by the pinned checksums, so any verified copy shares one cache.
    """
    key = cache_key(source, code_column)
    hit = _MEMO.get(key)
    if hit is not None:
        return hit
    with _LOCK:
        hit = _MEMO.get(key)
        if hit is None:
            hit = _load_cached(key)
            if hit is None:
                hit = _build(source, code_column, progress)
                hit.key = key
                _write_cache(key, hit)
            _MEMO[key] = hit
        return hit


def clear_memory_cache() -> None:
    """Forget in-process results (the GeoParquet cache on disk stays)."""
    _MEMO.clear()
    _BYTES_MEMO.clear()


def _cache_root() -> Path:
    return config.cache_dir() / "geometry"


def _build(source: Path | str | None, code_column: str, progress: Progress | None) -> Prepared:
    path = Path(source) if source is not None else None
    if path is not None and path.is_file():
        raw = read_boundary_file(path, code_column)
        where = str(path)
    else:
        root = refdata.ensure_dataset(DATASET, source=path, progress=progress)
        raw = read_upstream(root, progress)
        where = str(root)
    result = prepare(raw, progress)
    result.stats["source"] = where
    return result


def _load_cached(key: str) -> Prepared | None:
    directory = _cache_root() / key
    if not (directory / "stats.json").exists():
        return None
    try:
        frames = {k: gpd.read_parquet(directory / name) for k, name in _FILES.items()}
        stats = json.loads((directory / "stats.json").read_text(encoding="utf-8"))
    except Exception:  # a damaged cache is rebuilt, never trusted
        shutil.rmtree(directory, ignore_errors=True)
        return None
    return Prepared(frames=frames, stats=stats | {"cache": "hit"}, key=key)


def _write_cache(key: str, result: Prepared) -> None:
    root = _cache_root()
    root.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=root, prefix=".part-"))
    try:
        for k, name in _FILES.items():
            result.frames[k].to_parquet(tmp / name, index=False)
        # stats.json last: its presence marks a complete directory
        (tmp / "stats.json").write_text(json.dumps(result.stats, indent=1), encoding="utf-8")
        try:
            os.replace(tmp, root / key)  # atomic: readers see all files or none
        except OSError:
            pass  # another process finished first; its result is the same
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    result.stats["cache"] = "built"


# --------------------------------------------------------------------------- public API


def load_kabupaten(
    source: Path | str | None = None, detail: Detail = "national", code_column: str = "code"
) -> gpd.GeoDataFrame:
    """The 514 kabupaten/kota: code, name, province_code, geometry, label_lon, label_lat."""
    return prepared(source, code_column).frame("kabupaten", detail).copy()


def load_provinces(
    source: Path | str | None = None, detail: Detail = "national", code_column: str = "code"
) -> gpd.GeoDataFrame:
    """The 38 provinces dissolved from kabupaten: code, name, geometry, label_lon, label_lat."""
    return prepared(source, code_column).frame("provinsi", detail).copy()


def geojson_bytes(
    level: Level = "kabupaten",
    province_code: str | None = None,
    detail: Detail = "national",
    source: Path | str | None = None,
    code_column: str = "code",
) -> bytes:
    """Compact GeoJSON FeatureCollection (UTF-8) for plotly ``featureidkey="properties.code"``.

    ``province_code`` limits the features to one province (its kabupaten, or the province
    itself for level "provinsi"). Each feature has ``id`` and ``properties.code``/``name``.
    """
    prep = prepared(source, code_column)
    memo = (prep.key, level, province_code, detail)
    cached = _BYTES_MEMO.get(memo)
    if cached is None:
        frame = prep.frame(level, detail)
        if province_code is not None:
            frame = frame[_province_mask(frame, level, province_code)]
        cached = _feature_collection(frame, DETAILS[detail].decimals)
        _BYTES_MEMO[memo] = cached
    return cached


def geojson_for(
    level: Level = "kabupaten",
    province_code: str | None = None,
    detail: Detail = "national",
    source: Path | str | None = None,
    code_column: str = "code",
) -> dict:
    """The same FeatureCollection as ``geojson_bytes``, as a fresh dict (safe to modify)."""
    return json.loads(geojson_bytes(level, province_code, detail, source, code_column))


def write_geojson(
    path: Path | str,
    level: Level = "kabupaten",
    province_code: str | None = None,
    detail: Detail = "national",
    source: Path | str | None = None,
    code_column: str = "code",
) -> Path:
    """Write ``geojson_bytes(...)`` to ``path`` atomically (never a half-written file)."""
    data = geojson_bytes(level, province_code, detail, source, code_column)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".part-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; a web server may read these as another user
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def write_static_geojson(
    directory: Path | str, source: Path | str | None = None, code_column: str = "code"
) -> dict[str, Path]:
    """Write the map files into ``directory`` (e.g. Streamlit's ``static/``):

    ``kabupaten.geojson`` and ``provinsi.geojson`` (national detail) and ``kab_NN.geojson``
    per province (province detail). Returns {file name: path}.
    """
    directory = Path(directory)
    wanted = {
        "kabupaten.geojson": ("kabupaten", None, "national"),
        "provinsi.geojson": ("provinsi", None, "national"),
    }
    for code in prepared(source, code_column).frame("provinsi", "province")["code"]:
        wanted[f"kab_{code}.geojson"] = ("kabupaten", code, "province")
    return {
        name: write_geojson(directory / name, level, prov, detail, source, code_column)
        for name, (level, prov, detail) in wanted.items()
    }


def bounds_of(
    code: str | None = None, source: Path | str | None = None, code_column: str = "code"
) -> tuple[float, float, float, float]:
    """(lon_min, lat_min, lon_max, lat_max) of a province ("62"), a kabupaten ("62.06"),
    or all of Indonesia (None)."""
    prep = prepared(source, code_column)
    if code is None:
        frame = prep.frame("provinsi", "province")
    else:
        level = "provinsi" if _PROV_CODE.match(code) else "kabupaten"
        frame = prep.frame(level, "province")
        frame = frame[frame["code"] == code]
        if frame.empty:
            raise GeometryError(f"no {level} with code {code!r} in the boundaries")
    lon0, lat0, lon1, lat1 = frame.total_bounds
    return float(lon0), float(lat0), float(lon1), float(lat1)


def map_view(
    code: str | None = None,
    width_px: int = 800,
    height_px: int = 600,
    padding: float = 0.05,
    source: Path | str | None = None,
    code_column: str = "code",
) -> dict:
    """``{"center": {"lon", "lat"}, "zoom"}`` fitting a region (province "62", kabupaten
    "62.06", or Indonesia for None) into a plotly map (MapLibre, web mercator, 512 px tiles),
    for ``fig.update_layout(map=...)``. Pass the map area's size: the figure minus margins
    and a colorbar, else the region overflows by that much."""
    lon0, lat0, lon1, lat1 = bounds_of(code, source, code_column)
    x0, x1 = (lon0 + 180) / 360, (lon1 + 180) / 360
    y0, y1 = _mercator_y(lat1), _mercator_y(lat0)  # y grows southwards
    span_x, span_y = max(x1 - x0, 1e-9), max(y1 - y0, 1e-9)
    zoom = min(math.log2(width_px / (512 * span_x)), math.log2(height_px / (512 * span_y)))
    zoom -= math.log2(1 + 2 * padding)
    center_lat = _mercator_lat((y0 + y1) / 2)  # the middle on screen, not the mean latitude
    return {"center": {"lon": round((lon0 + lon1) / 2, 4), "lat": round(center_lat, 4)}, "zoom": round(zoom, 2)}


def label_points(
    level: Level = "kabupaten", source: Path | str | None = None, code_column: str = "code"
) -> pd.DataFrame:
    """code, name, lon, lat: one point inside each region (on its largest part) for labels."""
    frame = prepared(source, code_column).frame(level, "national")
    return pd.DataFrame(
        {"code": frame["code"], "name": frame["name"], "lon": frame["label_lon"], "lat": frame["label_lat"]}
    ).reset_index(drop=True)


# --------------------------------------------------------------------------- helpers


def _check_choice(what: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise ValueError(f"unknown {what} {value!r}; expected one of {', '.join(allowed)}")


def _province_mask(frame: gpd.GeoDataFrame, level: str, province_code: str) -> pd.Series:
    column = "code" if level == "provinsi" else "province_code"
    mask = frame[column] == province_code
    if not mask.any():
        raise GeometryError(f"no province with code {province_code!r} in the boundaries")
    return mask


def _feature_collection(frame: gpd.GeoDataFrame, decimals: int) -> bytes:
    features = []
    for code, name, geom in zip(frame["code"], frame["name"], frame.geometry):
        props = {"code": code, "name": name} if name else {"code": code}  # no empty props
        features.append({"type": "Feature", "id": code, "properties": props, "geometry": _geometry_json(geom, decimals)})
    doc = {"type": "FeatureCollection", "features": features}
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _geometry_json(geom: shapely.Geometry, decimals: int) -> dict:
    # round() again: the grid already holds the values, this drops float noise (113.12300000000002)
    def ring(r) -> list:
        return [[round(x, decimals), round(y, decimals)] for x, y in r.coords]

    polygons = [[ring(p.exterior)] + [ring(h) for h in p.interiors] for p in shapely.get_parts(geom)]
    if len(polygons) == 1:
        return {"type": "Polygon", "coordinates": polygons[0]}
    return {"type": "MultiPolygon", "coordinates": polygons}


def _mercator_y(lat: float) -> float:
    phi = math.radians(max(min(lat, 85.0511), -85.0511))
    return (1 - math.log(math.tan(phi) + 1 / math.cos(phi)) / math.pi) / 2


def _mercator_lat(y: float) -> float:
    return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y))))
