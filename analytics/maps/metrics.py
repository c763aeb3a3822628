"""Map metrics: from the sums of analytics/queries/map.sql to one value per region.

Pure functions over DataFrames (no Streamlit, no database), so the page and the tests share
them. Every metric keeps its numerator and denominator next to the value for the hover, and a
region without the data a metric needs gets NaN ("no data"), never 0.

Definitions (per region, for the chosen month, segment and worker group):
- coverage: active participants / target workers, over the rows that carry a target (%).
- active: active participants.
- uncovered: target workers - active participants, at least 0 (provinces: summed per
  kabupaten/kota, so a surplus in one does not hide another's gap).
- growth: change of active participants against the same month a year earlier (%); only when
  both months come from the same kind of figure (own report vs sum of kabupaten/kota).
- budget_per_worker: budget allocated for the year (the group's, or all groups' for 'all') /
  target workers, both over the kabupaten/kota that have both (Rp per worker).
- regulation: kabupaten/kota: status as of the month's last day (see ``regulation_status``);
  provinces: share of their kabupaten/kota with an issued regulation (%).
- ucj: Universal Coverage Jamsostek from the ``ucj`` view (all segments, all workers / employed).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analytics.metric_specs import MAP_METRICS

# read from the measures' one declaration (analytics/metric_specs.py)
METRICS = tuple(m.key for m in MAP_METRICS)
# Measures of regulation status (analytics/regulations.py decides them; see maps/view.py):
# "reg_known" shows where the status is known and where a meeting still has to ask.
REGULATION_METRICS = frozenset({"regulation", "reg_known"})
SEGMENTS = ("all", "PU", "BPU", "JAKON", "PMI")
# What the level control offers: the whole country by province or by kabupaten/kota, or one
# province's kabupaten/kota.
VIEWS = ("provinces", "kabupaten", "province")

# Metrics that need a target (workers who should be covered) in the coverage rows.
NEEDS_TARGET = frozenset(m.key for m in MAP_METRICS if m.needs_target)
# Metrics that do not depend on segment / worker group (shown so in the page).
IGNORES_SEGMENT = frozenset(m.key for m in MAP_METRICS if m.ignores_segment)

UNITS = {m.key: m.unit for m in MAP_METRICS}  # regulation: provinces; kabupaten/kota show categories

# Regulation status categories, strongest first. "none" means the region's regulation record
# is known to hold nothing in force; "no_data" that nothing is known about it.
REG_STATUSES = ("issued", "other", "draft", "none", "no_data")



@dataclass(frozen=True)
class MapSelection:
    """What the map shows; the page fills it from its (URL-bound) controls."""

    view: str = "provinces"
    province: str | None = None
    metric: str = "coverage"
    segment: str = "all"
    group: str = "non_asn"
    period: dt.date | None = None

    def __post_init__(self) -> None:
        for name, value, allowed in (
            ("view", self.view, VIEWS), ("metric", self.metric, METRICS), ("segment", self.segment, SEGMENTS),
        ):
            if value not in allowed:
                raise ValueError(f"map {name} {value!r} is not one of {', '.join(allowed)}")
        if self.view == "province" and not self.province:
            raise ValueError("map view 'province' needs a province code")

    @property
    def level(self) -> str:
        """The region level drawn: 'provinsi' or 'kabupaten' (kabupaten and kota)."""
        return "provinsi" if self.view == "provinces" else "kabupaten"

    @property
    def province_filter(self) -> str:
        return self.province if self.view == "province" and self.province else ""

    def coverage_params(self) -> dict:
        # UCJ counts all segments and all workers: its sources are those of that figure
        segment, group = ("all", "all") if self.metric == "ucj" else (self.segment, self.group)
        return {"period": self.period, "segment": segment, "group": group,
                "level": self.level, "province": self.province_filter}

    def regions_params(self) -> dict:
        return {"period": self.period, "level": self.level, "province": self.province_filter}

    def ucj_params(self) -> dict:
        return {"level": self.level}


def as_period(value: object) -> dt.date:
    """A month as the first day of it: accepts date, Timestamp or 'YYYY-MM[-DD]'."""
    if isinstance(value, str):
        value = value.strip()
        if len(value) == 7:
            value += "-01"
    stamp = pd.Timestamp(value)
    if pd.isna(stamp):
        raise ValueError(f"not a month: {value!r}")
    return dt.date(stamp.year, stamp.month, 1)


def assemble(regions: pd.DataFrame, coverage: pd.DataFrame, ucj: pd.DataFrame | None,
             period: dt.date) -> pd.DataFrame:
    """One row per region: the regions frame (map_regions) with the coverage sums (map_coverage)
    and the month's UCJ (map_ucj, all months) joined on code; missing values stay NaN."""
    frame = regions.merge(coverage, on="code", how="left", validate="one_to_one")
    if ucj is not None and len(ucj):
        month = ucj[pd.to_datetime(ucj["period"]) == pd.Timestamp(period)].drop(columns="period")
        frame = frame.merge(month, on="code", how="left", validate="one_to_one")
    return frame


