"""Budget simulator charts: pure functions from the per-region budget table to figures."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analytics.presentation import colours


def need_vs_allocation_bar(table: pd.DataFrame, labels: dict[str, str], separators: str | None = None) -> go.Figure:
    """Grouped horizontal bars per kabupaten/kota: budget needed and allocated (rupiah).

    ``labels``: legend names for "needed" and "allocated" and the axis title "axis". Regions
    without a figure get no bar (unknown stays unknown)."""
    data = table.sort_values("needed_rp", ascending=True, na_position="first")
    short = data["name"].str.replace(r"^(Kabupaten|Kota) ", "", regex=True)
    short = [f"{n} ({'Kota' if lvl == 'kota' else 'Kab.'})" for n, lvl in zip(short, data["level"])]
    fig = go.Figure()
    fig.add_trace(go.Bar(y=short, x=data["needed_rp"], name=labels["needed"], orientation="h",
                         marker_color=colours.NEEDED, hovertemplate="%{y}: Rp %{x:,.0f}<extra></extra>"))
    fig.add_trace(go.Bar(y=short, x=data["allocated_rp"], name=labels["allocated"], orientation="h",
                         marker_color=colours.ALLOCATED, hovertemplate="%{y}: Rp %{x:,.0f}<extra></extra>"))
    fig.update_layout(
        barmode="group", height=max(320, 34 * len(data) + 80), margin=dict(l=10, r=20, t=30, b=40),
        xaxis_title=labels["axis"], yaxis_title=None, legend=dict(orientation="h", y=1.02, yanchor="bottom"),
    )
    if separators:
        fig.update_layout(separators=separators)
    return fig
