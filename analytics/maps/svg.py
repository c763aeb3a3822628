"""The choropleth as SVG: pure builders from a computed map frame (analytics.maps.metrics.compute)
and prepared geometry (analytics.maps.labels.map_geometry) to one SVG document with its legend.

Why SVG and not a plotly map: the page draws it with a few lines of JavaScript
(analytics/maps/component.py) instead of loading plotly.js and a WebGL map, so the map appears
about as fast as an empty page; the same document is the print/download file, sharp on paper.

Paths are projected once per (map, size) and cached: a rerun only picks colours, outlines and
hover texts. Coordinates are integers in tenths of a pixel (``UNITS_PER_PX``), written as
relative moves, which keeps the national map of 514 regions well under its GeoJSON size.
"""

from __future__ import annotations

import functools
import hashlib
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

import numpy as np
import pandas as pd
from plotly.colors import diverging, sequential

from analytics.maps.labels import (BORDER, NO_DATA_CATEGORIES, NO_DATA_FILL, NO_DATA_LINE, PROVINCE_BORDER, STATUS_FILL, STATUS_LINE,
                                  MapGeometry, MapLabels, map_geometry)
from analytics.presentation import colours

UNITS_PER_PX = 10  # path coordinates are integers at 0.1 px
PAD_PX = 8
LEGEND_ROW_PX = 26
# Colour-blind safe: Viridis (lightness rises monotonically, prints in grey) and ColorBrewer RdBu
# for signed changes (red = fell, blue = rose), centred on 0.
SEQUENTIAL_SCALE = sequential.Viridis
DIVERGING_SCALE = diverging.RdBu
FONT = "Source Sans Pro, DejaVu Sans, Arial, sans-serif"


@dataclass(frozen=True)
class Projection:
    """Longitude/latitude to SVG units: equirectangular around the middle latitude (Indonesia
    straddles the equator, so this is within a fraction of a pixel of web mercator)."""

    lon0: float
    lat1: float
    squash: float  # cos(middle latitude)
    scale: float  # pixels per degree
    off_x: float
    off_y: float

    def xy(self, lon: float, lat: float) -> tuple[int, int]:
        return (round((self.off_x + (lon - self.lon0) * self.squash * self.scale) * UNITS_PER_PX),
                round((self.off_y + (self.lat1 - lat) * self.scale) * UNITS_PER_PX))


@dataclass(frozen=True)
class MapShapes:
    """Projected paths of one map at one size (cached per process, never modified)."""

    width: int
    height: int  # of the map area, legend not included
    paths: dict[str, str]  # region code -> SVG path data
    outline: tuple[str, ...]  # province borders over a national kabupaten/kota map
    projection: Projection


def fit(bounds: tuple[float, float, float, float], width: int, height: int,
        pad: float = PAD_PX) -> tuple[Projection, int]:
    """A projection fitting ``bounds`` (lon0, lat0, lon1, lat1) into width x height pixels with
    ``pad`` around, and the height actually needed (a wide region gets a lower map instead of
    blank sea)."""
    lon0, lat0, lon1, lat1 = bounds
    squash = math.cos(math.radians((lat0 + lat1) / 2))
    span_x, span_y = max((lon1 - lon0) * squash, 1e-9), max(lat1 - lat0, 1e-9)
    scale = min((width - 2 * pad) / span_x, (height - 2 * pad) / span_y)
    used = min(height, math.ceil(span_y * scale + 2 * pad))
    off_x = (width - span_x * scale) / 2
    off_y = (used - span_y * scale) / 2
    return Projection(lon0, lat1, squash, scale, off_x, off_y), used


