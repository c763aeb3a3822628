"""The SQL explorer's automatic chart: a pure choice of chart from a result's column types.

- a date/time column (or an integer column named like a year) on x -> line chart;
- otherwise a text column on x -> bar chart (first MAX_BARS rows, in the query's order);
- y: the numeric columns (not flags or ids); with exactly one numeric column and a second
  text column of few values, that column splits the series (one line/bar colour per value).
- measures in different units (population and area, a count and a percentage) never share an
  axis: on one axis the smaller were invisible. ``measures`` groups the y columns by unit
  (from the column's name: *_pct, *_rp, *km2, else the column alone) and the chart draws one
  group, chosen by the page.
No usable x or y -> no chart (``None``); the page says why.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from analytics.presentation.markup import plotly_text

MAX_BARS = 50
MAX_SERIES = 12  # distinct values of a colour column
MAX_Y = 6
YEAR_NAMES = ("year", "tahun", "employment_year")
ID_LIKE = ("batch_id", "is_demo", "risk_class")


@dataclass(frozen=True)
class ChartPlan:
    kind: str  # "line" or "bar"
    x: str
    y: tuple[str, ...]
    color: str | None = None


def _is_numeric(s: pd.Series) -> bool:
    return pd.api.types.is_numeric_dtype(s) and not pd.api.types.is_bool_dtype(s)


def _is_text(s: pd.Series) -> bool:
    return pd.api.types.is_string_dtype(s) or s.dtype == object and s.map(
        lambda v: v is None or isinstance(v, str) or (isinstance(v, float) and pd.isna(v))).all()


def _is_year(name: str, s: pd.Series) -> bool:
    if name.lower() not in YEAR_NAMES or not _is_numeric(s):
        return False
    values = s.dropna()
    return len(values) > 0 and bool(((values >= 1900) & (values <= 2200) & (values % 1 == 0)).all())


def plan_chart(frame: pd.DataFrame) -> ChartPlan | None:
    """Which chart suits a query result, or None when none does."""
    if frame.empty or len(frame.columns) < 2:
        return None
    cols = [str(c) for c in frame.columns]
    if len(set(cols)) != len(cols):
        return None  # duplicate column names cannot be addressed
    data = frame.set_axis(cols, axis=1)
    times = [c for c in cols if pd.api.types.is_datetime64_any_dtype(data[c])]
    years = [c for c in cols if _is_year(c, data[c])]
    texts = [c for c in cols if _is_text(data[c])]
    if times or years:
        kind, x = "line", (times or years)[0]
    elif texts:
        kind, x = "bar", texts[0]
    else:
        return None
    numbers = [c for c in cols if c != x and _is_numeric(data[c]) and c.lower() not in ID_LIKE
               and c not in years]
    if not numbers:
        return None
    color = None
    if len(numbers) == 1:
        for c in texts:
            if c != x and 1 < data[c].nunique(dropna=True) <= MAX_SERIES:
                color = c
                break
    return ChartPlan(kind, x, tuple(numbers[:MAX_Y]), color)


UNIT_SUFFIXES = (("pct", ("_pct", "pct", "percent", "persen")), ("rp", ("_rp", "rupiah")),
                 ("km2", ("km2",)), ("count", ("participants", "employed", "population", "workers",
                                                             "target_workers", "headcount", "count", "jumlah")))


def unit_of(column: str) -> str:
    """A measure's unit, as far as its name tells (else the column is a unit of its own)."""
    name = column.lower()
    for unit, endings in UNIT_SUFFIXES:
        if any(name.endswith(e) or name == e.strip("_") for e in endings):
            return unit
    return f"column:{column}"


def measures(frame: pd.DataFrame) -> list[tuple[str, ...]]:
    """The chart's y columns grouped by unit, in the result's order; one group per axis."""
    plan = plan_chart(frame)
    if plan is None:
        return []
    groups: dict[str, list[str]] = {}
    for y in plan.y:
        groups.setdefault(unit_of(y), []).append(y)
    return [tuple(g) for g in groups.values()]


def auto_chart(frame: pd.DataFrame, separators: str | None = None,
               measure: tuple[str, ...] | None = None) -> go.Figure | None:
    """A line or bar chart of a query result (see :func:`plan_chart`), or None. ``measure``: the
    group of y columns (from :func:`measures`) to draw; by default the first."""
    plan = plan_chart(frame)
    if plan is None:
        return None
    groups = measures(frame)
    chosen = measure if measure in groups else groups[0]
    plan = ChartPlan(plan.kind, plan.x, tuple(chosen), plan.color)
    data = frame.set_axis([str(c) for c in frame.columns], axis=1)
    if plan.kind == "bar":
        data = data.head(MAX_BARS if plan.color is None else MAX_BARS * MAX_SERIES)
    else:
        data = data.sort_values(plan.x, kind="stable")
    # every text drawn comes from the query's result: shown as text, never as Plotly's HTML
    fig = go.Figure()
    if plan.color:
        y = plan.y[0]
        for value, part in data.groupby(plan.color, sort=False, dropna=False):
            _add(fig, plan.kind, part[plan.x], part[y], plotly_text(value))
        fig.update_layout(barmode="group", legend_title_text=plotly_text(plan.color), yaxis_title=plotly_text(y))
    else:
        for y in plan.y:
            _add(fig, plan.kind, data[plan.x], data[y], plotly_text(y))
        if len(plan.y) == 1:
            fig.update_layout(yaxis_title=plotly_text(plan.y[0]), showlegend=False)
    fig.update_layout(xaxis_title=plotly_text(plan.x), margin={"l": 10, "r": 10, "t": 30, "b": 10}, height=420)
    if plan.kind == "bar":
        fig.update_xaxes(type="category")
    if separators:
        fig.update_layout(separators=separators)
    return fig


def _add(fig: go.Figure, kind: str, x, y, name: str) -> None:
    if kind == "line":
        fig.add_trace(go.Scatter(x=list(x), y=list(y), mode="lines+markers", name=name))
    else:
        fig.add_trace(go.Bar(x=[plotly_text(str(v)) for v in x], y=list(y), name=name))
