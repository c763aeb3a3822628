"""The SVG choropleth: known answers from a tiny hand-built frame and hand-made geometry
(projection, path data, fills, outlines, legend, escaping), and the real geometry of the
page's maps (514 kabupaten/kota, Kalimantan Tengah's 14)."""

from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET

import numpy as np
import pandas as pd
import pytest

from analytics import i18n
from analytics.maps import labels as charts_map
from analytics.maps import view as map_page
from analytics.maps import svg as svg_map
from analytics.maps import metrics as mm
from tests.maps.test_labels import GEOMETRY, LABELS, _frame

SVG = "{http://www.w3.org/2000/svg}"


def _draw(frame=None, metric="coverage", show_regulation=True, **kwargs) -> svg_map.SvgMap:
    frame = _frame() if frame is None else frame
    i18n.set_language("id")
    hover = charts_map.region_hover(frame, metric, LABELS, lambda v: i18n.fmt_pct(v, 1), i18n.fmt_int, i18n.fmt_date)
    shapes = svg_map.shapes_of(GEOMETRY, 400, 200)
    return svg_map.choropleth_svg(frame, shapes, metric, LABELS, hover, fmt_value=lambda v: i18n.fmt_pct(v, 1),
                                  show_regulation=show_regulation, **kwargs)


def _paths(drawn: svg_map.SvgMap) -> list[ET.Element]:
    root = ET.fromstring(drawn.svg)  # well-formed XML, or this raises
    return [p for p in root.iter(f"{SVG}path") if p.get("class") == "r"]


def test_projection_fits_the_box_and_keeps_proportions():
    projection, used = svg_map.fit((0.0, -0.5, 4.0, 0.5), 400, 200)
    # 4 x 1 degrees at the equator in 400 - 2*8 px wide: 96 px per degree, so 96 + 16 px high
    assert projection.scale == pytest.approx(96.0)
    assert used == 112
    assert projection.xy(0.0, 0.5) == (80, 80)  # top-left corner at the padding, in 0.1 px
    assert projection.xy(4.0, -0.5) == (3920, 1040)
    north, _ = svg_map.fit((0.0, 59.5, 4.0, 60.5), 400, 200)
    assert north.squash == pytest.approx(0.5)  # at 60°N a degree of longitude is half as wide


def test_path_data_is_relative_integer_steps_and_drops_empty_ones():
    projection, _ = svg_map.fit((0.0, -0.5, 1.0, 0.5), 116, 116)  # 100 px per degree
    ring = [[0.0, -0.5], [0.0, 0.5], [0.0, 0.5000001], [1.0, 0.5], [1.0, -0.5], [0.0, -0.5]]
    d = svg_map.path_data({"type": "Polygon", "coordinates": [ring]}, projection)
    assert d == "M80 1080l0-1000 1000 0 0 1000-1000 0z"
    multi = {"type": "MultiPolygon", "coordinates": [[ring], [ring]]}
    assert svg_map.path_data(multi, projection) == d + d


def test_no_data_is_grey_with_its_own_legend_entry_and_zero_is_a_value():
    drawn = _draw()
    fills = {p.get("data-code"): p.get("fill") for p in _paths(drawn)}
    assert fills["99.03"] == charts_map.NO_DATA_FILL
    assert fills["99.02"] not in (charts_map.NO_DATA_FILL, None)  # a real 0 takes the scale's colour
    assert fills["99.02"] == "rgb(68, 1, 84)"  # Viridis' low end (0 is the lowest value)
    assert fills["99.01"] == "rgb(253, 231, 37)"  # ... and its high end
    assert ">Tidak ada data</text>" in drawn.svg
    assert f'fill="{charts_map.NO_DATA_FILL}" stroke="{charts_map.NO_DATA_LINE}"' in drawn.svg  # the legend swatch


def test_regulation_layer_as_outlines_drawn_last_with_legend_entries():
    drawn = _draw()
    paths = _paths(drawn)
    assert [p.get("data-code") for p in paths][-1] == "99.01"  # heaviest outline on top
    strokes = {p.get("data-code"): p.get("stroke") for p in paths}
    assert strokes["99.01"] == charts_map.STATUS_LINE["issued"][0]
    assert strokes["99.04"] == charts_map.STATUS_LINE["draft"][0]
    assert strokes["99.02"] == charts_map.BORDER
    assert ">Regulasi:</text>" in drawn.svg and ">Terbit</text>" in drawn.svg and ">Rancangan</text>" in drawn.svg
    assert ">Instruksi</text>" not in drawn.svg  # only statuses present on the map
    plain = _draw(show_regulation=False)
    assert {p.get("stroke") for p in _paths(plain)} <= {charts_map.BORDER, charts_map.NO_DATA_LINE}
    assert ">Regulasi:</text>" not in plain.svg