def path_data(geometry: dict, projection: Projection) -> str:
    """SVG path data of a GeoJSON Polygon/MultiPolygon: one absolute move per ring, then
    relative integer steps; steps that round to nothing are dropped."""
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    out = []
    for polygon in polygons:
        for ring in polygon:
            points = [projection.xy(lon, lat) for lon, lat in ring]
            x, y = points[0]
            steps = []
            for px, py in points[1:]:
                dx, dy = px - x, py - y
                if dx or dy:
                    steps.append(f"{dx} {dy}")
                    x, y = px, py
            if len(steps) >= 2:
                out.append(f"M{points[0][0]} {points[0][1]}l" + " ".join(steps).replace(" -", "-") + "z")
    return "".join(out)


def _bounds(features: Iterable[dict]) -> tuple[float, float, float, float]:
    lons, lats = [], []
    for feature in features:
        geom = feature["geometry"]
        polygons = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        for polygon in polygons:
            ring = np.asarray(polygon[0], dtype="float64")
            lons += [ring[:, 0].min(), ring[:, 0].max()]
            lats += [ring[:, 1].min(), ring[:, 1].max()]
    if not lons:
        return 94.0, -12.0, 142.0, 7.0
    return min(lons), min(lats), max(lons), max(lats)


def shapes_of(geometry: MapGeometry, width: int, height: int, outline: MapGeometry | None = None) -> MapShapes:
    """Project a map's regions (and, optionally, province borders drawn over them)."""
    projection, used = fit(_bounds(geometry.features.values()), width, height)
    paths = {code: path_data(f["geometry"], projection) for code, f in geometry.features.items()}
    borders = tuple(path_data(f["geometry"], projection) for f in outline.features.values()) if outline else ()
    return MapShapes(width, used, paths, borders, projection)


@functools.lru_cache(maxsize=64)
def map_shapes(level: str, province: str | None, width: int, height: int) -> MapShapes:
    """The projected paths of a map, built once per process per view and size."""
    geometry = map_geometry(level, province)
    outline = map_geometry("provinsi") if level == "kabupaten" and not province else None
    return shapes_of(geometry, width, height, outline)


@dataclass(frozen=True)
class ColourScale:
    """Value -> colour of a continuous metric; what the legend's colour bar shows."""

    low: float
    high: float
    colours: list  # plotly colour list, low to high
    mid: float | None = None
    capped_low: bool = False  # values below ``low`` share its colour (the legend says "≤ low")
    capped_high: bool = False  # values above ``high`` share its colour (the legend says "≥ high")

    def colour(self, values: np.ndarray) -> list[str]:
        if self.mid is not None:
            half = max(self.high - self.mid, self.mid - self.low) or 1.0
            frac = 0.5 + (values - self.mid) / (2 * half)
        else:
            frac = (values - self.low) / ((self.high - self.low) or 1.0)
        frac = np.clip(np.nan_to_num(frac, nan=0.0), 0.0, 1.0)
        return interpolate(self.colours, frac)


@functools.lru_cache(maxsize=8)
def _rgb_stops(colours: tuple[str, ...]) -> np.ndarray:
    # plotly's scales come as '#rrggbb' (Viridis) or 'rgb(r,g,b)' (RdBu)
    return np.array([[int(c[i:i + 2], 16) for i in (1, 3, 5)] if c.startswith("#")
                     else [float(v) for v in c[c.index("(") + 1:-1].split(",")] for c in colours], dtype="float64")


def interpolate(colours: list[str], frac: np.ndarray) -> list[str]:
    """Colours at fractions 0..1 of an evenly spaced colour list, linearly
    interpolated per channel (what plotly's sample_colorscale does, vectorised)."""
    stops = _rgb_stops(tuple(colours))
    position = np.asarray(frac, dtype="float64") * (len(stops) - 1)
    rgb = np.column_stack([np.interp(position, np.arange(len(stops)), stops[:, k]) for k in range(3)])
    rgb = np.floor(rgb + 0.5).astype(int)
    return [f"rgb({r}, {g}, {b})" for r, g, b in rgb]


