"""Map figures: pure builders from a computed map frame (analytics.map_metrics.compute) and
cached geometry to a plotly ``go.Figure`` (MapLibre ``Choroplethmap`` on a blank style, so it
needs no tiles and no internet).

Geometry is loaded once per process per (level, province, detail) (``map_geometry``); a rerun
only picks the prepared feature dicts of the regions it draws, so nothing is parsed or copied.
Each region's feature is sent exactly once: regions with a value, regions without one ("no
data", its own grey trace and legend entry) and, for the regulation metric, each status, are
separate traces over disjoint feature lists. The regulation layer over another metric is the
regions' outline colour and width (per feature, no extra geometry), explained by legend entries.
"""

from __future__ import annotations

import functools
import html
import json
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from analytics import geo

# Colour-blind safe sequential scale whose lightness rises monotonically (prints in grey).
SEQUENTIAL = "Viridis"
# ColorBrewer RdBu (colour-blind safe) for signed changes, centred on 0.
DIVERGING = "RdBu"
NO_DATA_FILL = "#d9d9d9"
NO_DATA_LINE = "#8c8c8c"
BORDER = "#ffffff"
PROVINCE_BORDER = "#3a3a3a"

# Regulation categories as fills (when the metric is regulation): Okabe-Ito, colour-blind safe.
STATUS_FILL = {"issued": "#0072B2", "other": "#56B4E9", "draft": "#E69F00", "none": "#D55E00"}
# ...and as outlines over another metric: colours absent from Viridis, issued the heaviest.
STATUS_LINE = {"issued": ("#000000", 2.6), "other": ("#D55E00", 2.0), "draft": ("#CC79A7", 2.0)}
_DEFAULT_LINE = (BORDER, 0.5)
# Draw order inside a trace: heavier outlines last so neighbours do not paint over them.
_LINE_ORDER = {"none": 0, "no_data": 0, "draft": 1, "other": 2, "issued": 3}

MAP_HEIGHT = 620

# Per-region arrays (hover texts, outline colours) are built here from known-good values;
# plotly.py's per-element validation of them took ~50 ms per rerun on the national map, so the
# region traces skip it. The figure is still checked as a whole in tests (tests/test_charts_map.py
# validates a copy with go.Figure(fig.to_dict())).
_FAST = {"_validate": False}


class SharedGeoJSON(dict):
    """A GeoJSON dict that plotly shares instead of deep-copying: plotly.py deep-copies every
    trace on add_trace and again on to_dict, which for the national map (~0.5 MB of
    coordinates) cost more than the rest of a rerun. The features are prepared once and never
    modified, so sharing them is safe."""

    __slots__ = ()

    def __deepcopy__(self, memo: dict) -> SharedGeoJSON:
        return self

    def __copy__(self) -> SharedGeoJSON:
        return self


class SharedList(list):
    """A per-region list built fresh for one figure and never modified: shared, not deep-copied
    (see SharedGeoJSON)."""

    __slots__ = ()

    def __deepcopy__(self, memo: dict) -> SharedList:
        return self


@dataclass(frozen=True)
class MapGeometry:
    """Prepared GeoJSON features of one map, by region code (shared, never modified)."""

    level: str
    province: str | None
    detail: str
    features: dict[str, dict]
    names: dict[str, str]

    def collection(self, codes) -> SharedGeoJSON:
        """A FeatureCollection of these regions' features (the same dicts, not copies)."""
        feats = self.features
        return SharedGeoJSON(type="FeatureCollection", features=[feats[c] for c in codes if c in feats])

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(self.features)


@functools.lru_cache(maxsize=64)
def map_geometry(level: str, province: str | None = None, detail: str | None = None) -> MapGeometry:
    """Geometry of a map, built once per process: national detail for the whole country,
    province detail for one province."""
    detail = detail or ("province" if province else "national")
    doc = json.loads(geo.geojson_bytes(level, province, detail))
    features = {f["properties"]["code"]: f for f in doc["features"]}
    names = {code: f["properties"].get("name", code) for code, f in features.items()}
    return MapGeometry(level, province, detail, features, names)


