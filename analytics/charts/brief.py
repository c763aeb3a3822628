"""The province map of the meeting brief: kab/kota coloured by regulation status.

Drawn as filled polygons on plain x/y axes (one ``go.Scatter`` per region, lon/lat with the
y axis scaled by 1/cos(latitude)), not as a ``geo`` or tile map: plotly's ``geo`` fetches a world
topojson from a CDN even when hidden, and tile maps need WebGL and tiles; this machine and many
deployments are offline, and the brief is printed through kaleido. The result is plain SVG,
sharp on paper. Kota are drawn after kabupaten, so a kota enclosed by a kabupaten stays visible."""

from __future__ import annotations

import math
from xml.sax.saxutils import escape

import pandas as pd
import plotly.graph_objects as go

from analytics.maps import svg as svg_map
from analytics.charts.regulations import NO_DATA_COLOUR, WITH_COLOUR, WITHOUT_COLOUR
from analytics.maps.svg import short_name
from analytics.presentation import colours

STATUS_COLOURS = {1: WITH_COLOUR, 0: WITHOUT_COLOUR, 2: NO_DATA_COLOUR}


def status_code(has_regulation: pd.Series) -> pd.Series:
    """1 with a regulation, 0 without, 2 no data (NA)."""
    return has_regulation.map(lambda v: 2 if pd.isna(v) else (1 if bool(v) else 0)).astype("int64")


def _rings(geometry: dict) -> list[list]:
    """Exterior rings of a GeoJSON Polygon/MultiPolygon (holes are other regions drawn on top)."""
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"][0]]
    return [poly[0] for poly in geometry["coordinates"]]


def regulation_map(regions: pd.DataFrame, geojson: dict, labels: dict[str, str],
                   label_points: pd.DataFrame | None = None, height: int = 520,
                   hover_extra: pd.Series | None = None, label_size: int = 10) -> go.Figure:
    """Kab/kota of one province coloured by regulation status, names written on.

    ``regions``: region_code, name, level, has_regulation (True/False/NA); ``geojson``: a
    FeatureCollection with ``properties.code``; ``labels``: has, none, no_data;
    ``label_points``: code, lon, lat (a point inside each region); ``hover_extra``: text per
    row added to the hover."""
    features = {f["properties"]["code"]: f["geometry"] for f in geojson["features"]}
    z = status_code(regions["has_regulation"]).to_numpy()
    extra = hover_extra.fillna("").astype("str").to_numpy() if hover_extra is not None else [""] * len(regions)
    names = {1: labels["has"], 0: labels["none"], 2: labels["no_data"]}
    order = sorted(range(len(regions)), key=lambda i: (regions["level"].iloc[i] == "kota", regions["region_code"].iloc[i]))
    fig = go.Figure()
    lats = []
    shown_legend: set[int] = set()
    for i in order:
        code, name = regions["region_code"].iloc[i], str(regions["name"].iloc[i])
        geometry = features.get(code)
        if geometry is None:
            continue
        xs, ys = [], []
        for ring in _rings(geometry):
            xs += [p[0] for p in ring] + [None]
            ys += [p[1] for p in ring] + [None]
        lats += [y for y in ys if y is not None]
        status = int(z[i])
        hover = f"{name}<br>{names[status]}" + (f"<br>{extra[i]}" if extra[i] else "")
        fig.add_scatter(x=xs, y=ys, fill="toself", mode="lines", fillcolor=STATUS_COLOURS[status],
                        line={"color": colours.WHITE, "width": 0.8}, name=names[status], legendgroup=str(status),
                        showlegend=status not in shown_legend, hoveron="fills", text=hover, hoverinfo="text",
                        meta={"code": code})
        shown_legend.add(status)
    if label_points is not None and len(label_points):
        points = label_points[label_points["code"].isin(regions["region_code"])]
        fig.add_scatter(x=points["lon"], y=points["lat"], text=[short_name(n) for n in points["name"].astype("str")],
                        mode="text", textfont={"size": label_size, "color": colours.LABEL_TEXT}, hoverinfo="skip",
                        showlegend=False)
    mid_lat = (min(lats) + max(lats)) / 2 if lats else 0.0
    fig.update_xaxes(visible=False, showgrid=False)
    # lon/lat degrees drawn at their true local proportion (equirectangular around the middle)
    fig.update_yaxes(visible=False, showgrid=False, scaleanchor="x", scaleratio=1 / math.cos(math.radians(mid_lat)))
    fig.update_layout(height=height, margin={"l": 0, "r": 0, "t": 0, "b": 0}, plot_bgcolor=colours.WHITE,
                      paper_bgcolor=colours.WHITE, dragmode=False, hovermode="closest",
                      legend={"orientation": "h", "x": 0, "y": 0, "yanchor": "bottom", "bgcolor": colours.LEGEND_BACKGROUND})
    return fig


