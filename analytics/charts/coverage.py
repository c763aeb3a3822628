"""Coverage analytics charts: pure functions from query results to Plotly figures.

Monthly series are drawn as they are: a Non-ASN count that falls to near zero in January and
comes back after a yearly payment is shown, not smoothed away (README "Budget cycles";
../shared/docs/domain.md, "Pitfalls officials report").
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analytics.presentation import colours

SEGMENT_COLOURS = colours.SEGMENTS
PALETTE = colours.PALETTE[:8]
OUTLIER_COLOUR = colours.OUTLIER
MAX_LABELLED = 12


def _layout(fig: go.Figure, height: int, separators: str | None, **kwargs) -> go.Figure:
    fig.update_layout(height=height, margin=dict(l=10, r=20, t=30, b=40),
                      legend=dict(orientation="h", y=1.02, yanchor="bottom"), **kwargs)
    if separators:
        fig.update_layout(separators=separators)
    return fig


def segment_trend(frame: pd.DataFrame, labels: dict[str, str], y_title: str,
                  separators: str | None = None) -> go.Figure:
    """Active participants per month, one line per segment."""
    fig = go.Figure()
    for segment, part in frame.groupby("segment", sort=False):
        fig.add_trace(go.Scatter(
            x=part["period"], y=part["active_participants"], mode="lines", name=labels.get(segment, segment),
            line=dict(color=SEGMENT_COLOURS.get(segment, colours.GREY), width=2),
            hovertemplate="%{x|%b %Y}: %{y:,.0f}<extra>" + labels.get(segment, segment) + "</extra>",
        ))
    return _layout(fig, 360, separators, yaxis_title=y_title, xaxis_title=None, hovermode="x unified")


def group_coverage_trend(frame: pd.DataFrame, labels: dict[str, str], y_title: str,
                         separators: str | None = None) -> go.Figure:
    """Coverage of each worker group (active / target, %) per month, markers on every month so
    a one-month lapse (payment cycle) is visible."""
    fig = go.Figure()
    for i, (group, part) in enumerate(frame.groupby("worker_group", sort=True)):
        fig.add_trace(go.Scatter(
            x=part["period"], y=part["coverage_pct"], mode="lines+markers", name=labels.get(group, group),
            line=dict(color=PALETTE[i % len(PALETTE)], width=2), marker=dict(size=4),
            customdata=part[["active_participants", "target_workers"]].to_numpy(),
            hovertemplate="%{x|%b %Y}: %{y:.1f}% (%{customdata[0]:,.0f} / %{customdata[1]:,.0f})<extra>"
                          + labels.get(group, group) + "</extra>",
        ))
    return _layout(fig, 340, separators, yaxis_title=y_title, xaxis_title=None, yaxis_rangemode="tozero")


def ranking_bar(frame: pd.DataFrame, metric: str, metric_label: str, top_n: int = 20,
                 separators: str | None = None) -> go.Figure:
    """The first ``top_n`` regions of an already ranked frame, first at the top."""
    top = frame[frame[metric].notna()].head(top_n).iloc[::-1]
    names = [f"{int(r)}. {n}" for r, n in zip(top["rank"], top["name"])]
    fig = go.Figure(go.Bar(
        x=top[metric], y=names, orientation="h", marker_color=colours.SERIES,
        hovertemplate="%{y}: %{x:,.2f}<extra></extra>", texttemplate="%{x:,.1f}",
        textposition="outside", cliponaxis=False,
    ))
    return _layout(fig, max(320, 24 * len(top) + 80), separators, xaxis_title=metric_label, yaxis_title=None,
                   showlegend=False)


def distribution(frame: pd.DataFrame, value: str, group: str, value_label: str,
                 separators: str | None = None, outlier_label: str = "outlier") -> go.Figure:
    """Box per group (province) with every region as a point; IQR outliers (from
    :func:`analytics.coverage_analytics.iqr_outliers`) drawn in orange with their names
    (``outlier_label``: the word on their hover, in the UI language)."""
    fig = go.Figure()
    data = frame[frame[value].notna()]
    fig.add_trace(go.Box(
        x=data[group], y=data[value], boxpoints="all", jitter=0.4, pointpos=0, name=value_label,
        marker=dict(color=colours.SERIES, size=4, opacity=0.5), line=dict(color=colours.REFERENCE_LINE), fillcolor=colours.TRANSPARENT,
        text=data["name"], hovertemplate="%{text}: %{y:.2f}<extra></extra>", showlegend=False,
    ))
    out = data[data["outlier"].notna()]
    if len(out):
        # names beside the points only while they stay readable; hover always has them
        fig.add_trace(go.Scatter(
            x=out[group], y=out[value], mode="markers+text" if len(out) <= MAX_LABELLED else "markers",
            text=out["name"], textposition="middle right",
            marker=dict(color=OUTLIER_COLOUR, size=9, symbol="diamond"), name=outlier_label,
            hovertemplate="%{text}: %{y:.2f}<extra>" + outlier_label + "</extra>", textfont=dict(size=10),
        ))
    return _layout(fig, 460, separators, yaxis_title=value_label, xaxis_title=None, xaxis_tickangle=-45)


def compare_lines(frame: pd.DataFrame, metric: str, metric_label: str,
                  separators: str | None = None) -> go.Figure:
    fig = go.Figure()
    for i, (code, part) in enumerate(frame.groupby("region_code", sort=True)):
        name = part["name"].iloc[0]
        fig.add_trace(go.Scatter(
            x=part["period"], y=part[metric], mode="lines+markers", name=name, marker=dict(size=4),
            line=dict(color=PALETTE[i % len(PALETTE)], width=2),
            hovertemplate="%{x|%b %Y}: %{y:,.2f}<extra>" + name + "</extra>",
        ))
    return _layout(fig, 380, separators, yaxis_title=metric_label, xaxis_title=None)


def regulation_effect(summary, labels: dict[str, str], separators: str | None = None) -> go.Figure:
    """Median like-month growth in the 12 months before and after, regions with a new regulation
    beside regions without one over the same windows."""
    x = [labels["before"], labels["after"]]
    fig = go.Figure([
        # d3 formats the labels with the figure's separators (29,8% in Indonesian)
        go.Bar(x=x, y=[summary.treated_before, summary.treated_after], name=labels["treated"],
               marker_color=colours.SERIES, texttemplate="%{y:.1f}%", textposition="outside",
               hovertemplate="%{x}: %{y:.2f}%<extra>" + labels["treated"] + "</extra>"),
        go.Bar(x=x, y=[summary.control_before, summary.control_after], name=labels["control"],
               marker_color=colours.COMPARISON, texttemplate="%{y:.1f}%", textposition="outside",
               hovertemplate="%{x}: %{y:.2f}%<extra>" + labels["control"] + "</extra>"),
    ])
    return _layout(fig, 340, separators, barmode="group", yaxis_title=labels["axis"])


def region_trend(trend: pd.DataFrame, active_label: str, target_label: str, coverage_label: str,
                 separators: str | None = None) -> go.Figure:
    """The map's region detail: active participants (and target, when known) per month, with
    coverage % on a second axis.
    Months without data stay gaps: budget cycles make real drops, which must show."""
    fig = go.Figure()
    fig.add_trace(go.Scatter(x=trend["period"], y=trend["active"], name=active_label, mode="lines+markers",
                             line={"color": colours.SERIES, "width": 2}, marker={"size": 4}))
    if trend["target"].notna().any():
        fig.add_trace(go.Scatter(x=trend["period"], y=trend["target"], name=target_label, mode="lines",
                                 line={"color": colours.REFERENCE_LINE, "dash": "dash", "width": 1.5}))
        fig.add_trace(go.Scatter(x=trend["period"], y=trend["coverage"], name=coverage_label, mode="lines",
                                 yaxis="y2", line={"color": colours.ORANGE, "width": 2}))
        fig.update_layout(yaxis2={"overlaying": "y", "side": "right", "ticksuffix": "%", "showgrid": False,
                                  "rangemode": "tozero"})
    fig.update_layout(height=320, margin={"l": 10, "r": 10, "t": 10, "b": 10}, hovermode="x unified",
                      legend={"orientation": "h", "y": -0.15}, yaxis={"rangemode": "tozero"})
    if separators:
        fig.update_layout(separators=separators)
    return fig