@functools.lru_cache(maxsize=64)
def map_view(province: str | None, width: int, height: int) -> dict:
    return geo.map_view(province, width, height)


@dataclass(frozen=True)
class MapLabels:
    """The words a map needs, in the UI language (the page passes ``t(...)`` results)."""

    metric: str  # e.g. "Cakupan kepesertaan"
    unit: str  # "%", "orang", "Rp"
    denominator: str  # e.g. "pekerja sasaran"
    numerator: str = ""
    no_data: str = "no data"
    no_data_reason: str = ""
    status: dict | None = None  # REG_STATUSES -> label
    province_status: dict | None = None  # the same for a province's own instruments
    regulation_layer: str = "Regulation"
    province_regulation: str = "Province"
    value_source: dict | None = None  # reported / sum_of_kabupaten_kota -> label
    instruments: dict | None = None  # perbup -> "Perbup"
    number_of: str = "No. {number}"
    year_of: str = "Tahun {year}"
    regions_reporting: str = "{n} of {total}"
    reg_share: str = "{n} of {total}"
    snapshot: str = "{n} of {total} ({date})"
    edition: str = ""


def region_hover(frame: pd.DataFrame, metric: str, labels: MapLabels, fmt_value: Callable[[float], str],
                 fmt_count: Callable[[object], str], fmt_date: Callable[[object], str]) -> list[str]:
    """One hover text per row: name, value with unit, numerator / denominator, regulation
    (instrument, number, date) and, for kabupaten/kota, the province's own instrument apart.
    Data values are HTML-escaped: plotly renders tags in hover text."""
    esc = html.escape
    dates: dict = {}

    def date_text(value: object) -> str:  # many regions share a date: format each once
        key = str(value)
        if key not in dates:
            dates[key] = fmt_date(value)
        return dates[key]

    metric_label, no_data = esc(labels.metric), esc(labels.no_data)
    reason = f" ({esc(labels.no_data_reason)})" if labels.no_data_reason else ""
    status_label = {k: esc(v) for k, v in (labels.status or {}).items()}
    reg_label, prov_label = esc(labels.regulation_layer), esc(labels.province_regulation)
    num_label, den_label = esc(labels.numerator), esc(labels.denominator)
    cols = {c: frame[c].to_numpy() if c in frame else np.full(len(frame), None) for c in (
        "name", "value", "numerator", "denominator", "reg_status", "reg_instrument", "reg_number", "reg_year",
        "reg_date", "prov_reg_status", "prov_reg_instrument", "prov_reg_number", "prov_reg_year", "prov_reg_date",
        "regions_reporting", "regions_total", "regions_regulated", "value_source", "level", "snapshot_regulated",
        "snapshot_total", "snapshot_as_of", "employment_edition", "category",
    )}
    regulation_lines: dict = {}
    out = []
    for i in range(len(frame)):
        value = cols["value"][i]
        lines = [f"<b>{esc(str(cols['name'][i]))}</b>"]
        category = cols["category"][i]
        if metric == "regulation" and isinstance(category, str):
            lines.append(f"{metric_label}: {status_label.get(category, '')}")
        elif _missing(value):
            lines.append(f"{metric_label}: {no_data}{reason}")
        else:
            lines.append(f"{metric_label}: <b>{esc(fmt_value(value))}</b>")
            num, den = cols["numerator"][i], cols["denominator"][i]
            if not _missing(den):
                left = fmt_count(num) if not _missing(num) else "–"
                lines.append(f"{num_label} {left} / {den_label} {fmt_count(den)}")
            if metric == "ucj" and isinstance(cols["employment_edition"][i], str):
                lines.append(esc(cols["employment_edition"][i]))
        if cols["level"][i] == "provinsi" and not _missing(cols["regions_total"][i]):
            total = fmt_count(cols["regions_total"][i])
            reporting = cols["regions_reporting"][i]
            if metric not in ("regulation", "ucj"):
                if not _missing(reporting) and reporting:
                    lines.append(esc(labels.regions_reporting.format(n=fmt_count(reporting), total=total)))
                elif isinstance(cols["value_source"][i], str) and labels.value_source:
                    lines.append(esc(labels.value_source.get(cols["value_source"][i], "")))
            lines.append(esc(labels.reg_share.format(n=fmt_count(cols["regions_regulated"][i]), total=total)))
        if not _missing(cols["snapshot_total"][i]):
            lines.append(esc(labels.snapshot.format(
                n=fmt_count(cols["snapshot_regulated"][i]), total=fmt_count(cols["snapshot_total"][i]),
                date=date_text(cols["snapshot_as_of"][i]))))
        for prefix, label in (("", reg_label), ("prov_", prov_label)):
            status = cols[f"{prefix}reg_status"][i]
            if not isinstance(status, str) or (prefix and cols["level"][i] == "provinsi"):
                continue
            key = (prefix, status) + tuple(str(cols[f"{prefix}reg_{k}"][i]) for k in ("instrument", "number", "year", "date"))
            if key not in regulation_lines:
                regulation_lines[key] = _regulation_line(cols, i, prefix, labels, date_text)
            lines.append(f"{label}: {regulation_lines[key]}")
        out.append("<br>".join(lines))
    return out


