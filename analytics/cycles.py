"""Budget cycles: tell a payment lapse from lost coverage in a monthly active-participant series.

Regions often pay Non-ASN contributions once or twice a year, so a group's "active" count can
fall close to zero for a month or two and jump back when the payment is made. Officials warn
that this reads as lost coverage if nobody says otherwise. The rules, on one monthly series:

- a month is LOW when its count is below ``low_share`` (20 %) of the maximum of the previous
  ``window`` (12) months (at least ``min_history`` months observed, and that maximum at least
  ``min_peak`` participants, so tiny groups do not raise flags);
- a low month is a LIKELY PAYMENT CYCLE when the count comes back to at least ``recover_share``
  (50 %) of that maximum within the next 12 months; or, when the data ends before it could,
  when the same calendar month (±1) a year earlier was itself a likely cycle (the pattern
  repeats);
- a low month that does not come back within 12 months is a DECLINE (possible lost coverage);
- a low month too recent to judge, with no earlier pattern, is PENDING.

Nothing here smooths the series: the chart shows the drop, and says what it likely is. Missing
months stay missing (NaN), never zero. The like-month comparison (same month a year earlier) and
the maximum and average of the 12 months ending at the latest month sit beside the latest value.

Pure functions on pandas Series, plus :func:`flag_regions` for the province brief.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analytics.i18n import fmt_int, fmt_period, t
from analytics.queries import Query

CYCLE = "cycle"
CYCLE_REPEAT = "cycle_repeat"
PENDING = "pending"
DECLINE = "decline"
LIKELY_CYCLE = (CYCLE, CYCLE_REPEAT)


@dataclass(frozen=True)
class CycleRules:
    low_share: float = 0.20
    recover_share: float = 0.50
    window: int = 12
    min_history: int = 3
    min_peak: int = 10


DEFAULT_RULES = CycleRules()


def monthly(series: pd.Series) -> pd.Series:
    """The series on a complete month-start index (gaps as NaN, never 0), sorted, float."""
    if series.empty:
        return series.astype("float64")
    index = pd.DatetimeIndex(pd.to_datetime(series.index)).to_period("M").to_timestamp()
    values = pd.Series(pd.to_numeric(series.to_numpy(), errors="coerce"), index=index, dtype="float64")
    values = values.groupby(level=0).sum(min_count=1)
    full = pd.date_range(values.index.min(), values.index.max(), freq="MS")
    return values.reindex(full)


def _detect(values: np.ndarray, rules: CycleRules) -> dict[str, np.ndarray]:
    """The rules on a matrix (one series per row, one column per month, NaN = no data).

    Vectorised so a whole country (thousands of region x group series) is judged at once."""
    k, m = values.shape
    w = rules.window
    observed = ~np.isnan(values)
    pad = np.full((k, w), np.nan)
    back = np.lib.stride_tricks.sliding_window_view(np.hstack([pad, values]), w, axis=1)[:, :m, :]
    counts = (~np.isnan(back)).sum(axis=2)
    trailing = np.where(counts >= rules.min_history,
                        np.fmax.reduce(np.where(np.isnan(back), -np.inf, back), axis=2), np.nan)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(trailing > 0, values / trailing, np.nan)
        is_low = observed & (trailing >= rules.min_peak) & (share < rules.low_share)
    ahead = np.lib.stride_tricks.sliding_window_view(np.hstack([values[:, 1:], pad]), w, axis=1)[:, :m, :]
    with np.errstate(invalid="ignore"):
        hits = ahead >= (rules.recover_share * trailing)[:, :, None]
    recovered_col = np.where(hits.any(axis=2), np.arange(m)[None, :] + 1 + hits.argmax(axis=2), -1)
    last_observed = np.where(observed.any(axis=1), m - 1 - np.argmax(observed[:, ::-1], axis=1), -1)
    status = np.full((k, m), "", dtype=object)
    rows, cols = np.nonzero(is_low)  # row-major: earlier months first within a row
    for r, j in zip(rows, cols):
        if recovered_col[r, j] >= 0:
            status[r, j] = CYCLE
        elif last_observed[r] - j >= w:
            status[r, j] = DECLINE
        else:
            earlier = (status[r, i] for i in (j - 12, j - 13, j - 11) if 0 <= i < j)
            status[r, j] = CYCLE_REPEAT if any(e in LIKELY_CYCLE for e in earlier) else PENDING
    return {"trailing": trailing, "share": share, "is_low": is_low, "status": status,
            "recovered_col": recovered_col, "last_observed": last_observed}


def scan(series: pd.Series, rules: CycleRules = DEFAULT_RULES) -> pd.DataFrame:
    """Every month of the series with its trailing maximum, share of it, and for low months a
    status (cycle, cycle_repeat, pending, decline), the month it recovered in and a reason."""
    s = monthly(series)
    values = s.to_numpy(dtype="float64")
    found = _detect(values[None, :], rules) if len(s) else None
    if found is None:
        return pd.DataFrame(columns=["period", "active", "trailing_max", "share_of_max", "is_low",
                                     "status", "recovered_in", "likely_cycle", "reason"])
    status = [x or None for x in found["status"][0]]
    rec = found["recovered_col"][0]
    frame = pd.DataFrame({
        "period": s.index, "active": values, "trailing_max": found["trailing"][0],
        "share_of_max": found["share"][0], "is_low": found["is_low"][0],
        "status": pd.array(status, dtype="str"),
        "recovered_in": pd.DatetimeIndex([s.index[c] if 0 <= c < len(s) else pd.NaT for c in rec]),
    })
    frame["likely_cycle"] = frame["status"].isin(LIKELY_CYCLE).fillna(False).astype(bool)
    frame["reason"] = pd.array([_reason(row) if row.is_low else None
                                for row in frame.itertuples(index=False)], dtype="str")
    return frame


def _reason(row) -> str:
    fmt = {"share": f"{100 * row.share_of_max:.0f}", "max": fmt_int(row.trailing_max),
           "month": fmt_period(row.period)}
    if row.status == CYCLE:
        return t("cycles.reason.cycle", recovered=fmt_period(row.recovered_in), **fmt)
    if row.status == CYCLE_REPEAT:
        return t("cycles.reason.cycle_repeat", **fmt)
    if row.status == DECLINE:
        return t("cycles.reason.decline", **fmt)
    return t("cycles.reason.pending", **fmt)


def flagged_months(series: pd.Series, rules: CycleRules = DEFAULT_RULES) -> pd.DataFrame:
    """Only the low months: period, active, trailing_max, status, likely_cycle, recovered_in, reason."""
    found = scan(series, rules)
    return found.loc[found["is_low"], ["period", "active", "trailing_max", "share_of_max", "status",
                                       "likely_cycle", "recovered_in", "reason"]].reset_index(drop=True)


def like_month(series: pd.Series, as_of=None) -> dict:
    """The latest month (not after ``as_of``) beside the same month a year earlier, and the
    maximum and average of the 12 months ending at the latest month (observed months only).
    Values are None where the month has no data (never 0)."""
    s = monthly(series).dropna()
    if as_of is not None:
        s = s[s.index <= pd.Timestamp(as_of)]
    if s.empty:
        return {"latest_period": None, "latest": None, "like_period": None, "like_month": None,
                "change": None, "change_pct": None, "year_max": None, "year_avg": None,
                "year_months": 0}
    latest_period = s.index[-1]
    like_period = latest_period - pd.DateOffset(years=1)
    latest = float(s.iloc[-1])
    like = float(s[like_period]) if like_period in s.index else None
    year = s[s.index > latest_period - pd.DateOffset(years=1)]
    change = latest - like if like is not None else None
    return {
        "latest_period": latest_period, "latest": latest,
        "like_period": like_period, "like_month": like,
        "change": change,
        "change_pct": round(100.0 * change / like, 2) if like else None,
        "year_max": float(year.max()), "year_avg": round(float(year.mean()), 1),
        "year_months": int(len(year)),
    }


def like_month_table(series: pd.Series) -> pd.DataFrame:
    """Each month beside the same month a year earlier: period, active, like_period, like_month."""
    s = monthly(series)
    earlier = s.shift(12)
    return pd.DataFrame({"period": s.index, "active": s.to_numpy(),
                         "like_period": s.index - pd.DateOffset(years=1),
                         "like_month": earlier.to_numpy()})


# --- store-backed --------------------------------------------------------------------------
FLAG_COLUMNS = ["region_code", "name", "worker_group", "latest", "like_month", "year_max", "year_avg",
                "likely_cycle", "note", "latest_period", "like_period", "status", "flagged_months",
                "is_demo"]


def series_frame(query: Query, province_code: str | None, as_of, region_code: str | None = None) -> pd.DataFrame:
    """Monthly active participants per region and worker group (query group_monthly_series)."""
    return query("group_monthly_series", {"province": province_code, "region": region_code, "as_of": _as_date(as_of)})


def _as_date(value) -> dt.date:
    if value is None:
        return dt.date.today()
    stamp = pd.Timestamp(value)
    return stamp.date()


def flag_frame(series: pd.DataFrame, as_of=None, only_flagged: bool = True,
               rules: CycleRules = DEFAULT_RULES) -> pd.DataFrame:
    """:func:`flag_regions` on a frame shaped like the group_monthly_series query."""
    if as_of is not None:
        series = series[pd.to_datetime(series["period"]) <= pd.Timestamp(as_of)]
    series = series.dropna(subset=["active_participants"])  # no data is not zero
    if series.empty:
        return pd.DataFrame(columns=FLAG_COLUMNS)
    periods = pd.to_datetime(series["period"]).dt.to_period("M").dt.to_timestamp()
    wide = (series.assign(period=periods)
            .pivot_table(index=["region_code", "worker_group"], columns="period",
                         values="active_participants", aggfunc="sum"))
    months = pd.date_range(wide.columns.min(), wide.columns.max(), freq="MS")
    wide = wide.reindex(columns=months)
    values = wide.to_numpy(dtype="float64")
    found = _detect(values, rules)
    latest = found["last_observed"]
    k, m = values.shape
    col = np.arange(m)[None, :]
    recent = (col > latest[:, None] - 12) & (col <= latest[:, None])
    recent_low = found["is_low"] & recent
    keep = recent_low.any(axis=1) if only_flagged else latest >= 0
    names = series.drop_duplicates("region_code").set_index("region_code")["name"]
    demo = series.groupby(["region_code", "worker_group"])["is_demo"].any() if "is_demo" in series else None
    rows = []
    for r in np.flatnonzero(keep):
        code, group = wide.index[r]
        last = int(latest[r])
        row_values = values[r]
        year = row_values[max(0, last - 11): last + 1]
        like = row_values[last - 12] if last >= 12 else np.nan
        low_cols = np.flatnonzero(recent_low[r])
        status_row = found["status"][r]
        if found["is_low"][r, last]:
            decisive = last
        elif any(status_row[c] in LIKELY_CYCLE for c in low_cols):
            decisive = max(c for c in low_cols if status_row[c] in LIKELY_CYCLE)
        elif low_cols.size:
            decisive = int(low_cols[-1])
        else:
            decisive = None
        note = None
        if decisive is not None:
            rec = found["recovered_col"][r, decisive]
            note = _reason(_Cell(months[decisive], found["share"][r, decisive],
                                 found["trailing"][r, decisive], status_row[decisive],
                                 months[rec] if 0 <= rec < m else pd.NaT))
        rows.append({
            "region_code": code, "name": names.get(code), "worker_group": group,
            "latest": row_values[last], "like_month": None if np.isnan(like) else like,
            "year_max": float(np.nanmax(year)), "year_avg": round(float(np.nanmean(year)), 1),
            "likely_cycle": bool(decisive is not None and status_row[decisive] in LIKELY_CYCLE),
            "note": note, "latest_period": months[last],
            "like_period": months[last] - pd.DateOffset(years=1),
            "status": status_row[decisive] if decisive is not None else None,
            "flagged_months": ", ".join(f"{months[c]:%Y-%m}" for c in low_cols) or None,
            "is_demo": bool(demo[(code, group)]) if demo is not None else False,
        })
    return pd.DataFrame(rows, columns=FLAG_COLUMNS)


@dataclass(frozen=True)
class _Cell:
    period: pd.Timestamp
    share_of_max: float
    trailing_max: float
    status: str
    recovered_in: pd.Timestamp


def flag_regions(query: Query, province_code: str | None, as_of=None, only_flagged: bool = True,
                 rules: CycleRules = DEFAULT_RULES) -> pd.DataFrame:
    """Per region and worker group of a province (None: every region), the latest month up to
    ``as_of`` beside the same month a year earlier and the 12-month maximum and average, with
    ``likely_cycle`` and a ``note`` saying whether a drop is likely a payment cycle rather than
    lost coverage. ``only_flagged``: keep only groups with a low month in the last 12 months.

    Columns: region_code, name, worker_group, latest, like_month, year_max, year_avg,
    likely_cycle, note (then latest_period, like_period, status, flagged_months, is_demo)."""
    return flag_frame(series_frame(query, province_code, as_of), as_of, only_flagged, rules)


def has_series(series: pd.DataFrame, rules: CycleRules = DEFAULT_RULES) -> bool:
    """Whether any region and worker group has the months the rules need to judge a drop
    (``rules.min_history`` observed). Public data has no monthly kabupaten/kota series: the page
    then says so instead of "no cycle found", which would claim a finding."""
    if series.empty:
        return False
    counts = series.dropna(subset=["active_participants"]).groupby(["region_code", "worker_group"])["period"].nunique()
    return bool((counts > rules.min_history).any())
