"""Map figure builders: known answers from a tiny hand-built frame and hand-made geometry, and
the real national geometry (514 kabupaten/kota) for the page's figure."""

from __future__ import annotations

import copy
import datetime as dt
import json

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
import pytest

from analytics import charts_map, i18n, map_page
from analytics import map_metrics as mm


def _square(code: str, x: float) -> dict:
    ring = [[x, 0.0], [x, 1.0], [x + 1, 1.0], [x + 1, 0.0], [x, 0.0]]
    return {"type": "Feature", "id": code, "properties": {"code": code, "name": code},
            "geometry": {"type": "Polygon", "coordinates": [ring]}}


GEOMETRY = charts_map.MapGeometry(
    "kabupaten", "99", "province", {c: _square(c, i) for i, c in enumerate(["99.01", "99.02", "99.03", "99.04"])},
    {c: c for c in ["99.01", "99.02", "99.03", "99.04"]},
)

LABELS = charts_map.MapLabels(
    metric="Cakupan", unit="%", numerator="peserta", denominator="sasaran", no_data="Tidak ada data",
    status={"issued": "Terbit", "other": "Instruksi", "draft": "Rancangan", "none": "Belum ada",
            "no_data": "Tidak ada data regulasi"},
    regulation_layer="Regulasi", province_regulation="Regulasi provinsi",
    instruments={"perbup": "Perbup", "pergub": "Pergub"},
)


def _frame() -> pd.DataFrame:
    return pd.DataFrame({
        "code": ["99.01", "99.02", "99.03", "99.04"],
        "name": ["Satu <b>", "Dua", "Tiga", "Empat"],
        "level": ["kabupaten"] * 4,
        "value": [80.0, 0.0, np.nan, 55.5],
        "numerator": [800.0, 0.0, np.nan, 555.0],
        "denominator": [1000.0, 300.0, np.nan, 1000.0],
        "reg_status": ["issued", "none", "no_data", "draft"],
        "reg_instrument": ["perbup", None, None, "perbup"],
        "reg_number": ["5", None, None, None],
        "reg_year": [2022, None, None, None],
        "reg_date": [pd.Timestamp("2022-03-01"), pd.NaT, pd.NaT, pd.Timestamp("2023-01-05")],
        "prov_reg_status": ["issued"] * 4,
        "prov_reg_instrument": ["pergub"] * 4,
        "prov_reg_number": ["3"] * 4,
        "prov_reg_year": [2022] * 4,
        "prov_reg_date": [pd.Timestamp("2022-12-31")] * 4,
    })


def _figure(frame=None, metric="coverage", show_regulation=True):
    frame = _frame() if frame is None else frame
    with_language("id")
    hover = charts_map.region_hover(frame, metric, LABELS, lambda v: i18n.fmt_pct(v, 1), i18n.fmt_int, i18n.fmt_date)
    return charts_map.coverage_map(frame, GEOMETRY, metric, LABELS, hover, view={"center": {"lon": 2, "lat": 0.5},
                                   "zoom": 5}, show_regulation=show_regulation, separators=",.")


def with_language(lang):
    i18n.set_language(lang)


def _regions(fig) -> list[go.Choroplethmap]:
    return [t for t in fig.data if t.type == "choroplethmap"]


def test_no_data_is_its_own_grey_trace_with_a_legend_entry_and_zero_is_a_value():
    fig = _figure()
    values, missing = _regions(fig)
    assert list(values.locations) == ["99.02", "99.04", "99.01"]  # heavier outlines drawn last
    assert list(values.z) == [0.0, 55.5, 80.0]  # a real 0 is a value, coloured by the scale
    assert list(missing.locations) == ["99.03"]
    assert missing.showlegend and missing.name == "Tidak ada data"
    assert missing.colorscale[0][1] == charts_map.NO_DATA_FILL and missing.showscale is False
    assert not values.showlegend and values.colorbar.title.text.startswith("Cakupan")
    # each region's geometry is sent once: the traces hold disjoint feature lists
    ids = [f["properties"]["code"] for t in _regions(fig) for f in t.geojson["features"]]
    assert sorted(ids) == sorted(GEOMETRY.features)
    assert fig.layout.separators == ",."
    assert fig.layout.map.style == "white-bg"