def test_regulation_metric_fills_categories_and_keeps_no_data_apart():
    frame = _frame().assign(category=_frame()["reg_status"], value=[3.0, 0.0, np.nan, 1.0])
    drawn = _draw(frame, metric="regulation")
    fills = {p.get("data-code"): p.get("fill") for p in _paths(drawn)}
    assert fills == {"99.01": charts_map.STATUS_FILL["issued"], "99.02": charts_map.STATUS_FILL["none"],
                     "99.03": charts_map.NO_DATA_FILL, "99.04": charts_map.STATUS_FILL["draft"]}
    assert ">Belum ada</text>" in drawn.svg and ">Tidak ada data</text>" in drawn.svg
    assert "linearGradient" not in drawn.svg  # categories, no colour bar


def test_names_are_escaped_everywhere():
    frame = _frame()
    frame.loc[0, "name"] = 'Satu <script>"&'
    labels = pd.DataFrame({"code": ["99.01"], "name": ['Kabupaten Satu <script>"&'], "lon": [0.5], "lat": [0.5]})
    drawn = _draw(frame, name_labels=labels, title="Judul <i>")
    assert "<script>" not in drawn.svg and "<i>" not in drawn.svg
    assert "&lt;script&gt;" in drawn.svg
    assert "<script>" not in drawn.hover["99.01"]
    ET.fromstring(drawn.svg)


def test_demo_mark_title_and_growth_scale_centred_on_zero():
    frame = _frame().assign(value=[-4.0, 1.0, np.nan, 10.0])
    drawn = _draw(frame, metric="growth", demo=True, title="Pertumbuhan")
    assert ">DEMO</text>" in drawn.svg and ">Pertumbuhan</text>" in drawn.svg
    scale = svg_map.colour_scale("growth", frame["value"].to_numpy())
    assert scale.mid == 0 and scale.low == -scale.high and scale.colours == svg_map.DIVERGING_SCALE
    assert scale.colour(np.array([0.0]))[0] == "rgb(247, 247, 247)"  # RdBu's neutral middle
    assert svg_map.colour_scale("coverage", np.array([10.0, 90.0])).colours == svg_map.SEQUENTIAL_SCALE


@pytest.fixture
def demo_query(demo_db_path):
    from analytics.queries import sql
    from analytics.store import Store

    store = Store(demo_db_path, read_only=True)
    yield lambda name, params: store.query_df(sql(name), params)
    store.close()


def test_national_kabupaten_map_has_514_regions_well_under_one_megabyte(demo_query):
    i18n.set_language("id")
    sel = mm.MapSelection("kabupaten", None, "coverage", "all", "perangkat_desa", dt.date(2025, 6, 1))
    result = map_page.build(sel, demo_query, demo=True)
    codes = [p.get("data-code") for p in _paths(result.map)]
    assert len(codes) == 514 and len(set(codes)) == 514 and set(codes) == set(result.map.hover)
    assert all(re.fullmatch(r"\d\d\.\d\d", c) for c in codes)
    # kota have no village officials: no data, drawn grey, not 0
    fills = {p.get("data-code"): p.get("fill") for p in _paths(result.map)}
    grey = [c for c, f in fills.items() if f == charts_map.NO_DATA_FILL]
    assert grey and all(c.split(".")[1] >= "71" for c in grey)
    assert result.frame.set_index("code").loc[grey, "value"].isna().all()
    # province borders over the kabupaten/kota
    assert len(ET.fromstring(result.map.svg).find(f".//{SVG}g[@class='borders']")) == 38
    payload = json.dumps({"svg": result.map.svg, "hover": result.map.hover}).encode()
    assert len(payload) < 1_000_000
    assert svg_map.map_shapes("kabupaten", None, 900, 420) is svg_map.map_shapes("kabupaten", None, 900, 420)


def test_province_view_has_its_14_regions_with_names(demo_query):
    sel = mm.MapSelection("province", "62", "coverage", "all", "non_asn", dt.date(2025, 6, 1))
    result = map_page.build(sel, demo_query)
    codes = [p.get("data-code") for p in _paths(result.map)]
    assert len(codes) == 14 and all(c.startswith("62.") for c in codes)
    assert ">Katingan</text>" in result.map.svg and ">Kota Palangkaraya</text>" in result.map.svg


def test_colour_interpolation_matches_plotly_within_one_step():
    from plotly.colors import sample_colorscale

    fractions = np.linspace(0, 1, 201)
    for scale in (svg_map.SEQUENTIAL_SCALE, svg_map.DIVERGING_SCALE):
        ours = svg_map.interpolate(scale, fractions)
        theirs = sample_colorscale(scale, [float(f) for f in fractions])
        for a, b in zip(ours, theirs):
            channels = zip(a[4:-1].split(","), b[4:-1].split(","))
            assert all(abs(float(x) - float(y)) <= 1 for x, y in channels), (a, b)
        assert ours[0] == theirs[0] and ours[-1] == theirs[-1]
