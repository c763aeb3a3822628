"""What the map page shows, without Streamlit: runs the named map queries through a given query
function, computes the metric, and builds the map (SVG) and its table.

The page passes ``web.data.run_query`` (cached by data version); tests and benchmarks pass a
store-backed function, so they exercise exactly what the page does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from analytics import i18n, sources
from analytics import regulations as regs
from analytics.maps import labels as charts_map
from analytics.maps import geo
from analytics.maps import metrics as map_metrics
from analytics.maps import svg as svg_map
from analytics.i18n import fmt_date, fmt_int, fmt_pct, fmt_rp, t
from analytics.i18n.formats import is_missing
from analytics.maps.metrics import MapSelection
from analytics.presentation.tables import col

Query = Callable[[str, dict], pd.DataFrame]

# The map's drawing size (the page scales it to the column's width): the main column of a
# 1400 px window with the sidebar open.
MAP_WIDTH_PX = 900
MAP_HEIGHT_PX = 540  # the most a province (often taller than wide) may take: the detail below stays in reach
NATIONAL_HEIGHT_PX = 420  # Indonesia is ~2.7 times wider than tall


@dataclass
class MapResult:
    map: svg_map.SvgMap
    frame: pd.DataFrame  # one row per region with value, numerator, denominator, statuses
    table: pd.DataFrame  # what the CSV download holds
    notice: str | None = None  # why the map is empty of values, if it is
    coloured: int = 0  # regions drawn with a value (the rest are grey, "no data")

    @property
    def empty(self) -> bool:
        """No region has a value: the page says so instead of drawing an all-grey map."""
        return self.coloured == 0

    @property
    def sparse(self) -> bool:
        """Values for under a tenth of the regions drawn (public kab/kota data: 2 of 514)."""
        return 0 < self.coloured < 0.1 * len(self.frame)


@dataclass(frozen=True)
class MapDefaults:
    """What the map opens on when the URL names nothing: a view that has data."""

    metric: str
    group: str
    period: dt.date | None


def defaults(query: Query, periods: list[dt.date], groups: pd.DataFrame) -> MapDefaults:
    """Coverage of Non-ASN workers where the data has their targets (the demo dataset), else
    active participants of all workers (public data: totals per province, no targets); the month
    most provinces report (``ucj_default_period``: December 2023 on public data, the latest
    month on the demo), else the newest month."""
    names = list(groups["worker_group"]) if len(groups) else []
    with_target = set(groups.loc[groups["rows_with_target"] > 0, "worker_group"]) if len(groups) else set()
    if "non_asn" in with_target:
        metric, group = "coverage", "non_asn"
    else:
        metric, group = "active", ("all" if "all" in names or not names else names[0])
    period = periods[0] if periods else None
    opening = query("ucj_default_period", {})
    if len(opening) and not pd.isna(opening.iloc[0, 0]):
        month = map_metrics.as_period(opening.iloc[0, 0])
        if month in periods:
            period = month
    return MapDefaults(metric, group, period)


def periods(query: Query) -> list[dt.date]:
    """Months with coverage data, newest first."""
    frame = query("map_periods", {})
    return [map_metrics.as_period(p) for p in frame["period"]]


def metric_label(metric: str, level: str) -> str:
    if metric in map_metrics.REGULATION_METRICS and level == "provinsi":
        return t(f"map.metric.{metric}_share")
    return t(f"map.metric.{metric}")


def status_labels(level: str) -> dict[str, str]:
    """Kabupaten/kota: the five states in the tracker's words (analytics/regulations.py);
    provinces: their own Pergub/Perda's status."""
    if level != "provinsi":
        return {s: t(f"reg.state.{s}") for s in regs.REGION_STATES} | {"known": t("map.status.known")}
    labels = {s: t(f"map.status.{s}") for s in map_metrics.REG_STATUSES}
    labels["issued"] = t("map.status.issued_province")
    return labels