def colour_scale(metric: str, values: np.ndarray) -> ColourScale:
    """The scale of a metric over the values shown: growth is symmetric around 0 (colour says
    direction); heavy-tailed counts let their top 2 % share the top colour."""
    finite = values[np.isfinite(values)]
    if not len(finite):
        return ColourScale(0.0, 1.0, SEQUENTIAL_SCALE)
    if metric == "growth":
        bound = float(np.nanquantile(np.abs(finite), 0.98)) or 1.0
        return ColourScale(-bound, bound, DIVERGING_SCALE, 0.0, capped_low=bool(finite.min() < -bound),
                           capped_high=bool(finite.max() > bound))
    if metric in ("active", "uncovered", "budget_per_worker"):
        top = float(np.nanquantile(finite, 0.98))
        top = top if top > 0 else 1.0
        return ColourScale(0.0, top, SEQUENTIAL_SCALE, capped_high=bool(finite.max() > top))
    low, high = float(finite.min()), float(finite.max())
    if high - low < 1e-9:
        low, high = low - 1, high + 1
    return ColourScale(low, high, SEQUENTIAL_SCALE)


@dataclass(frozen=True)
class SvgMap:
    """What the page draws: the SVG document, the hover text of each region (HTML, data
    escaped) and the regions drawn."""

    svg: str
    hover: dict[str, str]
    codes: tuple[str, ...]
    width: int
    height: int


# Draw order: heavier regulation outlines last so neighbours do not paint over them.
_LINE_ORDER = {"none": 0, "no_data": 0, "no_record": 0, "confirmed_none": 0, "draft": 1, "other": 2,
               "issued_not_in_force": 2, "issued": 3, "in_force": 3}


def choropleth_svg(
    frame: pd.DataFrame,
    shapes: MapShapes,
    metric: str,
    labels: MapLabels,
    hover: list[str],
    *,
    fmt_value: Callable[[float], str],
    show_regulation: bool = True,
    outline_scale: float = 1.0,
    name_labels: pd.DataFrame | None = None,
    title: str | None = None,
    demo: bool = False,
) -> SvgMap:
    """The choropleth of ``frame`` (code, name, value with NaN = no data, reg_status and, for
    the regulation metric of kabupaten/kota, category) over ``shapes``, with its legend.

    "No data" is grey with a grey border and has its own legend entry, apart from zero (a
    colour of the scale). Over another metric the regulation status is the region's outline
    (colour and width), explained in the legend. ``name_labels`` (code, name, lon, lat) writes
    region names on the map."""
    data = frame.assign(hover=hover)
    data = data[data["code"].isin(shapes.paths)]
    categorical = metric in ("regulation", "reg_known") and "category" in data
    values = data["value"].to_numpy(dtype="float64")
    if categorical:
        fills = [STATUS_FILL.get(c, NO_DATA_FILL) for c in data["category"]]
        missing = data["category"].isin(NO_DATA_CATEGORIES).to_numpy()
        scale = None
    else:
        missing = ~np.isfinite(values)
        scale = colour_scale(metric, values)
        fills = [NO_DATA_FILL if gone else colour for colour, gone in zip(scale.colour(values), missing)]
    strokes, widths = [], []
    for status, gone in zip(data["reg_status"] if "reg_status" in data else [None] * len(data), missing):
        if show_regulation and not categorical and status in STATUS_LINE:
            colour, width = STATUS_LINE[status]
            strokes.append(colour)
            widths.append(round(width * outline_scale, 2))
        else:
            strokes.append(NO_DATA_LINE if gone else BORDER)
            widths.append(1.0 if gone else 0.5)
    order = np.arange(len(data))
    if show_regulation and not categorical and "reg_status" in data:
        order = np.argsort(data["reg_status"].map(_LINE_ORDER).fillna(0).to_numpy(), kind="stable")

    codes = data["code"].tolist()
    names = data["name"].astype("str").tolist()
    top_px = 20 if (title or demo) else 0
    legend_svg, legend_h = _legend(metric, labels, scale, fmt_value, categorical=categorical,
                                   statuses=set(data["category"]) if categorical else set(data.get("reg_status", [])),
                                   show_regulation=show_regulation and not categorical,
                                   has_missing=bool(missing.any()), width=shapes.width)
    width, map_h = shapes.width, shapes.height
    height = top_px + map_h + legend_h
    u = UNITS_PER_PX
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
           f'font-family="{FONT}" class="choropleth">']
    if title:
        out.append(f'<text x="4" y="14" font-size="12" fill="{colours.MAP_TEXT}">{escape(title)}</text>')
    if demo:
        out.append(f'<text x="{width - 4}" y="14" font-size="11" font-weight="bold" fill="{colours.WARNING}" '
                   f'text-anchor="end">DEMO</text>')
    # the map itself: its own viewBox so the page's zoom and pan move only the map
    out.append(f'<svg class="map" x="0" y="{top_px}" width="{width}" height="{map_h}" '
               f'viewBox="0 0 {width * u} {map_h * u}" data-base="0 0 {width * u} {map_h * u}">')
    out.append(f'<rect class="sea" width="{width * u}" height="{map_h * u}" fill="{colours.MAP_SEA}"/>')
    out.append('<g class="regions" stroke-linejoin="round">')
    for i in order:
        code = codes[i]
        out.append(f'<path class="r" d="{shapes.paths[code]}" fill="{fills[i]}" stroke="{strokes[i]}" '
                   f'stroke-width="{widths[i]}" vector-effect="non-scaling-stroke" data-code={quoteattr(code)} '
                   f'aria-label={quoteattr(names[i])}/>')
    out.append("</g>")
    if shapes.outline:
        out.append(f'<g class="borders" fill="none" stroke="{PROVINCE_BORDER}" stroke-width="0.9" '
                   f'pointer-events="none">')
        out.extend(f'<path d="{d}" vector-effect="non-scaling-stroke"/>' for d in shapes.outline)
        out.append("</g>")
    if name_labels is not None and len(name_labels):
        out.append(_names(name_labels[name_labels["code"].isin(shapes.paths)], shapes.projection))
    out.append("</svg>")
    out.append(f'<g transform="translate(0 {top_px + map_h})">{legend_svg}</g>')
    out.append("</svg>")
    hover_by_code = dict(zip(codes, data["hover"]))
    return SvgMap("".join(out), hover_by_code, tuple(codes), width, height)