def _regulation_line(cols: dict, i: int, prefix: str, labels: MapLabels, fmt_date) -> str:
    status = cols[f"{prefix}reg_status"][i]
    status_labels = (labels.province_status if prefix else None) or labels.status or {}
    text = html.escape(status_labels.get(status, status))
    instrument = cols[f"{prefix}reg_instrument"][i]
    if status in ("issued", "other", "draft") and isinstance(instrument, str):
        parts = [(labels.instruments or {}).get(instrument, instrument)]
        number, year = cols[f"{prefix}reg_number"][i], cols[f"{prefix}reg_year"][i]
        if isinstance(number, str) and number.strip():
            parts.append(labels.number_of.format(number=number))
        if not _missing(year):
            parts.append(labels.year_of.format(year=int(year)))
        date = cols[f"{prefix}reg_date"][i]
        if not _missing(date):
            parts.append(f"({fmt_date(date)})")
        text += " – " + html.escape(" ".join(parts))
    return text


def coverage_map(
    frame: pd.DataFrame,
    geometry: MapGeometry,
    metric: str,
    labels: MapLabels,
    hover: list[str],
    *,
    view: dict,
    unit: str = "pct",
    show_regulation: bool = True,
    province_outline: MapGeometry | None = None,
    separators: str | None = None,
    height: int = MAP_HEIGHT,
    uirevision: str | None = None,
    outline_scale: float = 1.0,
) -> go.Figure:
    """The choropleth: ``frame`` has code, value (NaN = no data), reg_status and, for the
    regulation metric at kabupaten/kota level, category; ``hover`` one text per row."""
    data = frame.assign(hover=hover)
    data = data[data["code"].isin(geometry.features)]
    fig = go.Figure()
    categorical = metric == "regulation" and "category" in data
    has_value = data["value"].notna()
    if categorical:
        for status in ("issued", "other", "draft", "none"):
            part = data[data["category"] == status]
            if len(part):
                fig.add_trace(_fill_trace(part, geometry, STATUS_FILL[status], (labels.status or {}).get(status, status)))
    else:
        part = data[has_value]
        if show_regulation:
            part = part.assign(_order=part["reg_status"].map(_LINE_ORDER)).sort_values("_order", kind="stable")
        if len(part):
            fig.add_trace(_value_trace(part, geometry, metric, labels, unit, show_regulation, outline_scale))
    missing = data[~has_value] if not categorical else data[data["category"] == "no_data"]
    if len(missing):
        fig.add_trace(_no_data_trace(missing, geometry, labels.no_data, show_regulation and not categorical,
                                     outline_scale))
    if province_outline is not None:
        fig.add_trace(_outline_trace(province_outline))
    if show_regulation and not categorical:
        present = set(data["reg_status"])
        for status, (colour, width) in STATUS_LINE.items():
            if status in present:
                fig.add_trace(_legend_line(colour, width, (labels.status or {}).get(status, status),
                                           labels.regulation_layer))
    fig.update_layout(
        map={"style": "white-bg", "center": view["center"], "zoom": view["zoom"]},
        margin={"l": 0, "r": 0, "t": 22, "b": 0},  # t: room for the DEMO mark show_chart adds
        height=height,
        # below the map, so it never hides a region
        legend={"orientation": "h", "x": 0, "y": 0, "xanchor": "left", "yanchor": "top",
                "font": {"size": 12}, "groupclick": "toggleitem"},
        uirevision=uirevision,
        paper_bgcolor="white",
        hoverlabel={"bgcolor": "white", "font": {"size": 12}},
    )
    if separators:
        fig.update_layout(separators=separators)
    return fig


