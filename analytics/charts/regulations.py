"""Figures of the regulation tracker: completeness per province and the issuance timeline.

Pure builders, DataFrame in, plotly Figure out; labels come in from the caller (i18n)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from analytics.presentation import colours

WITH_COLOUR = colours.WITH_REGULATION
WITHOUT_COLOUR = colours.WITHOUT_REGULATION
NO_DATA_COLOUR = colours.NO_REGULATION_DATA
SNAPSHOT_COLOUR = colours.SNAPSHOT_MARK


def completeness_bars(frame: pd.DataFrame, labels: dict[str, str]) -> go.Figure:
    """One horizontal bar per province: kab/kota with (green) and without (orange) a regulation;
    provinces with no data drawn as a grey bar of their size, labelled "no data" (never 0) beside
    the bar (inside it, Plotly shrank the label to 3-9 px in short bars);
    a curated reported count ("19 of 24") as a marker.

    ``frame``: province_name, regions_total, regions_with, regions_without, data_state,
    snapshot_with. ``labels``: with, without, no_data, snapshot, axis."""
    data = frame.sort_values("province_code", ascending=False) if "province_code" in frame else frame
    names = data["province_name"].astype("str")
    known = data["regions_with"].notna()
    with_n = data["regions_with"].astype("Float64").where(known, None)
    without_n = data["regions_without"].astype("Float64").where(known, None)
    fig = go.Figure()
    fig.add_bar(y=names, x=with_n, orientation="h", name=labels["with"], marker_color=WITH_COLOUR,
                hovertemplate="%{y}: %{x} " + labels["with"].lower() + "<extra></extra>")
    fig.add_bar(y=names, x=without_n, orientation="h", name=labels["without"], marker_color=WITHOUT_COLOUR,
                hovertemplate="%{y}: %{x} " + labels["without"].lower() + "<extra></extra>")
    no_data = data["regions_total"].where(~known, None).astype("Float64")
    if (~known).any():
        fig.add_bar(y=names, x=no_data, orientation="h", name=labels["no_data"], marker_color=NO_DATA_COLOUR,
                    text=[labels["no_data"] if not k else "" for k in known], textposition="outside", cliponaxis=False,
                    hovertemplate="%{y}: " + labels["no_data"] + "<extra></extra>")
    if "snapshot_with" in data and data["snapshot_with"].notna().any():
        snap = data[data["snapshot_with"].notna()]
        fig.add_scatter(y=snap["province_name"].astype("str"), x=snap["snapshot_with"].astype("float"),
                        mode="markers", name=labels["snapshot"],
                        marker={"symbol": "line-ns-open", "size": 16, "color": SNAPSHOT_COLOUR, "line": {"width": 3}},
                        hovertemplate="%{y}: " + labels["snapshot"] + " %{x}<extra></extra>")
    fig.update_layout(barmode="stack", height=max(170, 22 * len(data) + 110),
                      margin={"l": 10, "r": 10, "t": 30, "b": 40},
                      legend={"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0},
                      xaxis={"title": labels.get("axis", "")}, yaxis={"automargin": True})
    return fig


def timeline_chart(per_province: pd.DataFrame, national: pd.DataFrame | None, labels: dict[str, str],
                   share: bool = False) -> go.Figure:
    """Step lines: kab/kota with a regulation in force over time, one line per province shown
    and (optionally) the national total. ``share``: plot % of kab/kota instead of counts.

    ``per_province``: province_name, date, regions_with, regions_total; ``national``: date,
    regions_with, regions_total. ``labels``: national, axis, date."""
    fig = go.Figure()

    def values(frame: pd.DataFrame):
        if share:
            return (100.0 * frame["regions_with"] / frame["regions_total"]).round(1)
        return frame["regions_with"]

    for name, part in per_province.groupby("province_name", sort=True):
        part = part.sort_values("date")
        fig.add_scatter(x=part["date"], y=values(part), mode="lines+markers", line_shape="hv", name=str(name),
                        customdata=part[["regions_with", "regions_total"]].to_numpy(),
                        hovertemplate="%{x|%d %b %Y}: %{customdata[0]} / %{customdata[1]}<extra>" + str(name) + "</extra>")
    if national is not None and len(national):
        nat = national.sort_values("date")
        fig.add_scatter(x=nat["date"], y=values(nat), mode="lines", line_shape="hv", name=labels["national"],
                        line={"color": colours.TIMELINE_MARK, "width": 3, "dash": "dot"},
                        customdata=nat[["regions_with", "regions_total"]].to_numpy(),
                        hovertemplate="%{x|%d %b %Y}: %{customdata[0]} / %{customdata[1]}<extra>"
                        + labels["national"] + "</extra>")
    fig.update_layout(height=380, margin={"l": 10, "r": 10, "t": 30, "b": 40},
                      xaxis={"title": labels.get("date", "")}, yaxis={"title": labels.get("axis", ""), "rangemode": "tozero"},
                      legend={"orientation": "h", "y": -0.2})
    return fig
