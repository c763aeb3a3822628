"""What the map page shows, without Streamlit: runs the named map queries through a given query
function, computes the metric, and builds the figure and its table.

The page passes ``webapp.run_query`` (cached by data version); tests and benchmarks pass a
store-backed function, so they exercise exactly what the page does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from analytics import charts_map, i18n, map_metrics
from analytics.i18n import fmt_date, fmt_int, fmt_pct, fmt_rp, t
from analytics.map_metrics import MapSelection

Query = Callable[[str, dict], pd.DataFrame]

# The map area the initial zoom fits: the main column of a 1400 px window with the sidebar
# open (~940 px) minus the colour bar on the right; the legend row below takes ~50 px.
MAP_WIDTH_PX = 840
LEGEND_PX = 72  # plus the 22 px top margin for the DEMO mark
MAP_HEIGHT_PX = charts_map.MAP_HEIGHT  # one province (often taller than wide)
NATIONAL_HEIGHT_PX = 500  # Indonesia is ~2.7 times wider than tall: less height, less blank sea


@dataclass
class MapResult:
    figure: go.Figure
    frame: pd.DataFrame  # one row per region with value, numerator, denominator, statuses
    table: pd.DataFrame  # what the CSV download holds
    notice: str | None = None  # why the map is empty of values, if it is


def periods(query: Query) -> list[dt.date]:
    """Months with coverage data, newest first."""
    frame = query("map_periods", {})
    return [map_metrics.as_period(p) for p in frame["period"]]


def metric_label(metric: str, level: str) -> str:
    if metric == "regulation" and level == "provinsi":
        return t("map.metric.regulation_share")
    return t(f"map.metric.{metric}")


def status_labels(level: str) -> dict[str, str]:
    labels = {s: t(f"map.status.{s}") for s in map_metrics.REG_STATUSES}
    if level == "provinsi":
        labels["issued"] = t("map.status.issued_province")
    return labels


def labels_for(metric: str, level: str) -> charts_map.MapLabels:
    unit = map_metrics.UNITS[metric]
    reason = ""
    if metric in map_metrics.NEEDS_TARGET:
        reason = t("map.no_data_reason.target")
    elif metric in ("growth", "ucj"):
        reason = t(f"map.no_data_reason.{metric}")
    return charts_map.MapLabels(
        metric=metric_label(metric, level),
        unit=t(f"map.unit.{unit}") if not (metric == "regulation" and level != "provinsi") else t("map.unit.status"),
        numerator=t(f"map.num.{metric}") if f"map.num.{metric}" != t(f"map.num.{metric}") else "",
        denominator=t(f"map.den.{metric}") if f"map.den.{metric}" != t(f"map.den.{metric}") else "",
        no_data=t("map.no_data"),
        no_data_reason=reason,
        status=status_labels(level),
        province_status=status_labels("provinsi"),
        regulation_layer=t("map.regulation_layer"),
        province_regulation=t("map.province_regulation"),
        value_source={k: t(f"map.value_source.{k}") for k in ("reported", "sum_of_kabupaten_kota")},
        instruments={k: t(f"map.instrument.{k}") for k in (
            "perda", "pergub", "perbup", "perwali", "instruksi_gubernur", "instruksi_bupati",
            "instruksi_walikota", "surat_edaran", "keputusan")},
        number_of=t("map.number_of", number="{number}"),
        year_of=t("map.year_of", year="{year}"),
        regions_reporting=t("map.regions_reporting", n="{n}", total="{total}"),
        reg_share=t("map.reg_share", n="{n}", total="{total}"),
        snapshot=t("map.snapshot", n="{n}", total="{total}", date="{date}"),
    )


def value_formatter(metric: str) -> Callable[[float], str]:
    unit = map_metrics.UNITS[metric]
    if unit == "pct":
        return lambda v: fmt_pct(v, 1)
    if unit == "rp":
        return fmt_rp
    return fmt_int


def load_frame(selection: MapSelection, query: Query) -> pd.DataFrame:
    """The computed map frame of a selection (queries, assemble, compute)."""
    regions = query("map_regions", selection.regions_params())
    coverage = query("map_coverage", selection.coverage_params())
    ucj = query("map_ucj", selection.ucj_params()) if selection.metric == "ucj" else None
    return map_metrics.compute(map_metrics.assemble(regions, coverage, ucj, selection.period), selection.metric)


def build(selection: MapSelection, query: Query, *, show_regulation: bool = True) -> MapResult:
    """Figure, frame and table for a selection, as the page shows them."""
    frame = load_frame(selection, query)
    level = selection.level
    province = selection.province_filter or None
    geometry = charts_map.map_geometry(level, province)
    outline = charts_map.map_geometry("provinsi") if level == "kabupaten" and not province else None
    labels = labels_for(selection.metric, level)
    hover = charts_map.region_hover(frame, selection.metric, labels, value_formatter(selection.metric),
                                    fmt_int, fmt_date)
    height = MAP_HEIGHT_PX if province else NATIONAL_HEIGHT_PX
    view = charts_map.map_view(province, MAP_WIDTH_PX, height - LEGEND_PX)
    categorical = selection.metric == "regulation" and level != "provinsi"
    figure = charts_map.coverage_map(
        frame, geometry, selection.metric, labels, hover, view=view, unit=map_metrics.UNITS[selection.metric],
        show_regulation=show_regulation and not categorical, province_outline=outline,
        separators=",." if i18n.language() == "id" else None, height=height,
        uirevision=f"{selection.view}-{province or ''}",
        outline_scale=0.45 if level == "kabupaten" and not province else 1.0,
    )
    notice = None
    if selection.metric in map_metrics.NEEDS_TARGET and not map_metrics.has_any_target(frame):
        notice = t("map.no_target")
    return MapResult(figure, frame, table_of(frame, selection.metric), notice)


def table_of(frame: pd.DataFrame, metric: str) -> pd.DataFrame:
    """The regions with their value, numerator, denominator and regulation status (CSV)."""
    cols = ["code", "name", "value", "numerator", "denominator", "reg_status", "reg_instrument", "reg_number",
            "reg_date"]
    if "prov_reg_status" in frame:
        cols += ["prov_reg_status", "prov_reg_instrument", "prov_reg_number", "prov_reg_date"]
    if "category" in frame:
        cols.insert(3, "category")
    out = frame[[c for c in cols if c in frame]].copy()
    return out.rename(columns={"value": metric})


def detail_value(frame: pd.DataFrame, code: str, metric: str) -> str:
    """The selected metric's value of one region as text ('no data' when missing)."""
    row = frame[frame["code"] == code]
    if row.empty:
        return t("map.no_data")
    if metric == "regulation" and "category" in row:
        return status_labels(row["level"].iloc[0])[row["category"].iloc[0]]
    value = row["value"].iloc[0]
    return t("map.no_data") if pd.isna(value) else value_formatter(metric)(value)


