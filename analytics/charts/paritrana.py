"""Paritrana charts: pure functions from the score breakdown to figures."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analytics.presentation import colours

# Okabe-Ito and its extension: distinguishable for colour-blind readers.
PALETTE = colours.PALETTE


def ranking_bars(table: pd.DataFrame, breakdown: pd.DataFrame, labels: dict[str, str],
                 top_n: int = 20, separators: str | None = None) -> go.Figure:
    """Stacked horizontal bars of the top ``top_n`` regions: one segment per indicator's
    contribution, so the bar length is the total and its make-up is visible."""
    top = table.sort_values(["rank", "region_code"]).head(top_n)
    order = list(top["region_code"])
    names = dict(zip(top["region_code"], [f"{r}. {n}" for r, n in zip(top["rank"], top["name"])]))
    data = breakdown[breakdown["region_code"].isin(order)]
    fig = go.Figure()
    for i, (indicator, part) in enumerate(data.groupby("indicator", sort=False)):
        part = part.set_index("region_code").reindex(order[::-1])
        fig.add_trace(go.Bar(
            y=[names[c] for c in part.index], x=part["contribution"], orientation="h",
            name=labels.get(indicator, indicator), marker_color=PALETTE[i % len(PALETTE)],
            customdata=part[["raw", "normalised", "weight"]].to_numpy(),
            hovertemplate="%{y}<br>" + labels.get(indicator, indicator)
                          + f": %{{x:.2f}} ({labels.get('_raw', 'raw')} %{{customdata[0]:,.2~f}}, "
                          + f"{labels.get('_normalised', 'normalised')} %{{customdata[1]:.2f}}, "
                          + f"{labels.get('_weight', 'weight')} %{{customdata[2]:~g}})"
                          + "<extra></extra>",
        ))
    fig.update_layout(barmode="stack", height=max(360, 26 * len(order) + 140),
                      margin=dict(l=10, r=20, t=10, b=10), legend=dict(orientation="h", y=-0.08, yanchor="top"),
                      xaxis_title=labels.get("_axis", "score"))
    if separators:
        fig.update_layout(separators=separators)
    return fig