def regulation_svg(regions: pd.DataFrame, geojson: dict, labels: dict[str, str],
                   label_points: pd.DataFrame | None = None, width: int = 560, height: int = 430) -> str:
    """The same map as :func:`regulation_map`, written directly as a small SVG document for
    print (HTML/PDF): no browser is needed to draw it, and it stays sharp on paper. Names are
    XML-escaped; each region carries a ``<title>`` (hover text in browsers)."""
    features = {f["properties"]["code"]: f["geometry"] for f in geojson["features"]}
    z = status_code(regions["has_regulation"]).to_numpy()
    order = sorted(range(len(regions)), key=lambda i: (regions["level"].iloc[i] == "kota", regions["region_code"].iloc[i]))
    shapes = [(i, _rings(features[regions["region_code"].iloc[i]])) for i in order
              if regions["region_code"].iloc[i] in features]
    points = [p for _, rings in shapes for ring in rings for p in ring]
    legend_h = 26
    if not points:
        return f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}"></svg>'
    bounds = (min(p[0] for p in points), min(p[1] for p in points), max(p[0] for p in points), max(p[1] for p in points))
    # a wide province (Jawa Timur) needs less height: the drawing shrinks to its shape
    projection, map_h = svg_map.fit(bounds, width, height - legend_h, pad=6)
    height = map_h + legend_h
    font = 9.5 if len(shapes) <= 20 else 7
    unit = svg_map.UNITS_PER_PX

    def xy(lon: float, lat: float) -> str:
        x, y = projection.xy(lon, lat)
        return f"{x / unit:.1f},{y / unit:.1f}"

    names = {1: labels["has"], 0: labels["none"], 2: labels["no_data"]}
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family="DejaVu Sans, Arial, sans-serif">']
    for i, rings in shapes:
        d = " ".join("M" + " L".join(xy(p[0], p[1]) for p in ring) + " Z" for ring in rings)
        status = int(z[i])
        title = escape(f"{regions['name'].iloc[i]}: {names[status]}")
        out.append(f'<path d="{d}" fill="{STATUS_COLOURS[status]}" stroke="{colours.WHITE}" stroke-width="0.8" '
                   f'data-code="{escape(str(regions["region_code"].iloc[i]))}"><title>{title}</title></path>')
    if label_points is not None and len(label_points):
        chosen = label_points[label_points["code"].isin(regions["region_code"])]
        for name, lon, lat in zip(chosen["name"].astype("str"), chosen["lon"], chosen["lat"]):
            x, y = xy(lon, lat).split(",")
            out.append(f'<text x="{x}" y="{y}" font-size="{font}" text-anchor="middle" fill="{colours.LABEL_TEXT}" '
                       f'stroke="{colours.LABEL_HALO}" stroke-width="2.2" paint-order="stroke" stroke-linejoin="round">{escape(short_name(name))}</text>')
    x = 6
    for status in (1, 0, 2):
        if status == 2 and not (z == 2).any():
            continue
        label = escape(names[status])
        out.append(f'<rect x="{x}" y="{height - 18}" width="12" height="12" fill="{STATUS_COLOURS[status]}"/>'
                   f'<text x="{x + 16}" y="{height - 8}" font-size="10" fill="{colours.MAP_TEXT}">{label}</text>')
        x += 22 + int(6.2 * len(names[status]))
    out.append("</svg>")
    return "".join(out)


def region_trend(trend: pd.DataFrame, labels: dict[str, str], height: int = 300) -> go.Figure:
    """The kab/kota brief's trend: active participants per month, one line per worker group
    (``labels``: group code -> name; "all" first). ``trend`` has period, worker_group, active."""
    fig = go.Figure()
    order = ["all", *sorted(g for g in trend["worker_group"].unique() if g != "all")]
    for group in order:
        rows = trend[trend["worker_group"] == group].sort_values("period")
        if rows.empty:
            continue
        name = labels.get(group, group)
        # whole numbers with the page's separators (not plotly's "13,624k")
        fig.add_trace(go.Scatter(x=pd.to_datetime(rows["period"]), y=rows["active"], mode="lines+markers",
                                 name=name, marker={"size": 4},
                                 hovertemplate="%{x|%b %Y}: %{y:,.0f}<extra>" + name + "</extra>"))
    fig.update_layout(height=height, margin={"l": 10, "r": 10, "t": 10, "b": 10},
                      legend={"orientation": "h", "y": -0.2}, yaxis={"tickformat": ",.0f"})
    return fig
