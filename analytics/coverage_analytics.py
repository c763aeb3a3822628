"""Coverage analytics on query results: rankings, outliers, regulation before/after.

The heavy lifting (sums, like-month pairs, sparkline lists) happens in DuckDB
(analytics/queries/coverage.sql); these are vectorised pandas steps on the results, shared by
the coverage page and tests.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from analytics import metric_specs

# Ranking metrics and whether a higher value ranks first (declared in analytics/metric_specs.py).
RANK_METRICS: dict[str, bool] = {m.key: m.higher_first for m in metric_specs.RANK_METRICS}
IQR_FACTOR = 1.5  # Tukey's fences


def rank_regions(frame: pd.DataFrame, by: str, lowest_first: bool = False) -> pd.DataFrame:
    """A ``rank`` column by ``by`` in the metric's own direction (1 = best: highest UCJ, level
    and growth; largest gap), ties sharing a rank; sorted best first, or lowest values first
    when ``lowest_first`` (the ranks stay the same, so the last region keeps its true rank).
    Regions without a value ("no data") come last, unranked."""
    if by not in RANK_METRICS:
        raise ValueError(f"cannot rank by {by!r}; choose one of {', '.join(RANK_METRICS)}")
    descending = RANK_METRICS[by]
    out = frame.copy()
    values = pd.to_numeric(out[by], errors="coerce").astype("float64")
    out["rank"] = values.rank(ascending=not descending, method="min").astype("Int64")
    ascending_values = not descending if not lowest_first else True
    out = out.assign(_v=values).sort_values(["_v", "region_code"], ascending=[ascending_values, True],
                                            na_position="last").drop(columns="_v")
    return out.reset_index(drop=True)


def iqr_outliers(frame: pd.DataFrame, value: str, by: str | None = None) -> pd.DataFrame:
    """Flag values outside [Q1 - 1.5 IQR, Q3 + 1.5 IQR] (within each ``by`` group when given):
    adds q1, q3, lower, upper and ``outlier`` ('high', 'low' or None). Missing values are never
    outliers. Quartiles use linear interpolation (pandas' default)."""
    out = frame.copy()
    x = pd.to_numeric(out[value], errors="coerce").astype("float64")
    keys = out[by] if by else pd.Series(0, index=out.index)
    grouped = x.groupby(keys)
    out["q1"] = grouped.transform(lambda s: s.quantile(0.25))
    out["q3"] = grouped.transform(lambda s: s.quantile(0.75))
    iqr = out["q3"] - out["q1"]
    out["lower"] = out["q1"] - IQR_FACTOR * iqr
    out["upper"] = out["q3"] + IQR_FACTOR * iqr
    flag = pd.Series(pd.NA, index=out.index, dtype="string")
    flag = flag.mask(x > out["upper"], "high").mask(x < out["lower"], "low")
    out["outlier"] = flag
    return out


@dataclass(frozen=True)
class EffectSummary:
    treated_regions: int
    event_months: int
    control_regions: int  # distinct regions used as controls in any window
    treated_before: float | None  # medians, % like-month growth
    treated_after: float | None
    control_before: float | None
    control_after: float | None
    median_difference: float | None  # (treated after - before) - (control after - before), pts
    share_rose_more: float | None  # share of treated regions whose growth rose more than controls'


def regulation_effect(growth: pd.DataFrame, province: str = "") -> tuple[pd.DataFrame, EffectSummary]:
    """Per treated region: its growth in the 12 months before and after its first regulation,
    beside the median growth of control regions over the same two windows, and the difference
    in change. ``growth`` is the ``cov_regulation_growth`` result. Descriptive, not causal."""
    data = growth.dropna(subset=["growth_before_pct", "growth_after_pct"])
    control = data[data["role"] == "control"]
    medians = control.groupby("reg_month").agg(
        control_before_pct=("growth_before_pct", "median"),
        control_after_pct=("growth_after_pct", "median"),
        control_regions=("region_code", "nunique"),
    ).reset_index()
    treated = data[data["role"] == "treated"]
    if province:
        treated = treated[treated["province_code"] == province]
    per = treated.merge(medians, on="reg_month", how="inner")
    per = per.assign(
        change_pts=per["growth_after_pct"] - per["growth_before_pct"],
        control_change_pts=per["control_after_pct"] - per["control_before_pct"],
    )
    per["difference_pts"] = per["change_pts"] - per["control_change_pts"]
    per = per.sort_values(["reg_month", "region_code"]).reset_index(drop=True)

    def med(col):
        return None if per.empty else float(per[col].median())

    summary = EffectSummary(
        treated_regions=int(per["region_code"].nunique()),
        event_months=int(per["reg_month"].nunique()),
        control_regions=int(control.loc[control["reg_month"].isin(per["reg_month"]), "region_code"].nunique()),
        treated_before=med("growth_before_pct"), treated_after=med("growth_after_pct"),
        control_before=med("control_before_pct"), control_after=med("control_after_pct"),
        median_difference=med("difference_pts"),
        share_rose_more=None if per.empty else float((per["difference_pts"] > 0).mean()),
    )
    return per, summary


def count_values(frame: pd.DataFrame, column: str) -> int:
    """How many rows of ``frame`` have a value in ``column``."""
    if column not in frame.columns:
        return 0
    return int(pd.to_numeric(frame[column], errors="coerce").notna().sum())


def has_values(frame: pd.DataFrame, column: str) -> bool:
    """Whether ``frame`` has any value in ``column`` (a view draws no chart from nothing: public
    data has no kabupaten/kota series, no targets and few employment figures)."""
    return count_values(frame, column) > 0


def opening_month(default_period: pd.DataFrame, periods: list):
    """The month a view opens on: ``ucj_default_period`` (the newest month most provinces report)
    when it is among ``periods`` (ascending dates), else the newest."""
    if len(default_period) and not pd.isna(default_period.iloc[0, 0]):
        month = pd.Timestamp(default_period.iloc[0, 0]).date()
        if month in periods:
            return month
    return periods[-1]


def complete_months(frame: pd.DataFrame, regions_total: int) -> tuple[pd.DataFrame, int]:
    """The rows of months in which every kabupaten/kota of the scope reports (``regions`` per
    row), and how many months were left out: a sum over the two kabupaten/kota public sources
    give is no national or provincial total."""
    if frame.empty or "regions" not in frame.columns:
        return frame, 0
    reporting = frame.groupby("period")["regions"].transform("max")
    keep = reporting >= regions_total
    dropped = int(frame.loc[~keep, "period"].nunique())
    return frame[keep].reset_index(drop=True), dropped