def _names(points: pd.DataFrame, projection: Projection) -> str:
    """Region names at their label points, white-haloed so they read on any fill."""
    out = [f'<g class="names" pointer-events="none" text-anchor="middle" fill="{colours.LABEL_TEXT}" '
           f'stroke="{colours.LABEL_HALO}" '
           f'stroke-width="{2.4 * UNITS_PER_PX}" paint-order="stroke" stroke-linejoin="round" '
           f'font-size="{10 * UNITS_PER_PX}">']
    for name, lon, lat in zip(points["name"].astype("str"), points["lon"], points["lat"]):
        x, y = projection.xy(lon, lat)
        out.append(f'<text x="{x}" y="{y}">{escape(short_name(name))}</text>')
    out.append("</g>")
    return "".join(out)


def short_name(name: str) -> str:
    """'Kabupaten Kotawaringin Barat' -> 'Kotawaringin Barat'; 'Kota Palangka Raya' keeps 'Kota'
    (it tells the city from the kabupaten of the same name). Used by the brief's maps too."""
    return name.removeprefix("Kabupaten ")


def _text_px(text: str, size: float = 11) -> float:
    return 0.56 * size * len(text)


def _legend(metric: str, labels: MapLabels, scale: ColourScale | None, fmt_value: Callable[[float], str], *,
            categorical: bool, statuses: set, show_regulation: bool, has_missing: bool, width: int) -> tuple[str, int]:
    """The legend rows under the map: colour bar (or category swatches), "no data", and the
    regulation outlines. Wraps to a new row when a row is full."""
    items: list[tuple[str, float]] = []  # (svg at x=0, width)
    if categorical:
        for status in STATUS_FILL:
            if status in statuses:
                items.append(_swatch(STATUS_FILL[status], BORDER, 0.5, (labels.status or {}).get(status, status)))
    elif scale is not None:
        items.append(_colour_bar(scale, f"{labels.metric} ({labels.unit})", fmt_value))
    if has_missing:
        text = labels.no_data + (f" ({labels.no_data_reason})" if labels.no_data_reason else "")
        items.append(_swatch(NO_DATA_FILL, NO_DATA_LINE, 1.0, text))
    if show_regulation:
        present = [s for s in STATUS_LINE if s in statuses]
        if present:
            items.append((f'<text x="0" y="16" font-size="11" font-weight="bold" fill="{colours.MAP_TEXT}">'
                          f'{escape(labels.regulation_layer)}:</text>', _text_px(labels.regulation_layer) + 10))
        for status in present:
            colour, line = STATUS_LINE[status]
            items.append(_swatch(colours.WHITE, colour, max(line, 2.0), (labels.status or {}).get(status, status)))
    x, row = 6.0, 0
    parts = []
    for svg, w in items:
        if x + w > width - 6 and x > 6:
            row, x = row + 1, 6.0
        parts.append(f'<g transform="translate({x:.0f} {row * LEGEND_ROW_PX + 4})">{svg}</g>')
        x += w + 18
    return f'<g class="legend" font-size="11" fill="{colours.MAP_TEXT}">{"".join(parts)}</g>', (row + 1) * LEGEND_ROW_PX + 8