def regulation_status(rank: pd.Series, recorded: pd.Series, known_complete: pd.Series | None = None) -> pd.Series:
    """Status category per region from the best regulation's rank (3 issued Perda/Perbup/
    Perwali/Pergub, 2 other issued instrument, 1 draft/facilitation, 0 nothing in force).

    A region with no regulation record is "no_data", unless ``known_complete`` says its
    province's list is complete (a province report whose count the records account for):
    then it is "none". A region with records but none in force on the date is "none".
    """
    ranks = pd.to_numeric(rank, errors="coerce").astype("float64").to_numpy()
    known = recorded.fillna(False).astype(bool).to_numpy()
    if known_complete is not None:
        known = known | known_complete.fillna(False).astype(bool).to_numpy()
    fallback = np.where(known, "none", "no_data")
    ranked = np.select([ranks == 3, ranks == 2, ranks == 1, ranks == 0],
                       ["issued", "other", "draft", "none"], default="")
    return pd.Series(np.where(ranked != "", ranked, fallback), index=rank.index, dtype="str")


def compute(frame: pd.DataFrame, metric: str) -> pd.DataFrame:
    """Add ``value``, ``numerator``, ``denominator`` and ``reg_status`` (and for kabupaten/kota
    ``prov_reg_status``) to an assembled frame. ``value`` is NaN where the metric has no data.

    For metric "regulation" at kabupaten/kota level ``value`` is the status rank (3..0) and
    ``category`` the status; at province level it is the share of regulated kabupaten/kota.
    """
    if metric not in METRICS:
        raise ValueError(f"unknown map metric {metric!r}; expected one of {', '.join(METRICS)}")
    out = frame.copy()
    complete = out["snapshot_complete"] if "snapshot_complete" in out else None
    out["reg_status"] = regulation_status(out.get("reg_rank", _nan(out)), out.get("reg_recorded", _false(out)), complete)
    if "prov_reg_rank" in out:
        out["prov_reg_status"] = regulation_status(out["prov_reg_rank"], out["prov_reg_rank"].notna())
    provinces = bool(len(out)) and (out["level"] == "provinsi").all()

    num = den = value = _nan(out)
    if metric == "coverage":
        num, den = _num(out, "active_targeted"), _num(out, "target")
        value = _ratio(num, den) * 100
    elif metric == "active":
        value = num = _num(out, "active")
    elif metric == "uncovered":
        value = _num(out, "uncovered")
        num, den = value, _num(out, "target")
    elif metric == "growth":
        num, den = _num(out, "active"), _num(out, "active_prev")
        same = out.get("value_source", _nan(out)).astype("object") == out.get("value_source_prev", _nan(out)).astype("object")
        value = ((num - den) / den.where(den > 0) * 100).where(same)
    elif metric == "budget_per_worker":
        num, den = _num(out, "budget_paired"), _num(out, "target_paired")
        value = _ratio(num, den)
    elif metric == "regulation":
        if provinces:
            num, den = _num(out, "regions_regulated"), _num(out, "regions_total")
            recorded = _num(out, "regions_reg_recorded")
            value = (_ratio(num, den) * 100).where(recorded > 0)
        else:
            status = out["reg_status"]
            value = status.map({"issued": 3.0, "other": 2.0, "draft": 1.0, "none": 0.0}).astype("float64")
            out["category"] = status
    elif metric == "ucj":
        num, den = _num(out, "ucj_active"), _num(out, "employed")
        value = _num(out, "ucj_pct")
    out["value"] = pd.Series(value, index=out.index, dtype="float64")
    out["numerator"] = pd.Series(num, index=out.index, dtype="float64")
    out["denominator"] = pd.Series(den, index=out.index, dtype="float64")
    return out


def has_any_target(frame: pd.DataFrame) -> bool:
    return bool(_num(frame, "target").notna().any())


def trend(rows: pd.DataFrame) -> pd.DataFrame:
    """Per month totals of map_region_trend rows (one row per month and segment): active,
    target and coverage (%), NaN where a month has no target."""
    if rows.empty:
        return pd.DataFrame(columns=["period", "active", "target", "coverage"])
    total = rows.groupby("period", as_index=False).agg(
        active=("active", lambda s: s.sum(min_count=1)), target=("target", lambda s: s.sum(min_count=1))
    )
    total["coverage"] = _ratio(total["active"].astype("float64"), total["target"].astype("float64")) * 100
    return total


# --------------------------------------------------------------------------- helpers


def _nan(frame: pd.DataFrame) -> pd.Series:
    return pd.Series(np.nan, index=frame.index, dtype="float64")


def _false(frame: pd.DataFrame) -> pd.Series:
    return pd.Series(False, index=frame.index)


def _num(frame: pd.DataFrame, column: str) -> pd.Series:
    if column not in frame:
        return _nan(frame)
    return pd.to_numeric(frame[column], errors="coerce").astype("float64")


def _ratio(num: pd.Series, den: pd.Series) -> pd.Series:
    """num / den where both exist and den > 0; NaN otherwise (never 0 or inf for no data)."""
    return (num / den.where(den > 0)).where(num.notna())