def _outlines(statuses: pd.Series, scale: float, default: tuple[str, float]) -> dict:
    """Per-region outline colour and width for the regulation layer (widths scaled down where
    regions are small on screen, e.g. 514 kabupaten at national zoom)."""
    lines = [STATUS_LINE.get(s, default) for s in statuses]
    return {"color": SharedList(c for c, _ in lines),
            "width": SharedList(round(w * scale, 2) if c != default[0] else w for c, w in lines)}


def _value_trace(part: pd.DataFrame, geometry: MapGeometry, metric: str, labels: MapLabels, unit: str,
                 show_regulation: bool, outline_scale: float = 1.0) -> go.Choroplethmap:
    values = part["value"].to_numpy(dtype="float64")
    zmin, zmax, scale, zmid = _scale(metric, values)
    if show_regulation:
        line = _outlines(part["reg_status"], outline_scale, _DEFAULT_LINE)
    else:
        line = {"color": BORDER, "width": 0.5}
    # Outside the map on the right (plotly widens the margin for it), title along the bar:
    # nothing is drawn over a region, whatever the province's shape.
    colorbar = {"title": {"text": f"{labels.metric} ({labels.unit})", "side": "right", "font": {"size": 12}},
                "thickness": 14, "len": 0.9, "x": 1.0, "xanchor": "left", "y": 0.5, "yanchor": "middle",
                "outlinewidth": 0, "tickfont": {"size": 11}}
    if unit == "pct":
        colorbar["ticksuffix"] = "%"
    elif unit == "rp":
        colorbar["tickprefix"] = "Rp "
        colorbar["tickformat"] = ",.0f"
    else:
        colorbar["tickformat"] = ",.0f"
    trace = go.Choroplethmap(
        geojson=geometry.collection(part["code"]), featureidkey="properties.code",
        locations=SharedList(part["code"]), z=values,
        colorscale=scale, zmin=zmin, zmax=zmax, marker={"line": line, "opacity": 0.95},
        hovertext=SharedList(part["hover"]), hovertemplate="%{hovertext}<extra></extra>",
        colorbar=colorbar, name=labels.metric, showlegend=False, **_FAST,
    )
    if zmid is not None:
        trace.zmid = zmid
    return trace


def _fill_trace(part: pd.DataFrame, geometry: MapGeometry, colour: str, name: str) -> go.Choroplethmap:
    return go.Choroplethmap(
        geojson=geometry.collection(part["code"]), featureidkey="properties.code",
        locations=SharedList(part["code"]), z=np.zeros(len(part)),
        colorscale=[[0, colour], [1, colour]], showscale=False, marker={"line": {"color": BORDER, "width": 0.6}},
        hovertext=SharedList(part["hover"]), hovertemplate="%{hovertext}<extra></extra>",
        name=name, showlegend=True, legendgroup="status", **_FAST,
    )


