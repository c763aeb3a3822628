"""Map building blocks shared by the page's SVG map (analytics.maps.svg): the geometry of each
map prepared once per process, the regulation layer's colour per category (the colours are named
in analytics/presentation/colours.py), the words a map needs, and the hover text of every region.
"""

from __future__ import annotations

import functools
import html
import json
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analytics.maps import geo
from analytics.i18n.formats import is_missing
from analytics.presentation import colours

NO_DATA_FILL = colours.MAP_NO_DATA_FILL
NO_DATA_LINE = colours.MAP_NO_DATA_LINE
BORDER = colours.MAP_REGION_BORDER
PROVINCE_BORDER = colours.MAP_PROVINCE_BORDER

# Regulation categories as fills (when the metric is regulation); colours.py says which state is which colour.
STATUS_FILL = colours.REGULATION_STATE_FILL
# Categories drawn grey, as "no data" (the legend names them).
NO_DATA_CATEGORIES = ("no_data", "no_record")
# ...and as outlines over another metric: (colour, width), in force the heaviest.
_LINE_WIDTH = {"in_force": 2.6, "issued": 2.6, "issued_not_in_force": 2.2, "other": 2.0, "draft": 2.0}
STATUS_LINE = {state: (colours.REGULATION_STATE_LINE[state], width) for state, width in _LINE_WIDTH.items()}


@dataclass(frozen=True)
class MapGeometry:
    """Prepared GeoJSON features of one map, by region code (shared, never modified)."""

    level: str
    province: str | None
    detail: str
    features: dict[str, dict]
    names: dict[str, str]

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
    reg_known: str = "Status known: {k} of {n}"
    confirmed: str = "confirmed by {by} on {date}; evidence: {evidence}"
    edition: str = ""
    source: str = "Source"  # label before each value's source (the frame's source_text)


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
        "snapshot_total", "snapshot_as_of", "employment_edition", "category", "ucj_regions_reporting",
        "ucj_regions_total", "ucj_note", "source_text", "regions_known", "reg_confirmed_by", "reg_confirmed_on", "reg_evidence",
    )}
    source_label = esc(labels.source)
    regulation_lines: dict = {}
    out = []
    for i in range(len(frame)):
        value = cols["value"][i]
        lines = [f"<b>{esc(str(cols['name'][i]))}</b>"]
        category = cols["category"][i]
        if metric in ("regulation", "reg_known") and isinstance(category, str):
            lines.append(f"{metric_label}: {status_label.get(category, '')}")
        elif is_missing(value):
            lines.append(f"{metric_label}: {no_data}{reason}")
        else:
            lines.append(f"{metric_label}: <b>{esc(fmt_value(value))}</b>")
            num, den = cols["numerator"][i], cols["denominator"][i]
            if not is_missing(den):
                left = fmt_count(num) if not is_missing(num) else "–"
                lines.append(f"{num_label} {left} / {den_label} {fmt_count(den)}")
            if metric == "ucj" and isinstance(cols["employment_edition"][i], str):
                lines.append(esc(cols["employment_edition"][i]))
            if metric == "ucj" and isinstance(cols["ucj_note"][i], str) and cols["ucj_note"][i]:
                # above 100 %: why (ucj.rate_note, as the overview and UCJ tables say it)
                lines.append(esc(cols["ucj_note"][i]))
            if metric == "ucj" and not is_missing(cols["ucj_regions_reporting"][i]):
                # a province summed from its kabupaten/kota: how many reported
                lines.append(esc(labels.regions_reporting.format(
                    n=fmt_count(cols["ucj_regions_reporting"][i]), total=fmt_count(cols["ucj_regions_total"][i]))))
            source = cols["source_text"][i]
            if metric not in ("regulation", "reg_known") and isinstance(source, str) and source:
                lines.append(f"{source_label}: {esc(source)}")
        if cols["level"][i] == "provinsi" and not is_missing(cols["regions_total"][i]):
            total = fmt_count(cols["regions_total"][i])
            reporting = cols["regions_reporting"][i]
            if metric not in ("regulation", "reg_known", "ucj"):
                if not is_missing(reporting) and reporting:
                    lines.append(esc(labels.regions_reporting.format(n=fmt_count(reporting), total=total)))
                elif isinstance(cols["value_source"][i], str) and labels.value_source:
                    lines.append(esc(labels.value_source.get(cols["value_source"][i], "")))
            lines.append(esc(labels.reg_share.format(n=fmt_count(cols["regions_regulated"][i]), total=total)))
            if not is_missing(cols["regions_known"][i]):
                lines.append(esc(labels.reg_known.format(k=fmt_count(cols["regions_known"][i]), n=total)))
        if not is_missing(cols["snapshot_total"][i]):
            lines.append(esc(labels.snapshot.format(
                n=fmt_count(cols["snapshot_regulated"][i]), total=fmt_count(cols["snapshot_total"][i]),
                date=date_text(cols["snapshot_as_of"][i]))))
        for prefix, label in (("", reg_label), ("prov_", prov_label)):
            status = cols[f"{prefix}reg_status"][i]
            if not isinstance(status, str) or (prefix and cols["level"][i] == "provinsi"):
                continue
            key = (prefix, status) + tuple(str(cols[f"{prefix}reg_{k}"][i]) for k in ("instrument", "number", "year", "date"))
            if status == "confirmed_none" and not prefix:
                key += tuple(str(cols[c][i]) for c in ("reg_confirmed_by", "reg_confirmed_on", "reg_evidence"))
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
    if status == "confirmed_none" and not prefix and isinstance(cols["reg_confirmed_by"][i], str):
        when = cols["reg_confirmed_on"][i]
        text += " – " + html.escape(labels.confirmed.format(
            by=cols["reg_confirmed_by"][i], date=fmt_date(when) if not is_missing(when) else "–",
            evidence=cols["reg_evidence"][i] if isinstance(cols["reg_evidence"][i], str) else "–"))
    if status in ("issued", "other", "draft", "in_force", "issued_not_in_force") and isinstance(instrument, str):
        parts = [(labels.instruments or {}).get(instrument, instrument)]
        number, year = cols[f"{prefix}reg_number"][i], cols[f"{prefix}reg_year"][i]
        if isinstance(number, str) and number.strip():
            parts.append(labels.number_of.format(number=number))
        if not is_missing(year):
            parts.append(labels.year_of.format(year=int(year)))
        date = cols[f"{prefix}reg_date"][i]
        if not is_missing(date):
            parts.append(f"({fmt_date(date)})")
        text += " – " + html.escape(" ".join(parts))
    return text