def caption(selection: MapSelection) -> str:
    """What the map shows, in one line, with the regulation date and the meaning of grey."""
    if selection.metric == "ucj":
        extra = t("map.caption_ucj")
    elif selection.metric == "regulation":
        extra = t("map.caption_regulation")
    else:
        extra = ""
    as_of = (pd.Timestamp(selection.period) + pd.offsets.MonthEnd(0)).date()
    text = t("map.caption", metric=metric_label(selection.metric, selection.level),
             segment=segment_label(selection.segment), group=t(f"group.{selection.group}"),
             period=i18n.fmt_period(selection.period), as_of=fmt_date(as_of))
    return f"{text} {extra}".strip()


def segment_label(segment: str) -> str:
    return t("map.segment.all") if segment == "all" else t(f"segment.{segment}")


def clicked_region(event: object) -> str | None:
    """The region code of the first selected point of a ``st.plotly_chart`` selection event."""
    try:
        points = event["selection"]["points"]  # type: ignore[index]
    except (KeyError, TypeError):
        return None
    for point in points or []:
        code = point.get("location") or point.get("customdata")
        if isinstance(code, list):
            code = code[0] if code else None
        if isinstance(code, str) and code:
            return code
    return None


@dataclass
class RegionDetail:
    title: str
    value_text: str
    segment_label: str
    group_label: str
    province_code: str | None  # the province of a kabupaten/kota (its Pergub is listed apart)
    separators: str | None


def region_detail(frame: pd.DataFrame, code: str, selection: MapSelection) -> RegionDetail:
    row = frame[frame["code"] == code]
    name = row["name"].iloc[0] if len(row) else code
    level = row["level"].iloc[0] if len(row) else selection.level
    value = detail_value(frame, code, selection.metric)
    return RegionDetail(
        title=f"{name} ({code})",
        value_text=t("map.detail.value", metric=metric_label(selection.metric, selection.level), value=value),
        segment_label=segment_label(selection.segment),
        group_label=t(f"group.{selection.group}"),
        province_code=None if level == "provinsi" else code.split(".")[0],
        separators=",." if i18n.language() == "id" else None,
    )


def regulation_table(frame: pd.DataFrame) -> pd.DataFrame:
    """A region's regulation records with UI column names and instrument labels."""
    if frame.empty:
        return frame
    out = pd.DataFrame({
        t("map.col.instrument"): frame["instrument"].map(lambda v: t(f"map.instrument.{v}")),
        t("map.col.number"): frame["number"],
        t("map.col.year"): frame["year"],
        t("map.col.effective_date"): frame["effective_date"].map(fmt_date),
        t("map.col.status"): frame["status"].map(lambda v: t(f"map.regstatus.{v}")),
        t("map.col.title"): frame["title"],
        t("map.col.scopes"): frame["scopes"],
        t("map.col.source"): frame["source_note"].fillna(frame["source_url"]),
    })
    return out


def budget_table(frame: pd.DataFrame) -> pd.DataFrame:
    """Budget rows with UI column names (amounts stay numbers for sorting and CSV)."""
    if frame.empty:
        return frame
    return pd.DataFrame({
        t("common.year"): frame["year"],
        t("map.col.worker_group"): frame["worker_group"].map(lambda g: t(f"group.{g}")),
        t("map.col.funding_source"): frame["funding_source"],
        t("map.col.allocated_rp"): frame["allocated_rp"],
        t("map.col.realised_rp"): frame["realised_rp"],
        t("map.col.workers_funded"): frame["workers_funded"],
        t("map.col.regions"): frame["regions"],
    })