def _no_data_trace(part: pd.DataFrame, geometry: MapGeometry, name: str, regulation_lines: bool,
                   outline_scale: float = 1.0) -> go.Choroplethmap:
    if regulation_lines:
        line = _outlines(part["reg_status"], outline_scale, (NO_DATA_LINE, 1.0))
    else:
        line = {"color": NO_DATA_LINE, "width": 1.0}
    return go.Choroplethmap(
        geojson=geometry.collection(part["code"]), featureidkey="properties.code",
        locations=SharedList(part["code"]), z=np.zeros(len(part)),
        colorscale=[[0, NO_DATA_FILL], [1, NO_DATA_FILL]], showscale=False, marker={"line": line},
        hovertext=SharedList(part["hover"]), hovertemplate="%{hovertext}<extra></extra>",
        name=name, showlegend=True, legendgroup="nodata", **_FAST,
    )


def _outline_trace(outline: MapGeometry) -> go.Choroplethmap:
    codes = list(outline.features)
    return go.Choroplethmap(
        geojson=outline.collection(codes), featureidkey="properties.code", locations=codes,
        z=np.zeros(len(codes)), colorscale=[[0, "rgba(0,0,0,0)"], [1, "rgba(0,0,0,0)"]], showscale=False,
        marker={"line": {"color": PROVINCE_BORDER, "width": 0.9}, "opacity": 1}, hoverinfo="skip",
        showlegend=False, name="provinsi",
    )


def _legend_line(colour: str, width: float, name: str, group_title: str) -> go.Scattermap:
    """A legend entry only (no points): explains an outline colour of the regulation layer."""
    return go.Scattermap(
        lat=[None], lon=[None], mode="lines", line={"color": colour, "width": max(width, 2.5)},
        name=name, legendgroup="regulation", legendgrouptitle={"text": group_title},
        hoverinfo="skip", showlegend=True,
    )


def _scale(metric: str, values: np.ndarray) -> tuple[float, float, object, float | None]:
    finite = values[np.isfinite(values)]
    if not len(finite):
        return 0.0, 1.0, SEQUENTIAL, None
    if metric == "growth":
        # symmetric around 0 so colour says direction; the extreme 2% do not flatten the rest
        bound = float(np.nanquantile(np.abs(finite), 0.98)) or 1.0
        return -bound, bound, DIVERGING, 0.0
    if metric in ("active", "uncovered", "budget_per_worker"):
        # heavy-tailed counts: the top 2% share the top colour rather than squeeze the rest
        top = float(np.nanquantile(finite, 0.98))
        return 0.0, top if top > 0 else 1.0, SEQUENTIAL, None
    low, high = float(finite.min()), float(finite.max())
    if high - low < 1e-9:
        low, high = low - 1, high + 1
    return low, high, SEQUENTIAL, None


def _missing(value: object) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


# --------------------------------------------------------------------------- detail charts


def trend_chart(trend: pd.DataFrame, active_label: str, target_label: str, coverage_label: str,
                separators: str | None = None) -> go.Figure:
    """Active participants (and target, when known) per month, with coverage % on a second axis.
    Months without data stay gaps: budget cycles make real drops, which must show."""
    fig = go.Figure()
    fig.add_trace(go.Scatter(x=trend["period"], y=trend["active"], name=active_label, mode="lines+markers",
                             line={"color": "#0072B2", "width": 2}, marker={"size": 4}))
    if trend["target"].notna().any():
        fig.add_trace(go.Scatter(x=trend["period"], y=trend["target"], name=target_label, mode="lines",
                                 line={"color": "#555555", "dash": "dash", "width": 1.5}))
        fig.add_trace(go.Scatter(x=trend["period"], y=trend["coverage"], name=coverage_label, mode="lines",
                                 yaxis="y2", line={"color": "#E69F00", "width": 2}))
        fig.update_layout(yaxis2={"overlaying": "y", "side": "right", "ticksuffix": "%", "showgrid": False,
                                  "rangemode": "tozero"})
    fig.update_layout(height=320, margin={"l": 10, "r": 10, "t": 10, "b": 10}, hovermode="x unified",
                      legend={"orientation": "h", "y": -0.15}, yaxis={"rangemode": "tozero"})
    if separators:
        fig.update_layout(separators=separators)
    return fig