def labels_for(metric: str, level: str) -> charts_map.MapLabels:
    unit = map_metrics.UNITS[metric]
    reason = ""
    if metric in map_metrics.NEEDS_TARGET:
        reason = t("map.no_data_reason.target")
    elif metric in ("growth", "ucj"):
        reason = t(f"map.no_data_reason.{metric}")
    categorical = metric in map_metrics.REGULATION_METRICS and level != "provinsi"
    return charts_map.MapLabels(
        metric=metric_label(metric, level),
        unit=t(f"map.unit.{unit}") if not categorical else t("map.unit.status"),
        numerator=t(f"map.num.{metric}") if f"map.num.{metric}" != t(f"map.num.{metric}") else "",
        denominator=t(f"map.den.{metric}") if f"map.den.{metric}" != t(f"map.den.{metric}") else "",
        # a kab/kota with nothing known of its regulation: the tracker's word, "tidak tercatat"
        no_data=t("reg.state.no_record") if categorical else t("map.no_data"),
        no_data_reason=reason,
        status=status_labels(level),
        province_status=status_labels("provinsi"),
        regulation_layer=t("map.regulation_layer"),
        province_regulation=t("map.province_regulation"),
        value_source={k: t(f"map.value_source.{k}") for k in ("reported", "sum_of_kabupaten_kota")},
        instruments={k: t(f"map.instrument.{k}") for k in (
            "perda", "pergub", "perbup", "perwali", "instruksi_gubernur", "instruksi_bupati",
            "instruksi_walikota", "surat_edaran", "keputusan", "regulasi")},
        number_of=t("map.number_of", number="{number}"),
        year_of=t("map.year_of", year="{year}"),
        regions_reporting=t("map.regions_reporting", n="{n}", total="{total}"),
        reg_share=t("map.reg_share", n="{n}", total="{total}"),
        snapshot=t("map.snapshot", n="{n}", total="{total}", date="{date}"),
        source=t("src.phrase.label"),
        reg_known=t("map.reg_known", k="{k}", n="{n}"),
        confirmed=t("sheet.confirmed", by="{by}", date="{date}", evidence="{evidence}"),
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
    frame = map_metrics.compute(map_metrics.assemble(regions, coverage, ucj, selection.period), selection.metric)
    return with_region_states(frame, selection, query)


def with_region_states(frame: pd.DataFrame, selection: MapSelection, query: Query) -> pd.DataFrame:
    """Regulation status from analytics/regulations.py, the tracker's rule (records and filled
    status sheets), on the last day of the month: kabupaten/kota get their state (and the
    regulation or confirmation it rests on), provinces the count in force and the count known."""
    if not len(frame) or selection.period is None:
        return frame
    as_of = (pd.Timestamp(selection.period) + pd.offsets.MonthEnd(0)).date()
    province = selection.province_filter or None
    out = frame.copy()
    if selection.level == "provinsi":
        states = regs.load_region_states(query, None, as_of)
        counts = regs.known_counts(states).set_index("province_code")
        out["regions_regulated"] = out["code"].map(counts["with_regulation"])
        out["regions_known"] = out["code"].map(counts["known"])
        if selection.metric == "regulation":
            has_any = out["regions_known"].fillna(0) > 0
            out["numerator"] = out["regions_regulated"].astype("float64")
            out["value"] = (100.0 * out["regions_regulated"] / out["regions_total"]).where(has_any).astype("float64")
        elif selection.metric == "reg_known":
            out["numerator"] = out["regions_known"].astype("float64")
            out["denominator"] = out["regions_total"].astype("float64")
            out["value"] = (100.0 * out["regions_known"] / out["regions_total"]).astype("float64")
        return out
    states = regs.load_region_states(query, province, as_of).set_index("region_code")
    codes = out["code"]
    out["reg_status"] = codes.map(states["status"]).fillna(regs.NO_RECORD)
    for column, source in (("reg_instrument", "instrument"), ("reg_number", "number"), ("reg_year", "year"),
                           ("reg_date", "date"), ("reg_confirmed_by", "confirmed_by"),
                           ("reg_confirmed_on", "confirmed_on"), ("reg_evidence", "evidence")):
        out[column] = codes.map(states[source])
    if selection.metric == "regulation":
        out["category"] = out["reg_status"]
        out["value"] = out["category"].map(REGULATION_RANK).astype("float64")
    elif selection.metric == "reg_known":
        out["category"] = out["reg_status"].where(out["reg_status"].eq(regs.NO_RECORD), "known")
        out["value"] = out["category"].map({"known": 1.0}).astype("float64")
    return out


# the regulation measure's value per kab/kota state (for sorting and "coloured"); no record is no data
REGULATION_RANK = {regs.IN_FORCE: 4.0, regs.ISSUED_NOT_IN_FORCE: 3.0, regs.DRAFT: 2.0, regs.CONFIRMED_NONE: 1.0}


def build(selection: MapSelection, query: Query, *, show_regulation: bool = True, demo: bool = False) -> MapResult:
    """Map (SVG), frame and table for a selection, as the page shows them."""
    frame = with_ucj_notes(with_sources(load_frame(selection, query), selection.metric), selection.metric)
    level = selection.level
    province = selection.province_filter or None
    shapes = svg_map.map_shapes(level, province, MAP_WIDTH_PX, MAP_HEIGHT_PX if province else NATIONAL_HEIGHT_PX)
    labels = labels_for(selection.metric, level)
    fmt_value = value_formatter(selection.metric)
    hover = charts_map.region_hover(frame, selection.metric, labels, fmt_value, fmt_int, fmt_date)
    drawn = svg_map.choropleth_svg(
        frame, shapes, selection.metric, labels, hover, fmt_value=fmt_value,
        show_regulation=show_regulation,
        outline_scale=0.45 if level == "kabupaten" and not province else 1.0,
        # names fit on one province's map; at national zoom they would cover it
        name_labels=geo.label_points("kabupaten") if province else None,
        title=title(selection), demo=demo,
    )
    notice = None
    if selection.metric in map_metrics.NEEDS_TARGET and not map_metrics.has_any_target(frame):
        notice = t("map.no_target")
    coloured = int(frame["value"].notna().sum())
    return MapResult(drawn, frame, table_of(frame, selection.metric), notice, coloured)


def with_sources(frame: pd.DataFrame, metric: str) -> pd.DataFrame:
    """The frame with ``source_text``: where each region's value comes from, in one line (hover,
    region detail). Regions without a value get an empty text, and so does the regulation
    measure, whose instruments the detail lists with their sources."""
    if metric in map_metrics.REGULATION_METRICS or not len(frame):
        return frame.assign(source_text="")

    def column(name: str) -> list:
        return list(frame[name]) if name in frame else [None] * len(frame)

    texts = []
    for value, title, date, confidence, count, demo in zip(
            column("value"), column("source_title"), column("source_date"), column("source_confidence"),
            column("source_count"), column("coverage_demo")):
        if is_missing(value):
            texts.append("")
            continue
        texts.append(sources.source_phrase(
            title, date, confidence, count=0 if is_missing(count) else int(count),
            demo=bool(demo) if not is_missing(demo) else False, max_title=90))
    return frame.assign(source_text=texts)


def with_ucj_notes(frame: pd.DataFrame, metric: str) -> pd.DataFrame:
    """For the UCJ measure, the frame with ``ucj_note``: why a UCJ above 100 % reads so (its
    denominator and edition), the note the overview and UCJ tables show (``ucj.rate_note``);
    empty for 100 % or less and for other measures."""
    from analytics import ucj

    if metric != "ucj" or not len(frame) or "ucj_pct" not in frame:
        return frame
    editions = frame["employment_edition"] if "employment_edition" in frame else [None] * len(frame)
    years = frame["employment_year"] if "employment_year" in frame else [None] * len(frame)
    employed = frame["employed"] if "employed" in frame else [None] * len(frame)
    notes = [ucj.rate_note(u, e, ed, y) or "" for u, e, ed, y in zip(frame["ucj_pct"], employed, editions, years)]
    return frame.assign(ucj_note=notes)


def title(selection: MapSelection) -> str:
    """One line naming what the map shows (written on the map, so a download says it too)."""
    parts = [metric_label(selection.metric, selection.level)]
    if selection.metric not in map_metrics.IGNORES_SEGMENT:
        parts += [segment_label(selection.segment), t(f"group.{selection.group}")]
    return " · ".join(parts + [i18n.fmt_period(selection.period)])


def summary(selection: MapSelection, province_names: dict[str, str], show_regulation: bool) -> str:
    """The filters in the popover, in one line beside it (what the map shows, at a glance)."""
    parts = [province_names.get(selection.province, selection.province)] if selection.view == "province" else []
    parts.append(title(selection))
    if selection.metric not in map_metrics.REGULATION_METRICS:
        parts.append(t("map.summary.regulation_on" if show_regulation else "map.summary.regulation_off"))
    return " · ".join(parts)


def table_of(frame: pd.DataFrame, metric: str) -> pd.DataFrame:
    """The regions with their value, numerator, denominator and regulation status (CSV)."""
    cols = ["code", "name", "value", "numerator", "denominator", "reg_status", "reg_instrument", "reg_number",
            "reg_date", "source_title", "source_url", "source_date", "source_confidence", "source_count"]
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
    if metric in map_metrics.REGULATION_METRICS and "category" in row:
        return status_labels(row["level"].iloc[0])[row["category"].iloc[0]]
    value = row["value"].iloc[0]
    if pd.isna(value):
        return t("map.no_data")
    note = _cell(row, "ucj_note") if metric == "ucj" else None
    return value_formatter(metric)(value) + (f" ({note})" if note else "")


def caption(selection: MapSelection) -> str:
    """What the map shows, in one line, with the regulation date and the meaning of grey."""
    if selection.metric == "ucj":
        extra = t("map.caption_ucj")
    elif selection.metric in map_metrics.REGULATION_METRICS:
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


@dataclass
class RegionDetail:
    title: str
    value_text: str
    segment_label: str
    group_label: str
    province_code: str | None  # the province of a kabupaten/kota (its Pergub is listed apart)
    separators: str | None
    source_text: str = ""  # where the value comes from (title, date, confidence)
    source_url: str | None = None


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
        # the whole title here (the hover shortens it)
        source_text=_detail_source(row) if _cell(row, "source_text") else "",
        source_url=_cell(row, "source_url"),
    )