def test_regulation_layer_as_outlines_with_legend_entries():
    fig = _figure()
    values = _regions(fig)[0]
    colours = dict(zip(values.locations, values.marker.line.color))
    assert colours["99.01"] == charts_map.STATUS_LINE["issued"][0]
    assert colours["99.04"] == charts_map.STATUS_LINE["draft"][0]
    assert colours["99.02"] == charts_map.BORDER
    legend = [t.name for t in fig.data if t.type == "scattermap"]
    assert legend == ["Terbit", "Rancangan"]  # only statuses present on the map
    plain = _figure(show_regulation=False)
    assert all(t.type == "choroplethmap" for t in plain.data)


def test_regulation_metric_draws_categories_and_no_data_apart():
    frame = _frame().assign(category=_frame()["reg_status"], value=[3.0, 0.0, np.nan, 1.0])
    fig = _figure(frame, metric="regulation")
    names = {t.name: list(t.locations) for t in _regions(fig)}
    assert names == {"Terbit": ["99.01"], "Rancangan": ["99.04"], "Belum ada": ["99.02"],
                     "Tidak ada data": ["99.03"]}


def test_hover_has_value_denominator_regulation_and_escapes_names():
    fig = _figure()
    hover = dict(zip(_regions(fig)[0].locations, _regions(fig)[0].hovertext))
    text = hover["99.01"]
    assert "Satu &lt;b&gt;" in text and "<b>Satu <b>" not in text
    assert "80,0%" in text and "peserta 800 / sasaran 1.000" in text
    assert "Perbup No. 5 Tahun 2022 (1 Maret 2022)" in text
    assert "Regulasi provinsi: Terbit – Pergub No. 3 Tahun 2022 (31 Desember 2022)" in text
    missing = _regions(fig)[1].hovertext[0]
    assert "Tidak ada data" in missing and "sasaran" not in missing


def test_figure_is_valid_plotly():
    fig = _figure()
    checked = go.Figure(json.loads(pio.to_json(fig)))  # full validation of what is sent
    assert len(checked.data) == len(fig.data)


def test_geometry_is_shared_not_copied():
    fig = _figure()
    trace = _regions(fig)[0]
    assert trace.geojson["features"][0] is GEOMETRY.features[trace.locations[0]]
    assert copy.deepcopy(trace.geojson) is trace.geojson


def test_scales_are_colour_blind_safe_and_growth_is_centred():
    assert charts_map._scale("coverage", np.array([10.0, 90.0]))[2] == "Viridis"
    low, high, scale, mid = charts_map._scale("growth", np.array([-5.0, 10.0, 2.0]))
    assert scale == "RdBu" and mid == 0 and low == -high


@pytest.fixture
def demo_query(demo_db_path):
    from analytics.queries import sql
    from analytics.store import Store

    store = Store(demo_db_path, read_only=True)
    yield lambda name, params: store.query_df(sql(name), params)
    store.close()


def test_national_kabupaten_map_has_514_features_under_one_megabyte(demo_query):
    i18n.set_language("id")
    sel = mm.MapSelection("kabupaten", None, "coverage", "all", "perangkat_desa", dt.date(2025, 6, 1))
    result = map_page.build(sel, demo_query)
    regions = [t for t in result.figure.data if t.type == "choroplethmap" and t.hoverinfo != "skip"]
    codes = [c for t in regions for c in t.locations]
    assert len(codes) == 514 and len(set(codes)) == 514
    assert sum(len(t.geojson["features"]) for t in regions) == 514
    # kota have no village officials: no data, drawn grey, not 0
    missing = next(t for t in regions if t.name == "Tidak ada data")
    assert all(c.split(".")[1] >= "71" for c in missing.locations)
    assert result.frame.set_index("code").loc[list(missing.locations), "value"].isna().all()
    assert len(pio.to_json(result.figure)) < 1_000_000
    # geometry is built once per process: the same cached object serves the next rerun
    assert charts_map.map_geometry("kabupaten") is charts_map.map_geometry("kabupaten")


def test_province_view_has_its_14_regions(demo_query):
    sel = mm.MapSelection("province", "62", "coverage", "all", "non_asn", dt.date(2025, 6, 1))
    result = map_page.build(sel, demo_query)
    codes = [c for t in result.figure.data if t.type == "choroplethmap" for c in t.locations]
    assert len(codes) == 14 and all(c.startswith("62.") for c in codes)