def _swatch(fill: str, stroke: str, stroke_width: float, text: str) -> tuple[str, float]:
    svg = (f'<rect x="1" y="4" width="16" height="14" fill="{fill}" stroke="{stroke}" stroke-width="{stroke_width}"/>'
           f'<text x="22" y="16">{escape(text)}</text>')
    return svg, 22 + _text_px(text)


_GRADIENT_STOPS = 11


def _colour_bar(scale: ColourScale, title: str, fmt_value: Callable[[float], str]) -> tuple[str, float]:
    """A horizontal colour bar with the low and high ends labelled (mid too when centred)."""
    bar_w = 160
    stops = np.linspace(scale.low, scale.high, _GRADIENT_STOPS)
    stop_colours = scale.colour(stops)
    gradient_id = "cb" + hashlib.md5("".join(stop_colours).encode()).hexdigest()[:8]  # stable across processes
    stop_svg = "".join(f'<stop offset="{i / (_GRADIENT_STOPS - 1):.2f}" stop-color="{c}"/>'
                       for i, c in enumerate(stop_colours))
    low, high = fmt_value(scale.low), fmt_value(scale.high)
    # a capped end says so: DKI Jakarta's 7.498.532 is above a top of "≥ 6.071.090"
    low = f"≤ {low}" if scale.capped_low else low
    high = f"≥ {high}" if scale.capped_high else high
    title_w = _text_px(title) + 8
    svg = [f'<defs><linearGradient id="{gradient_id}">{stop_svg}</linearGradient></defs>',
           f'<text x="0" y="16">{escape(title)}</text>',
           f'<text x="{title_w:.0f}" y="16" text-anchor="start">{escape(low)}</text>']
    bar_x = title_w + _text_px(low) + 6
    svg.append(f'<rect x="{bar_x:.0f}" y="5" width="{bar_w}" height="12" fill="url(#{gradient_id})"/>')
    if scale.mid is not None:
        mid_x = bar_x + bar_w / 2
        svg.append(f'<line x1="{mid_x:.0f}" x2="{mid_x:.0f}" y1="3" y2="19" stroke="{colours.MAP_TEXT}" stroke-width="1"/>')
    svg.append(f'<text x="{bar_x + bar_w + 6:.0f}" y="16">{escape(high)}</text>')
    return "".join(svg), bar_x + bar_w + 6 + _text_px(high)