# The region detail's tables (shown through analytics.web.tables.show_table): the query's
# columns with their kinds; codes become labels and numbers are formatted at display.
REGULATION_COLUMNS = (
    col("instrument", "map.col.instrument", "code", vocab="instrument"),
    col("number", "map.col.number"),
    col("year", "map.col.year", "year"),
    col("effective_date", "map.col.effective_date", "date"),
    col("status", "map.col.status", "code", vocab="reg_status"),
    col("title", "map.col.title", "data", width="large"),
    col("scopes", "map.col.scopes", "codes", vocab="worker_group"),
    *sources.source_columns(),
    col("source_note", "map.col.note", "data", width="large"),
)
BUDGET_COLUMNS = (
    col("year", "common.year", "year"),
    col("worker_group", "map.col.worker_group", "code", vocab="worker_group"),
    col("funding_source", "map.col.funding_source", "code", vocab="funding_source"),
    col("allocated_rp", "map.col.allocated_rp", "money", missing="missing.no_value"),
    col("realised_rp", "map.col.realised_rp", "money", missing="missing.no_value"),
    col("workers_funded", "map.col.workers_funded", "count", missing="missing.no_value"),
    col("regions", "map.col.regions", "count"),
)


def _detail_source(row: pd.DataFrame) -> str:
    count = _cell(row, "source_count")
    return sources.source_phrase(_cell(row, "source_title"), _cell(row, "source_date"), _cell(row, "source_confidence"),
                                 count=int(count) if count is not None else 0, demo=bool(_cell(row, "coverage_demo")))


