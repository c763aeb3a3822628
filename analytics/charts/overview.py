"""Overview charts: pure functions from query results to figures."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go

from analytics.presentation import colours

# Okabe-Ito, readable for colour-blind readers and in greyscale print.
SEGMENT_COLOURS = colours.SEGMENTS


def province_ucj_bar(frame: pd.DataFrame, value_label: str, no_data_label: str,
                     fmt_pct: Callable[[float], str] = lambda v: f"{v:.1f}%") -> go.Figure:
    """Horizontal bars of UCJ per province, highest first; provinces without a denominator
    are listed with an empty bar and a 'no data' label, never as 0 %."""
    data = frame.sort_values("ucj_pct", ascending=True, na_position="first")
    text = [fmt_pct(v) if pd.notna(v) else no_data_label for v in data["ucj_pct"]]
    fig = go.Figure(go.Bar(
        x=data["ucj_pct"].fillna(0), y=data["province"], orientation="h",
        marker_color=[colours.SERIES if pd.notna(v) else colours.NO_DATA for v in data["ucj_pct"]],
        text=text, textposition="outside", cliponaxis=False,
        hovertemplate="%{y}: %{text}<extra></extra>",
    ))
    fig.update_layout(
        height=max(400, 18 * len(data)), margin=dict(l=10, r=40, t=10, b=30),
        xaxis_title=value_label, yaxis_title=None, showlegend=False,
    )
    return fig


def segment_donut(frame: pd.DataFrame, labels: dict[str, str]) -> go.Figure:
    fig = go.Figure(go.Pie(
        labels=[labels.get(s, s) for s in frame["segment"]], values=frame["active_participants"],
        hole=0.5, sort=False, marker_colors=[SEGMENT_COLOURS.get(s, colours.GREY) for s in frame["segment"]],
        textinfo="percent", hovertemplate="%{label}: %{value:,}<extra></extra>",
    ))
    fig.update_layout(height=320, margin=dict(l=10, r=10, t=10, b=10), legend=dict(orientation="h"))
    return fig


def province_active_bar(frame: pd.DataFrame, value_label: str,
                        fmt_count: Callable[[float], str] = lambda v: f"{v:,.0f}") -> go.Figure:
    """Horizontal bars of active participants per province, largest first (only provinces with a
    figure: the caller leaves out the others rather than drawing them as 0)."""
    data = frame.sort_values("active_participants", ascending=True)
    fig = go.Figure(go.Bar(
        x=data["active_participants"], y=data["province"], orientation="h", marker_color=colours.SERIES,
        text=[fmt_count(v) for v in data["active_participants"]], textposition="outside", cliponaxis=False,
        hovertemplate="%{y}: %{text}<extra></extra>",
    ))
    fig.update_layout(
        height=max(300, 20 * len(data)), margin=dict(l=10, r=70, t=10, b=30),
        xaxis_title=value_label, yaxis_title=None, showlegend=False,
        xaxis_tickformat=",d",  # whole numbers with the language's separators, not "2M"
    )
    return fig