def _cell(row: pd.DataFrame, column: str):
    if not len(row) or column not in row:
        return None
    value = row[column].iloc[0]
    return None if is_missing(value) else value


def empty_what(selection: MapSelection) -> str:
    """What the map would show, for "there is no public data for ...": measure, regions, month."""
    where = t(f"map.nodata.where.{selection.level}")
    label = metric_label(selection.metric, selection.level)
    if label[1:2].islower():  # mid-sentence: "peserta aktif", but "UCJ"
        label = label[0].lower() + label[1:]
    return t("map.nodata.what", metric=label, where=where,
             period=i18n.fmt_period(selection.period))


def region_regulations(query: Query, code: str) -> pd.DataFrame:
    """Every regulation record of one region, newest first, with its source."""
    return sources.with_date_text(query("map_region_regulations", {"code": code}))


def region_awards(query: Query, code: str) -> pd.DataFrame:
    """The Paritrana Award's official results of one region, with their sources."""
    frame = sources.with_date_text(query("region_awards", {"code": code}))
    return sources.with_date_text(frame, "award_date")


def region_reported(query: Query, code: str) -> pd.DataFrame:
    """What sources report for one region; a conflicting figure sits beside the other source's
    (never averaged), each with its source."""
    return sources.with_date_text(query("region_reported", {"code": code}))


AWARD_COLUMNS = (
    col("edition_year", "par.award.col.edition", "year"),
    col("award_date", "par.award.col.date", "text", text="award_date_text", missing="par.award.no_date"),
    col("level", "par.award.col.level", "code", vocab="award_level"),
    col("category", "par.award.col.category"),
    col("rank_or_title", "par.award.col.rank"),
    *sources.source_columns(),
)
REPORTED_COLUMNS = (
    col("period", "map.col.period"),
    col("indicator", "map.col.indicator", "code", vocab="reported_indicator"),
    col("segment", "map.col.segment"),
    col("value_reported", "map.col.value_reported"),
    *sources.source_columns(),
    col("other_value_reported", "map.col.other_value", missing="map.col.no_conflict"),
    col("other_source_title", "map.col.other_source", "data"),
    col("other_source_url", "map.col.other_url", "link", link_text="src.link"),
)
